# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClusterInfo")


class CreateClusterInfo(_Model):
    """Settings of the cluster to create (Table 5-3).

    Attributes:
        node_type (str): Node flavor (spec_name from the node-type listing). Example: dws.d1.xlarge.ultrahigh.
        number_of_node (int): Number of nodes.
        subnet_id (str): Subnet the cluster network uses.
        security_group_id (str): Security group the cluster network uses.
        vpc_id (str): VPC the cluster network uses.
        name (str): Unique cluster name; starts with a letter, then letters, digits, hyphens or underscores.
        user_name (str): Administrator user name: lowercase letters, digits and underscores, beginning with a lowercase
            letter or underscore; must not be a database keyword.
        user_pwd (str): Administrator password. It must mix at least three of lowercase letters, uppercase letters,
            digits and special characters, must differ from the user name and its reverse, and must not be a weak password.
        availability_zone (str | Unset): Availability zone for the cluster.
        port (int | Unset): Database service port. Default: 8000.
        public_ip (PublicIp | Unset): Elastic IP settings of a cluster (Tables 5-4, 5-11, 5-19). eip_address, status and
            error_message are only reported in responses and only documented in the Chinese edition.
        number_of_cn (int | Unset): Number of coordinator nodes (CNs); at most the node count minus one. Default: 2.
        enterprise_project_id (str | Unset): Enterprise project of the cluster; 0 is the default enterprise project.
            Default: "0".
    """

    __slots__ = (
        "node_type",
        "number_of_node",
        "subnet_id",
        "security_group_id",
        "vpc_id",
        "name",
        "user_name",
        "user_pwd",
        "availability_zone",
        "port",
        "public_ip",
        "number_of_cn",
        "enterprise_project_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "node_type",
        "number_of_node",
        "subnet_id",
        "security_group_id",
        "vpc_id",
        "name",
        "user_name",
        "user_pwd",
        "availability_zone",
        "port",
        "public_ip",
        "number_of_cn",
        "enterprise_project_id",
    )

    node_type: str
    number_of_node: int
    subnet_id: str
    security_group_id: str
    vpc_id: str
    name: str
    user_name: str
    user_pwd: str
    availability_zone: str | Unset
    port: int | Unset
    public_ip: PublicIp | Unset
    number_of_cn: int | Unset
    enterprise_project_id: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        node_type: str,
        number_of_node: int,
        subnet_id: str,
        security_group_id: str,
        vpc_id: str,
        name: str,
        user_name: str,
        user_pwd: str,
        availability_zone: str | Unset = UNSET,
        port: int | Unset = UNSET,
        public_ip: PublicIp | Unset = UNSET,
        number_of_cn: int | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
    ) -> None:
        self.node_type = node_type
        self.number_of_node = number_of_node
        self.subnet_id = subnet_id
        self.security_group_id = security_group_id
        self.vpc_id = vpc_id
        self.name = name
        self.user_name = user_name
        self.user_pwd = user_pwd
        self.availability_zone = availability_zone
        self.port = port
        self.public_ip = public_ip
        self.number_of_cn = number_of_cn
        self.enterprise_project_id = enterprise_project_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        node_type = self.node_type

        number_of_node = self.number_of_node

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        vpc_id = self.vpc_id

        name = self.name

        user_name = self.user_name

        user_pwd = self.user_pwd

        availability_zone = self.availability_zone

        port = self.port

        try:
            public_ip: dict[str, Any] | Unset = UNSET
            if not isinstance(self.public_ip, Unset):
                public_ip = self.public_ip.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            public_ip = _cast(Any, self.public_ip)

        number_of_cn = self.number_of_cn

        enterprise_project_id = self.enterprise_project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_type": node_type,
                "number_of_node": number_of_node,
                "subnet_id": subnet_id,
                "security_group_id": security_group_id,
                "vpc_id": vpc_id,
                "name": name,
                "user_name": user_name,
                "user_pwd": user_pwd,
            }
        )
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if port is not UNSET:
            field_dict["port"] = port
        if public_ip is not UNSET:
            field_dict["public_ip"] = public_ip
        if number_of_cn is not UNSET:
            field_dict["number_of_cn"] = number_of_cn
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if isinstance(node_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["node_type"]
        if isinstance(number_of_node, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["number_of_node"]
        if isinstance(subnet_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["subnet_id"]
        if isinstance(security_group_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["security_group_id"]
        if isinstance(vpc_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["vpc_id"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(user_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["user_name"]
        if isinstance(user_pwd, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["user_pwd"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_type = d.pop("node_type", UNSET)
        if node_type.__class__ is not str:
            node_type = _drift(cls, src_dict, "node_type", node_type, "string")

        number_of_node = d.pop("number_of_node", UNSET)
        if number_of_node.__class__ is not int:
            number_of_node = _drift(cls, src_dict, "number_of_node", number_of_node, "integer")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        security_group_id = d.pop("security_group_id", UNSET)
        if security_group_id.__class__ is not str:
            security_group_id = _drift(cls, src_dict, "security_group_id", security_group_id, "string")

        vpc_id = d.pop("vpc_id", UNSET)
        if vpc_id.__class__ is not str:
            vpc_id = _drift(cls, src_dict, "vpc_id", vpc_id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        user_name = d.pop("user_name", UNSET)
        if user_name.__class__ is not str:
            user_name = _drift(cls, src_dict, "user_name", user_name, "string")

        user_pwd = d.pop("user_pwd", UNSET)
        if user_pwd.__class__ is not str:
            user_pwd = _drift(cls, src_dict, "user_pwd", user_pwd, "string")

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

        number_of_cn = d.pop("number_of_cn", UNSET)
        if number_of_cn.__class__ is not int and number_of_cn is not UNSET:
            number_of_cn = _drift(cls, src_dict, "number_of_cn", number_of_cn, "integer")

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)
        if enterprise_project_id.__class__ is not str and enterprise_project_id is not UNSET:
            enterprise_project_id = _drift(cls, src_dict, "enterprise_project_id", enterprise_project_id, "string")

        create_cluster_info = cls(  # the fields in declaration order
            node_type,
            number_of_node,
            subnet_id,
            security_group_id,
            vpc_id,
            name,
            user_name,
            user_pwd,
            availability_zone,
            port,
            public_ip,
            number_of_cn,
            enterprise_project_id,
        )

        create_cluster_info.additional_properties = d
        return create_cluster_info

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
