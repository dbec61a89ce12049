# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ddm_database_request_shard_mode import CreateDdmDatabaseRequestShardMode
from ..types import enum_member

T = TypeVar("T", bound="CreateDdmDatabaseRequest")


@_attrs_define
class CreateDdmDatabaseRequest:
    """Body for creating a schema through the v3 API.

    Attributes:
        name (str): Schema name: 2 to 48 characters, starts with a lowercase letter, only lowercase letters, digits and
            underscores; information_schema, mysql, performance_schema and sys are not allowed.
        shard_mode (CreateDdmDatabaseRequestShardMode): Sharding mode: cluster (sharded) or single (unsharded).
        shard_number (int): Total number of shards. With a per-node shard count it equals that count times the number of
            associated data nodes; otherwise it must exceed the number of associated data nodes and be at most 64 times that
            number.
        dn_instances (list[DatabaseDnInstances]): Data nodes the schema is associated with; at most 256.
    """

    name: str
    shard_mode: CreateDdmDatabaseRequestShardMode
    shard_number: int
    dn_instances: list[DatabaseDnInstances]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        shard_mode = self.shard_mode.value

        shard_number = self.shard_number

        dn_instances = []
        for dn_instances_item_data in self.dn_instances:
            dn_instances_item = dn_instances_item_data.to_dict()
            dn_instances.append(dn_instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "shard_mode": shard_mode,
                "shard_number": shard_number,
                "dn_instances": dn_instances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        shard_mode = enum_member(CreateDdmDatabaseRequestShardMode, d.pop("shard_mode"))

        shard_number = d.pop("shard_number")

        dn_instances = []
        _dn_instances = d.pop("dn_instances")
        for dn_instances_item_data in _dn_instances:
            dn_instances_item = DatabaseDnInstances.from_dict(dn_instances_item_data)

            dn_instances.append(dn_instances_item)

        create_ddm_database_request = cls(  # the fields in declaration order
            name,
            shard_mode,
            shard_number,
            dn_instances,
        )

        create_ddm_database_request.additional_properties = d
        return create_ddm_database_request

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
from ..models.database_dn_instances import DatabaseDnInstances  # noqa: E402
