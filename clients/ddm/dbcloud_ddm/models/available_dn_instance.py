# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableDnInstance")


@_attrs_define
class AvailableDnInstance:
    """A data node available to a schema.

    Attributes:
        id (str | Unset): Data node ID.
        status (str | Unset): Data node status, e.g. normal.
        name (str | Unset): Data node name.
        engine_name (str | Unset): Database engine of the data node, e.g. mysql.
        engine_version (str | Unset): Engine version of the data node.
        private_ip (str | Unset): Private IP address of the data node.
        port (int | Unset): Port of the data node.
        time_zone (str | Unset): Time zone of the data node.
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    port: int | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        name = self.name

        engine_name = self.engine_name

        engine_version = self.engine_version

        private_ip = self.private_ip

        port = self.port

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if port is not UNSET:
            field_dict["port"] = port
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

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

        available_dn_instance = cls(  # the fields in declaration order
            id,
            status,
            name,
            engine_name,
            engine_version,
            private_ip,
            port,
            time_zone,
        )

        available_dn_instance.additional_properties = d
        return available_dn_instance

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
