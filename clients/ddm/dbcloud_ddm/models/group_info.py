# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.cpu_architecture import CpuArchitecture
from ..models.group_info_role import GroupInfoRole
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="GroupInfo")


class GroupInfo(_Model):
    """Instance group (table 4-114).

    Attributes:
        id (str | None): Group ID.
        name (str | None): Group name.
        role (GroupInfoRole | None): Group role: rw (read/write) or r (read-only).
        endpoint (str | None): Connection address of the group; without load balancing, the address of the node in the
            group.
        ipv6_endpoint (str | None): IPv6 connection address of the group.
        is_load_balance (bool | None): Whether load balancing is enabled.
        is_default_group (bool | None): Whether this is the default group.
        cpu_num_per_node (int | None): vCPUs per node.
        mem_num_per_node (int | None): Memory per node in GB.
        architecture (CpuArchitecture | None): CPU architecture of compute resources, X86 or ARM (the tables also write
            x86 and Arm).
        node_list (list[GroupNodeInfo] | None): Nodes of the group.
    """

    __slots__ = (
        "id",
        "name",
        "role",
        "endpoint",
        "ipv6_endpoint",
        "is_load_balance",
        "is_default_group",
        "cpu_num_per_node",
        "mem_num_per_node",
        "architecture",
        "node_list",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "role",
        "endpoint",
        "ipv6_endpoint",
        "is_load_balance",
        "is_default_group",
        "cpu_num_per_node",
        "mem_num_per_node",
        "architecture",
        "node_list",
    )

    id: str | None
    name: str | None
    role: GroupInfoRole | None
    endpoint: str | None
    ipv6_endpoint: str | None
    is_load_balance: bool | None
    is_default_group: bool | None
    cpu_num_per_node: int | None
    mem_num_per_node: int | None
    architecture: CpuArchitecture | None
    node_list: list[GroupNodeInfo] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        role: GroupInfoRole | None = None,
        endpoint: str | None = None,
        ipv6_endpoint: str | None = None,
        is_load_balance: bool | None = None,
        is_default_group: bool | None = None,
        cpu_num_per_node: int | None = None,
        mem_num_per_node: int | None = None,
        architecture: CpuArchitecture | None = None,
        node_list: list[GroupNodeInfo] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.role = role
        self.endpoint = endpoint
        self.ipv6_endpoint = ipv6_endpoint
        self.is_load_balance = is_load_balance
        self.is_default_group = is_default_group
        self.cpu_num_per_node = cpu_num_per_node
        self.mem_num_per_node = mem_num_per_node
        self.architecture = architecture
        self.node_list = node_list
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
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.role is not None:
            try:
                role: str | Unset = UNSET
                if not isinstance(self.role, Unset):
                    role = self.role.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                role = _cast(Any, self.role)
            field_dict["role"] = role
        elif "role" in self._present:  # null in the reply: sent back as null
            field_dict["role"] = None
        if self.endpoint is not None:
            endpoint = self.endpoint
            field_dict["endpoint"] = endpoint
        elif "endpoint" in self._present:  # null in the reply: sent back as null
            field_dict["endpoint"] = None
        if self.ipv6_endpoint is not None:
            ipv6_endpoint = self.ipv6_endpoint
            field_dict["ipv6_endpoint"] = ipv6_endpoint
        elif "ipv6_endpoint" in self._present:  # null in the reply: sent back as null
            field_dict["ipv6_endpoint"] = None
        if self.is_load_balance is not None:
            is_load_balance = self.is_load_balance
            field_dict["is_load_balance"] = is_load_balance
        elif "is_load_balance" in self._present:  # null in the reply: sent back as null
            field_dict["is_load_balance"] = None
        if self.is_default_group is not None:
            is_default_group = self.is_default_group
            field_dict["is_default_group"] = is_default_group
        elif "is_default_group" in self._present:  # null in the reply: sent back as null
            field_dict["is_default_group"] = None
        if self.cpu_num_per_node is not None:
            cpu_num_per_node = self.cpu_num_per_node
            field_dict["cpu_num_per_node"] = cpu_num_per_node
        elif "cpu_num_per_node" in self._present:  # null in the reply: sent back as null
            field_dict["cpu_num_per_node"] = None
        if self.mem_num_per_node is not None:
            mem_num_per_node = self.mem_num_per_node
            field_dict["mem_num_per_node"] = mem_num_per_node
        elif "mem_num_per_node" in self._present:  # null in the reply: sent back as null
            field_dict["mem_num_per_node"] = None
        if self.architecture is not None:
            try:
                architecture: str | Unset = UNSET
                if not isinstance(self.architecture, Unset):
                    architecture = self.architecture.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                architecture = _cast(Any, self.architecture)
            field_dict["architecture"] = architecture
        elif "architecture" in self._present:  # null in the reply: sent back as null
            field_dict["architecture"] = None
        if self.node_list is not None:
            try:
                node_list: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.node_list, Unset):
                    node_list = []
                    for node_list_item_data in self.node_list:
                        node_list_item = node_list_item_data.to_dict()
                        node_list.append(node_list_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                node_list = _cast(Any, self.node_list)
            field_dict["node_list"] = node_list
        elif "node_list" in self._present:  # null in the reply: sent back as null
            field_dict["node_list"] = None
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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("node_list").__class__ is not list:
                _node_list = d.pop("node_list", UNSET)
                node_list: list[GroupNodeInfo] | Unset = UNSET
                if _node_list is not UNSET:
                    node_list = []
                    for node_list_item_data in _node_list:
                        node_list_item = GroupNodeInfo.from_dict(node_list_item_data)

                        node_list.append(node_list_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                node_list = _LazyList(d.pop("node_list"), GroupNodeInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            node_list = _drift(cls, src_dict, "node_list", src_dict.get("node_list", UNSET), "array")

        group_info = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if role is UNSET else role,
            None if endpoint is UNSET else endpoint,
            None if ipv6_endpoint is UNSET else ipv6_endpoint,
            None if is_load_balance is UNSET else is_load_balance,
            None if is_default_group is UNSET else is_default_group,
            None if cpu_num_per_node is UNSET else cpu_num_per_node,
            None if mem_num_per_node is UNSET else mem_num_per_node,
            None if architecture is UNSET else architecture,
            None if node_list is UNSET else node_list,
        )
        group_info._present = frozenset(src_dict)

        group_info.additional_properties = d
        return group_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("role", "role"),
            ("endpoint", "endpoint"),
            ("ipv6_endpoint", "ipv6_endpoint"),
            ("is_load_balance", "is_load_balance"),
            ("is_default_group", "is_default_group"),
            ("cpu_num_per_node", "cpu_num_per_node"),
            ("mem_num_per_node", "mem_num_per_node"),
            ("architecture", "architecture"),
            ("node_list", "node_list"),
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


# Last, so that circular references between models find this module's class already defined.
from ..models.group_node_info import GroupNodeInfo  # noqa: E402
