# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.node_status import NodeStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ShowNodeResponse")


class ShowNodeResponse(_Model):
    """Details of a DDM instance node (table 4-87).

    Attributes:
        status (NodeStatus | None): Status of a DDM node (appendix A.6, table A-8). normal: running normally; abnormal:
            faulty; creating: being created; createfail: creation failed; enlargefail: scale-out failed; resizing: node
            class being changed. New values may appear; clients must accept unknown ones.
        name (str | None): Node name.
        node_id (str | None): Node ID.
        private_ip (str | None): Private (data floating) IP address of the node.
        floating_ip (str | None): Management floating IP address.
        server_id (str | None): ID of the VM.
        subnet_name (str | None): Subnet name.
        datavolume_id (str | None): ID of the data disk.
        res_subnet_ip (str | None): IP address used for data synchronization.
        systemvolume_id (str | None): ID of the system disk.
        group_id (str | None): ID of the group the node belongs to.
        subnet_id (str | None): Subnet ID.
    """

    __slots__ = (
        "status",
        "name",
        "node_id",
        "private_ip",
        "floating_ip",
        "server_id",
        "subnet_name",
        "datavolume_id",
        "res_subnet_ip",
        "systemvolume_id",
        "group_id",
        "subnet_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "status",
        "name",
        "node_id",
        "private_ip",
        "floating_ip",
        "server_id",
        "subnet_name",
        "datavolume_id",
        "res_subnet_ip",
        "systemvolume_id",
        "group_id",
        "subnet_id",
    )

    status: NodeStatus | None
    name: str | None
    node_id: str | None
    private_ip: str | None
    floating_ip: str | None
    server_id: str | None
    subnet_name: str | None
    datavolume_id: str | None
    res_subnet_ip: str | None
    systemvolume_id: str | None
    group_id: str | None
    subnet_id: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        status: NodeStatus | None = None,
        name: str | None = None,
        node_id: str | None = None,
        private_ip: str | None = None,
        floating_ip: str | None = None,
        server_id: str | None = None,
        subnet_name: str | None = None,
        datavolume_id: str | None = None,
        res_subnet_ip: str | None = None,
        systemvolume_id: str | None = None,
        group_id: str | None = None,
        subnet_id: str | None = None,
    ) -> None:
        self.status = status
        self.name = name
        self.node_id = node_id
        self.private_ip = private_ip
        self.floating_ip = floating_ip
        self.server_id = server_id
        self.subnet_name = subnet_name
        self.datavolume_id = datavolume_id
        self.res_subnet_ip = res_subnet_ip
        self.systemvolume_id = systemvolume_id
        self.group_id = group_id
        self.subnet_id = subnet_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if self.node_id is not None:
            node_id = self.node_id
            field_dict["node_id"] = node_id
        elif "node_id" in self._present:  # null in the reply: sent back as null
            field_dict["node_id"] = None
        if self.private_ip is not None:
            private_ip = self.private_ip
            field_dict["private_ip"] = private_ip
        elif "private_ip" in self._present:  # null in the reply: sent back as null
            field_dict["private_ip"] = None
        if self.floating_ip is not None:
            floating_ip = self.floating_ip
            field_dict["floating_ip"] = floating_ip
        elif "floating_ip" in self._present:  # null in the reply: sent back as null
            field_dict["floating_ip"] = None
        if self.server_id is not None:
            server_id = self.server_id
            field_dict["server_id"] = server_id
        elif "server_id" in self._present:  # null in the reply: sent back as null
            field_dict["server_id"] = None
        if self.subnet_name is not None:
            subnet_name = self.subnet_name
            field_dict["subnet_name"] = subnet_name
        elif "subnet_name" in self._present:  # null in the reply: sent back as null
            field_dict["subnet_name"] = None
        if self.datavolume_id is not None:
            datavolume_id = self.datavolume_id
            field_dict["datavolume_id"] = datavolume_id
        elif "datavolume_id" in self._present:  # null in the reply: sent back as null
            field_dict["datavolume_id"] = None
        if self.res_subnet_ip is not None:
            res_subnet_ip = self.res_subnet_ip
            field_dict["res_subnet_ip"] = res_subnet_ip
        elif "res_subnet_ip" in self._present:  # null in the reply: sent back as null
            field_dict["res_subnet_ip"] = None
        if self.systemvolume_id is not None:
            systemvolume_id = self.systemvolume_id
            field_dict["systemvolume_id"] = systemvolume_id
        elif "systemvolume_id" in self._present:  # null in the reply: sent back as null
            field_dict["systemvolume_id"] = None
        if self.group_id is not None:
            group_id = self.group_id
            field_dict["group_id"] = group_id
        elif "group_id" in self._present:  # null in the reply: sent back as null
            field_dict["group_id"] = None
        if self.subnet_id is not None:
            subnet_id = self.subnet_id
            field_dict["subnet_id"] = subnet_id
        elif "subnet_id" in self._present:  # null in the reply: sent back as null
            field_dict["subnet_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _status = d.pop("status", UNSET)
            status: NodeStatus | Unset = UNSET if _status is UNSET else enum_member(NodeStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "NodeStatus")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        node_id = d.pop("node_id", UNSET)
        if node_id.__class__ is not str and node_id is not UNSET:
            node_id = _drift(cls, src_dict, "node_id", node_id, "string")

        private_ip = d.pop("private_ip", UNSET)
        if private_ip.__class__ is not str and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "private_ip", private_ip, "string")

        floating_ip = d.pop("floating_ip", UNSET)
        if floating_ip.__class__ is not str and floating_ip is not UNSET:
            floating_ip = _drift(cls, src_dict, "floating_ip", floating_ip, "string")

        server_id = d.pop("server_id", UNSET)
        if server_id.__class__ is not str and server_id is not UNSET:
            server_id = _drift(cls, src_dict, "server_id", server_id, "string")

        subnet_name = d.pop("subnet_name", UNSET)
        if subnet_name.__class__ is not str and subnet_name is not UNSET:
            subnet_name = _drift(cls, src_dict, "subnet_name", subnet_name, "string")

        datavolume_id = d.pop("datavolume_id", UNSET)
        if datavolume_id.__class__ is not str and datavolume_id is not UNSET:
            datavolume_id = _drift(cls, src_dict, "datavolume_id", datavolume_id, "string")

        res_subnet_ip = d.pop("res_subnet_ip", UNSET)
        if res_subnet_ip.__class__ is not str and res_subnet_ip is not UNSET:
            res_subnet_ip = _drift(cls, src_dict, "res_subnet_ip", res_subnet_ip, "string")

        systemvolume_id = d.pop("systemvolume_id", UNSET)
        if systemvolume_id.__class__ is not str and systemvolume_id is not UNSET:
            systemvolume_id = _drift(cls, src_dict, "systemvolume_id", systemvolume_id, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        show_node_response = cls(  # the fields in declaration order; absent members read as None
            None if status is UNSET else status,
            None if name is UNSET else name,
            None if node_id is UNSET else node_id,
            None if private_ip is UNSET else private_ip,
            None if floating_ip is UNSET else floating_ip,
            None if server_id is UNSET else server_id,
            None if subnet_name is UNSET else subnet_name,
            None if datavolume_id is UNSET else datavolume_id,
            None if res_subnet_ip is UNSET else res_subnet_ip,
            None if systemvolume_id is UNSET else systemvolume_id,
            None if group_id is UNSET else group_id,
            None if subnet_id is UNSET else subnet_id,
        )
        show_node_response._present = frozenset(src_dict)

        show_node_response.additional_properties = d
        return show_node_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("status", "status"),
            ("name", "name"),
            ("node_id", "node_id"),
            ("private_ip", "private_ip"),
            ("floating_ip", "floating_ip"),
            ("server_id", "server_id"),
            ("subnet_name", "subnet_name"),
            ("datavolume_id", "datavolume_id"),
            ("res_subnet_ip", "res_subnet_ip"),
            ("systemvolume_id", "systemvolume_id"),
            ("group_id", "group_id"),
            ("subnet_id", "subnet_id"),
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
