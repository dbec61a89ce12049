# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.shard_mode import ShardMode
from ..models.show_instance_database_response_status import ShowInstanceDatabaseResponseStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ShowInstanceDatabaseResponse")


class ShowInstanceDatabaseResponse(_Model):
    """Details of a schema (v3 API).

    Attributes:
        shards (list[ShowInstanceDatabaseShards] | None): Physical shards of the schema.
        status (ShowInstanceDatabaseResponseStatus | None): Schema status: CREATING (being created), RUNNING, or UNKNOWN
            (any other state).
        created (str | None): Creation time as yyyy-MM-ddTHH:mm:ss followed by the zone offset (+hhmm).
        updated (str | None): Time of the last update as yyyy-MM-ddTHH:mm:ss followed by the zone offset (+hhmm).
        name (str | None): Schema name: 2 to 48 characters, starts with a letter, only lowercase letters, digits and
            underscores; never information_schema, mysql, performance_schema or sys.
        shard_mode (ShardMode | None):
        shard_number (int | None): Number of shards in the schema.
        data_nodes (list[ShowInstanceDatabaseDataNodes] | None): Backend data nodes associated with the schema.
    """

    __slots__ = (
        "shards",
        "status",
        "created",
        "updated",
        "name",
        "shard_mode",
        "shard_number",
        "data_nodes",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "shards",
        "status",
        "created",
        "updated",
        "name",
        "shard_mode",
        "shard_number",
        "data_nodes",
    )

    shards: list[ShowInstanceDatabaseShards] | None
    status: ShowInstanceDatabaseResponseStatus | None
    created: str | None
    updated: str | None
    name: str | None
    shard_mode: ShardMode | None
    shard_number: int | None
    data_nodes: list[ShowInstanceDatabaseDataNodes] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        shards: list[ShowInstanceDatabaseShards] | None = None,
        status: ShowInstanceDatabaseResponseStatus | None = None,
        created: str | None = None,
        updated: str | None = None,
        name: str | None = None,
        shard_mode: ShardMode | None = None,
        shard_number: int | None = None,
        data_nodes: list[ShowInstanceDatabaseDataNodes] | None = None,
    ) -> None:
        self.shards = shards
        self.status = status
        self.created = created
        self.updated = updated
        self.name = name
        self.shard_mode = shard_mode
        self.shard_number = shard_number
        self.data_nodes = data_nodes
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.shards is not None:
            try:
                shards: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.shards, Unset):
                    shards = []
                    for shards_item_data in self.shards:
                        shards_item = shards_item_data.to_dict()
                        shards.append(shards_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                shards = _cast(Any, self.shards)
            field_dict["shards"] = shards
        elif "shards" in self._present:  # null in the reply: sent back as null
            field_dict["shards"] = None
        if self.status is not None:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.created is not None:
            created = self.created
            field_dict["created"] = created
        elif "created" in self._present:  # null in the reply: sent back as null
            field_dict["created"] = None
        if self.updated is not None:
            updated = self.updated
            field_dict["updated"] = updated
        elif "updated" in self._present:  # null in the reply: sent back as null
            field_dict["updated"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.shard_mode is not None:
            try:
                shard_mode: str | Unset = UNSET
                if not isinstance(self.shard_mode, Unset):
                    shard_mode = self.shard_mode.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                shard_mode = _cast(Any, self.shard_mode)
            field_dict["shard_mode"] = shard_mode
        elif "shard_mode" in self._present:  # null in the reply: sent back as null
            field_dict["shard_mode"] = None
        if self.shard_number is not None:
            shard_number = self.shard_number
            field_dict["shard_number"] = shard_number
        elif "shard_number" in self._present:  # null in the reply: sent back as null
            field_dict["shard_number"] = None
        if self.data_nodes is not None:
            try:
                data_nodes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.data_nodes, Unset):
                    data_nodes = []
                    for data_nodes_item_data in self.data_nodes:
                        data_nodes_item = data_nodes_item_data.to_dict()
                        data_nodes.append(data_nodes_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                data_nodes = _cast(Any, self.data_nodes)
            field_dict["data_nodes"] = data_nodes
        elif "data_nodes" in self._present:  # null in the reply: sent back as null
            field_dict["data_nodes"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("shards").__class__ is not list:
                _shards = d.pop("shards", UNSET)
                shards: list[ShowInstanceDatabaseShards] | Unset = UNSET
                if _shards is not UNSET:
                    shards = []
                    for shards_item_data in _shards:
                        shards_item = ShowInstanceDatabaseShards.from_dict(shards_item_data)

                        shards.append(shards_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                shards = _LazyList(d.pop("shards"), ShowInstanceDatabaseShards.from_dict, _lazy_reply)
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
            shard_mode: ShardMode | Unset = UNSET if _shard_mode is UNSET else enum_member(ShardMode, _shard_mode)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            shard_mode = _drift(cls, src_dict, "shard_mode", src_dict.get("shard_mode", UNSET), "ShardMode")

        shard_number = d.pop("shard_number", UNSET)
        if shard_number.__class__ is not int and shard_number is not UNSET:
            shard_number = _drift(cls, src_dict, "shard_number", shard_number, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("data_nodes").__class__ is not list:
                _data_nodes = d.pop("data_nodes", UNSET)
                data_nodes: list[ShowInstanceDatabaseDataNodes] | Unset = UNSET
                if _data_nodes is not UNSET:
                    data_nodes = []
                    for data_nodes_item_data in _data_nodes:
                        data_nodes_item = ShowInstanceDatabaseDataNodes.from_dict(data_nodes_item_data)

                        data_nodes.append(data_nodes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                data_nodes = _LazyList(d.pop("data_nodes"), ShowInstanceDatabaseDataNodes.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            data_nodes = _drift(cls, src_dict, "data_nodes", src_dict.get("data_nodes", UNSET), "array")

        show_instance_database_response = cls(  # the fields in declaration order; absent members read as None
            None if shards is UNSET else shards,
            None if status is UNSET else status,
            None if created is UNSET else created,
            None if updated is UNSET else updated,
            None if name is UNSET else name,
            None if shard_mode is UNSET else shard_mode,
            None if shard_number is UNSET else shard_number,
            None if data_nodes is UNSET else data_nodes,
        )
        show_instance_database_response._present = frozenset(src_dict)

        show_instance_database_response.additional_properties = d
        return show_instance_database_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("shards", "shards"),
            ("status", "status"),
            ("created", "created"),
            ("updated", "updated"),
            ("name", "name"),
            ("shard_mode", "shard_mode"),
            ("shard_number", "shard_number"),
            ("data_nodes", "data_nodes"),
        )
        return frozenset(attr for member, attr in names if member in self._present or getattr(self, attr) is not None)

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
