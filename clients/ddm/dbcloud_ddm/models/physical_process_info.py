# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhysicalProcessInfo")


@_attrs_define
class PhysicalProcessInfo:
    """A physical session.

    Attributes:
        id (int | Unset): Physical session ID.
        user (str | Unset): Session user.
        host (str | Unset): Client IP address and port.
        db (str | Unset): Database name.
        command (str | Unset): Connection state, usually sleep, query or connect.
        time (int | Unset): Connection duration in seconds.
        state (str | Unset): State of the running statement.
        info (None | str | Unset): Statement being executed; null when idle.
        trx_executed_time (int | Unset): Transaction duration in seconds.
    """

    id: int | Unset = UNSET
    user: str | Unset = UNSET
    host: str | Unset = UNSET
    db: str | Unset = UNSET
    command: str | Unset = UNSET
    time: int | Unset = UNSET
    state: str | Unset = UNSET
    info: None | str | Unset = UNSET
    trx_executed_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        host = self.host

        db = self.db

        command = self.command

        time = self.time

        state = self.state

        try:
            info: None | str | Unset
            if isinstance(self.info, Unset):
                info = UNSET
            else:
                info = self.info
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            info = _cast(Any, self.info)

        trx_executed_time = self.trx_executed_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user is not UNSET:
            field_dict["user"] = user
        if host is not UNSET:
            field_dict["host"] = host
        if db is not UNSET:
            field_dict["db"] = db
        if command is not UNSET:
            field_dict["command"] = command
        if time is not UNSET:
            field_dict["time"] = time
        if state is not UNSET:
            field_dict["state"] = state
        if info is not UNSET:
            field_dict["info"] = info
        if trx_executed_time is not UNSET:
            field_dict["trx_executed_time"] = trx_executed_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not int and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "integer")

        user = d.pop("user", UNSET)
        if user.__class__ is not str and user is not UNSET:
            user = _drift(cls, src_dict, "user", user, "string")

        host = d.pop("host", UNSET)
        if host.__class__ is not str and host is not UNSET:
            host = _drift(cls, src_dict, "host", host, "string")

        db = d.pop("db", UNSET)
        if db.__class__ is not str and db is not UNSET:
            db = _drift(cls, src_dict, "db", db, "string")

        command = d.pop("command", UNSET)
        if command.__class__ is not str and command is not UNSET:
            command = _drift(cls, src_dict, "command", command, "string")

        time = d.pop("time", UNSET)
        if time.__class__ is not int and time is not UNSET:
            time = _drift(cls, src_dict, "time", time, "integer")

        state = d.pop("state", UNSET)
        if state.__class__ is not str and state is not UNSET:
            state = _drift(cls, src_dict, "state", state, "string")

        try:
            info: None | str | Unset = d.pop("info", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            info = _drift(cls, src_dict, "info", src_dict.get("info", UNSET), "string or null")

        trx_executed_time = d.pop("trx_executed_time", UNSET)
        if trx_executed_time.__class__ is not int and trx_executed_time is not UNSET:
            trx_executed_time = _drift(cls, src_dict, "trx_executed_time", trx_executed_time, "integer")

        physical_process_info = cls(  # the fields in declaration order
            id,
            user,
            host,
            db,
            command,
            time,
            state,
            info,
            trx_executed_time,
        )

        physical_process_info.additional_properties = d
        return physical_process_info

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
