# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DNInstance")


class DNInstance(_Model):
    """A backend data node for a metadata import, with its login.

    Attributes:
        dn_instance_id (str): Data node ID.
        admin_user (str): Account used to log in to the data node.
        admin_password (str): Password of that account.
    """

    __slots__ = (
        "dn_instance_id",
        "admin_user",
        "admin_password",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "dn_instance_id",
        "admin_user",
        "admin_password",
    )

    dn_instance_id: str
    admin_user: str
    admin_password: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        dn_instance_id: str,
        admin_user: str,
        admin_password: str,
    ) -> None:
        self.dn_instance_id = dn_instance_id
        self.admin_user = admin_user
        self.admin_password = admin_password
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        dn_instance_id = self.dn_instance_id

        admin_user = self.admin_user

        admin_password = self.admin_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dn_instance_id": dn_instance_id,
                "admin_user": admin_user,
                "admin_password": admin_password,
            }
        )
        if isinstance(dn_instance_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["dn_instance_id"]
        if isinstance(admin_user, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["admin_user"]
        if isinstance(admin_password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["admin_password"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dn_instance_id = d.pop("dn_instance_id", UNSET)
        if dn_instance_id.__class__ is not str:
            dn_instance_id = _drift(cls, src_dict, "dn_instance_id", dn_instance_id, "string")

        admin_user = d.pop("admin_user", UNSET)
        if admin_user.__class__ is not str:
            admin_user = _drift(cls, src_dict, "admin_user", admin_user, "string")

        admin_password = d.pop("admin_password", UNSET)
        if admin_password.__class__ is not str:
            admin_password = _drift(cls, src_dict, "admin_password", admin_password, "string")

        dn_instance = cls(  # the fields in declaration order
            dn_instance_id,
            admin_user,
            admin_password,
        )

        dn_instance.additional_properties = d
        return dn_instance

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
