# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="DnInstanceInfo")


class DnInstanceInfo(_Model):
    """A backend data node in exported schema metadata.

    Attributes:
        instance_id (str | None): Data node ID.
        instance_name (str | None): Data node name.
        access_host (str | None): IP address of the data node.
        access_port (int | None): Port of the data node.
        engine (str | None): Database engine of the data node.
        engine_version (str | None): Engine version of the data node.
    """

    __slots__ = (
        "instance_id",
        "instance_name",
        "access_host",
        "access_port",
        "engine",
        "engine_version",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance_id",
        "instance_name",
        "access_host",
        "access_port",
        "engine",
        "engine_version",
    )

    instance_id: str | None
    instance_name: str | None
    access_host: str | None
    access_port: int | None
    engine: str | None
    engine_version: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        instance_id: str | None = None,
        instance_name: str | None = None,
        access_host: str | None = None,
        access_port: int | None = None,
        engine: str | None = None,
        engine_version: str | None = None,
    ) -> None:
        self.instance_id = instance_id
        self.instance_name = instance_name
        self.access_host = access_host
        self.access_port = access_port
        self.engine = engine
        self.engine_version = engine_version
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if self.access_host is not None:
            access_host = self.access_host
            field_dict["access_host"] = access_host
        elif "access_host" in self._present:  # null in the reply: sent back as null
            field_dict["access_host"] = None
        if self.access_port is not None:
            access_port = self.access_port
            field_dict["access_port"] = access_port
        elif "access_port" in self._present:  # null in the reply: sent back as null
            field_dict["access_port"] = None
        if self.engine is not None:
            engine = self.engine
            field_dict["engine"] = engine
        elif "engine" in self._present:  # null in the reply: sent back as null
            field_dict["engine"] = None
        if self.engine_version is not None:
            engine_version = self.engine_version
            field_dict["engine_version"] = engine_version
        elif "engine_version" in self._present:  # null in the reply: sent back as null
            field_dict["engine_version"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        access_host = d.pop("access_host", UNSET)
        if access_host.__class__ is not str and access_host is not UNSET:
            access_host = _drift(cls, src_dict, "access_host", access_host, "string")

        access_port = d.pop("access_port", UNSET)
        if access_port.__class__ is not int and access_port is not UNSET:
            access_port = _drift(cls, src_dict, "access_port", access_port, "integer")

        engine = d.pop("engine", UNSET)
        if engine.__class__ is not str and engine is not UNSET:
            engine = _drift(cls, src_dict, "engine", engine, "string")

        engine_version = d.pop("engine_version", UNSET)
        if engine_version.__class__ is not str and engine_version is not UNSET:
            engine_version = _drift(cls, src_dict, "engine_version", engine_version, "string")

        dn_instance_info = cls(  # the fields in declaration order; absent members read as None
            None if instance_id is UNSET else instance_id,
            None if instance_name is UNSET else instance_name,
            None if access_host is UNSET else access_host,
            None if access_port is UNSET else access_port,
            None if engine is UNSET else engine,
            None if engine_version is UNSET else engine_version,
        )
        dn_instance_info._present = frozenset(src_dict)

        dn_instance_info.additional_properties = d
        return dn_instance_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("instance_id", "instance_id"),
            ("instance_name", "instance_name"),
            ("access_host", "access_host"),
            ("access_port", "access_port"),
            ("engine", "engine"),
            ("engine_version", "engine_version"),
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
