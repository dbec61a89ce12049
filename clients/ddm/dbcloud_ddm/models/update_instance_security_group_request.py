# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInstanceSecurityGroupRequest")


class UpdateInstanceSecurityGroupRequest(_Model):
    """Request body for changing the security group of a DDM instance (table 4-34).

    Attributes:
        security_group_id (str): ID of the security group to use; defaults to the current one.
    """

    __slots__ = (
        "security_group_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("security_group_id",)

    security_group_id: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        security_group_id: str,
    ) -> None:
        self.security_group_id = security_group_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        security_group_id = self.security_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_group_id": security_group_id,
            }
        )
        if isinstance(security_group_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["security_group_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        security_group_id = d.pop("security_group_id", UNSET)
        if security_group_id.__class__ is not str:
            security_group_id = _drift(cls, src_dict, "security_group_id", security_group_id, "string")

        update_instance_security_group_request = cls(  # the fields in declaration order
            security_group_id,
        )

        update_instance_security_group_request.additional_properties = d
        return update_instance_security_group_request

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
