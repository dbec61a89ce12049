# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        private_ip = d.pop("private_ip", UNSET)

        port = d.pop("port", UNSET)

        time_zone = d.pop("time_zone", UNSET)

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
