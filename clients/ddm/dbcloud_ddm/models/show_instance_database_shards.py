# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ShowInstanceDatabaseShards")


class ShowInstanceDatabaseShards(_Model):
    """A physical shard of a schema (reference table 'Shards').

    Attributes:
        data_node_id (str | None): ID of the RDS instance holding the shard.
        physical_db_name (str | None): Name of the physical shard.
        status (str | None): Status of the physical shard.
        shard_index (int | None): Sequence number of the physical shard.
    """

    __slots__ = (
        "data_node_id",
        "physical_db_name",
        "status",
        "shard_index",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "data_node_id",
        "physical_db_name",
        "status",
        "shard_index",
    )

    data_node_id: str | None
    physical_db_name: str | None
    status: str | None
    shard_index: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        data_node_id: str | None = None,
        physical_db_name: str | None = None,
        status: str | None = None,
        shard_index: int | None = None,
    ) -> None:
        self.data_node_id = data_node_id
        self.physical_db_name = physical_db_name
        self.status = status
        self.shard_index = shard_index
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.data_node_id is not None:
            data_node_id = self.data_node_id
            field_dict["data_node_id"] = data_node_id
        elif "data_node_id" in self._present:  # null in the reply: sent back as null
            field_dict["data_node_id"] = None
        if self.physical_db_name is not None:
            physical_db_name = self.physical_db_name
            field_dict["physical_db_name"] = physical_db_name
        elif "physical_db_name" in self._present:  # null in the reply: sent back as null
            field_dict["physical_db_name"] = None
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.shard_index is not None:
            shard_index = self.shard_index
            field_dict["shard_index"] = shard_index
        elif "shard_index" in self._present:  # null in the reply: sent back as null
            field_dict["shard_index"] = None
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

        show_instance_database_shards = cls(  # the fields in declaration order; absent members read as None
            None if data_node_id is UNSET else data_node_id,
            None if physical_db_name is UNSET else physical_db_name,
            None if status is UNSET else status,
            None if shard_index is UNSET else shard_index,
        )
        show_instance_database_shards._present = frozenset(src_dict)

        show_instance_database_shards.additional_properties = d
        return show_instance_database_shards

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("data_node_id", "data_node_id"),
            ("physical_db_name", "physical_db_name"),
            ("status", "status"),
            ("shard_index", "shard_index"),
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
