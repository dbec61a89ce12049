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

T = TypeVar("T", bound="ShowTmlogInfosResponse")


class ShowTmlogInfosResponse(_Model):
    """TMLog information per node (4.2.40, Table 4-198).

    Attributes:
        tmlogs (list[TmlogInfo] | None): One entry per node.
        total (int | None): Number of nodes found.
    """

    __slots__ = (
        "tmlogs",
        "total",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "tmlogs",
        "total",
    )

    tmlogs: list[TmlogInfo] | None
    total: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        tmlogs: list[TmlogInfo] | None = None,
        total: int | None = None,
    ) -> None:
        self.tmlogs = tmlogs
        self.total = total
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.tmlogs is not None:
            try:
                tmlogs: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.tmlogs, Unset):
                    tmlogs = []
                    for tmlogs_item_data in self.tmlogs:
                        tmlogs_item = tmlogs_item_data.to_dict()
                        tmlogs.append(tmlogs_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                tmlogs = _cast(Any, self.tmlogs)
            field_dict["tmlogs"] = tmlogs
        elif "tmlogs" in self._present:  # null in the reply: sent back as null
            field_dict["tmlogs"] = None
        if self.total is not None:
            total = self.total
            field_dict["total"] = total
        elif "total" in self._present:  # null in the reply: sent back as null
            field_dict["total"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("tmlogs").__class__ is not list:
                _tmlogs = d.pop("tmlogs", UNSET)
                tmlogs: list[TmlogInfo] | Unset = UNSET
                if _tmlogs is not UNSET:
                    tmlogs = []
                    for tmlogs_item_data in _tmlogs:
                        tmlogs_item = TmlogInfo.from_dict(tmlogs_item_data)

                        tmlogs.append(tmlogs_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                tmlogs = _LazyList(d.pop("tmlogs"), TmlogInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            tmlogs = _drift(cls, src_dict, "tmlogs", src_dict.get("tmlogs", UNSET), "array")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        show_tmlog_infos_response = cls(  # the fields in declaration order; absent members read as None
            None if tmlogs is UNSET else tmlogs,
            None if total is UNSET else total,
        )
        show_tmlog_infos_response._present = frozenset(src_dict)

        show_tmlog_infos_response.additional_properties = d
        return show_tmlog_infos_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("tmlogs", "tmlogs"),
            ("total", "total"),
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
from ..models.tmlog_info import TmlogInfo  # noqa: E402
