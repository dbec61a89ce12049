# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.create_group_request_type import CreateGroupRequestType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="CreateGroupRequest")


class CreateGroupRequest(_Model):
    """Request body for creating an instance group (table 4-118).

    Attributes:
        name (str): Group name: 4 to 64 characters, starting with a letter; letters, digits, underscores and hyphens
            only.
        type_ (CreateGroupRequestType): Group type: rw (read/write) or r (read-only).
        nodes (list[NodeInfo]): Nodes of the group (1 to 32).
        flavor_id (str | Unset): Flavor ID (from list_flavors); give either flavor_id or flavor_ref.
        flavor_ref (str | Unset): Flavor code (from list_flavors); give either flavor_id or flavor_ref.
    """

    __slots__ = (
        "name",
        "type_",
        "nodes",
        "flavor_id",
        "flavor_ref",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "type_",
        "nodes",
        "flavor_id",
        "flavor_ref",
    )

    name: str
    type_: CreateGroupRequestType
    nodes: list[NodeInfo]
    flavor_id: str | Unset
    flavor_ref: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        type_: CreateGroupRequestType,
        nodes: list[NodeInfo],
        flavor_id: str | Unset = UNSET,
        flavor_ref: str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.type_ = type_
        self.nodes = nodes
        self.flavor_id = flavor_id
        self.flavor_ref = flavor_ref
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            type_ = self.type_.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            type_ = _cast(Any, self.type_)

        try:
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            nodes = _cast(Any, self.nodes)

        flavor_id = self.flavor_id

        flavor_ref = self.flavor_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "nodes": nodes,
            }
        )
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if flavor_ref is not UNSET:
            field_dict["flavor_ref"] = flavor_ref
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(type_, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["type"]
        if isinstance(nodes, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["nodes"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            type_ = enum_member(CreateGroupRequestType, d.pop("type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            type_ = _drift(cls, src_dict, "type", src_dict.get("type", UNSET), "CreateGroupRequestType")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("nodes").__class__ is not list:
                nodes = []
                _nodes = d.pop("nodes", UNSET)
                for nodes_item_data in _nodes:
                    nodes_item = NodeInfo.from_dict(nodes_item_data)

                    nodes.append(nodes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                nodes = _LazyList(d.pop("nodes"), NodeInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            nodes = _drift(cls, src_dict, "nodes", src_dict.get("nodes", UNSET), "array")

        flavor_id = d.pop("flavor_id", UNSET)
        if flavor_id.__class__ is not str and flavor_id is not UNSET:
            flavor_id = _drift(cls, src_dict, "flavor_id", flavor_id, "string")

        flavor_ref = d.pop("flavor_ref", UNSET)
        if flavor_ref.__class__ is not str and flavor_ref is not UNSET:
            flavor_ref = _drift(cls, src_dict, "flavor_ref", flavor_ref, "string")

        create_group_request = cls(  # the fields in declaration order
            name,
            type_,
            nodes,
            flavor_id,
            flavor_ref,
        )

        create_group_request.additional_properties = d
        return create_group_request

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
from ..models.node_info import NodeInfo  # noqa: E402
