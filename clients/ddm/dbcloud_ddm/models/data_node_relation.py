# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataNodeRelation")


class DataNodeRelation(_Model):
    """One source-to-target data node pair (Table 4-516).

    Attributes:
        source_instance_id (str): Source data node ID (from show_related_dns).
        target_instance_id (str): Target data node ID (from show_avalible_rds).
    """

    __slots__ = (
        "source_instance_id",
        "target_instance_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "source_instance_id",
        "target_instance_id",
    )

    source_instance_id: str
    target_instance_id: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        source_instance_id: str,
        target_instance_id: str,
    ) -> None:
        self.source_instance_id = source_instance_id
        self.target_instance_id = target_instance_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        source_instance_id = self.source_instance_id

        target_instance_id = self.target_instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_instance_id": source_instance_id,
                "target_instance_id": target_instance_id,
            }
        )
        if isinstance(source_instance_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["source_instance_id"]
        if isinstance(target_instance_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["target_instance_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_instance_id = d.pop("source_instance_id", UNSET)
        if source_instance_id.__class__ is not str:
            source_instance_id = _drift(cls, src_dict, "source_instance_id", source_instance_id, "string")

        target_instance_id = d.pop("target_instance_id", UNSET)
        if target_instance_id.__class__ is not str:
            target_instance_id = _drift(cls, src_dict, "target_instance_id", target_instance_id, "string")

        data_node_relation = cls(  # the fields in declaration order
            source_instance_id,
            target_instance_id,
        )

        data_node_relation.additional_properties = d
        return data_node_relation

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
