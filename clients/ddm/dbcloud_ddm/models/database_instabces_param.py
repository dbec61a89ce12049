# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseInstabcesParam")


class DatabaseInstabcesParam(_Model):
    """An RDS instance to associate with the new schema, with its login.

    Attributes:
        id (str): ID of the RDS instance.
        admin_user (str): Username used to log in to the RDS instance.
        admin_password (str): Password used to log in to the RDS instance.
    """

    __slots__ = (
        "id",
        "admin_user",
        "admin_password",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "admin_user",
        "admin_password",
    )

    id: str
    admin_user: str
    admin_password: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        id: str,
        admin_user: str,
        admin_password: str,
    ) -> None:
        self.id = id
        self.admin_user = admin_user
        self.admin_password = admin_password
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        admin_user = self.admin_user

        admin_password = self.admin_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "adminUser": admin_user,
                "adminPassword": admin_password,
            }
        )
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(admin_user, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["adminUser"]
        if isinstance(admin_password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["adminPassword"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        admin_user = d.pop("adminUser", UNSET)
        if admin_user.__class__ is not str:
            admin_user = _drift(cls, src_dict, "adminUser", admin_user, "string")

        admin_password = d.pop("adminPassword", UNSET)
        if admin_password.__class__ is not str:
            admin_password = _drift(cls, src_dict, "adminPassword", admin_password, "string")

        database_instabces_param = cls(  # the fields in declaration order
            id,
            admin_user,
            admin_password,
        )

        database_instabces_param.additional_properties = d
        return database_instabces_param

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
