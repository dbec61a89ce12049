# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetUserPasswordRequest")


class ResetUserPasswordRequest(_Model):
    """Request body for resetting an account password (v2).

    Attributes:
        password (str): New password.
    """

    __slots__ = (
        "password",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("password",)

    password: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        password: str,
    ) -> None:
        self.password = password
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
            }
        )
        if isinstance(password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["password"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", UNSET)
        if password.__class__ is not str:
            password = _drift(cls, src_dict, "password", password, "string")

        reset_user_password_request = cls(  # the fields in declaration order
            password,
        )

        reset_user_password_request.additional_properties = d
        return reset_user_password_request

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
