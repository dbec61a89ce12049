# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="GetDatabases")


class GetDatabases(_Model):
    """A physical shard of a schema.

    Attributes:
        dbslot (int | None): Shard number (slot).
        name (str | None): Shard name.
        status (str | None): Shard status.
        created (int | None): Creation time, UNIX epoch milliseconds.
        updated (int | None): Time of the last update, UNIX epoch milliseconds.
        id (str | None): ID of the RDS instance holding the shard.
        id_name (str | None): Name of the physical database.
    """

    __slots__ = (
        "dbslot",
        "name",
        "status",
        "created",
        "updated",
        "id",
        "id_name",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "dbslot",
        "name",
        "status",
        "created",
        "updated",
        "id",
        "id_name",
    )

    dbslot: int | None
    name: str | None
    status: str | None
    created: int | None
    updated: int | None
    id: str | None
    id_name: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        dbslot: int | None = None,
        name: str | None = None,
        status: str | None = None,
        created: int | None = None,
        updated: int | None = None,
        id: str | None = None,
        id_name: str | None = None,
    ) -> None:
        self.dbslot = dbslot
        self.name = name
        self.status = status
        self.created = created
        self.updated = updated
        self.id = id
        self.id_name = id_name
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.dbslot is not None:
            dbslot = self.dbslot
            field_dict["dbslot"] = dbslot
        elif "dbslot" in self._present:  # null in the reply: sent back as null
            field_dict["dbslot"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
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
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.id_name is not None:
            id_name = self.id_name
            field_dict["idName"] = id_name
        elif "idName" in self._present:  # null in the reply: sent back as null
            field_dict["idName"] = None
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

        get_databases = cls(  # the fields in declaration order; absent members read as None
            None if dbslot is UNSET else dbslot,
            None if name is UNSET else name,
            None if status is UNSET else status,
            None if created is UNSET else created,
            None if updated is UNSET else updated,
            None if id is UNSET else id,
            None if id_name is UNSET else id_name,
        )
        get_databases._present = frozenset(src_dict)

        get_databases.additional_properties = d
        return get_databases

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("dbslot", "dbslot"),
            ("name", "name"),
            ("status", "status"),
            ("created", "created"),
            ("updated", "updated"),
            ("id", "id"),
            ("idName", "id_name"),
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
