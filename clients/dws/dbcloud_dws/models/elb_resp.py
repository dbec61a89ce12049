# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElbResp")


@_attrs_define
class ElbResp:
    """Load balancer bound to the cluster (vendor SDK model ElbResp; not in the references).

    Attributes:
        public_ip (str | Unset): Public IPv4 address of the load balancer.
        private_ip (str | Unset): Private IPv4 address of the load balancer.
        private_endpoint (str | Unset): Private endpoint of the load balancer.
        name (str | Unset): Name of the load balancer.
        id (str | Unset): ID of the load balancer.
        vpc_id (str | Unset): VPC of the load balancer.
    """

    public_ip: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    private_endpoint: str | Unset = UNSET
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        public_ip = self.public_ip

        private_ip = self.private_ip

        private_endpoint = self.private_endpoint

        name = self.name

        id = self.id

        vpc_id = self.vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_ip is not UNSET:
            field_dict["public_ip"] = public_ip
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if private_endpoint is not UNSET:
            field_dict["private_endpoint"] = private_endpoint
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        public_ip = d.pop("public_ip", UNSET)
        if public_ip.__class__ is not str and public_ip is not UNSET:
            public_ip = _drift(cls, src_dict, "public_ip", public_ip, "string")

        private_ip = d.pop("private_ip", UNSET)
        if private_ip.__class__ is not str and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "private_ip", private_ip, "string")

        private_endpoint = d.pop("private_endpoint", UNSET)
        if private_endpoint.__class__ is not str and private_endpoint is not UNSET:
            private_endpoint = _drift(cls, src_dict, "private_endpoint", private_endpoint, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        vpc_id = d.pop("vpc_id", UNSET)
        if vpc_id.__class__ is not str and vpc_id is not UNSET:
            vpc_id = _drift(cls, src_dict, "vpc_id", vpc_id, "string")

        elb_resp = cls(  # the fields in declaration order
            public_ip,
            private_ip,
            private_endpoint,
            name,
            id,
            vpc_id,
        )

        elb_resp.additional_properties = d
        return elb_resp

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
