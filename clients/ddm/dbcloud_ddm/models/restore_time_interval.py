# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreTimeInterval")


@_attrs_define
class RestoreTimeInterval:
    """One restorable window (Table 4-486).

    Attributes:
        start_time (str | Unset): Window start (UTC, millisecond precision), yyyy-mm-ddThh:mm:ssZ with a numeric zone
            offset.
        end_time (str | Unset): Window end (UTC, millisecond precision), yyyy-mm-ddThh:mm:ssZ with a numeric zone
            offset.
    """

    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

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

        restore_time_interval = cls(  # the fields in declaration order
            start_time,
            end_time,
        )

        restore_time_interval.additional_properties = d
        return restore_time_interval

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
