# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetDn4Restore")


@_attrs_define
class TargetDn4Restore:
    """Candidate target data node (Table 4-493).

    Attributes:
        instance_name (str | Unset): Data node name.
        instance_id (str | Unset): Data node ID.
        engine_name (str | Unset): Engine name.
        status (str | Unset): Data node status.
        available (bool | Unset): Whether the node can be used as a target.
        unavailable_reason (str | Unset): Why the node cannot be used (empty when available).
        vpc_name (str | Unset): Name of the node's VPC.
        private_ip (str | Unset): Private IP address of the node.
    """

    instance_name: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    status: str | Unset = UNSET
    available: bool | Unset = UNSET
    unavailable_reason: str | Unset = UNSET
    vpc_name: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_name = self.instance_name

        instance_id = self.instance_id

        engine_name = self.engine_name

        status = self.status

        available = self.available

        unavailable_reason = self.unavailable_reason

        vpc_name = self.vpc_name

        private_ip = self.private_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if status is not UNSET:
            field_dict["status"] = status
        if available is not UNSET:
            field_dict["available"] = available
        if unavailable_reason is not UNSET:
            field_dict["unavailable_reason"] = unavailable_reason
        if vpc_name is not UNSET:
            field_dict["vpc_name"] = vpc_name
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_name = d.pop("instance_name", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        status = d.pop("status", UNSET)

        available = d.pop("available", UNSET)

        unavailable_reason = d.pop("unavailable_reason", UNSET)

        vpc_name = d.pop("vpc_name", UNSET)

        private_ip = d.pop("private_ip", UNSET)

        target_dn_4_restore = cls(  # the fields in declaration order
            instance_name,
            instance_id,
            engine_name,
            status,
            available,
            unavailable_reason,
            vpc_name,
            private_ip,
        )

        target_dn_4_restore.additional_properties = d
        return target_dn_4_restore

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
