# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.cpu_architecture import CpuArchitecture
from ..models.group_info_role import GroupInfoRole
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="GroupInfo")


@_attrs_define
class GroupInfo:
    """Instance group (table 4-114).

    Attributes:
        id (str | Unset): Group ID.
        name (str | Unset): Group name.
        role (GroupInfoRole | Unset): Group role: rw (read/write) or r (read-only).
        endpoint (str | Unset): Connection address of the group; without load balancing, the address of the node in the
            group.
        ipv6_endpoint (str | Unset): IPv6 connection address of the group.
        is_load_balance (bool | Unset): Whether load balancing is enabled.
        is_default_group (bool | Unset): Whether this is the default group.
        cpu_num_per_node (int | Unset): vCPUs per node.
        mem_num_per_node (int | Unset): Memory per node in GB.
        architecture (CpuArchitecture | Unset): CPU architecture of compute resources, X86 or ARM (the tables also write
            x86 and Arm).
        node_list (list[GroupNodeInfo] | Unset): Nodes of the group.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    role: GroupInfoRole | Unset = UNSET
    endpoint: str | Unset = UNSET
    ipv6_endpoint: str | Unset = UNSET
    is_load_balance: bool | Unset = UNSET
    is_default_group: bool | Unset = UNSET
    cpu_num_per_node: int | Unset = UNSET
    mem_num_per_node: int | Unset = UNSET
    architecture: CpuArchitecture | Unset = UNSET
    node_list: list[GroupNodeInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        try:
            role: str | Unset = UNSET
            if not isinstance(self.role, Unset):
                role = self.role.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            role = _cast(Any, self.role)

        endpoint = self.endpoint

        ipv6_endpoint = self.ipv6_endpoint

        is_load_balance = self.is_load_balance

        is_default_group = self.is_default_group

        cpu_num_per_node = self.cpu_num_per_node

        mem_num_per_node = self.mem_num_per_node

        try:
            architecture: str | Unset = UNSET
            if not isinstance(self.architecture, Unset):
                architecture = self.architecture.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            architecture = _cast(Any, self.architecture)

        try:
            node_list: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.node_list, Unset):
                node_list = []
                for node_list_item_data in self.node_list:
                    node_list_item = node_list_item_data.to_dict()
                    node_list.append(node_list_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            node_list = _cast(Any, self.node_list)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if ipv6_endpoint is not UNSET:
            field_dict["ipv6_endpoint"] = ipv6_endpoint
        if is_load_balance is not UNSET:
            field_dict["is_load_balance"] = is_load_balance
        if is_default_group is not UNSET:
            field_dict["is_default_group"] = is_default_group
        if cpu_num_per_node is not UNSET:
            field_dict["cpu_num_per_node"] = cpu_num_per_node
        if mem_num_per_node is not UNSET:
            field_dict["mem_num_per_node"] = mem_num_per_node
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if node_list is not UNSET:
            field_dict["node_list"] = node_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            _role = d.pop("role", UNSET)
            role: GroupInfoRole | Unset = UNSET if _role is UNSET else enum_member(GroupInfoRole, _role)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role = _drift(cls, src_dict, "role", src_dict.get("role", UNSET), "GroupInfoRole")

        endpoint = d.pop("endpoint", UNSET)
        if endpoint.__class__ is not str and endpoint is not UNSET:
            endpoint = _drift(cls, src_dict, "endpoint", endpoint, "string")

        ipv6_endpoint = d.pop("ipv6_endpoint", UNSET)
        if ipv6_endpoint.__class__ is not str and ipv6_endpoint is not UNSET:
            ipv6_endpoint = _drift(cls, src_dict, "ipv6_endpoint", ipv6_endpoint, "string")

        is_load_balance = d.pop("is_load_balance", UNSET)
        if is_load_balance.__class__ is not bool and is_load_balance is not UNSET:
            is_load_balance = _drift(cls, src_dict, "is_load_balance", is_load_balance, "boolean")

        is_default_group = d.pop("is_default_group", UNSET)
        if is_default_group.__class__ is not bool and is_default_group is not UNSET:
            is_default_group = _drift(cls, src_dict, "is_default_group", is_default_group, "boolean")

        cpu_num_per_node = d.pop("cpu_num_per_node", UNSET)
        if cpu_num_per_node.__class__ is not int and cpu_num_per_node is not UNSET:
            cpu_num_per_node = _drift(cls, src_dict, "cpu_num_per_node", cpu_num_per_node, "integer")

        mem_num_per_node = d.pop("mem_num_per_node", UNSET)
        if mem_num_per_node.__class__ is not int and mem_num_per_node is not UNSET:
            mem_num_per_node = _drift(cls, src_dict, "mem_num_per_node", mem_num_per_node, "integer")

        try:
            _architecture = d.pop("architecture", UNSET)
            architecture: CpuArchitecture | Unset = (
                UNSET if _architecture is UNSET else enum_member(CpuArchitecture, _architecture)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            architecture = _drift(cls, src_dict, "architecture", src_dict.get("architecture", UNSET), "CpuArchitecture")

        try:
            _node_list = d.pop("node_list", UNSET)
            node_list: list[GroupNodeInfo] | Unset = UNSET
            if _node_list is not UNSET:
                node_list = []
                for node_list_item_data in _node_list:
                    node_list_item = GroupNodeInfo.from_dict(node_list_item_data)

                    node_list.append(node_list_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            node_list = _drift(cls, src_dict, "node_list", src_dict.get("node_list", UNSET), "array")

        group_info = cls(  # the fields in declaration order
            id,
            name,
            role,
            endpoint,
            ipv6_endpoint,
            is_load_balance,
            is_default_group,
            cpu_num_per_node,
            mem_num_per_node,
            architecture,
            node_list,
        )

        group_info.additional_properties = d
        return group_info

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


# Last, so that circular references between models find this module's class already defined.
from ..models.group_node_info import GroupNodeInfo  # noqa: E402
