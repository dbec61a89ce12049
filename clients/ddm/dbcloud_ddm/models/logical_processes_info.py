# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="LogicalProcessesInfo")


class LogicalProcessesInfo(_Model):
    """A logical session.

    Attributes:
        id (str | None): Logical session ID.
        user (str | None): Session user.
        host (str | None): Client IP address and port.
        db (str | None): Database name.
        command (str | None): Connection state, usually sleep, query or connect.
        time (str | None): Connection duration in seconds.
        state (str | None): State of the running statement.
        info (str | None): Statement being executed.
    """

    __slots__ = (
        "id",
        "user",
        "host",
        "db",
        "command",
        "time",
        "state",
        "info",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "user",
        "host",
        "db",
        "command",
        "time",
        "state",
        "info",
    )

    id: str | None
    user: str | None
    host: str | None
    db: str | None
    command: str | None
    time: str | None
    state: str | None
    info: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        user: str | None = None,
        host: str | None = None,
        db: str | None = None,
        command: str | None = None,
        time: str | None = None,
        state: str | None = None,
        info: str | None = None,
    ) -> None:
        self.id = id
        self.user = user
        self.host = host
        self.db = db
        self.command = command
        self.time = time
        self.state = state
        self.info = info
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.user is not None:
            user = self.user
            field_dict["user"] = user
        elif "user" in self._present:  # null in the reply: sent back as null
            field_dict["user"] = None
        if self.host is not None:
            host = self.host
            field_dict["host"] = host
        elif "host" in self._present:  # null in the reply: sent back as null
            field_dict["host"] = None
        if self.db is not None:
            db = self.db
            field_dict["db"] = db
        elif "db" in self._present:  # null in the reply: sent back as null
            field_dict["db"] = None
        if self.command is not None:
            command = self.command
            field_dict["command"] = command
        elif "command" in self._present:  # null in the reply: sent back as null
            field_dict["command"] = None
        if self.time is not None:
            time = self.time
            field_dict["time"] = time
        elif "time" in self._present:  # null in the reply: sent back as null
            field_dict["time"] = None
        if self.state is not None:
            state = self.state
            field_dict["state"] = state
        elif "state" in self._present:  # null in the reply: sent back as null
            field_dict["state"] = None
        if self.info is not None:
            info = self.info
            field_dict["info"] = info
        elif "info" in self._present:  # null in the reply: sent back as null
            field_dict["info"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

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
        if time.__class__ is not str and time is not UNSET:
            time = _drift(cls, src_dict, "time", time, "string")

        state = d.pop("state", UNSET)
        if state.__class__ is not str and state is not UNSET:
            state = _drift(cls, src_dict, "state", state, "string")

        info = d.pop("info", UNSET)
        if info.__class__ is not str and info is not UNSET:
            info = _drift(cls, src_dict, "info", info, "string")

        logical_processes_info = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if user is UNSET else user,
            None if host is UNSET else host,
            None if db is UNSET else db,
            None if command is UNSET else command,
            None if time is UNSET else time,
            None if state is UNSET else state,
            None if info is UNSET else info,
        )
        logical_processes_info._present = frozenset(src_dict)

        logical_processes_info.additional_properties = d
        return logical_processes_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("user", "user"),
            ("host", "host"),
            ("db", "db"),
            ("command", "command"),
            ("time", "time"),
            ("state", "state"),
            ("info", "info"),
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
