# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DDMInstance4Restore")


@_attrs_define
class DDMInstance4Restore:
    """Candidate target DDM instance (Table 4-500).

    Attributes:
        instance_name (str | Unset): Instance name.
        instance_id (str | Unset): Instance ID.
        status (str | Unset): Instance status.
        available (bool | Unset): Whether the instance can be used as a target.
        unavailable_reason (str | Unset): Why the instance cannot be used (empty when available).
        vpc_name (str | Unset): Name of the instance's VPC.
    """

    instance_name: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    status: str | Unset = UNSET
    available: bool | Unset = UNSET
    unavailable_reason: str | Unset = UNSET
    vpc_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        instance_name = self.instance_name

        instance_id = self.instance_id

        status = self.status

        available = self.available

        unavailable_reason = self.unavailable_reason

        vpc_name = self.vpc_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if status is not UNSET:
            field_dict["status"] = status
        if available is not UNSET:
            field_dict["available"] = available
        if unavailable_reason is not UNSET:
            field_dict["unavailable_reason"] = unavailable_reason
        if vpc_name is not UNSET:
            field_dict["vpc_name"] = vpc_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        available = d.pop("available", UNSET)
        if available.__class__ is not bool and available is not UNSET:
            available = _drift(cls, src_dict, "available", available, "boolean")

        unavailable_reason = d.pop("unavailable_reason", UNSET)
        if unavailable_reason.__class__ is not str and unavailable_reason is not UNSET:
            unavailable_reason = _drift(cls, src_dict, "unavailable_reason", unavailable_reason, "string")

        vpc_name = d.pop("vpc_name", UNSET)
        if vpc_name.__class__ is not str and vpc_name is not UNSET:
            vpc_name = _drift(cls, src_dict, "vpc_name", vpc_name, "string")

        ddm_instance_4_restore = cls(  # the fields in declaration order
            instance_name,
            instance_id,
            status,
            available,
            unavailable_reason,
            vpc_name,
        )

        ddm_instance_4_restore.additional_properties = d
        return ddm_instance_4_restore

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
