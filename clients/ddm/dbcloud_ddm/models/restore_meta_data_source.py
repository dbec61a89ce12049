# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreMetaDataSource")


class RestoreMetaDataSource(_Model):
    """What to restore the metadata from (Table 4-506). Give either backup_id or restore_time.

    Attributes:
        restore_time (float | Unset): Restoration timestamp in epoch milliseconds; alternative to backup_id.
        backup_id (str | Unset): ID of the backup to restore; alternative to restore_time.
    """

    __slots__ = (
        "restore_time",
        "backup_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "restore_time",
        "backup_id",
    )

    restore_time: float | Unset
    backup_id: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        restore_time: float | Unset = UNSET,
        backup_id: str | Unset = UNSET,
    ) -> None:
        self.restore_time = restore_time
        self.backup_id = backup_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        restore_time = self.restore_time

        backup_id = self.backup_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restore_time is not UNSET:
            field_dict["restore_time"] = restore_time
        if backup_id is not UNSET:
            field_dict["backup_id"] = backup_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        restore_time = d.pop("restore_time", UNSET)
        if restore_time.__class__ is not float and restore_time.__class__ is not int and restore_time is not UNSET:
            restore_time = _drift(cls, src_dict, "restore_time", restore_time, "number")

        backup_id = d.pop("backup_id", UNSET)
        if backup_id.__class__ is not str and backup_id is not UNSET:
            backup_id = _drift(cls, src_dict, "backup_id", backup_id, "string")

        restore_meta_data_source = cls(  # the fields in declaration order
            restore_time,
            backup_id,
        )

        restore_meta_data_source.additional_properties = d
        return restore_meta_data_source

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
