# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryAvailableRdsList")


@_attrs_define
class QueryAvailableRdsList:
    """A DB instance available for creating a schema.

    Attributes:
        id (str | Unset): DB instance ID.
        project_id (str | Unset): Project ID of the tenant owning the DB instance.
        status (str | Unset): DB instance status, e.g. normal.
        name (str | Unset): DB instance name.
        engine_name (str | Unset): Database engine, e.g. mysql.
        engine_software_version (str | Unset): Engine version, e.g. 5.7.
        private_ip (str | Unset): Private IP address of the DB instance.
        mode (str | Unset): Deployment type: primary/standby (Ha) or single-node.
        port (int | Unset): Port of the DB instance.
        az_code (str | Unset): Availability zone.
        time_zone (str | Unset): Time zone.
    """

    id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_software_version: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    mode: str | Unset = UNSET
    port: int | Unset = UNSET
    az_code: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        status = self.status

        name = self.name

        engine_name = self.engine_name

        engine_software_version = self.engine_software_version

        private_ip = self.private_ip

        mode = self.mode

        port = self.port

        az_code = self.az_code

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if engine_name is not UNSET:
            field_dict["engineName"] = engine_name
        if engine_software_version is not UNSET:
            field_dict["engineSoftwareVersion"] = engine_software_version
        if private_ip is not UNSET:
            field_dict["privateIp"] = private_ip
        if mode is not UNSET:
            field_dict["mode"] = mode
        if port is not UNSET:
            field_dict["port"] = port
        if az_code is not UNSET:
            field_dict["azCode"] = az_code
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        project_id = d.pop("projectId", UNSET)
        if project_id.__class__ is not str and project_id is not UNSET:
            project_id = _drift(cls, src_dict, "projectId", project_id, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        engine_name = d.pop("engineName", UNSET)
        if engine_name.__class__ is not str and engine_name is not UNSET:
            engine_name = _drift(cls, src_dict, "engineName", engine_name, "string")

        engine_software_version = d.pop("engineSoftwareVersion", UNSET)
        if engine_software_version.__class__ is not str and engine_software_version is not UNSET:
            engine_software_version = _drift(cls, src_dict, "engineSoftwareVersion", engine_software_version, "string")

        private_ip = d.pop("privateIp", UNSET)
        if private_ip.__class__ is not str and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "privateIp", private_ip, "string")

        mode = d.pop("mode", UNSET)
        if mode.__class__ is not str and mode is not UNSET:
            mode = _drift(cls, src_dict, "mode", mode, "string")

        port = d.pop("port", UNSET)
        if port.__class__ is not int and port is not UNSET:
            port = _drift(cls, src_dict, "port", port, "integer")

        az_code = d.pop("azCode", UNSET)
        if az_code.__class__ is not str and az_code is not UNSET:
            az_code = _drift(cls, src_dict, "azCode", az_code, "string")

        time_zone = d.pop("timeZone", UNSET)
        if time_zone.__class__ is not str and time_zone is not UNSET:
            time_zone = _drift(cls, src_dict, "timeZone", time_zone, "string")

        query_available_rds_list = cls(  # the fields in declaration order
            id,
            project_id,
            status,
            name,
            engine_name,
            engine_software_version,
            private_ip,
            mode,
            port,
            az_code,
            time_zone,
        )

        query_available_rds_list.additional_properties = d
        return query_available_rds_list

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
