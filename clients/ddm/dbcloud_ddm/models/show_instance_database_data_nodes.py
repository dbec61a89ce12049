# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ShowInstanceDatabaseDataNodes")


class ShowInstanceDatabaseDataNodes(_Model):
    """A data node associated with a schema (reference table 'DataNodes').

    Attributes:
        id (str | None): Data node ID.
        status (str | None): Data node status, e.g. normal.
        name (str | None): Data node name.
        engine_name (str | None): Database engine of the data node, e.g. mysql.
        engine_version (str | None): Engine version of the data node.
        mem (int | None): Memory size of the data node.
        cpu (int | None): Number of vCPUs of the data node.
    """

    __slots__ = (
        "id",
        "status",
        "name",
        "engine_name",
        "engine_version",
        "mem",
        "cpu",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "status",
        "name",
        "engine_name",
        "engine_version",
        "mem",
        "cpu",
    )

    id: str | None
    status: str | None
    name: str | None
    engine_name: str | None
    engine_version: str | None
    mem: int | None
    cpu: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        status: str | None = None,
        name: str | None = None,
        engine_name: str | None = None,
        engine_version: str | None = None,
        mem: int | None = None,
        cpu: int | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.name = name
        self.engine_name = engine_name
        self.engine_version = engine_version
        self.mem = mem
        self.cpu = cpu
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
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.engine_name is not None:
            engine_name = self.engine_name
            field_dict["engine_name"] = engine_name
        elif "engine_name" in self._present:  # null in the reply: sent back as null
            field_dict["engine_name"] = None
        if self.engine_version is not None:
            engine_version = self.engine_version
            field_dict["engine_version"] = engine_version
        elif "engine_version" in self._present:  # null in the reply: sent back as null
            field_dict["engine_version"] = None
        if self.mem is not None:
            mem = self.mem
            field_dict["mem"] = mem
        elif "mem" in self._present:  # null in the reply: sent back as null
            field_dict["mem"] = None
        if self.cpu is not None:
            cpu = self.cpu
            field_dict["cpu"] = cpu
        elif "cpu" in self._present:  # null in the reply: sent back as null
            field_dict["cpu"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        engine_name = d.pop("engine_name", UNSET)
        if engine_name.__class__ is not str and engine_name is not UNSET:
            engine_name = _drift(cls, src_dict, "engine_name", engine_name, "string")

        engine_version = d.pop("engine_version", UNSET)
        if engine_version.__class__ is not str and engine_version is not UNSET:
            engine_version = _drift(cls, src_dict, "engine_version", engine_version, "string")

        mem = d.pop("mem", UNSET)
        if mem.__class__ is not int and mem is not UNSET:
            mem = _drift(cls, src_dict, "mem", mem, "integer")

        cpu = d.pop("cpu", UNSET)
        if cpu.__class__ is not int and cpu is not UNSET:
            cpu = _drift(cls, src_dict, "cpu", cpu, "integer")

        show_instance_database_data_nodes = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if status is UNSET else status,
            None if name is UNSET else name,
            None if engine_name is UNSET else engine_name,
            None if engine_version is UNSET else engine_version,
            None if mem is UNSET else mem,
            None if cpu is UNSET else cpu,
        )
        show_instance_database_data_nodes._present = frozenset(src_dict)

        show_instance_database_data_nodes.additional_properties = d
        return show_instance_database_data_nodes

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("status", "status"),
            ("name", "name"),
            ("engine_name", "engine_name"),
            ("engine_version", "engine_version"),
            ("mem", "mem"),
            ("cpu", "cpu"),
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
