# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="AvailableDnInstance")


class AvailableDnInstance(_Model):
    """A data node available to a schema.

    Attributes:
        id (str | None): Data node ID.
        status (str | None): Data node status, e.g. normal.
        name (str | None): Data node name.
        engine_name (str | None): Database engine of the data node, e.g. mysql.
        engine_version (str | None): Engine version of the data node.
        private_ip (str | None): Private IP address of the data node.
        port (int | None): Port of the data node.
        time_zone (str | None): Time zone of the data node.
    """

    __slots__ = (
        "id",
        "status",
        "name",
        "engine_name",
        "engine_version",
        "private_ip",
        "port",
        "time_zone",
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
        "private_ip",
        "port",
        "time_zone",
    )

    id: str | None
    status: str | None
    name: str | None
    engine_name: str | None
    engine_version: str | None
    private_ip: str | None
    port: int | None
    time_zone: str | None
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
        private_ip: str | None = None,
        port: int | None = None,
        time_zone: str | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.name = name
        self.engine_name = engine_name
        self.engine_version = engine_version
        self.private_ip = private_ip
        self.port = port
        self.time_zone = time_zone
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
        if self.private_ip is not None:
            private_ip = self.private_ip
            field_dict["private_ip"] = private_ip
        elif "private_ip" in self._present:  # null in the reply: sent back as null
            field_dict["private_ip"] = None
        if self.port is not None:
            port = self.port
            field_dict["port"] = port
        elif "port" in self._present:  # null in the reply: sent back as null
            field_dict["port"] = None
        if self.time_zone is not None:
            time_zone = self.time_zone
            field_dict["time_zone"] = time_zone
        elif "time_zone" in self._present:  # null in the reply: sent back as null
            field_dict["time_zone"] = None
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

        private_ip = d.pop("private_ip", UNSET)
        if private_ip.__class__ is not str and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "private_ip", private_ip, "string")

        port = d.pop("port", UNSET)
        if port.__class__ is not int and port is not UNSET:
            port = _drift(cls, src_dict, "port", port, "integer")

        time_zone = d.pop("time_zone", UNSET)
        if time_zone.__class__ is not str and time_zone is not UNSET:
            time_zone = _drift(cls, src_dict, "time_zone", time_zone, "string")

        available_dn_instance = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if status is UNSET else status,
            None if name is UNSET else name,
            None if engine_name is UNSET else engine_name,
            None if engine_version is UNSET else engine_version,
            None if private_ip is UNSET else private_ip,
            None if port is UNSET else port,
            None if time_zone is UNSET else time_zone,
        )
        available_dn_instance._present = frozenset(src_dict)

        available_dn_instance.additional_properties = d
        return available_dn_instance

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
            ("private_ip", "private_ip"),
            ("port", "port"),
            ("time_zone", "time_zone"),
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
