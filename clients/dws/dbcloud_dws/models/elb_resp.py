# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ElbResp")


class ElbResp(_Model):
    """Load balancer bound to the cluster (vendor SDK model ElbResp; not in the references).

    Attributes:
        public_ip (str | None): Public IPv4 address of the load balancer.
        private_ip (str | None): Private IPv4 address of the load balancer.
        private_endpoint (str | None): Private endpoint of the load balancer.
        name (str | None): Name of the load balancer.
        id (str | None): ID of the load balancer.
        vpc_id (str | None): VPC of the load balancer.
    """

    __slots__ = (
        "public_ip",
        "private_ip",
        "private_endpoint",
        "name",
        "id",
        "vpc_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "public_ip",
        "private_ip",
        "private_endpoint",
        "name",
        "id",
        "vpc_id",
    )

    public_ip: str | None
    private_ip: str | None
    private_endpoint: str | None
    name: str | None
    id: str | None
    vpc_id: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        public_ip: str | None = None,
        private_ip: str | None = None,
        private_endpoint: str | None = None,
        name: str | None = None,
        id: str | None = None,
        vpc_id: str | None = None,
    ) -> None:
        self.public_ip = public_ip
        self.private_ip = private_ip
        self.private_endpoint = private_endpoint
        self.name = name
        self.id = id
        self.vpc_id = vpc_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.public_ip is not None:
            public_ip = self.public_ip
            field_dict["public_ip"] = public_ip
        elif "public_ip" in self._present:  # null in the reply: sent back as null
            field_dict["public_ip"] = None
        if self.private_ip is not None:
            private_ip = self.private_ip
            field_dict["private_ip"] = private_ip
        elif "private_ip" in self._present:  # null in the reply: sent back as null
            field_dict["private_ip"] = None
        if self.private_endpoint is not None:
            private_endpoint = self.private_endpoint
            field_dict["private_endpoint"] = private_endpoint
        elif "private_endpoint" in self._present:  # null in the reply: sent back as null
            field_dict["private_endpoint"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.vpc_id is not None:
            vpc_id = self.vpc_id
            field_dict["vpc_id"] = vpc_id
        elif "vpc_id" in self._present:  # null in the reply: sent back as null
            field_dict["vpc_id"] = None
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

        elb_resp = cls(  # the fields in declaration order; absent members read as None
            None if public_ip is UNSET else public_ip,
            None if private_ip is UNSET else private_ip,
            None if private_endpoint is UNSET else private_endpoint,
            None if name is UNSET else name,
            None if id is UNSET else id,
            None if vpc_id is UNSET else vpc_id,
        )
        elb_resp._present = frozenset(src_dict)

        elb_resp.additional_properties = d
        return elb_resp

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("public_ip", "public_ip"),
            ("private_ip", "private_ip"),
            ("private_endpoint", "private_endpoint"),
            ("name", "name"),
            ("id", "id"),
            ("vpc_id", "vpc_id"),
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
