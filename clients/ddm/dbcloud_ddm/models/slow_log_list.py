# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="SlowLogList")


class SlowLogList(_Model):
    """A slow SQL statement.

    Attributes:
        users (str | None): DDM account that ran the statement.
        database (str | None): Schema the statement ran in.
        query_sample (str | None): Text of the slow statement.
        log_time (str | None): Start time of the statement, yyyy-mm-ddThh:mm:ss.
        time (str | None): Execution time in milliseconds.
        shards (str | None): Physical shard name.
        rows_examined (str | None): Rows affected by the statement.
        host (str | None): Client IP address (personal data; consider anonymising).
    """

    __slots__ = (
        "users",
        "database",
        "query_sample",
        "log_time",
        "time",
        "shards",
        "rows_examined",
        "host",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "users",
        "database",
        "query_sample",
        "log_time",
        "time",
        "shards",
        "rows_examined",
        "host",
    )

    users: str | None
    database: str | None
    query_sample: str | None
    log_time: str | None
    time: str | None
    shards: str | None
    rows_examined: str | None
    host: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        users: str | None = None,
        database: str | None = None,
        query_sample: str | None = None,
        log_time: str | None = None,
        time: str | None = None,
        shards: str | None = None,
        rows_examined: str | None = None,
        host: str | None = None,
    ) -> None:
        self.users = users
        self.database = database
        self.query_sample = query_sample
        self.log_time = log_time
        self.time = time
        self.shards = shards
        self.rows_examined = rows_examined
        self.host = host
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.users is not None:
            users = self.users
            field_dict["users"] = users
        elif "users" in self._present:  # null in the reply: sent back as null
            field_dict["users"] = None
        if self.database is not None:
            database = self.database
            field_dict["database"] = database
        elif "database" in self._present:  # null in the reply: sent back as null
            field_dict["database"] = None
        if self.query_sample is not None:
            query_sample = self.query_sample
            field_dict["querySample"] = query_sample
        elif "querySample" in self._present:  # null in the reply: sent back as null
            field_dict["querySample"] = None
        if self.log_time is not None:
            log_time = self.log_time
            field_dict["logTime"] = log_time
        elif "logTime" in self._present:  # null in the reply: sent back as null
            field_dict["logTime"] = None
        if self.time is not None:
            time = self.time
            field_dict["time"] = time
        elif "time" in self._present:  # null in the reply: sent back as null
            field_dict["time"] = None
        if self.shards is not None:
            shards = self.shards
            field_dict["shards"] = shards
        elif "shards" in self._present:  # null in the reply: sent back as null
            field_dict["shards"] = None
        if self.rows_examined is not None:
            rows_examined = self.rows_examined
            field_dict["rowsExamined"] = rows_examined
        elif "rowsExamined" in self._present:  # null in the reply: sent back as null
            field_dict["rowsExamined"] = None
        if self.host is not None:
            host = self.host
            field_dict["host"] = host
        elif "host" in self._present:  # null in the reply: sent back as null
            field_dict["host"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users = d.pop("users", UNSET)
        if users.__class__ is not str and users is not UNSET:
            users = _drift(cls, src_dict, "users", users, "string")

        database = d.pop("database", UNSET)
        if database.__class__ is not str and database is not UNSET:
            database = _drift(cls, src_dict, "database", database, "string")

        query_sample = d.pop("querySample", UNSET)
        if query_sample.__class__ is not str and query_sample is not UNSET:
            query_sample = _drift(cls, src_dict, "querySample", query_sample, "string")

        log_time = d.pop("logTime", UNSET)
        if log_time.__class__ is not str and log_time is not UNSET:
            log_time = _drift(cls, src_dict, "logTime", log_time, "string")

        time = d.pop("time", UNSET)
        if time.__class__ is not str and time is not UNSET:
            time = _drift(cls, src_dict, "time", time, "string")

        shards = d.pop("shards", UNSET)
        if shards.__class__ is not str and shards is not UNSET:
            shards = _drift(cls, src_dict, "shards", shards, "string")

        rows_examined = d.pop("rowsExamined", UNSET)
        if rows_examined.__class__ is not str and rows_examined is not UNSET:
            rows_examined = _drift(cls, src_dict, "rowsExamined", rows_examined, "string")

        host = d.pop("host", UNSET)
        if host.__class__ is not str and host is not UNSET:
            host = _drift(cls, src_dict, "host", host, "string")

        slow_log_list = cls(  # the fields in declaration order; absent members read as None
            None if users is UNSET else users,
            None if database is UNSET else database,
            None if query_sample is UNSET else query_sample,
            None if log_time is UNSET else log_time,
            None if time is UNSET else time,
            None if shards is UNSET else shards,
            None if rows_examined is UNSET else rows_examined,
            None if host is UNSET else host,
        )
        slow_log_list._present = frozenset(src_dict)

        slow_log_list.additional_properties = d
        return slow_log_list

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("users", "users"),
            ("database", "database"),
            ("querySample", "query_sample"),
            ("logTime", "log_time"),
            ("time", "time"),
            ("shards", "shards"),
            ("rowsExamined", "rows_examined"),
            ("host", "host"),
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
