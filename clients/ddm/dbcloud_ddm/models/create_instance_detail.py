# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_instance_detail_time_zone import CreateInstanceDetailTimeZone
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="CreateInstanceDetail")


@_attrs_define
class CreateInstanceDetail:
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

    name: str
    flavor_id: str
    node_num: int
    engine_id: str
    available_zones: list[str]
    vpc_id: str
    security_group_id: str
    subnet_id: str
    enterprise_project_id: str | Unset = UNSET
    param_group_id: str | Unset = UNSET
    time_zone: CreateInstanceDetailTimeZone | Unset = UNSET
    admin_user_name: str | Unset = UNSET
    admin_user_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        flavor_id = self.flavor_id

        node_num = self.node_num

        engine_id = self.engine_id

        available_zones = self.available_zones

        vpc_id = self.vpc_id

        security_group_id = self.security_group_id

        subnet_id = self.subnet_id

        enterprise_project_id = self.enterprise_project_id

        param_group_id = self.param_group_id

        time_zone: str | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.value

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        flavor_id = d.pop("flavor_id")

        node_num = d.pop("node_num")

        engine_id = d.pop("engine_id")

        available_zones = cast(list[str], d.pop("available_zones"))

        vpc_id = d.pop("vpc_id")

        security_group_id = d.pop("security_group_id")

        subnet_id = d.pop("subnet_id")

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)

        param_group_id = d.pop("param_group_id", UNSET)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: CreateInstanceDetailTimeZone | Unset = (
            UNSET if _time_zone is UNSET else enum_member(CreateInstanceDetailTimeZone, _time_zone)
        )

        admin_user_name = d.pop("admin_user_name", UNSET)

        admin_user_password = d.pop("admin_user_password", UNSET)

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
