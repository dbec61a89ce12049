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
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="CreateDdmDatabaseRequest")


class CreateDdmDatabaseRequest(_Model):
    """Body for creating a schema through the v3 API.

    Attributes:
        name (str): Schema name: 2 to 48 characters, starts with a lowercase letter, only lowercase letters, digits and
            underscores; information_schema, mysql, performance_schema and sys are not allowed.
        shard_mode (ShardMode):
        shard_number (int): Total number of shards. With a per-node shard count it equals that count times the number of
            associated data nodes; otherwise it must exceed the number of associated data nodes and be at most 64 times that
            number.
        dn_instances (list[DatabaseDnInstances]): Data nodes the schema is associated with; at most 256.
    """

    __slots__ = (
        "name",
        "shard_mode",
        "shard_number",
        "dn_instances",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "shard_mode",
        "shard_number",
        "dn_instances",
    )

    name: str
    shard_mode: ShardMode
    shard_number: int
    dn_instances: list[DatabaseDnInstances]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        shard_mode: ShardMode,
        shard_number: int,
        dn_instances: list[DatabaseDnInstances],
    ) -> None:
        self.name = name
        self.shard_mode = shard_mode
        self.shard_number = shard_number
        self.dn_instances = dn_instances
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            shard_mode = self.shard_mode.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            shard_mode = _cast(Any, self.shard_mode)

        shard_number = self.shard_number

        try:
            dn_instances = []
            for dn_instances_item_data in self.dn_instances:
                dn_instances_item = dn_instances_item_data.to_dict()
                dn_instances.append(dn_instances_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            dn_instances = _cast(Any, self.dn_instances)

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
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(shard_mode, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["shard_mode"]
        if isinstance(shard_number, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["shard_number"]
        if isinstance(dn_instances, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["dn_instances"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            shard_mode = enum_member(ShardMode, d.pop("shard_mode", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            shard_mode = _drift(cls, src_dict, "shard_mode", src_dict.get("shard_mode", UNSET), "ShardMode")

        shard_number = d.pop("shard_number", UNSET)
        if shard_number.__class__ is not int:
            shard_number = _drift(cls, src_dict, "shard_number", shard_number, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("dn_instances").__class__ is not list:
                dn_instances = []
                _dn_instances = d.pop("dn_instances", UNSET)
                for dn_instances_item_data in _dn_instances:
                    dn_instances_item = DatabaseDnInstances.from_dict(dn_instances_item_data)

                    dn_instances.append(dn_instances_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                dn_instances = _LazyList(d.pop("dn_instances"), DatabaseDnInstances.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            dn_instances = _drift(cls, src_dict, "dn_instances", src_dict.get("dn_instances", UNSET), "array")

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
