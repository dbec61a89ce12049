# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.node_status import NodeStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="NodeList")


@_attrs_define
class NodeList:
    """Node of a DDM instance (table 4-82).

    Attributes:
        port (str | Unset): Port of the node.
        status (NodeStatus | Unset): Status of a DDM node (appendix A.6, table A-8). normal: running normally; abnormal:
            faulty; creating: being created; createfail: creation failed; enlargefail: scale-out failed; resizing: node
            class being changed. New values may appear; clients must accept unknown ones.
        node_id (str | Unset): Node ID.
        ip (str | Unset): Private (data floating) IP address of the node.
        group_id (str | Unset): ID of the group the node belongs to.
    """

    port: str | Unset = UNSET
    status: NodeStatus | Unset = UNSET
    node_id: str | Unset = UNSET
    ip: str | Unset = UNSET
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        node_id = self.node_id

        ip = self.ip

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port is not UNSET:
            field_dict["port"] = port
        if status is not UNSET:
            field_dict["status"] = status
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port", UNSET)
        if port.__class__ is not str and port is not UNSET:
            port = _drift(cls, src_dict, "port", port, "string")

        try:
            _status = d.pop("status", UNSET)
            status: NodeStatus | Unset = UNSET if _status is UNSET else enum_member(NodeStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "NodeStatus")

        node_id = d.pop("node_id", UNSET)
        if node_id.__class__ is not str and node_id is not UNSET:
            node_id = _drift(cls, src_dict, "node_id", node_id, "string")

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str and ip is not UNSET:
            ip = _drift(cls, src_dict, "ip", ip, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        node_list = cls(  # the fields in declaration order
            port,
            status,
            node_id,
            ip,
            group_id,
        )

        node_list.additional_properties = d
        return node_list

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
