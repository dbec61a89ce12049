# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ListGroupResponse")


class ListGroupResponse(_Model):
    """Groups of a DDM instance (table 4-113).

    Attributes:
        total_count (int | None): Total number of groups.
        group_list (list[GroupInfo] | None): Groups of the instance.
    """

    __slots__ = (
        "total_count",
        "group_list",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "total_count",
        "group_list",
    )

    total_count: int | None
    group_list: list[GroupInfo] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        total_count: int | None = None,
        group_list: list[GroupInfo] | None = None,
    ) -> None:
        self.total_count = total_count
        self.group_list = group_list
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.total_count is not None:
            total_count = self.total_count
            field_dict["total_count"] = total_count
        elif "total_count" in self._present:  # null in the reply: sent back as null
            field_dict["total_count"] = None
        if self.group_list is not None:
            try:
                group_list: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.group_list, Unset):
                    group_list = []
                    for group_list_item_data in self.group_list:
                        group_list_item = group_list_item_data.to_dict()
                        group_list.append(group_list_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                group_list = _cast(Any, self.group_list)
            field_dict["group_list"] = group_list
        elif "group_list" in self._present:  # null in the reply: sent back as null
            field_dict["group_list"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)
        if total_count.__class__ is not int and total_count is not UNSET:
            total_count = _drift(cls, src_dict, "total_count", total_count, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("group_list").__class__ is not list:
                _group_list = d.pop("group_list", UNSET)
                group_list: list[GroupInfo] | Unset = UNSET
                if _group_list is not UNSET:
                    group_list = []
                    for group_list_item_data in _group_list:
                        group_list_item = GroupInfo.from_dict(group_list_item_data)

                        group_list.append(group_list_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                group_list = _LazyList(d.pop("group_list"), GroupInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            group_list = _drift(cls, src_dict, "group_list", src_dict.get("group_list", UNSET), "array")

        list_group_response = cls(  # the fields in declaration order; absent members read as None
            None if total_count is UNSET else total_count,
            None if group_list is UNSET else group_list,
        )
        list_group_response._present = frozenset(src_dict)

        list_group_response.additional_properties = d
        return list_group_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("total_count", "total_count"),
            ("group_list", "group_list"),
        )
        return frozenset(attr for member, attr in names if member in self._present or getattr(self, attr) is not None)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        # dbcloud override: fields marked format: password / x-sensitive are masked in reprs.
        from dbcloud_core.redaction import model_repr

        from .._behaviour import SENSITIVE_FIELDS

        return model_repr(self, SENSITIVE_FIELDS)


# Last, so that circular references between models find this module's class already defined.
from ..models.group_info import GroupInfo  # noqa: E402
