# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowInstanceDatabaseShards")


@_attrs_define
class ShowInstanceDatabaseShards:
    """A physical shard of a schema (reference table 'Shards').

    Attributes:
        data_node_id (str | Unset): ID of the RDS instance holding the shard.
        physical_db_name (str | Unset): Name of the physical shard.
        status (str | Unset): Status of the physical shard.
        shard_index (int | Unset): Sequence number of the physical shard.
    """

    data_node_id: str | Unset = UNSET
    physical_db_name: str | Unset = UNSET
    status: str | Unset = UNSET
    shard_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data_node_id = self.data_node_id

        physical_db_name = self.physical_db_name

        status = self.status

        shard_index = self.shard_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_node_id is not UNSET:
            field_dict["data_node_id"] = data_node_id
        if physical_db_name is not UNSET:
            field_dict["physical_db_name"] = physical_db_name
        if status is not UNSET:
            field_dict["status"] = status
        if shard_index is not UNSET:
            field_dict["shard_index"] = shard_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_node_id = d.pop("data_node_id", UNSET)
        if data_node_id.__class__ is not str and data_node_id is not UNSET:
            data_node_id = _drift(cls, src_dict, "data_node_id", data_node_id, "string")

        physical_db_name = d.pop("physical_db_name", UNSET)
        if physical_db_name.__class__ is not str and physical_db_name is not UNSET:
            physical_db_name = _drift(cls, src_dict, "physical_db_name", physical_db_name, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        shard_index = d.pop("shard_index", UNSET)
        if shard_index.__class__ is not int and shard_index is not UNSET:
            shard_index = _drift(cls, src_dict, "shard_index", shard_index, "integer")

        show_instance_database_shards = cls(  # the fields in declaration order
            data_node_id,
            physical_db_name,
            status,
            shard_index,
        )

        show_instance_database_shards.additional_properties = d
        return show_instance_database_shards

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
