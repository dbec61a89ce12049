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

T = TypeVar("T", bound="CreateDatabaseDetail")


class CreateDatabaseDetail(_Model):
    """One schema to create and the RDS instances it uses.

    Attributes:
        name (str): Schema name: 2 to 48 characters, starts with a letter, only lowercase letters, digits and
            underscores; information_schema, mysql, performance_schema and sys are not allowed.
        shard_mode (ShardMode):
        shard_number (int): Total number of shards. With shard_unit set it equals shard_unit times the number of
            associated RDS instances; without it, it must exceed the number of associated RDS instances and be at most 64
            times that number.
        used_rds (list[DatabaseInstabcesParam]): RDS instances the schema is associated with.
        shard_unit (int | Unset): Shards per RDS instance: 1 for an unsharded schema, 1 to 64 for a sharded one.
            Optional.
    """

    __slots__ = (
        "name",
        "shard_mode",
        "shard_number",
        "used_rds",
        "shard_unit",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "shard_mode",
        "shard_number",
        "used_rds",
        "shard_unit",
    )

    name: str
    shard_mode: ShardMode
    shard_number: int
    used_rds: list[DatabaseInstabcesParam]
    shard_unit: int | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        shard_mode: ShardMode,
        shard_number: int,
        used_rds: list[DatabaseInstabcesParam],
        shard_unit: int | Unset = UNSET,
    ) -> None:
        self.name = name
        self.shard_mode = shard_mode
        self.shard_number = shard_number
        self.used_rds = used_rds
        self.shard_unit = shard_unit
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
            used_rds = []
            for used_rds_item_data in self.used_rds:
                used_rds_item = used_rds_item_data.to_dict()
                used_rds.append(used_rds_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            used_rds = _cast(Any, self.used_rds)

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
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(shard_mode, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["shard_mode"]
        if isinstance(shard_number, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["shard_number"]
        if isinstance(used_rds, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["used_rds"]

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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("used_rds").__class__ is not list:
                used_rds = []
                _used_rds = d.pop("used_rds", UNSET)
                for used_rds_item_data in _used_rds:
                    used_rds_item = DatabaseInstabcesParam.from_dict(used_rds_item_data)

                    used_rds.append(used_rds_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                used_rds = _LazyList(d.pop("used_rds"), DatabaseInstabcesParam.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            used_rds = _drift(cls, src_dict, "used_rds", src_dict.get("used_rds", UNSET), "array")

        shard_unit = d.pop("shard_unit", UNSET)
        if shard_unit.__class__ is not int and shard_unit is not UNSET:
            shard_unit = _drift(cls, src_dict, "shard_unit", shard_unit, "integer")

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
