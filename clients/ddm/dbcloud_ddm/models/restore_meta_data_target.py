# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreMetaDataTarget")


class RestoreMetaDataTarget(_Model):
    """Where to restore the metadata to (Table 4-507).

    Attributes:
        data_nodes (list[str]): IDs of target data nodes (from show_avalible_rds); they must share the VPC and subnet of
            the DDM instance, be reachable from it, and have completed point-in-time recovery.
        instance_id (str): ID of the target DDM instance (from show_avalible_ddms).
    """

    __slots__ = (
        "data_nodes",
        "instance_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "data_nodes",
        "instance_id",
    )

    data_nodes: list[str]
    instance_id: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        data_nodes: list[str],
        instance_id: str,
    ) -> None:
        self.data_nodes = data_nodes
        self.instance_id = instance_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            data_nodes = self.data_nodes

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            data_nodes = _cast(Any, self.data_nodes)

        instance_id = self.instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_nodes": data_nodes,
                "instance_id": instance_id,
            }
        )
        if isinstance(data_nodes, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["data_nodes"]
        if isinstance(instance_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["instance_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_nodes = d.pop("data_nodes", UNSET)
        if data_nodes.__class__ is not list:
            data_nodes = _drift(cls, src_dict, "data_nodes", data_nodes, "array")

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        restore_meta_data_target = cls(  # the fields in declaration order
            data_nodes,
            instance_id,
        )

        restore_meta_data_target.additional_properties = d
        return restore_meta_data_target

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
