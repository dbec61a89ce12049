# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrateLogicDbDataNode")


class MigrateLogicDbDataNode(_Model):
    """A data node for shard configuration, with a database login (reference table 'DataNode').

    Attributes:
        id (str): Data node ID.
        user (str): Database user. It needs SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, PROCESS, REFERENCES,
            INDEX, ALTER, SHOW DATABASES, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, REPLICATION SLAVE, REPLICATION
            CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, CREATE USER, EVENT and TRIGGER, with GRANT
            OPTION.
        password (str): Password of the database user.
    """

    __slots__ = (
        "id",
        "user",
        "password",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "user",
        "password",
    )

    id: str
    user: str
    password: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        id: str,
        user: str,
        password: str,
    ) -> None:
        self.id = id
        self.user = user
        self.password = password
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "password": password,
            }
        )
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(user, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["user"]
        if isinstance(password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["password"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = _drift(cls, src_dict, "user", user, "string")

        password = d.pop("password", UNSET)
        if password.__class__ is not str:
            password = _drift(cls, src_dict, "password", password, "string")

        migrate_logic_db_data_node = cls(  # the fields in declaration order
            id,
            user,
            password,
        )

        migrate_logic_db_data_node.additional_properties = d
        return migrate_logic_db_data_node

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
