# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseDnInstances")


class DatabaseDnInstances(_Model):
    """A data node to associate with the new schema, with its login.

    Attributes:
        id (str): ID of the data node.
        user_name (str): Username used to log in to the data node.
        user_password (str): Password of that user.
    """

    __slots__ = (
        "id",
        "user_name",
        "user_password",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "user_name",
        "user_password",
    )

    id: str
    user_name: str
    user_password: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        id: str,
        user_name: str,
        user_password: str,
    ) -> None:
        self.id = id
        self.user_name = user_name
        self.user_password = user_password
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_name = self.user_name

        user_password = self.user_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_name": user_name,
                "user_password": user_password,
            }
        )
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(user_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["user_name"]
        if isinstance(user_password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["user_password"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        user_name = d.pop("user_name", UNSET)
        if user_name.__class__ is not str:
            user_name = _drift(cls, src_dict, "user_name", user_name, "string")

        user_password = d.pop("user_password", UNSET)
        if user_password.__class__ is not str:
            user_password = _drift(cls, src_dict, "user_password", user_password, "string")

        database_dn_instances = cls(  # the fields in declaration order
            id,
            user_name,
            user_password,
        )

        database_dn_instances.additional_properties = d
        return database_dn_instances

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
