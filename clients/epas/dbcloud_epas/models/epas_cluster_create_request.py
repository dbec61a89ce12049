# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EpasClusterCreateRequest")


@_attrs_define
class EpasClusterCreateRequest:
    """Definition of a new EPAS cluster (reference 2.18).

    Attributes:
        dbaas_engine_version_id (str): Identifier of the engine version to install.
        init_config_option (EpasInitConfigOptionRequest): Initial database settings for a new cluster (reference 2.21).
        instance_groups (list[InstanceGroupRequest]): Instance groups that make up the cluster.
        instance_name_prefix (str): Prefix for the names of the cluster's instances.
        name (str): Cluster name (letters only).
        subnet_id (str): Identifier of the subnet the cluster is placed in.
        timezone (str): Time zone of the database servers.
        allowable_ip_addresses (list[str] | Unset): IP addresses allowed to connect to the cluster. Default: [].
        ha_enabled (bool | Unset): Whether the cluster is built highly available (active/standby). Default: false.
        maintenance_option (MaintenanceOption | None | Unset): Maintenance window of the cluster.
        nat_enabled (bool | Unset): Whether NAT is enabled for the cluster. Default: false.
        origin_cluster_id (None | str | Unset): Identifier of the origin cluster, when the new cluster derives from one.
        tags (list[Tag] | None | Unset): Tags to put on the cluster.
        vip_public_ip_id (None | str | Unset): Identifier of the public IP attached to the virtual IP.
        virtual_ip_address (None | str | Unset): Virtual IP address of the cluster.
    """

    dbaas_engine_version_id: str
    init_config_option: EpasInitConfigOptionRequest
    instance_groups: list[InstanceGroupRequest]
    instance_name_prefix: str
    name: str
    subnet_id: str
    timezone: str
    allowable_ip_addresses: list[str] | Unset = UNSET
    ha_enabled: bool | Unset = UNSET
    maintenance_option: MaintenanceOption | None | Unset = UNSET
    nat_enabled: bool | Unset = UNSET
    origin_cluster_id: None | str | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    vip_public_ip_id: None | str | Unset = UNSET
    virtual_ip_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dbaas_engine_version_id = self.dbaas_engine_version_id

        init_config_option = self.init_config_option.to_dict()

        instance_groups = []
        for instance_groups_item_data in self.instance_groups:
            instance_groups_item = instance_groups_item_data.to_dict()
            instance_groups.append(instance_groups_item)

        instance_name_prefix = self.instance_name_prefix

        name = self.name

        subnet_id = self.subnet_id

        timezone = self.timezone

        allowable_ip_addresses: list[str] | Unset = UNSET
        if not isinstance(self.allowable_ip_addresses, Unset):
            allowable_ip_addresses = self.allowable_ip_addresses

        ha_enabled = self.ha_enabled

        maintenance_option: dict[str, Any] | None | Unset
        if isinstance(self.maintenance_option, Unset):
            maintenance_option = UNSET
        elif isinstance(self.maintenance_option, MaintenanceOption):
            maintenance_option = self.maintenance_option.to_dict()
        else:
            maintenance_option = self.maintenance_option

        nat_enabled = self.nat_enabled

        origin_cluster_id: None | str | Unset
        if isinstance(self.origin_cluster_id, Unset):
            origin_cluster_id = UNSET
        else:
            origin_cluster_id = self.origin_cluster_id

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        vip_public_ip_id: None | str | Unset
        if isinstance(self.vip_public_ip_id, Unset):
            vip_public_ip_id = UNSET
        else:
            vip_public_ip_id = self.vip_public_ip_id

        virtual_ip_address: None | str | Unset
        if isinstance(self.virtual_ip_address, Unset):
            virtual_ip_address = UNSET
        else:
            virtual_ip_address = self.virtual_ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dbaas_engine_version_id": dbaas_engine_version_id,
                "init_config_option": init_config_option,
                "instance_groups": instance_groups,
                "instance_name_prefix": instance_name_prefix,
                "name": name,
                "subnet_id": subnet_id,
                "timezone": timezone,
            }
        )
        if allowable_ip_addresses is not UNSET:
            field_dict["allowable_ip_addresses"] = allowable_ip_addresses
        if ha_enabled is not UNSET:
            field_dict["ha_enabled"] = ha_enabled
        if maintenance_option is not UNSET:
            field_dict["maintenance_option"] = maintenance_option
        if nat_enabled is not UNSET:
            field_dict["nat_enabled"] = nat_enabled
        if origin_cluster_id is not UNSET:
            field_dict["origin_cluster_id"] = origin_cluster_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if vip_public_ip_id is not UNSET:
            field_dict["vip_public_ip_id"] = vip_public_ip_id
        if virtual_ip_address is not UNSET:
            field_dict["virtual_ip_address"] = virtual_ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dbaas_engine_version_id = d.pop("dbaas_engine_version_id")

        init_config_option = EpasInitConfigOptionRequest.from_dict(d.pop("init_config_option"))

        instance_groups = []
        _instance_groups = d.pop("instance_groups")
        for instance_groups_item_data in _instance_groups:
            instance_groups_item = InstanceGroupRequest.from_dict(instance_groups_item_data)

            instance_groups.append(instance_groups_item)

        instance_name_prefix = d.pop("instance_name_prefix")

        name = d.pop("name")

        subnet_id = d.pop("subnet_id")

        timezone = d.pop("timezone")

        allowable_ip_addresses = cast(list[str], d.pop("allowable_ip_addresses", UNSET))

        ha_enabled = d.pop("ha_enabled", UNSET)

        def _parse_maintenance_option(data: object) -> MaintenanceOption | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maintenance_option_type_0 = MaintenanceOption.from_dict(data)

                return maintenance_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaintenanceOption | None | Unset, data)

        maintenance_option = _parse_maintenance_option(d.pop("maintenance_option", UNSET))

        nat_enabled = d.pop("nat_enabled", UNSET)

        origin_cluster_id: None | str | Unset = d.pop("origin_cluster_id", UNSET)

        def _parse_tags(data: object) -> list[Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        vip_public_ip_id: None | str | Unset = d.pop("vip_public_ip_id", UNSET)

        virtual_ip_address: None | str | Unset = d.pop("virtual_ip_address", UNSET)

        epas_cluster_create_request = cls(  # the fields in declaration order
            dbaas_engine_version_id,
            init_config_option,
            instance_groups,
            instance_name_prefix,
            name,
            subnet_id,
            timezone,
            allowable_ip_addresses,
            ha_enabled,
            maintenance_option,
            nat_enabled,
            origin_cluster_id,
            tags,
            vip_public_ip_id,
            virtual_ip_address,
        )

        epas_cluster_create_request.additional_properties = d
        return epas_cluster_create_request

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
from ..models.epas_init_config_option_request import EpasInitConfigOptionRequest  # noqa: E402
from ..models.instance_group_request import InstanceGroupRequest  # noqa: E402
from ..models.maintenance_option import MaintenanceOption  # noqa: E402
from ..models.tag import Tag  # noqa: E402
