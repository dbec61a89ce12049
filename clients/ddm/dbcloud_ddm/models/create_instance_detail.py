# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.create_instance_detail_time_zone import CreateInstanceDetailTimeZone
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="CreateInstanceDetail")


class CreateInstanceDetail(_Model):
    """Instance to create (table 4-7).

    Attributes:
        name (str): Instance name: 4 to 64 characters, starting with a letter; letters, digits, underscores and hyphens
            only.
        flavor_id (str): ID of the node class.
        node_num (int): Number of nodes to create.
        engine_id (str): ID of the engine.
        available_zones (list[str]): AZ codes; must not be empty (see Regions and Endpoints).
        vpc_id (str): ID of the VPC.
        security_group_id (str): ID of the security group.
        subnet_id (str): ID of the subnet.
        enterprise_project_id (str | Unset): Enterprise project ID.
        param_group_id (str | Unset): ID of the parameter template.
        time_zone (CreateInstanceDetailTimeZone | Unset): UTC time zone of the instance. Default: "UTC".
        admin_user_name (str | Unset): Administrator username: 1 to 32 characters, starting with a letter; letters,
            digits and underscores only.
        admin_user_password (str | Unset): Administrator password: 8 to 32 characters combining upper- and lowercase
            letters, digits and the special characters ~!@#%^*-_+?; use a strong password.
    """

    __slots__ = (
        "name",
        "flavor_id",
        "node_num",
        "engine_id",
        "available_zones",
        "vpc_id",
        "security_group_id",
        "subnet_id",
        "enterprise_project_id",
        "param_group_id",
        "time_zone",
        "admin_user_name",
        "admin_user_password",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "flavor_id",
        "node_num",
        "engine_id",
        "available_zones",
        "vpc_id",
        "security_group_id",
        "subnet_id",
        "enterprise_project_id",
        "param_group_id",
        "time_zone",
        "admin_user_name",
        "admin_user_password",
    )

    name: str
    flavor_id: str
    node_num: int
    engine_id: str
    available_zones: list[str]
    vpc_id: str
    security_group_id: str
    subnet_id: str
    enterprise_project_id: str | Unset
    param_group_id: str | Unset
    time_zone: CreateInstanceDetailTimeZone | Unset
    admin_user_name: str | Unset
    admin_user_password: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        flavor_id: str,
        node_num: int,
        engine_id: str,
        available_zones: list[str],
        vpc_id: str,
        security_group_id: str,
        subnet_id: str,
        enterprise_project_id: str | Unset = UNSET,
        param_group_id: str | Unset = UNSET,
        time_zone: CreateInstanceDetailTimeZone | Unset = UNSET,
        admin_user_name: str | Unset = UNSET,
        admin_user_password: str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.flavor_id = flavor_id
        self.node_num = node_num
        self.engine_id = engine_id
        self.available_zones = available_zones
        self.vpc_id = vpc_id
        self.security_group_id = security_group_id
        self.subnet_id = subnet_id
        self.enterprise_project_id = enterprise_project_id
        self.param_group_id = param_group_id
        self.time_zone = time_zone
        self.admin_user_name = admin_user_name
        self.admin_user_password = admin_user_password
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        flavor_id = self.flavor_id

        node_num = self.node_num

        engine_id = self.engine_id

        try:
            available_zones = self.available_zones

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            available_zones = _cast(Any, self.available_zones)

        vpc_id = self.vpc_id

        security_group_id = self.security_group_id

        subnet_id = self.subnet_id

        enterprise_project_id = self.enterprise_project_id

        param_group_id = self.param_group_id

        try:
            time_zone: str | Unset = UNSET
            if not isinstance(self.time_zone, Unset):
                time_zone = self.time_zone.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            time_zone = _cast(Any, self.time_zone)

        admin_user_name = self.admin_user_name

        admin_user_password = self.admin_user_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "flavor_id": flavor_id,
                "node_num": node_num,
                "engine_id": engine_id,
                "available_zones": available_zones,
                "vpc_id": vpc_id,
                "security_group_id": security_group_id,
                "subnet_id": subnet_id,
            }
        )
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if param_group_id is not UNSET:
            field_dict["param_group_id"] = param_group_id
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if admin_user_name is not UNSET:
            field_dict["admin_user_name"] = admin_user_name
        if admin_user_password is not UNSET:
            field_dict["admin_user_password"] = admin_user_password
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(flavor_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["flavor_id"]
        if isinstance(node_num, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["node_num"]
        if isinstance(engine_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["engine_id"]
        if isinstance(available_zones, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["available_zones"]
        if isinstance(vpc_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["vpc_id"]
        if isinstance(security_group_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["security_group_id"]
        if isinstance(subnet_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["subnet_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        flavor_id = d.pop("flavor_id", UNSET)
        if flavor_id.__class__ is not str:
            flavor_id = _drift(cls, src_dict, "flavor_id", flavor_id, "string")

        node_num = d.pop("node_num", UNSET)
        if node_num.__class__ is not int:
            node_num = _drift(cls, src_dict, "node_num", node_num, "integer")

        engine_id = d.pop("engine_id", UNSET)
        if engine_id.__class__ is not str:
            engine_id = _drift(cls, src_dict, "engine_id", engine_id, "string")

        available_zones = d.pop("available_zones", UNSET)
        if available_zones.__class__ is not list:
            available_zones = _drift(cls, src_dict, "available_zones", available_zones, "array")

        vpc_id = d.pop("vpc_id", UNSET)
        if vpc_id.__class__ is not str:
            vpc_id = _drift(cls, src_dict, "vpc_id", vpc_id, "string")

        security_group_id = d.pop("security_group_id", UNSET)
        if security_group_id.__class__ is not str:
            security_group_id = _drift(cls, src_dict, "security_group_id", security_group_id, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)
        if enterprise_project_id.__class__ is not str and enterprise_project_id is not UNSET:
            enterprise_project_id = _drift(cls, src_dict, "enterprise_project_id", enterprise_project_id, "string")

        param_group_id = d.pop("param_group_id", UNSET)
        if param_group_id.__class__ is not str and param_group_id is not UNSET:
            param_group_id = _drift(cls, src_dict, "param_group_id", param_group_id, "string")

        try:
            _time_zone = d.pop("time_zone", UNSET)
            time_zone: CreateInstanceDetailTimeZone | Unset = (
                UNSET if _time_zone is UNSET else enum_member(CreateInstanceDetailTimeZone, _time_zone)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            time_zone = _drift(
                cls, src_dict, "time_zone", src_dict.get("time_zone", UNSET), "CreateInstanceDetailTimeZone"
            )

        admin_user_name = d.pop("admin_user_name", UNSET)
        if admin_user_name.__class__ is not str and admin_user_name is not UNSET:
            admin_user_name = _drift(cls, src_dict, "admin_user_name", admin_user_name, "string")

        admin_user_password = d.pop("admin_user_password", UNSET)
        if admin_user_password.__class__ is not str and admin_user_password is not UNSET:
            admin_user_password = _drift(cls, src_dict, "admin_user_password", admin_user_password, "string")

        create_instance_detail = cls(  # the fields in declaration order
            name,
            flavor_id,
            node_num,
            engine_id,
            available_zones,
            vpc_id,
            security_group_id,
            subnet_id,
            enterprise_project_id,
            param_group_id,
            time_zone,
            admin_user_name,
            admin_user_password,
        )

        create_instance_detail.additional_properties = d
        return create_instance_detail

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
