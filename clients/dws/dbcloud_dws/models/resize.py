# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="Resize")


class Resize(_Model):
    """Target size of the cluster (Chinese edition table 5-36; clusters of version 1.5.0 or later). Not in Issue 06.

    Attributes:
        node_type (str): Target node flavor.
        number_of_node (int): Target number of nodes.
    """

    __slots__ = (
        "node_type",
        "number_of_node",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "node_type",
        "number_of_node",
    )

    node_type: str
    number_of_node: int
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        node_type: str,
        number_of_node: int,
    ) -> None:
        self.node_type = node_type
        self.number_of_node = number_of_node
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        node_type = self.node_type

        number_of_node = self.number_of_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_type": node_type,
                "number_of_node": number_of_node,
            }
        )
        if isinstance(node_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["node_type"]
        if isinstance(number_of_node, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["number_of_node"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_type = d.pop("node_type", UNSET)
        if node_type.__class__ is not str:
            node_type = _drift(cls, src_dict, "node_type", node_type, "string")

        number_of_node = d.pop("number_of_node", UNSET)
        if number_of_node.__class__ is not int:
            number_of_node = _drift(cls, src_dict, "number_of_node", number_of_node, "integer")

        resize = cls(  # the fields in declaration order
            node_type,
            number_of_node,
        )

        resize.additional_properties = d
        return resize

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
