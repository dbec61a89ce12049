# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpandInstanceNodesRequest")


class ExpandInstanceNodesRequest(_Model):
    """Request body for scaling out a DDM instance (table 4-57).

    Attributes:
        flavor_id (str): Flavor ID of the VM hosting the nodes to add.
        node_number (int): Number of nodes to add.
        group_id (str | Unset): ID of the group to scale out; required when the instance has more than one node group.
        is_auto_pay (bool | Unset): Whether the order for a yearly/monthly instance is paid automatically from the
            account; does not affect auto-renewal. Default: false.
        available_zones (list[str] | Unset): AZ codes of the new nodes, one per node (node_number entries);
            yearly/monthly instances only.
    """

    __slots__ = (
        "flavor_id",
        "node_number",
        "group_id",
        "is_auto_pay",
        "available_zones",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "flavor_id",
        "node_number",
        "group_id",
        "is_auto_pay",
        "available_zones",
    )

    flavor_id: str
    node_number: int
    group_id: str | Unset
    is_auto_pay: bool | Unset
    available_zones: list[str] | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        flavor_id: str,
        node_number: int,
        group_id: str | Unset = UNSET,
        is_auto_pay: bool | Unset = UNSET,
        available_zones: list[str] | Unset = UNSET,
    ) -> None:
        self.flavor_id = flavor_id
        self.node_number = node_number
        self.group_id = group_id
        self.is_auto_pay = is_auto_pay
        self.available_zones = available_zones
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        flavor_id = self.flavor_id

        node_number = self.node_number

        group_id = self.group_id

        is_auto_pay = self.is_auto_pay

        try:
            available_zones: list[str] | Unset = UNSET
            if not isinstance(self.available_zones, Unset):
                available_zones = self.available_zones

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            available_zones = _cast(Any, self.available_zones)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flavor_id": flavor_id,
                "node_number": node_number,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if is_auto_pay is not UNSET:
            field_dict["is_auto_pay"] = is_auto_pay
        if available_zones is not UNSET:
            field_dict["available_zones"] = available_zones
        if isinstance(flavor_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["flavor_id"]
        if isinstance(node_number, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["node_number"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flavor_id = d.pop("flavor_id", UNSET)
        if flavor_id.__class__ is not str:
            flavor_id = _drift(cls, src_dict, "flavor_id", flavor_id, "string")

        node_number = d.pop("node_number", UNSET)
        if node_number.__class__ is not int:
            node_number = _drift(cls, src_dict, "node_number", node_number, "integer")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        is_auto_pay = d.pop("is_auto_pay", UNSET)
        if is_auto_pay.__class__ is not bool and is_auto_pay is not UNSET:
            is_auto_pay = _drift(cls, src_dict, "is_auto_pay", is_auto_pay, "boolean")

        available_zones = d.pop("available_zones", UNSET)
        if available_zones.__class__ is not list and available_zones is not UNSET:
            available_zones = _drift(cls, src_dict, "available_zones", available_zones, "array")

        expand_instance_nodes_request = cls(  # the fields in declaration order
            flavor_id,
            node_number,
            group_id,
            is_auto_pay,
            available_zones,
        )

        expand_instance_nodes_request.additional_properties = d
        return expand_instance_nodes_request

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
