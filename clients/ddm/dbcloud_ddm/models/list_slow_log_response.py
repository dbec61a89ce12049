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

T = TypeVar("T", bound="ListSlowLogResponse")


class ListSlowLogResponse(_Model):
    """Slow queries of the instance.

    Attributes:
        total_record (int | None): Number of slow query records.
        slow_log_list (list[SlowLogList] | None): Slow query records.
    """

    __slots__ = (
        "total_record",
        "slow_log_list",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "total_record",
        "slow_log_list",
    )

    total_record: int | None
    slow_log_list: list[SlowLogList] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        total_record: int | None = None,
        slow_log_list: list[SlowLogList] | None = None,
    ) -> None:
        self.total_record = total_record
        self.slow_log_list = slow_log_list
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.total_record is not None:
            total_record = self.total_record
            field_dict["totalRecord"] = total_record
        elif "totalRecord" in self._present:  # null in the reply: sent back as null
            field_dict["totalRecord"] = None
        if self.slow_log_list is not None:
            try:
                slow_log_list: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.slow_log_list, Unset):
                    slow_log_list = []
                    for slow_log_list_item_data in self.slow_log_list:
                        slow_log_list_item = slow_log_list_item_data.to_dict()
                        slow_log_list.append(slow_log_list_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                slow_log_list = _cast(Any, self.slow_log_list)
            field_dict["slowLogList"] = slow_log_list
        elif "slowLogList" in self._present:  # null in the reply: sent back as null
            field_dict["slowLogList"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_record = d.pop("totalRecord", UNSET)
        if total_record.__class__ is not int and total_record is not UNSET:
            total_record = _drift(cls, src_dict, "totalRecord", total_record, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("slowLogList").__class__ is not list:
                _slow_log_list = d.pop("slowLogList", UNSET)
                slow_log_list: list[SlowLogList] | Unset = UNSET
                if _slow_log_list is not UNSET:
                    slow_log_list = []
                    for slow_log_list_item_data in _slow_log_list:
                        slow_log_list_item = SlowLogList.from_dict(slow_log_list_item_data)

                        slow_log_list.append(slow_log_list_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                slow_log_list = _LazyList(d.pop("slowLogList"), SlowLogList.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            slow_log_list = _drift(cls, src_dict, "slowLogList", src_dict.get("slowLogList", UNSET), "array")

        list_slow_log_response = cls(  # the fields in declaration order; absent members read as None
            None if total_record is UNSET else total_record,
            None if slow_log_list is UNSET else slow_log_list,
        )
        list_slow_log_response._present = frozenset(src_dict)

        list_slow_log_response.additional_properties = d
        return list_slow_log_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("totalRecord", "total_record"),
            ("slowLogList", "slow_log_list"),
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
from ..models.slow_log_list import SlowLogList  # noqa: E402
