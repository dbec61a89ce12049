# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="Restore")


class Restore(_Model):
    """Settings of the new cluster that the snapshot is restored into.

    Attributes:
        name (str): Unique name of the new cluster; 4-64 characters, starts with a letter, then letters, digits, hyphens
            and underscores.
        subnet_id (str | Unset): Subnet for the new cluster's network; defaults to the source cluster's subnet.
        security_group_id (str | Unset): Security group for the new cluster; defaults to the source cluster's group.
        vpc_id (str | Unset): VPC for the new cluster; defaults to the source cluster's VPC.
        availability_zone (str | Unset): Availability zone of the new cluster; defaults to the source cluster's AZ.
        port (int | Unset): Database service port of the new cluster (8000-30000). Default: 8000.
        public_ip (PublicIp | Unset): Elastic IP settings of a cluster (Tables 5-4, 5-11, 5-19). eip_address, status and
            error_message are only reported in responses and only documented in the Chinese edition.
        enterprise_project_id (str | Unset): Enterprise project of the new cluster; "0" (the default project) when
            omitted. Default: "0".
        ipv6_enable (bool | Unset): Whether the new cluster gets IPv6 addresses.
        number_of_cn (int | Unset): Number of coordinator nodes (CNs) of the new cluster: 3 to the node count, at most
            20; default 3.
    """

    __slots__ = (
        "name",
        "subnet_id",
        "security_group_id",
        "vpc_id",
        "availability_zone",
        "port",
        "public_ip",
        "enterprise_project_id",
        "ipv6_enable",
        "number_of_cn",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "subnet_id",
        "security_group_id",
        "vpc_id",
        "availability_zone",
        "port",
        "public_ip",
        "enterprise_project_id",
        "ipv6_enable",
        "number_of_cn",
    )

    name: str
    subnet_id: str | Unset
    security_group_id: str | Unset
    vpc_id: str | Unset
    availability_zone: str | Unset
    port: int | Unset
    public_ip: PublicIp | Unset
    enterprise_project_id: str | Unset
    ipv6_enable: bool | Unset
    number_of_cn: int | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        subnet_id: str | Unset = UNSET,
        security_group_id: str | Unset = UNSET,
        vpc_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        port: int | Unset = UNSET,
        public_ip: PublicIp | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        ipv6_enable: bool | Unset = UNSET,
        number_of_cn: int | Unset = UNSET,
    ) -> None:
        self.name = name
        self.subnet_id = subnet_id
        self.security_group_id = security_group_id
        self.vpc_id = vpc_id
        self.availability_zone = availability_zone
        self.port = port
        self.public_ip = public_ip
        self.enterprise_project_id = enterprise_project_id
        self.ipv6_enable = ipv6_enable
        self.number_of_cn = number_of_cn
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        vpc_id = self.vpc_id

        availability_zone = self.availability_zone

        port = self.port

        try:
            public_ip: dict[str, Any] | Unset = UNSET
            if not isinstance(self.public_ip, Unset):
                public_ip = self.public_ip.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            public_ip = _cast(Any, self.public_ip)

        enterprise_project_id = self.enterprise_project_id

        ipv6_enable = self.ipv6_enable

        number_of_cn = self.number_of_cn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if port is not UNSET:
            field_dict["port"] = port
        if public_ip is not UNSET:
            field_dict["public_ip"] = public_ip
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if ipv6_enable is not UNSET:
            field_dict["ipv6_enable"] = ipv6_enable
        if number_of_cn is not UNSET:
            field_dict["number_of_cn"] = number_of_cn
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        security_group_id = d.pop("security_group_id", UNSET)
        if security_group_id.__class__ is not str and security_group_id is not UNSET:
            security_group_id = _drift(cls, src_dict, "security_group_id", security_group_id, "string")

        vpc_id = d.pop("vpc_id", UNSET)
        if vpc_id.__class__ is not str and vpc_id is not UNSET:
            vpc_id = _drift(cls, src_dict, "vpc_id", vpc_id, "string")

        availability_zone = d.pop("availability_zone", UNSET)
        if availability_zone.__class__ is not str and availability_zone is not UNSET:
            availability_zone = _drift(cls, src_dict, "availability_zone", availability_zone, "string")

        port = d.pop("port", UNSET)
        if port.__class__ is not int and port is not UNSET:
            port = _drift(cls, src_dict, "port", port, "integer")

        try:
            _public_ip = d.pop("public_ip", UNSET)
            public_ip: PublicIp | Unset
            if isinstance(_public_ip, Unset):
                public_ip = UNSET
            else:
                public_ip = PublicIp.from_dict(_public_ip)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            public_ip = _drift(cls, src_dict, "public_ip", src_dict.get("public_ip", UNSET), "PublicIp")

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)
        if enterprise_project_id.__class__ is not str and enterprise_project_id is not UNSET:
            enterprise_project_id = _drift(cls, src_dict, "enterprise_project_id", enterprise_project_id, "string")

        ipv6_enable = d.pop("ipv6_enable", UNSET)
        if ipv6_enable.__class__ is not bool and ipv6_enable is not UNSET:
            ipv6_enable = _drift(cls, src_dict, "ipv6_enable", ipv6_enable, "boolean")

        number_of_cn = d.pop("number_of_cn", UNSET)
        if number_of_cn.__class__ is not int and number_of_cn is not UNSET:
            number_of_cn = _drift(cls, src_dict, "number_of_cn", number_of_cn, "integer")

        restore = cls(  # the fields in declaration order
            name,
            subnet_id,
            security_group_id,
            vpc_id,
            availability_zone,
            port,
            public_ip,
            enterprise_project_id,
            ipv6_enable,
            number_of_cn,
        )

        restore.additional_properties = d
        return restore

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


# Last, so that circular references between models find this module's class already defined.
from ..models.public_ip import PublicIp  # noqa: E402
