# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.schema_status import SchemaStatus
from ..models.shard_mode import ShardMode
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="GetDatabaseInfo")


class GetDatabaseInfo(_Model):
    """Summary of a schema.

    Attributes:
        name (str | None): Schema name.
        shard_mode (ShardMode | None):
        shard_number (int | None): Total number of shards.
        status (SchemaStatus | None): Status of a DDM schema (appendix A.6, table A-7). CREATING: being created;
            RUNNING: available; CREATE_FAILED: creation failed; DELETING: being deleted; EXPANDING: shards being configured;
            EXPAND_FAILED: shard configuration failed; ROLLING BACK: being rolled back (spelled with a space in the
            reference). New values may appear; clients must accept unknown ones.
        created (int | None): Creation time, UNIX epoch milliseconds.
        used_rds (list[GetDatabaseUsedRds] | None): RDS instances the schema uses.
        shard_unit (int | None): Shards per RDS instance.
    """

    __slots__ = (
        "name",
        "shard_mode",
        "shard_number",
        "status",
        "created",
        "used_rds",
        "shard_unit",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "shard_mode",
        "shard_number",
        "status",
        "created",
        "used_rds",
        "shard_unit",
    )

    name: str | None
    shard_mode: ShardMode | None
    shard_number: int | None
    status: SchemaStatus | None
    created: int | None
    used_rds: list[GetDatabaseUsedRds] | None
    shard_unit: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str | None = None,
        shard_mode: ShardMode | None = None,
        shard_number: int | None = None,
        status: SchemaStatus | None = None,
        created: int | None = None,
        used_rds: list[GetDatabaseUsedRds] | None = None,
        shard_unit: int | None = None,
    ) -> None:
        self.name = name
        self.shard_mode = shard_mode
        self.shard_number = shard_number
        self.status = status
        self.created = created
        self.used_rds = used_rds
        self.shard_unit = shard_unit
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if self.used_rds is not None:
            try:
                used_rds: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.used_rds, Unset):
                    used_rds = []
                    for used_rds_item_data in self.used_rds:
                        used_rds_item = used_rds_item_data.to_dict()
                        used_rds.append(used_rds_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                used_rds = _cast(Any, self.used_rds)
            field_dict["used_rds"] = used_rds
        elif "used_rds" in self._present:  # null in the reply: sent back as null
            field_dict["used_rds"] = None
        if self.shard_unit is not None:
            shard_unit = self.shard_unit
            field_dict["shard_unit"] = shard_unit
        elif "shard_unit" in self._present:  # null in the reply: sent back as null
            field_dict["shard_unit"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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
            _status = d.pop("status", UNSET)
            status: SchemaStatus | Unset = UNSET if _status is UNSET else enum_member(SchemaStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "SchemaStatus")

        created = d.pop("created", UNSET)
        if created.__class__ is not int and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("used_rds").__class__ is not list:
                _used_rds = d.pop("used_rds", UNSET)
                used_rds: list[GetDatabaseUsedRds] | Unset = UNSET
                if _used_rds is not UNSET:
                    used_rds = []
                    for used_rds_item_data in _used_rds:
                        used_rds_item = GetDatabaseUsedRds.from_dict(used_rds_item_data)

                        used_rds.append(used_rds_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                used_rds = _LazyList(d.pop("used_rds"), GetDatabaseUsedRds.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            used_rds = _drift(cls, src_dict, "used_rds", src_dict.get("used_rds", UNSET), "array")

        shard_unit = d.pop("shard_unit", UNSET)
        if shard_unit.__class__ is not int and shard_unit is not UNSET:
            shard_unit = _drift(cls, src_dict, "shard_unit", shard_unit, "integer")

        get_database_info = cls(  # the fields in declaration order; absent members read as None
            None if name is UNSET else name,
            None if shard_mode is UNSET else shard_mode,
            None if shard_number is UNSET else shard_number,
            None if status is UNSET else status,
            None if created is UNSET else created,
            None if used_rds is UNSET else used_rds,
            None if shard_unit is UNSET else shard_unit,
        )
        get_database_info._present = frozenset(src_dict)

        get_database_info.additional_properties = d
        return get_database_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("shard_mode", "shard_mode"),
            ("shard_number", "shard_number"),
            ("status", "status"),
            ("created", "created"),
            ("used_rds", "used_rds"),
            ("shard_unit", "shard_unit"),
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
from ..models.get_database_used_rds import GetDatabaseUsedRds  # noqa: E402
