# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnInstanceInfo")


@_attrs_define
class DnInstanceInfo:
    """A backend data node in exported schema metadata.

    Attributes:
        instance_id (str | Unset): Data node ID.
        instance_name (str | Unset): Data node name.
        access_host (str | Unset): IP address of the data node.
        access_port (int | Unset): Port of the data node.
        engine (str | Unset): Database engine of the data node.
        engine_version (str | Unset): Engine version of the data node.
    """

    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    access_host: str | Unset = UNSET
    access_port: int | Unset = UNSET
    engine: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        instance_name = self.instance_name

        access_host = self.access_host

        access_port = self.access_port

        engine = self.engine

        engine_version = self.engine_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if access_host is not UNSET:
            field_dict["access_host"] = access_host
        if access_port is not UNSET:
            field_dict["access_port"] = access_port
        if engine is not UNSET:
            field_dict["engine"] = engine
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version

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

        dn_instance_info = cls(  # the fields in declaration order
            instance_id,
            instance_name,
            access_host,
            access_port,
            engine,
            engine_version,
        )

        dn_instance_info.additional_properties = d
        return dn_instance_info

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
