# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupHistoryApiItem")


@_attrs_define
class BackupHistoryApiItem:
    """One entry of a cluster's backup history (reference 2.6).

    Attributes:
        backup_end_at (str): When the backup finished.
        backup_history_number (str): Identifier of the backup.
        backup_size_gb (float): Amount of data in the backup, in gigabytes.
        backup_start_at (str): When the backup started.
        backup_state (str): State of the backup.
        software_version (str): Engine software version the backup was taken from.
        backup_state_detail (None | str | Unset): Detailed state of the backup, when available.
    """

    backup_end_at: str
    backup_history_number: str
    backup_size_gb: float
    backup_start_at: str
    backup_state: str
    software_version: str
    backup_state_detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        backup_end_at = self.backup_end_at

        backup_history_number = self.backup_history_number

        backup_size_gb = self.backup_size_gb

        backup_start_at = self.backup_start_at

        backup_state = self.backup_state

        software_version = self.software_version

        try:
            backup_state_detail: None | str | Unset
            if isinstance(self.backup_state_detail, Unset):
                backup_state_detail = UNSET
            else:
                backup_state_detail = self.backup_state_detail
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            backup_state_detail = _cast(Any, self.backup_state_detail)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backup_end_at": backup_end_at,
                "backup_history_number": backup_history_number,
                "backup_size_gb": backup_size_gb,
                "backup_start_at": backup_start_at,
                "backup_state": backup_state,
                "software_version": software_version,
            }
        )
        if backup_state_detail is not UNSET:
            field_dict["backup_state_detail"] = backup_state_detail
        if isinstance(backup_end_at, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["backup_end_at"]
        if isinstance(backup_history_number, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["backup_history_number"]
        if isinstance(backup_size_gb, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["backup_size_gb"]
        if isinstance(backup_start_at, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["backup_start_at"]
        if isinstance(backup_state, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["backup_state"]
        if isinstance(software_version, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["software_version"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_end_at = d.pop("backup_end_at", UNSET)
        if backup_end_at.__class__ is not str:
            backup_end_at = _drift(cls, src_dict, "backup_end_at", backup_end_at, "string")

        backup_history_number = d.pop("backup_history_number", UNSET)
        if backup_history_number.__class__ is not str:
            backup_history_number = _drift(cls, src_dict, "backup_history_number", backup_history_number, "string")

        backup_size_gb = d.pop("backup_size_gb", UNSET)
        if backup_size_gb.__class__ is not float and backup_size_gb.__class__ is not int:
            backup_size_gb = _drift(cls, src_dict, "backup_size_gb", backup_size_gb, "number")

        backup_start_at = d.pop("backup_start_at", UNSET)
        if backup_start_at.__class__ is not str:
            backup_start_at = _drift(cls, src_dict, "backup_start_at", backup_start_at, "string")

        backup_state = d.pop("backup_state", UNSET)
        if backup_state.__class__ is not str:
            backup_state = _drift(cls, src_dict, "backup_state", backup_state, "string")

        software_version = d.pop("software_version", UNSET)
        if software_version.__class__ is not str:
            software_version = _drift(cls, src_dict, "software_version", software_version, "string")

        try:
            backup_state_detail: None | str | Unset = d.pop("backup_state_detail", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            backup_state_detail = _drift(
                cls, src_dict, "backup_state_detail", src_dict.get("backup_state_detail", UNSET), "string or null"
            )

        backup_history_api_item = cls(  # the fields in declaration order
            backup_end_at,
            backup_history_number,
            backup_size_gb,
            backup_start_at,
            backup_state,
            software_version,
            backup_state_detail,
        )

        backup_history_api_item.additional_properties = d
        return backup_history_api_item

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
