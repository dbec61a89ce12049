# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="QueryAvailableRdsList")


class QueryAvailableRdsList(_Model):
    """A DB instance available for creating a schema.

    Attributes:
        id (str | None): DB instance ID.
        project_id (str | None): Project ID of the tenant owning the DB instance.
        status (str | None): DB instance status, e.g. normal.
        name (str | None): DB instance name.
        engine_name (str | None): Database engine, e.g. mysql.
        engine_software_version (str | None): Engine version, e.g. 5.7.
        private_ip (str | None): Private IP address of the DB instance.
        mode (str | None): Deployment type: primary/standby (Ha) or single-node.
        port (int | None): Port of the DB instance.
        az_code (str | None): Availability zone.
        time_zone (str | None): Time zone.
    """

    __slots__ = (
        "id",
        "project_id",
        "status",
        "name",
        "engine_name",
        "engine_software_version",
        "private_ip",
        "mode",
        "port",
        "az_code",
        "time_zone",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "project_id",
        "status",
        "name",
        "engine_name",
        "engine_software_version",
        "private_ip",
        "mode",
        "port",
        "az_code",
        "time_zone",
    )

    id: str | None
    project_id: str | None
    status: str | None
    name: str | None
    engine_name: str | None
    engine_software_version: str | None
    private_ip: str | None
    mode: str | None
    port: int | None
    az_code: str | None
    time_zone: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        project_id: str | None = None,
        status: str | None = None,
        name: str | None = None,
        engine_name: str | None = None,
        engine_software_version: str | None = None,
        private_ip: str | None = None,
        mode: str | None = None,
        port: int | None = None,
        az_code: str | None = None,
        time_zone: str | None = None,
    ) -> None:
        self.id = id
        self.project_id = project_id
        self.status = status
        self.name = name
        self.engine_name = engine_name
        self.engine_software_version = engine_software_version
        self.private_ip = private_ip
        self.mode = mode
        self.port = port
        self.az_code = az_code
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
        if self.project_id is not None:
            project_id = self.project_id
            field_dict["projectId"] = project_id
        elif "projectId" in self._present:  # null in the reply: sent back as null
            field_dict["projectId"] = None
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
            field_dict["engineName"] = engine_name
        elif "engineName" in self._present:  # null in the reply: sent back as null
            field_dict["engineName"] = None
        if self.engine_software_version is not None:
            engine_software_version = self.engine_software_version
            field_dict["engineSoftwareVersion"] = engine_software_version
        elif "engineSoftwareVersion" in self._present:  # null in the reply: sent back as null
            field_dict["engineSoftwareVersion"] = None
        if self.private_ip is not None:
            private_ip = self.private_ip
            field_dict["privateIp"] = private_ip
        elif "privateIp" in self._present:  # null in the reply: sent back as null
            field_dict["privateIp"] = None
        if self.mode is not None:
            mode = self.mode
            field_dict["mode"] = mode
        elif "mode" in self._present:  # null in the reply: sent back as null
            field_dict["mode"] = None
        if self.port is not None:
            port = self.port
            field_dict["port"] = port
        elif "port" in self._present:  # null in the reply: sent back as null
            field_dict["port"] = None
        if self.az_code is not None:
            az_code = self.az_code
            field_dict["azCode"] = az_code
        elif "azCode" in self._present:  # null in the reply: sent back as null
            field_dict["azCode"] = None
        if self.time_zone is not None:
            time_zone = self.time_zone
            field_dict["timeZone"] = time_zone
        elif "timeZone" in self._present:  # null in the reply: sent back as null
            field_dict["timeZone"] = None
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

        query_available_rds_list = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if project_id is UNSET else project_id,
            None if status is UNSET else status,
            None if name is UNSET else name,
            None if engine_name is UNSET else engine_name,
            None if engine_software_version is UNSET else engine_software_version,
            None if private_ip is UNSET else private_ip,
            None if mode is UNSET else mode,
            None if port is UNSET else port,
            None if az_code is UNSET else az_code,
            None if time_zone is UNSET else time_zone,
        )
        query_available_rds_list._present = frozenset(src_dict)

        query_available_rds_list.additional_properties = d
        return query_available_rds_list

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("projectId", "project_id"),
            ("status", "status"),
            ("name", "name"),
            ("engineName", "engine_name"),
            ("engineSoftwareVersion", "engine_software_version"),
            ("privateIp", "private_ip"),
            ("mode", "mode"),
            ("port", "port"),
            ("azCode", "az_code"),
            ("timeZone", "time_zone"),
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
