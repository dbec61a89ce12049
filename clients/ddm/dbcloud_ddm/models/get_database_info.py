# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.get_database_info_shard_mode import GetDatabaseInfoShardMode
from ..models.schema_status import SchemaStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="GetDatabaseInfo")


@_attrs_define
class GetDatabaseInfo:
    """Summary of a schema.

    Attributes:
        name (str | Unset): Schema name.
        shard_mode (GetDatabaseInfoShardMode | Unset): Sharding mode: cluster (sharded) or single (unsharded).
        shard_number (int | Unset): Total number of shards.
        status (SchemaStatus | Unset): Status of a DDM schema (appendix A.6, table A-7). CREATING: being created;
            RUNNING: available; CREATE_FAILED: creation failed; DELETING: being deleted; EXPANDING: shards being configured;
            EXPAND_FAILED: shard configuration failed; ROLLING BACK: being rolled back (spelled with a space in the
            reference). New values may appear; clients must accept unknown ones.
        created (int | Unset): Creation time, UNIX epoch milliseconds.
        used_rds (list[GetDatabaseUsedRds] | Unset): RDS instances the schema uses.
        shard_unit (int | Unset): Shards per RDS instance.
    """

    name: str | Unset = UNSET
    shard_mode: GetDatabaseInfoShardMode | Unset = UNSET
    shard_number: int | Unset = UNSET
    status: SchemaStatus | Unset = UNSET
    created: int | Unset = UNSET
    used_rds: list[GetDatabaseUsedRds] | Unset = UNSET
    shard_unit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            shard_mode: str | Unset = UNSET
            if not isinstance(self.shard_mode, Unset):
                shard_mode = self.shard_mode.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            shard_mode = _cast(Any, self.shard_mode)

        shard_number = self.shard_number

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        created = self.created

        try:
            used_rds: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.used_rds, Unset):
                used_rds = []
                for used_rds_item_data in self.used_rds:
                    used_rds_item = used_rds_item_data.to_dict()
                    used_rds.append(used_rds_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            used_rds = _cast(Any, self.used_rds)

        shard_unit = self.shard_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if shard_mode is not UNSET:
            field_dict["shard_mode"] = shard_mode
        if shard_number is not UNSET:
            field_dict["shard_number"] = shard_number
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if used_rds is not UNSET:
            field_dict["used_rds"] = used_rds
        if shard_unit is not UNSET:
            field_dict["shard_unit"] = shard_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            _shard_mode = d.pop("shard_mode", UNSET)
            shard_mode: GetDatabaseInfoShardMode | Unset = (
                UNSET if _shard_mode is UNSET else enum_member(GetDatabaseInfoShardMode, _shard_mode)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            shard_mode = _drift(
                cls, src_dict, "shard_mode", src_dict.get("shard_mode", UNSET), "GetDatabaseInfoShardMode"
            )

        shard_number = d.pop("shard_number", UNSET)
        if shard_number.__class__ is not int and shard_number is not UNSET:
            shard_number = _drift(cls, src_dict, "shard_number", shard_number, "integer")

        try:
            _status = d.pop("status", UNSET)
            status: SchemaStatus | Unset = UNSET if _status is UNSET else enum_member(SchemaStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "SchemaStatus")

        created = d.pop("created", UNSET)
        if created.__class__ is not int and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "integer")

        try:
            _used_rds = d.pop("used_rds", UNSET)
            used_rds: list[GetDatabaseUsedRds] | Unset = UNSET
            if _used_rds is not UNSET:
                used_rds = []
                for used_rds_item_data in _used_rds:
                    used_rds_item = GetDatabaseUsedRds.from_dict(used_rds_item_data)

                    used_rds.append(used_rds_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            used_rds = _drift(cls, src_dict, "used_rds", src_dict.get("used_rds", UNSET), "array")

        shard_unit = d.pop("shard_unit", UNSET)
        if shard_unit.__class__ is not int and shard_unit is not UNSET:
            shard_unit = _drift(cls, src_dict, "shard_unit", shard_unit, "integer")

        get_database_info = cls(  # the fields in declaration order
            name,
            shard_mode,
            shard_number,
            status,
            created,
            used_rds,
            shard_unit,
        )

        get_database_info.additional_properties = d
        return get_database_info

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
