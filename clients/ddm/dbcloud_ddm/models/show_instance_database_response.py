# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.show_instance_database_response_shard_mode import ShowInstanceDatabaseResponseShardMode
from ..models.show_instance_database_response_status import ShowInstanceDatabaseResponseStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ShowInstanceDatabaseResponse")


@_attrs_define
class ShowInstanceDatabaseResponse:
    """Details of a schema (v3 API).

    Attributes:
        shards (list[ShowInstanceDatabaseShards] | Unset): Physical shards of the schema.
        status (ShowInstanceDatabaseResponseStatus | Unset): Schema status: CREATING (being created), RUNNING, or
            UNKNOWN (any other state).
        created (str | Unset): Creation time as yyyy-MM-ddTHH:mm:ss followed by the zone offset (+hhmm).
        updated (str | Unset): Time of the last update as yyyy-MM-ddTHH:mm:ss followed by the zone offset (+hhmm).
        name (str | Unset): Schema name: 2 to 48 characters, starts with a letter, only lowercase letters, digits and
            underscores; never information_schema, mysql, performance_schema or sys.
        shard_mode (ShowInstanceDatabaseResponseShardMode | Unset): Sharding mode: cluster (sharded) or single
            (unsharded).
        shard_number (int | Unset): Number of shards in the schema.
        data_nodes (list[ShowInstanceDatabaseDataNodes] | Unset): Backend data nodes associated with the schema.
    """

    shards: list[ShowInstanceDatabaseShards] | Unset = UNSET
    status: ShowInstanceDatabaseResponseStatus | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    name: str | Unset = UNSET
    shard_mode: ShowInstanceDatabaseResponseShardMode | Unset = UNSET
    shard_number: int | Unset = UNSET
    data_nodes: list[ShowInstanceDatabaseDataNodes] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            shards: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.shards, Unset):
                shards = []
                for shards_item_data in self.shards:
                    shards_item = shards_item_data.to_dict()
                    shards.append(shards_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            shards = _cast(Any, self.shards)

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        created = self.created

        updated = self.updated

        name = self.name

        try:
            shard_mode: str | Unset = UNSET
            if not isinstance(self.shard_mode, Unset):
                shard_mode = self.shard_mode.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            shard_mode = _cast(Any, self.shard_mode)

        shard_number = self.shard_number

        try:
            data_nodes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.data_nodes, Unset):
                data_nodes = []
                for data_nodes_item_data in self.data_nodes:
                    data_nodes_item = data_nodes_item_data.to_dict()
                    data_nodes.append(data_nodes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            data_nodes = _cast(Any, self.data_nodes)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shards is not UNSET:
            field_dict["shards"] = shards
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if name is not UNSET:
            field_dict["name"] = name
        if shard_mode is not UNSET:
            field_dict["shard_mode"] = shard_mode
        if shard_number is not UNSET:
            field_dict["shard_number"] = shard_number
        if data_nodes is not UNSET:
            field_dict["data_nodes"] = data_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _shards = d.pop("shards", UNSET)
            shards: list[ShowInstanceDatabaseShards] | Unset = UNSET
            if _shards is not UNSET:
                shards = []
                for shards_item_data in _shards:
                    shards_item = ShowInstanceDatabaseShards.from_dict(shards_item_data)

                    shards.append(shards_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            shards = _drift(cls, src_dict, "shards", src_dict.get("shards", UNSET), "array")

        try:
            _status = d.pop("status", UNSET)
            status: ShowInstanceDatabaseResponseStatus | Unset = (
                UNSET if _status is UNSET else enum_member(ShowInstanceDatabaseResponseStatus, _status)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(
                cls, src_dict, "status", src_dict.get("status", UNSET), "ShowInstanceDatabaseResponseStatus"
            )

        created = d.pop("created", UNSET)
        if created.__class__ is not str and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "string")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            _shard_mode = d.pop("shard_mode", UNSET)
            shard_mode: ShowInstanceDatabaseResponseShardMode | Unset = (
                UNSET if _shard_mode is UNSET else enum_member(ShowInstanceDatabaseResponseShardMode, _shard_mode)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            shard_mode = _drift(
                cls, src_dict, "shard_mode", src_dict.get("shard_mode", UNSET), "ShowInstanceDatabaseResponseShardMode"
            )

        shard_number = d.pop("shard_number", UNSET)
        if shard_number.__class__ is not int and shard_number is not UNSET:
            shard_number = _drift(cls, src_dict, "shard_number", shard_number, "integer")

        try:
            _data_nodes = d.pop("data_nodes", UNSET)
            data_nodes: list[ShowInstanceDatabaseDataNodes] | Unset = UNSET
            if _data_nodes is not UNSET:
                data_nodes = []
                for data_nodes_item_data in _data_nodes:
                    data_nodes_item = ShowInstanceDatabaseDataNodes.from_dict(data_nodes_item_data)

                    data_nodes.append(data_nodes_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            data_nodes = _drift(cls, src_dict, "data_nodes", src_dict.get("data_nodes", UNSET), "array")

        show_instance_database_response = cls(  # the fields in declaration order
            shards,
            status,
            created,
            updated,
            name,
            shard_mode,
            shard_number,
            data_nodes,
        )

        show_instance_database_response.additional_properties = d
        return show_instance_database_response

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
from ..models.show_instance_database_data_nodes import ShowInstanceDatabaseDataNodes  # noqa: E402
from ..models.show_instance_database_shards import ShowInstanceDatabaseShards  # noqa: E402
