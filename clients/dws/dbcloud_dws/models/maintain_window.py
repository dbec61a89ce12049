# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.maintain_window_day import MaintainWindowDay
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="MaintainWindow")


class MaintainWindow(_Model):
    """Weekly maintenance window of a cluster, in GMT+0 (Table 5-22).

    Attributes:
        day (MaintainWindowDay | None): Day of the week.
        start_time (str | None): Start time, HH:mm.
        end_time (str | None): End time, HH:mm.
    """

    __slots__ = (
        "day",
        "start_time",
        "end_time",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "day",
        "start_time",
        "end_time",
    )

    day: MaintainWindowDay | None
    start_time: str | None
    end_time: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        day: MaintainWindowDay | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> None:
        self.day = day
        self.start_time = start_time
        self.end_time = end_time
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.day is not None:
            try:
                day: str | Unset = UNSET
                if not isinstance(self.day, Unset):
                    day = self.day.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                day = _cast(Any, self.day)
            field_dict["day"] = day
        elif "day" in self._present:  # null in the reply: sent back as null
            field_dict["day"] = None
        if self.start_time is not None:
            start_time = self.start_time
            field_dict["start_time"] = start_time
        elif "start_time" in self._present:  # null in the reply: sent back as null
            field_dict["start_time"] = None
        if self.end_time is not None:
            end_time = self.end_time
            field_dict["end_time"] = end_time
        elif "end_time" in self._present:  # null in the reply: sent back as null
            field_dict["end_time"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _day = d.pop("day", UNSET)
            day: MaintainWindowDay | Unset = UNSET if _day is UNSET else enum_member(MaintainWindowDay, _day)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            day = _drift(cls, src_dict, "day", src_dict.get("day", UNSET), "MaintainWindowDay")

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not str and start_time is not UNSET:
            start_time = _drift(cls, src_dict, "start_time", start_time, "string")

        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not str and end_time is not UNSET:
            end_time = _drift(cls, src_dict, "end_time", end_time, "string")

        maintain_window = cls(  # the fields in declaration order; absent members read as None
            None if day is UNSET else day,
            None if start_time is UNSET else start_time,
            None if end_time is UNSET else end_time,
        )
        maintain_window._present = frozenset(src_dict)

        maintain_window.additional_properties = d
        return maintain_window

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("day", "day"),
            ("start_time", "start_time"),
            ("end_time", "end_time"),
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
