# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_database_detail_shard_mode import CreateDatabaseDetailShardMode
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="CreateDatabaseDetail")


@_attrs_define
class CreateDatabaseDetail:
    """One schema to create and the RDS instances it uses.

    Attributes:
        name (str): Schema name: 2 to 48 characters, starts with a letter, only lowercase letters, digits and
            underscores; information_schema, mysql, performance_schema and sys are not allowed.
        shard_mode (CreateDatabaseDetailShardMode): Sharding mode: cluster (sharded) or single (unsharded).
        shard_number (int): Total number of shards. With shard_unit set it equals shard_unit times the number of
            associated RDS instances; without it, it must exceed the number of associated RDS instances and be at most 64
            times that number.
        used_rds (list[DatabaseInstabcesParam]): RDS instances the schema is associated with.
        shard_unit (int | Unset): Shards per RDS instance: 1 for an unsharded schema, 1 to 64 for a sharded one.
            Optional.
    """

    name: str
    shard_mode: CreateDatabaseDetailShardMode
    shard_number: int
    used_rds: list[DatabaseInstabcesParam]
    shard_unit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        shard_mode = self.shard_mode.value

        shard_number = self.shard_number

        used_rds = []
        for used_rds_item_data in self.used_rds:
            used_rds_item = used_rds_item_data.to_dict()
            used_rds.append(used_rds_item)

        shard_unit = self.shard_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "shard_mode": shard_mode,
                "shard_number": shard_number,
                "used_rds": used_rds,
            }
        )
        if shard_unit is not UNSET:
            field_dict["shard_unit"] = shard_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        shard_mode = enum_member(CreateDatabaseDetailShardMode, d.pop("shard_mode"))

        shard_number = d.pop("shard_number")

        used_rds = []
        _used_rds = d.pop("used_rds")
        for used_rds_item_data in _used_rds:
            used_rds_item = DatabaseInstabcesParam.from_dict(used_rds_item_data)

            used_rds.append(used_rds_item)

        shard_unit = d.pop("shard_unit", UNSET)

        create_database_detail = cls(  # the fields in declaration order
            name,
            shard_mode,
            shard_number,
            used_rds,
            shard_unit,
        )

        create_database_detail.additional_properties = d
        return create_database_detail

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
from ..models.database_instabces_param import DatabaseInstabcesParam  # noqa: E402
