# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.instance_status import InstanceStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ShowInstanceBeanResponse")


class ShowInstanceBeanResponse(_Model):
    """DDM instance in a list (table 4-16).

    Attributes:
        id (str | None): Instance ID.
        status (InstanceStatus | None): Status of a DDM instance (appendix A.6, table A-6). CREATING: being created;
            CREATEFAILED: creation failed; RUNNING: available; ERROR: faulty; RESTARTING: restarting; FREEZING: being
            frozen; FROZEN: frozen; UNFREEZING: being unfrozen; RESIZING: node class change (the reference describes it as a
            failed change); UPGRADE_VERSION_INSTANCE: version upgrade in progress; ROLL_BACK_DB_VERSION: version rollback in
            progress; GROWING: scaling out; REDUCING: scaling in; RESTORE: being restored; BACKUP: being backed up;
            MODIFY_NAME: name change in progress; MIGRATE_DATABASE: schema shards being configured; RESET_PASSWORD: password
            reset in progress; ONDEMAND_TO_PERIOD: switching to yearly/monthly billing; PERIOD_RESOURCE_SPEC_CHG:
            yearly/monthly change being verified; SET_CONFIGURATION: parameters being updated. New values may appear;
            clients must accept unknown ones.
        name (str | None): Instance name.
        created (str | None): Creation time. Documented as yyyy-mm-ddThh:mm:ssZ (UTC); the examples carry a +0000
            offset.
        updated (str | None): Time of the last update, same format as created.
        available_zone (str | None): AZ name.
        vpc_id (str | None): VPC ID.
        subnet_id (str | None): Subnet ID.
        security_group_id (str | None): Security group ID.
        node_count (int | None): Number of nodes.
        access_ip (str | None): Address for connecting to the instance.
        access_port (str | None): Port for connecting to the instance.
        core_count (str | None): Number of vCPUs.
        ram_capacity (str | None): Memory size in GB.
        error_msg (str | None): Error message; absent when nothing is wrong.
        node_status (str | None): Node status.
        enterprise_project_id (str | None): Enterprise project ID.
        project_id (str | None): Project ID of the tenant in the region.
        engine_version (str | None): Engine version.
        order_id (str | None): Order ID; returned for yearly/monthly instances.
        enable_ssl (bool | None): Whether SSL is enabled for the instance.
        flavor_ref (str | None): Specification code of the node class (see appendix A.4), e.g. ddm.c6.large.2.
    """

    __slots__ = (
        "id",
        "status",
        "name",
        "created",
        "updated",
        "available_zone",
        "vpc_id",
        "subnet_id",
        "security_group_id",
        "node_count",
        "access_ip",
        "access_port",
        "core_count",
        "ram_capacity",
        "error_msg",
        "node_status",
        "enterprise_project_id",
        "project_id",
        "engine_version",
        "order_id",
        "enable_ssl",
        "flavor_ref",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "status",
        "name",
        "created",
        "updated",
        "available_zone",
        "vpc_id",
        "subnet_id",
        "security_group_id",
        "node_count",
        "access_ip",
        "access_port",
        "core_count",
        "ram_capacity",
        "error_msg",
        "node_status",
        "enterprise_project_id",
        "project_id",
        "engine_version",
        "order_id",
        "enable_ssl",
        "flavor_ref",
    )

    id: str | None
    status: InstanceStatus | None
    name: str | None
    created: str | None
    updated: str | None
    available_zone: str | None
    vpc_id: str | None
    subnet_id: str | None
    security_group_id: str | None
    node_count: int | None
    access_ip: str | None
    access_port: str | None
    core_count: str | None
    ram_capacity: str | None
    error_msg: str | None
    node_status: str | None
    enterprise_project_id: str | None
    project_id: str | None
    engine_version: str | None
    order_id: str | None
    enable_ssl: bool | None
    flavor_ref: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        status: InstanceStatus | None = None,
        name: str | None = None,
        created: str | None = None,
        updated: str | None = None,
        available_zone: str | None = None,
        vpc_id: str | None = None,
        subnet_id: str | None = None,
        security_group_id: str | None = None,
        node_count: int | None = None,
        access_ip: str | None = None,
        access_port: str | None = None,
        core_count: str | None = None,
        ram_capacity: str | None = None,
        error_msg: str | None = None,
        node_status: str | None = None,
        enterprise_project_id: str | None = None,
        project_id: str | None = None,
        engine_version: str | None = None,
        order_id: str | None = None,
        enable_ssl: bool | None = None,
        flavor_ref: str | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.name = name
        self.created = created
        self.updated = updated
        self.available_zone = available_zone
        self.vpc_id = vpc_id
        self.subnet_id = subnet_id
        self.security_group_id = security_group_id
        self.node_count = node_count
        self.access_ip = access_ip
        self.access_port = access_port
        self.core_count = core_count
        self.ram_capacity = ram_capacity
        self.error_msg = error_msg
        self.node_status = node_status
        self.enterprise_project_id = enterprise_project_id
        self.project_id = project_id
        self.engine_version = engine_version
        self.order_id = order_id
        self.enable_ssl = enable_ssl
        self.flavor_ref = flavor_ref
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
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
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
        if self.available_zone is not None:
            available_zone = self.available_zone
            field_dict["available_zone"] = available_zone
        elif "available_zone" in self._present:  # null in the reply: sent back as null
            field_dict["available_zone"] = None
        if self.vpc_id is not None:
            vpc_id = self.vpc_id
            field_dict["vpc_id"] = vpc_id
        elif "vpc_id" in self._present:  # null in the reply: sent back as null
            field_dict["vpc_id"] = None
        if self.subnet_id is not None:
            subnet_id = self.subnet_id
            field_dict["subnet_id"] = subnet_id
        elif "subnet_id" in self._present:  # null in the reply: sent back as null
            field_dict["subnet_id"] = None
        if self.security_group_id is not None:
            security_group_id = self.security_group_id
            field_dict["security_group_id"] = security_group_id
        elif "security_group_id" in self._present:  # null in the reply: sent back as null
            field_dict["security_group_id"] = None
        if self.node_count is not None:
            node_count = self.node_count
            field_dict["node_count"] = node_count
        elif "node_count" in self._present:  # null in the reply: sent back as null
            field_dict["node_count"] = None
        if self.access_ip is not None:
            access_ip = self.access_ip
            field_dict["access_ip"] = access_ip
        elif "access_ip" in self._present:  # null in the reply: sent back as null
            field_dict["access_ip"] = None
        if self.access_port is not None:
            access_port = self.access_port
            field_dict["access_port"] = access_port
        elif "access_port" in self._present:  # null in the reply: sent back as null
            field_dict["access_port"] = None
        if self.core_count is not None:
            core_count = self.core_count
            field_dict["core_count"] = core_count
        elif "core_count" in self._present:  # null in the reply: sent back as null
            field_dict["core_count"] = None
        if self.ram_capacity is not None:
            ram_capacity = self.ram_capacity
            field_dict["ram_capacity"] = ram_capacity
        elif "ram_capacity" in self._present:  # null in the reply: sent back as null
            field_dict["ram_capacity"] = None
        if self.error_msg is not None:
            error_msg = self.error_msg
            field_dict["error_msg"] = error_msg
        elif "error_msg" in self._present:  # null in the reply: sent back as null
            field_dict["error_msg"] = None
        if self.node_status is not None:
            node_status = self.node_status
            field_dict["node_status"] = node_status
        elif "node_status" in self._present:  # null in the reply: sent back as null
            field_dict["node_status"] = None
        if self.enterprise_project_id is not None:
            enterprise_project_id = self.enterprise_project_id
            field_dict["enterprise_project_id"] = enterprise_project_id
        elif "enterprise_project_id" in self._present:  # null in the reply: sent back as null
            field_dict["enterprise_project_id"] = None
        if self.project_id is not None:
            project_id = self.project_id
            field_dict["project_id"] = project_id
        elif "project_id" in self._present:  # null in the reply: sent back as null
            field_dict["project_id"] = None
        if self.engine_version is not None:
            engine_version = self.engine_version
            field_dict["engine_version"] = engine_version
        elif "engine_version" in self._present:  # null in the reply: sent back as null
            field_dict["engine_version"] = None
        if self.order_id is not None:
            order_id = self.order_id
            field_dict["order_id"] = order_id
        elif "order_id" in self._present:  # null in the reply: sent back as null
            field_dict["order_id"] = None
        if self.enable_ssl is not None:
            enable_ssl = self.enable_ssl
            field_dict["enable_ssl"] = enable_ssl
        elif "enable_ssl" in self._present:  # null in the reply: sent back as null
            field_dict["enable_ssl"] = None
        if self.flavor_ref is not None:
            flavor_ref = self.flavor_ref
            field_dict["flavor_ref"] = flavor_ref
        elif "flavor_ref" in self._present:  # null in the reply: sent back as null
            field_dict["flavor_ref"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        try:
            _status = d.pop("status", UNSET)
            status: InstanceStatus | Unset = UNSET if _status is UNSET else enum_member(InstanceStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "InstanceStatus")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        created = d.pop("created", UNSET)
        if created.__class__ is not str and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "string")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        available_zone = d.pop("available_zone", UNSET)
        if available_zone.__class__ is not str and available_zone is not UNSET:
            available_zone = _drift(cls, src_dict, "available_zone", available_zone, "string")

        vpc_id = d.pop("vpc_id", UNSET)
        if vpc_id.__class__ is not str and vpc_id is not UNSET:
            vpc_id = _drift(cls, src_dict, "vpc_id", vpc_id, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        security_group_id = d.pop("security_group_id", UNSET)
        if security_group_id.__class__ is not str and security_group_id is not UNSET:
            security_group_id = _drift(cls, src_dict, "security_group_id", security_group_id, "string")

        node_count = d.pop("node_count", UNSET)
        if node_count.__class__ is not int and node_count is not UNSET:
            node_count = _drift(cls, src_dict, "node_count", node_count, "integer")

        access_ip = d.pop("access_ip", UNSET)
        if access_ip.__class__ is not str and access_ip is not UNSET:
            access_ip = _drift(cls, src_dict, "access_ip", access_ip, "string")

        access_port = d.pop("access_port", UNSET)
        if access_port.__class__ is not str and access_port is not UNSET:
            access_port = _drift(cls, src_dict, "access_port", access_port, "string")

        core_count = d.pop("core_count", UNSET)
        if core_count.__class__ is not str and core_count is not UNSET:
            core_count = _drift(cls, src_dict, "core_count", core_count, "string")

        ram_capacity = d.pop("ram_capacity", UNSET)
        if ram_capacity.__class__ is not str and ram_capacity is not UNSET:
            ram_capacity = _drift(cls, src_dict, "ram_capacity", ram_capacity, "string")

        error_msg = d.pop("error_msg", UNSET)
        if error_msg.__class__ is not str and error_msg is not UNSET:
            error_msg = _drift(cls, src_dict, "error_msg", error_msg, "string")

        node_status = d.pop("node_status", UNSET)
        if node_status.__class__ is not str and node_status is not UNSET:
            node_status = _drift(cls, src_dict, "node_status", node_status, "string")

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)
        if enterprise_project_id.__class__ is not str and enterprise_project_id is not UNSET:
            enterprise_project_id = _drift(cls, src_dict, "enterprise_project_id", enterprise_project_id, "string")

        project_id = d.pop("project_id", UNSET)
        if project_id.__class__ is not str and project_id is not UNSET:
            project_id = _drift(cls, src_dict, "project_id", project_id, "string")

        engine_version = d.pop("engine_version", UNSET)
        if engine_version.__class__ is not str and engine_version is not UNSET:
            engine_version = _drift(cls, src_dict, "engine_version", engine_version, "string")

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str and order_id is not UNSET:
            order_id = _drift(cls, src_dict, "order_id", order_id, "string")

        enable_ssl = d.pop("enable_ssl", UNSET)
        if enable_ssl.__class__ is not bool and enable_ssl is not UNSET:
            enable_ssl = _drift(cls, src_dict, "enable_ssl", enable_ssl, "boolean")

        flavor_ref = d.pop("flavor_ref", UNSET)
        if flavor_ref.__class__ is not str and flavor_ref is not UNSET:
            flavor_ref = _drift(cls, src_dict, "flavor_ref", flavor_ref, "string")

        show_instance_bean_response = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if status is UNSET else status,
            None if name is UNSET else name,
            None if created is UNSET else created,
            None if updated is UNSET else updated,
            None if available_zone is UNSET else available_zone,
            None if vpc_id is UNSET else vpc_id,
            None if subnet_id is UNSET else subnet_id,
            None if security_group_id is UNSET else security_group_id,
            None if node_count is UNSET else node_count,
            None if access_ip is UNSET else access_ip,
            None if access_port is UNSET else access_port,
            None if core_count is UNSET else core_count,
            None if ram_capacity is UNSET else ram_capacity,
            None if error_msg is UNSET else error_msg,
            None if node_status is UNSET else node_status,
            None if enterprise_project_id is UNSET else enterprise_project_id,
            None if project_id is UNSET else project_id,
            None if engine_version is UNSET else engine_version,
            None if order_id is UNSET else order_id,
            None if enable_ssl is UNSET else enable_ssl,
            None if flavor_ref is UNSET else flavor_ref,
        )
        show_instance_bean_response._present = frozenset(src_dict)

        show_instance_bean_response.additional_properties = d
        return show_instance_bean_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("status", "status"),
            ("name", "name"),
            ("created", "created"),
            ("updated", "updated"),
            ("available_zone", "available_zone"),
            ("vpc_id", "vpc_id"),
            ("subnet_id", "subnet_id"),
            ("security_group_id", "security_group_id"),
            ("node_count", "node_count"),
            ("access_ip", "access_ip"),
            ("access_port", "access_port"),
            ("core_count", "core_count"),
            ("ram_capacity", "ram_capacity"),
            ("error_msg", "error_msg"),
            ("node_status", "node_status"),
            ("enterprise_project_id", "enterprise_project_id"),
            ("project_id", "project_id"),
            ("engine_version", "engine_version"),
            ("order_id", "order_id"),
            ("enable_ssl", "enable_ssl"),
            ("flavor_ref", "flavor_ref"),
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
