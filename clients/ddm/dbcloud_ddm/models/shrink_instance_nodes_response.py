# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShrinkInstanceNodesResponse")


@_attrs_define
class ShrinkInstanceNodesResponse:
    """Result of scaling in a DDM instance (table 4-64).

    Attributes:
        instance_id (str | Unset): Instance ID.
        instance_name (str | Unset): Instance name.
        job_id (str | Unset): Task ID; pay-per-use instances only.
        order_id (str | Unset): Order ID; yearly/monthly instances only.
    """

    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    job_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        instance_name = self.instance_name

        job_id = self.job_id

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if instance_name is not UNSET:
            field_dict["instanceName"] = instance_name
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instanceId", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instanceId", instance_id, "string")

        instance_name = d.pop("instanceName", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instanceName", instance_name, "string")

        job_id = d.pop("jobId", UNSET)
        if job_id.__class__ is not str and job_id is not UNSET:
            job_id = _drift(cls, src_dict, "jobId", job_id, "string")

        order_id = d.pop("orderId", UNSET)
        if order_id.__class__ is not str and order_id is not UNSET:
            order_id = _drift(cls, src_dict, "orderId", order_id, "string")

        shrink_instance_nodes_response = cls(  # the fields in declaration order
            instance_id,
            instance_name,
            job_id,
            order_id,
        )

        shrink_instance_nodes_response.additional_properties = d
        return shrink_instance_nodes_response

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
