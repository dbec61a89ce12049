# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ResetUserPasswordResponse")


class ResetUserPasswordResponse(_Model):
    """Result of resetting an account password (v2).

    Attributes:
        success (bool | None): Whether the reset succeeded.
        instance_id (str | None): DDM instance ID.
        user_name (str | None): Account name.
    """

    __slots__ = (
        "success",
        "instance_id",
        "user_name",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "success",
        "instance_id",
        "user_name",
    )

    success: bool | None
    instance_id: str | None
    user_name: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        success: bool | None = None,
        instance_id: str | None = None,
        user_name: str | None = None,
    ) -> None:
        self.success = success
        self.instance_id = instance_id
        self.user_name = user_name
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.success is not None:
            success = self.success
            field_dict["success"] = success
        elif "success" in self._present:  # null in the reply: sent back as null
            field_dict["success"] = None
        if self.instance_id is not None:
            instance_id = self.instance_id
            field_dict["instance_id"] = instance_id
        elif "instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["instance_id"] = None
        if self.user_name is not None:
            user_name = self.user_name
            field_dict["user_name"] = user_name
        elif "user_name" in self._present:  # null in the reply: sent back as null
            field_dict["user_name"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)
        if success.__class__ is not bool and success is not UNSET:
            success = _drift(cls, src_dict, "success", success, "boolean")

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        user_name = d.pop("user_name", UNSET)
        if user_name.__class__ is not str and user_name is not UNSET:
            user_name = _drift(cls, src_dict, "user_name", user_name, "string")

        reset_user_password_response = cls(  # the fields in declaration order; absent members read as None
            None if success is UNSET else success,
            None if instance_id is UNSET else instance_id,
            None if user_name is UNSET else user_name,
        )
        reset_user_password_response._present = frozenset(src_dict)

        reset_user_password_response.additional_properties = d
        return reset_user_password_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("success", "success"),
            ("instance_id", "instance_id"),
            ("user_name", "user_name"),
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
