# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        backup_end_at = self.backup_end_at

        backup_history_number = self.backup_history_number

        backup_size_gb = self.backup_size_gb

        backup_start_at = self.backup_start_at

        backup_state = self.backup_state

        software_version = self.software_version

        backup_state_detail: None | str | Unset
        if isinstance(self.backup_state_detail, Unset):
            backup_state_detail = UNSET
        else:
            backup_state_detail = self.backup_state_detail

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_end_at = d.pop("backup_end_at")

        backup_history_number = d.pop("backup_history_number")

        backup_size_gb = d.pop("backup_size_gb")

        backup_start_at = d.pop("backup_start_at")

        backup_state = d.pop("backup_state")

        software_version = d.pop("software_version")

        backup_state_detail: None | str | Unset = d.pop("backup_state_detail", UNSET)

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
