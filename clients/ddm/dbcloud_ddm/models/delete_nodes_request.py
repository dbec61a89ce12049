# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteNodesRequest")


class DeleteNodesRequest(_Model):
    """Nodes to delete (4.2.33, Table 4-173).

    Attributes:
        node_ids (list[str]): IDs of the nodes to delete, all from the same group; at least one node must stay in the
            group.
    """

    __slots__ = (
        "node_ids",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("node_ids",)

    node_ids: list[str]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        node_ids: list[str],
    ) -> None:
        self.node_ids = node_ids
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            node_ids = self.node_ids

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            node_ids = _cast(Any, self.node_ids)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_ids": node_ids,
            }
        )
        if isinstance(node_ids, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["node_ids"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_ids = d.pop("node_ids", UNSET)
        if node_ids.__class__ is not list:
            node_ids = _drift(cls, src_dict, "node_ids", node_ids, "array")

        delete_nodes_request = cls(  # the fields in declaration order
            node_ids,
        )

        delete_nodes_request.additional_properties = d
        return delete_nodes_request

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
