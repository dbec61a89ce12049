# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.backup_info_backup_type import BackupInfoBackupType
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="BackupInfo")


class BackupInfo(_Model):
    """One backup (Table 4-465).

    Attributes:
        id (str | None): Backup ID.
        name (str | None): Backup name.
        description (str | None): Backup description.
        status (str | None): Backup status.
        instance_id (str | None): ID of the backed-up instance.
        instance_name (str | None): Name of the backed-up instance.
        instance_status (str | None): Status of the backed-up instance.
        file_size (float | None): Backup size in KB.
        created (str | None): Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        updated (str | None): Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        backup_type (BackupInfoBackupType | None): auto_metadata: daily scheduled metadata backup; metadata: metadata
            backup taken outside the schedule (for example before the instance is deleted).
    """

    __slots__ = (
        "id",
        "name",
        "description",
        "status",
        "instance_id",
        "instance_name",
        "instance_status",
        "file_size",
        "created",
        "updated",
        "backup_type",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "description",
        "status",
        "instance_id",
        "instance_name",
        "instance_status",
        "file_size",
        "created",
        "updated",
        "backup_type",
    )

    id: str | None
    name: str | None
    description: str | None
    status: str | None
    instance_id: str | None
    instance_name: str | None
    instance_status: str | None
    file_size: float | None
    created: str | None
    updated: str | None
    backup_type: BackupInfoBackupType | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        instance_status: str | None = None,
        file_size: float | None = None,
        created: str | None = None,
        updated: str | None = None,
        backup_type: BackupInfoBackupType | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.status = status
        self.instance_id = instance_id
        self.instance_name = instance_name
        self.instance_status = instance_status
        self.file_size = file_size
        self.created = created
        self.updated = updated
        self.backup_type = backup_type
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.instance_id is not None:
            instance_id = self.instance_id
            field_dict["instance_id"] = instance_id
        elif "instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["instance_id"] = None
        if self.instance_name is not None:
            instance_name = self.instance_name
            field_dict["instance_name"] = instance_name
        elif "instance_name" in self._present:  # null in the reply: sent back as null
            field_dict["instance_name"] = None
        if self.instance_status is not None:
            instance_status = self.instance_status
            field_dict["instance_status"] = instance_status
        elif "instance_status" in self._present:  # null in the reply: sent back as null
            field_dict["instance_status"] = None
        if self.file_size is not None:
            file_size = self.file_size
            field_dict["file_size"] = file_size
        elif "file_size" in self._present:  # null in the reply: sent back as null
            field_dict["file_size"] = None
        if self.created is not None:
            created = self.created
            field_dict["created"] = created
        elif "created" in self._present:  # null in the reply: sent back as null
            field_dict["created"] = None
        if self.updated is not None:
            updated = self.updated
            field_dict["updated"] = updated
        elif "updated" in self._present:  # null in the reply: sent back as null
            field_dict["updated"] = None
        if self.backup_type is not None:
            try:
                backup_type: str | Unset = UNSET
                if not isinstance(self.backup_type, Unset):
                    backup_type = self.backup_type.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                backup_type = _cast(Any, self.backup_type)
            field_dict["backup_type"] = backup_type
        elif "backup_type" in self._present:  # null in the reply: sent back as null
            field_dict["backup_type"] = None
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

        backup_info = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if description is UNSET else description,
            None if status is UNSET else status,
            None if instance_id is UNSET else instance_id,
            None if instance_name is UNSET else instance_name,
            None if instance_status is UNSET else instance_status,
            None if file_size is UNSET else file_size,
            None if created is UNSET else created,
            None if updated is UNSET else updated,
            None if backup_type is UNSET else backup_type,
        )
        backup_info._present = frozenset(src_dict)

        backup_info.additional_properties = d
        return backup_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("description", "description"),
            ("status", "status"),
            ("instance_id", "instance_id"),
            ("instance_name", "instance_name"),
            ("instance_status", "instance_status"),
            ("file_size", "file_size"),
            ("created", "created"),
            ("updated", "updated"),
            ("backup_type", "backup_type"),
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
