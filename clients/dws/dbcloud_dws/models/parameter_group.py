# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_group_status import ParameterGroupStatus
from ..types import enum_member

T = TypeVar("T", bound="ParameterGroup")


@_attrs_define
class ParameterGroup:
    """Parameter group bound to the cluster (Table 5-25).

    Attributes:
        id (str): Parameter group ID.
        name (str): Parameter group name.
        status (ParameterGroupStatus): Whether the group's settings are in effect: In-Sync, Applying, Pending-Reboot
            (takes effect after a restart) or Sync-Failure.
    """

    id: str
    name: str
    status: ParameterGroupStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = enum_member(ParameterGroupStatus, d.pop("status"))

        parameter_group = cls(  # the fields in declaration order
            id,
            name,
            status,
        )

        parameter_group.additional_properties = d
        return parameter_group

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
