# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.backup_info_backup_type import BackupInfoBackupType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="BackupInfo")


@_attrs_define
class BackupInfo:
    """One backup (Table 4-465).

    Attributes:
        id (str | Unset): Backup ID.
        name (str | Unset): Backup name.
        description (str | Unset): Backup description.
        status (str | Unset): Backup status.
        instance_id (str | Unset): ID of the backed-up instance.
        instance_name (str | Unset): Name of the backed-up instance.
        instance_status (str | Unset): Status of the backed-up instance.
        file_size (float | Unset): Backup size in KB.
        created (str | Unset): Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        updated (str | Unset): Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        backup_type (BackupInfoBackupType | Unset): auto_metadata: daily scheduled metadata backup; metadata: metadata
            backup taken outside the schedule (for example before the instance is deleted).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    instance_status: str | Unset = UNSET
    file_size: float | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    backup_type: BackupInfoBackupType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        status = self.status

        instance_id = self.instance_id

        instance_name = self.instance_name

        instance_status = self.instance_status

        file_size = self.file_size

        created = self.created

        updated = self.updated

        try:
            backup_type: str | Unset = UNSET
            if not isinstance(self.backup_type, Unset):
                backup_type = self.backup_type.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            backup_type = _cast(Any, self.backup_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if instance_status is not UNSET:
            field_dict["instance_status"] = instance_status
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if backup_type is not UNSET:
            field_dict["backup_type"] = backup_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        instance_status = d.pop("instance_status", UNSET)
        if instance_status.__class__ is not str and instance_status is not UNSET:
            instance_status = _drift(cls, src_dict, "instance_status", instance_status, "string")

        file_size = d.pop("file_size", UNSET)
        if file_size.__class__ is not float and file_size.__class__ is not int and file_size is not UNSET:
            file_size = _drift(cls, src_dict, "file_size", file_size, "number")

        created = d.pop("created", UNSET)
        if created.__class__ is not str and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "string")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        try:
            _backup_type = d.pop("backup_type", UNSET)
            backup_type: BackupInfoBackupType | Unset = (
                UNSET if _backup_type is UNSET else enum_member(BackupInfoBackupType, _backup_type)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            backup_type = _drift(
                cls, src_dict, "backup_type", src_dict.get("backup_type", UNSET), "BackupInfoBackupType"
            )

        backup_info = cls(  # the fields in declaration order
            id,
            name,
            description,
            status,
            instance_id,
            instance_name,
            instance_status,
            file_size,
            created,
            updated,
            backup_type,
        )

        backup_info.additional_properties = d
        return backup_info

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
