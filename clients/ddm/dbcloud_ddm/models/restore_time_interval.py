# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="RestoreTimeInterval")


class RestoreTimeInterval(_Model):
    """One restorable window (Table 4-486).

    Attributes:
        start_time (str | None): Window start (UTC, millisecond precision), yyyy-mm-ddThh:mm:ssZ with a numeric zone
            offset.
        end_time (str | None): Window end (UTC, millisecond precision), yyyy-mm-ddThh:mm:ssZ with a numeric zone offset.
    """

    __slots__ = (
        "start_time",
        "end_time",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "start_time",
        "end_time",
    )

    start_time: str | None
    end_time: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> None:
        self.start_time = start_time
        self.end_time = end_time
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not str and start_time is not UNSET:
            start_time = _drift(cls, src_dict, "start_time", start_time, "string")

        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not str and end_time is not UNSET:
            end_time = _drift(cls, src_dict, "end_time", end_time, "string")

        restore_time_interval = cls(  # the fields in declaration order; absent members read as None
            None if start_time is UNSET else start_time,
            None if end_time is UNSET else end_time,
        )
        restore_time_interval._present = frozenset(src_dict)

        restore_time_interval.additional_properties = d
        return restore_time_interval

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
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
