# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrateDnInfoOpenResponse")


@_attrs_define
class MigrateDnInfoOpenResponse:
    """A data node involved in a shard configuration.

    Attributes:
        dn_instance_id (str | Unset): RDS instance ID.
        dn_instance_name (str | Unset): RDS instance name.
    """

    dn_instance_id: str | Unset = UNSET
    dn_instance_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        dn_instance_id = self.dn_instance_id

        dn_instance_name = self.dn_instance_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dn_instance_id is not UNSET:
            field_dict["dn_instance_id"] = dn_instance_id
        if dn_instance_name is not UNSET:
            field_dict["dn_instance_name"] = dn_instance_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dn_instance_id = d.pop("dn_instance_id", UNSET)
        if dn_instance_id.__class__ is not str and dn_instance_id is not UNSET:
            dn_instance_id = _drift(cls, src_dict, "dn_instance_id", dn_instance_id, "string")

        dn_instance_name = d.pop("dn_instance_name", UNSET)
        if dn_instance_name.__class__ is not str and dn_instance_name is not UNSET:
            dn_instance_name = _drift(cls, src_dict, "dn_instance_name", dn_instance_name, "string")

        migrate_dn_info_open_response = cls(  # the fields in declaration order
            dn_instance_id,
            dn_instance_name,
        )

        migrate_dn_info_open_response.additional_properties = d
        return migrate_dn_info_open_response

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
