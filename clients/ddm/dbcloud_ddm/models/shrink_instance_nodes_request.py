# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShrinkInstanceNodesRequest")


class ShrinkInstanceNodesRequest(_Model):
    """Request body for scaling in a DDM instance (table 4-63).

    Attributes:
        node_number (int): Number of nodes to remove; at most the current node count minus 1.
        group_id (str | Unset): ID of the group to scale in; required when the instance has more than one node group.
    """

    __slots__ = (
        "node_number",
        "group_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "node_number",
        "group_id",
    )

    node_number: int
    group_id: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        node_number: int,
        group_id: str | Unset = UNSET,
    ) -> None:
        self.node_number = node_number
        self.group_id = group_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        node_number = self.node_number

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_number": node_number,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if isinstance(node_number, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["node_number"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_number = d.pop("node_number", UNSET)
        if node_number.__class__ is not int:
            node_number = _drift(cls, src_dict, "node_number", node_number, "integer")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        shrink_instance_nodes_request = cls(  # the fields in declaration order
            node_number,
            group_id,
        )

        shrink_instance_nodes_request.additional_properties = d
        return shrink_instance_nodes_request

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
