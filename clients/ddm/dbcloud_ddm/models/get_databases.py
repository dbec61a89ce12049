# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDatabases")


@_attrs_define
class GetDatabases:
    """A physical shard of a schema.

    Attributes:
        dbslot (int | Unset): Shard number (slot).
        name (str | Unset): Shard name.
        status (str | Unset): Shard status.
        created (int | Unset): Creation time, UNIX epoch milliseconds.
        updated (int | Unset): Time of the last update, UNIX epoch milliseconds.
        id (str | Unset): ID of the RDS instance holding the shard.
        id_name (str | Unset): Name of the physical database.
    """

    dbslot: int | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    id: str | Unset = UNSET
    id_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        dbslot = self.dbslot

        name = self.name

        status = self.status

        created = self.created

        updated = self.updated

        id = self.id

        id_name = self.id_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbslot is not UNSET:
            field_dict["dbslot"] = dbslot
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if id is not UNSET:
            field_dict["id"] = id
        if id_name is not UNSET:
            field_dict["idName"] = id_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dbslot = d.pop("dbslot", UNSET)
        if dbslot.__class__ is not int and dbslot is not UNSET:
            dbslot = _drift(cls, src_dict, "dbslot", dbslot, "integer")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        created = d.pop("created", UNSET)
        if created.__class__ is not int and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "integer")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not int and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "integer")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        id_name = d.pop("idName", UNSET)
        if id_name.__class__ is not str and id_name is not UNSET:
            id_name = _drift(cls, src_dict, "idName", id_name, "string")

        get_databases = cls(  # the fields in declaration order
            dbslot,
            name,
            status,
            created,
            updated,
            id,
            id_name,
        )

        get_databases.additional_properties = d
        return get_databases

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
