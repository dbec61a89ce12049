# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlowLogList")


@_attrs_define
class SlowLogList:
    """A slow SQL statement.

    Attributes:
        users (str | Unset): DDM account that ran the statement.
        database (str | Unset): Schema the statement ran in.
        query_sample (str | Unset): Text of the slow statement.
        log_time (str | Unset): Start time of the statement, yyyy-mm-ddThh:mm:ss.
        time (str | Unset): Execution time in milliseconds.
        shards (str | Unset): Physical shard name.
        rows_examined (str | Unset): Rows affected by the statement.
        host (str | Unset): Client IP address (personal data; consider anonymising).
    """

    users: str | Unset = UNSET
    database: str | Unset = UNSET
    query_sample: str | Unset = UNSET
    log_time: str | Unset = UNSET
    time: str | Unset = UNSET
    shards: str | Unset = UNSET
    rows_examined: str | Unset = UNSET
    host: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        users = self.users

        database = self.database

        query_sample = self.query_sample

        log_time = self.log_time

        time = self.time

        shards = self.shards

        rows_examined = self.rows_examined

        host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if database is not UNSET:
            field_dict["database"] = database
        if query_sample is not UNSET:
            field_dict["querySample"] = query_sample
        if log_time is not UNSET:
            field_dict["logTime"] = log_time
        if time is not UNSET:
            field_dict["time"] = time
        if shards is not UNSET:
            field_dict["shards"] = shards
        if rows_examined is not UNSET:
            field_dict["rowsExamined"] = rows_examined
        if host is not UNSET:
            field_dict["host"] = host

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

        slow_log_list = cls(  # the fields in declaration order
            users,
            database,
            query_sample,
            log_time,
            time,
            shards,
            rows_examined,
            host,
        )

        slow_log_list.additional_properties = d
        return slow_log_list

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
