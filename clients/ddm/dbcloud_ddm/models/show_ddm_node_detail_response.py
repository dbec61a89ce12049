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

T = TypeVar("T", bound="ShowDdmNodeDetailResponse")


@_attrs_define
class ShowDdmNodeDetailResponse:
    """Details of one instance node (4.2.34, Table 4-177).

    Attributes:
        status (NodeStatus | Unset): Status of a DDM node (appendix A.6, table A-8). normal: running normally; abnormal:
            faulty; creating: being created; createfail: creation failed; enlargefail: scale-out failed; resizing: node
            class being changed. New values may appear; clients must accept unknown ones.
        name (str | Unset): Node name.
        id (str | Unset): Node ID.
        private_ip (str | Unset): Private IP address of the node.
        group_id (str | Unset): ID of the node's group.
        az_code (str | Unset): AZ of the node.
        subnet_id (str | Unset): Subnet ID of the node.
    """

    status: NodeStatus | Unset = UNSET
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    group_id: str | Unset = UNSET
    az_code: str | Unset = UNSET
    subnet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        name = self.name

        id = self.id

        private_ip = self.private_ip

        group_id = self.group_id

        az_code = self.az_code

        subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if az_code is not UNSET:
            field_dict["az_code"] = az_code
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id

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

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        private_ip = d.pop("private_ip", UNSET)
        if private_ip.__class__ is not str and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "private_ip", private_ip, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        az_code = d.pop("az_code", UNSET)
        if az_code.__class__ is not str and az_code is not UNSET:
            az_code = _drift(cls, src_dict, "az_code", az_code, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        show_ddm_node_detail_response = cls(  # the fields in declaration order
            status,
            name,
            id,
            private_ip,
            group_id,
            az_code,
            subnet_id,
        )

        show_ddm_node_detail_response.additional_properties = d
        return show_ddm_node_detail_response

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
