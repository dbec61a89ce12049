# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpandDdmInstanceNodesRequest")


class ExpandDdmInstanceNodesRequest(_Model):
    """Nodes to add to an instance (4.2.24, Table 4-142).

    Attributes:
        nodes (list[EnlargeNodeInfo]): Nodes to add, 1 to 32 entries.
        group_id (str | Unset): Group to scale out; required when the instance has more than one node group.
        subnet_id (str | Unset): Subnet for the new nodes; required when the node group spans more than one subnet.
        is_auto_pay (bool | Unset): For yearly/monthly instances, whether the order is paid automatically from the
            account (true) or manually (false). Default: false.
    """

    __slots__ = (
        "nodes",
        "group_id",
        "subnet_id",
        "is_auto_pay",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "nodes",
        "group_id",
        "subnet_id",
        "is_auto_pay",
    )

    nodes: list[EnlargeNodeInfo]
    group_id: str | Unset
    subnet_id: str | Unset
    is_auto_pay: bool | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        nodes: list[EnlargeNodeInfo],
        group_id: str | Unset = UNSET,
        subnet_id: str | Unset = UNSET,
        is_auto_pay: bool | Unset = UNSET,
    ) -> None:
        self.nodes = nodes
        self.group_id = group_id
        self.subnet_id = subnet_id
        self.is_auto_pay = is_auto_pay
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            nodes = _cast(Any, self.nodes)

        group_id = self.group_id

        subnet_id = self.subnet_id

        is_auto_pay = self.is_auto_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if is_auto_pay is not UNSET:
            field_dict["is_auto_pay"] = is_auto_pay
        if isinstance(nodes, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["nodes"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("nodes").__class__ is not list:
                nodes = []
                _nodes = d.pop("nodes", UNSET)
                for nodes_item_data in _nodes:
                    nodes_item = EnlargeNodeInfo.from_dict(nodes_item_data)

                    nodes.append(nodes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                nodes = _LazyList(d.pop("nodes"), EnlargeNodeInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            nodes = _drift(cls, src_dict, "nodes", src_dict.get("nodes", UNSET), "array")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        is_auto_pay = d.pop("is_auto_pay", UNSET)
        if is_auto_pay.__class__ is not bool and is_auto_pay is not UNSET:
            is_auto_pay = _drift(cls, src_dict, "is_auto_pay", is_auto_pay, "boolean")

        expand_ddm_instance_nodes_request = cls(  # the fields in declaration order
            nodes,
            group_id,
            subnet_id,
            is_auto_pay,
        )

        expand_ddm_instance_nodes_request.additional_properties = d
        return expand_ddm_instance_nodes_request

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
from ..models.enlarge_node_info import EnlargeNodeInfo  # noqa: E402
