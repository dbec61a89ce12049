# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDetailNodesInfo")


@_attrs_define
class GetDetailNodesInfo:
    """Node of an instance in the instance details (table 4-23).

    Attributes:
        status (str | Unset): Status of the node.
        port (str | Unset): Port of the node.
        ip (str | Unset): IP address of the node; with load balancing, the ELB address of the node's group.
        group_id (str | Unset): ID of the group the node belongs to.
        node_id (str | Unset): Node ID.
    """

    status: str | Unset = UNSET
    port: str | Unset = UNSET
    ip: str | Unset = UNSET
    group_id: str | Unset = UNSET
    node_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        port = self.port

        ip = self.ip

        group_id = self.group_id

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if port is not UNSET:
            field_dict["port"] = port
        if ip is not UNSET:
            field_dict["ip"] = ip
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id

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

        get_detail_nodes_info = cls(  # the fields in declaration order
            status,
            port,
            ip,
            group_id,
            node_id,
        )

        get_detail_nodes_info.additional_properties = d
        return get_detail_nodes_info

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
