# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_database_response_bean_shard_mode import GetDatabaseResponseBeanShardMode
from ..models.schema_status import SchemaStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="GetDatabaseResponseBean")


@_attrs_define
class GetDatabaseResponseBean:
    """Schema details with its physical shards.

    Attributes:
        name (str | Unset): Schema name.
        created (int | Unset): Creation time, UNIX epoch milliseconds.
        status (SchemaStatus | Unset): Status of a DDM schema (appendix A.6, table A-7). CREATING: being created;
            RUNNING: available; CREATE_FAILED: creation failed; DELETING: being deleted; EXPANDING: shards being configured;
            EXPAND_FAILED: shard configuration failed; ROLLING BACK: being rolled back (spelled with a space in the
            reference). New values may appear; clients must accept unknown ones.
        updated (int | Unset): Time of the last update, UNIX epoch milliseconds.
        databases (list[GetDatabases] | Unset): Physical shards of the schema.
        shard_mode (GetDatabaseResponseBeanShardMode | Unset): Sharding mode: cluster (sharded) or single (unsharded).
        shard_number (int | Unset): Total number of shards.
        shard_unit (int | Unset): Shards per RDS instance.
        data_vips (list[str] | Unset): Addresses (IP:port) for connecting to the schema.
        used_rds (list[GetDatabaseUsedRds] | Unset): RDS instances the schema uses.
    """

    name: str | Unset = UNSET
    created: int | Unset = UNSET
    status: SchemaStatus | Unset = UNSET
    updated: int | Unset = UNSET
    databases: list[GetDatabases] | Unset = UNSET
    shard_mode: GetDatabaseResponseBeanShardMode | Unset = UNSET
    shard_number: int | Unset = UNSET
    shard_unit: int | Unset = UNSET
    data_vips: list[str] | Unset = UNSET
    used_rds: list[GetDatabaseUsedRds] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created = self.created

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated = self.updated

        databases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = []
            for databases_item_data in self.databases:
                databases_item = databases_item_data.to_dict()
                databases.append(databases_item)

        shard_mode: str | Unset = UNSET
        if not isinstance(self.shard_mode, Unset):
            shard_mode = self.shard_mode.value

        shard_number = self.shard_number

        shard_unit = self.shard_unit

        data_vips: list[str] | Unset = UNSET
        if not isinstance(self.data_vips, Unset):
            data_vips = self.data_vips

        used_rds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_rds, Unset):
            used_rds = []
            for used_rds_item_data in self.used_rds:
                used_rds_item = used_rds_item_data.to_dict()
                used_rds.append(used_rds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status
        if updated is not UNSET:
            field_dict["updated"] = updated
        if databases is not UNSET:
            field_dict["databases"] = databases
        if shard_mode is not UNSET:
            field_dict["shard_mode"] = shard_mode
        if shard_number is not UNSET:
            field_dict["shard_number"] = shard_number
        if shard_unit is not UNSET:
            field_dict["shard_unit"] = shard_unit
        if data_vips is not UNSET:
            field_dict["dataVips"] = data_vips
        if used_rds is not UNSET:
            field_dict["used_rds"] = used_rds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        _status = d.pop("status", UNSET)
        status: SchemaStatus | Unset = UNSET if _status is UNSET else enum_member(SchemaStatus, _status)

        updated = d.pop("updated", UNSET)

        _databases = d.pop("databases", UNSET)
        databases: list[GetDatabases] | Unset = UNSET
        if _databases is not UNSET:
            databases = []
            for databases_item_data in _databases:
                databases_item = GetDatabases.from_dict(databases_item_data)

                databases.append(databases_item)

        _shard_mode = d.pop("shard_mode", UNSET)
        shard_mode: GetDatabaseResponseBeanShardMode | Unset = (
            UNSET if _shard_mode is UNSET else enum_member(GetDatabaseResponseBeanShardMode, _shard_mode)
        )

        shard_number = d.pop("shard_number", UNSET)

        shard_unit = d.pop("shard_unit", UNSET)

        data_vips = cast(list[str], d.pop("dataVips", UNSET))

        _used_rds = d.pop("used_rds", UNSET)
        used_rds: list[GetDatabaseUsedRds] | Unset = UNSET
        if _used_rds is not UNSET:
            used_rds = []
            for used_rds_item_data in _used_rds:
                used_rds_item = GetDatabaseUsedRds.from_dict(used_rds_item_data)

                used_rds.append(used_rds_item)

        get_database_response_bean = cls(  # the fields in declaration order
            name,
            created,
            status,
            updated,
            databases,
            shard_mode,
            shard_number,
            shard_unit,
            data_vips,
            used_rds,
        )

        get_database_response_bean.additional_properties = d
        return get_database_response_bean

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
from ..models.get_database_used_rds import GetDatabaseUsedRds  # noqa: E402
from ..models.get_databases import GetDatabases  # noqa: E402
