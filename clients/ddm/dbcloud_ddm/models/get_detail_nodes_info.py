# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="GetDetailNodesInfo")


class GetDetailNodesInfo(_Model):
    """Node of an instance in the instance details (table 4-23).

    Attributes:
        status (str | None): Status of the node.
        port (str | None): Port of the node.
        ip (str | None): IP address of the node; with load balancing, the ELB address of the node's group.
        group_id (str | None): ID of the group the node belongs to.
        node_id (str | None): Node ID.
    """

    __slots__ = (
        "status",
        "port",
        "ip",
        "group_id",
        "node_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "status",
        "port",
        "ip",
        "group_id",
        "node_id",
    )

    status: str | None
    port: str | None
    ip: str | None
    group_id: str | None
    node_id: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        status: str | None = None,
        port: str | None = None,
        ip: str | None = None,
        group_id: str | None = None,
        node_id: str | None = None,
    ) -> None:
        self.status = status
        self.port = port
        self.ip = ip
        self.group_id = group_id
        self.node_id = node_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.port is not None:
            port = self.port
            field_dict["port"] = port
        elif "port" in self._present:  # null in the reply: sent back as null
            field_dict["port"] = None
        if self.ip is not None:
            ip = self.ip
            field_dict["ip"] = ip
        elif "ip" in self._present:  # null in the reply: sent back as null
            field_dict["ip"] = None
        if self.group_id is not None:
            group_id = self.group_id
            field_dict["group_id"] = group_id
        elif "group_id" in self._present:  # null in the reply: sent back as null
            field_dict["group_id"] = None
        if self.node_id is not None:
            node_id = self.node_id
            field_dict["node_id"] = node_id
        elif "node_id" in self._present:  # null in the reply: sent back as null
            field_dict["node_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        port = d.pop("port", UNSET)
        if port.__class__ is not str and port is not UNSET:
            port = _drift(cls, src_dict, "port", port, "string")

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str and ip is not UNSET:
            ip = _drift(cls, src_dict, "ip", ip, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        node_id = d.pop("node_id", UNSET)
        if node_id.__class__ is not str and node_id is not UNSET:
            node_id = _drift(cls, src_dict, "node_id", node_id, "string")

        get_detail_nodes_info = cls(  # the fields in declaration order; absent members read as None
            None if status is UNSET else status,
            None if port is UNSET else port,
            None if ip is UNSET else ip,
            None if group_id is UNSET else group_id,
            None if node_id is UNSET else node_id,
        )
        get_detail_nodes_info._present = frozenset(src_dict)

        get_detail_nodes_info.additional_properties = d
        return get_detail_nodes_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("status", "status"),
            ("port", "port"),
            ("ip", "ip"),
            ("group_id", "group_id"),
            ("node_id", "node_id"),
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
