# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="EpasClusterCreateRequest")


class EpasClusterCreateRequest(_Model):
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

    __slots__ = (
        "dbaas_engine_version_id",
        "init_config_option",
        "instance_groups",
        "instance_name_prefix",
        "name",
        "subnet_id",
        "timezone",
        "allowable_ip_addresses",
        "ha_enabled",
        "maintenance_option",
        "nat_enabled",
        "origin_cluster_id",
        "tags",
        "vip_public_ip_id",
        "virtual_ip_address",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "dbaas_engine_version_id",
        "init_config_option",
        "instance_groups",
        "instance_name_prefix",
        "name",
        "subnet_id",
        "timezone",
        "allowable_ip_addresses",
        "ha_enabled",
        "maintenance_option",
        "nat_enabled",
        "origin_cluster_id",
        "tags",
        "vip_public_ip_id",
        "virtual_ip_address",
    )

    dbaas_engine_version_id: str
    init_config_option: EpasInitConfigOptionRequest
    instance_groups: list[InstanceGroupRequest]
    instance_name_prefix: str
    name: str
    subnet_id: str
    timezone: str
    allowable_ip_addresses: list[str] | Unset
    ha_enabled: bool | Unset
    maintenance_option: MaintenanceOption | None | Unset
    nat_enabled: bool | Unset
    origin_cluster_id: None | str | Unset
    tags: list[Tag] | None | Unset
    vip_public_ip_id: None | str | Unset
    virtual_ip_address: None | str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        dbaas_engine_version_id: str,
        init_config_option: EpasInitConfigOptionRequest,
        instance_groups: list[InstanceGroupRequest],
        instance_name_prefix: str,
        name: str,
        subnet_id: str,
        timezone: str,
        allowable_ip_addresses: list[str] | Unset = UNSET,
        ha_enabled: bool | Unset = UNSET,
        maintenance_option: MaintenanceOption | None | Unset = UNSET,
        nat_enabled: bool | Unset = UNSET,
        origin_cluster_id: None | str | Unset = UNSET,
        tags: list[Tag] | None | Unset = UNSET,
        vip_public_ip_id: None | str | Unset = UNSET,
        virtual_ip_address: None | str | Unset = UNSET,
    ) -> None:
        self.dbaas_engine_version_id = dbaas_engine_version_id
        self.init_config_option = init_config_option
        self.instance_groups = instance_groups
        self.instance_name_prefix = instance_name_prefix
        self.name = name
        self.subnet_id = subnet_id
        self.timezone = timezone
        self.allowable_ip_addresses = allowable_ip_addresses
        self.ha_enabled = ha_enabled
        self.maintenance_option = maintenance_option
        self.nat_enabled = nat_enabled
        self.origin_cluster_id = origin_cluster_id
        self.tags = tags
        self.vip_public_ip_id = vip_public_ip_id
        self.virtual_ip_address = virtual_ip_address
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        dbaas_engine_version_id = self.dbaas_engine_version_id

        try:
            init_config_option = self.init_config_option.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            init_config_option = _cast(Any, self.init_config_option)

        try:
            instance_groups = []
            for instance_groups_item_data in self.instance_groups:
                instance_groups_item = instance_groups_item_data.to_dict()
                instance_groups.append(instance_groups_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            instance_groups = _cast(Any, self.instance_groups)

        instance_name_prefix = self.instance_name_prefix

        name = self.name

        subnet_id = self.subnet_id

        timezone = self.timezone

        try:
            allowable_ip_addresses: list[str] | Unset = UNSET
            if not isinstance(self.allowable_ip_addresses, Unset):
                allowable_ip_addresses = self.allowable_ip_addresses

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            allowable_ip_addresses = _cast(Any, self.allowable_ip_addresses)

        ha_enabled = self.ha_enabled

        try:
            maintenance_option: dict[str, Any] | None | Unset
            if isinstance(self.maintenance_option, Unset):
                maintenance_option = UNSET
            elif isinstance(self.maintenance_option, MaintenanceOption):
                maintenance_option = self.maintenance_option.to_dict()
            else:
                maintenance_option = self.maintenance_option
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            maintenance_option = _cast(Any, self.maintenance_option)

        nat_enabled = self.nat_enabled

        try:
            origin_cluster_id: None | str | Unset
            if isinstance(self.origin_cluster_id, Unset):
                origin_cluster_id = UNSET
            else:
                origin_cluster_id = self.origin_cluster_id
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            origin_cluster_id = _cast(Any, self.origin_cluster_id)

        try:
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
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            tags = _cast(Any, self.tags)

        try:
            vip_public_ip_id: None | str | Unset
            if isinstance(self.vip_public_ip_id, Unset):
                vip_public_ip_id = UNSET
            else:
                vip_public_ip_id = self.vip_public_ip_id
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            vip_public_ip_id = _cast(Any, self.vip_public_ip_id)

        try:
            virtual_ip_address: None | str | Unset
            if isinstance(self.virtual_ip_address, Unset):
                virtual_ip_address = UNSET
            else:
                virtual_ip_address = self.virtual_ip_address
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            virtual_ip_address = _cast(Any, self.virtual_ip_address)

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
        if isinstance(dbaas_engine_version_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["dbaas_engine_version_id"]
        if isinstance(init_config_option, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["init_config_option"]
        if isinstance(instance_groups, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["instance_groups"]
        if isinstance(instance_name_prefix, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["instance_name_prefix"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(subnet_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["subnet_id"]
        if isinstance(timezone, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["timezone"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dbaas_engine_version_id = d.pop("dbaas_engine_version_id", UNSET)
        if dbaas_engine_version_id.__class__ is not str:
            dbaas_engine_version_id = _drift(
                cls, src_dict, "dbaas_engine_version_id", dbaas_engine_version_id, "string"
            )

        try:
            init_config_option = EpasInitConfigOptionRequest.from_dict(d.pop("init_config_option", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            init_config_option = _drift(
                cls,
                src_dict,
                "init_config_option",
                src_dict.get("init_config_option", UNSET),
                "EpasInitConfigOptionRequest",
            )

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("instance_groups").__class__ is not list:
                instance_groups = []
                _instance_groups = d.pop("instance_groups", UNSET)
                for instance_groups_item_data in _instance_groups:
                    instance_groups_item = InstanceGroupRequest.from_dict(instance_groups_item_data)

                    instance_groups.append(instance_groups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                instance_groups = _LazyList(d.pop("instance_groups"), InstanceGroupRequest.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instance_groups = _drift(cls, src_dict, "instance_groups", src_dict.get("instance_groups", UNSET), "array")

        instance_name_prefix = d.pop("instance_name_prefix", UNSET)
        if instance_name_prefix.__class__ is not str:
            instance_name_prefix = _drift(cls, src_dict, "instance_name_prefix", instance_name_prefix, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        timezone = d.pop("timezone", UNSET)
        if timezone.__class__ is not str:
            timezone = _drift(cls, src_dict, "timezone", timezone, "string")

        allowable_ip_addresses = d.pop("allowable_ip_addresses", UNSET)
        if allowable_ip_addresses.__class__ is not list and allowable_ip_addresses is not UNSET:
            allowable_ip_addresses = _drift(cls, src_dict, "allowable_ip_addresses", allowable_ip_addresses, "array")

        ha_enabled = d.pop("ha_enabled", UNSET)
        if ha_enabled.__class__ is not bool and ha_enabled is not UNSET:
            ha_enabled = _drift(cls, src_dict, "ha_enabled", ha_enabled, "boolean")

        try:

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

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            maintenance_option = _drift(
                cls,
                src_dict,
                "maintenance_option",
                src_dict.get("maintenance_option", UNSET),
                "MaintenanceOption or null",
            )

        nat_enabled = d.pop("nat_enabled", UNSET)
        if nat_enabled.__class__ is not bool and nat_enabled is not UNSET:
            nat_enabled = _drift(cls, src_dict, "nat_enabled", nat_enabled, "boolean")

        try:
            origin_cluster_id: None | str | Unset = d.pop("origin_cluster_id", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            origin_cluster_id = _drift(
                cls, src_dict, "origin_cluster_id", src_dict.get("origin_cluster_id", UNSET), "string or null"
            )

        try:

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

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            tags = _drift(cls, src_dict, "tags", src_dict.get("tags", UNSET), "array or null")

        try:
            vip_public_ip_id: None | str | Unset = d.pop("vip_public_ip_id", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            vip_public_ip_id = _drift(
                cls, src_dict, "vip_public_ip_id", src_dict.get("vip_public_ip_id", UNSET), "string or null"
            )

        try:
            virtual_ip_address: None | str | Unset = d.pop("virtual_ip_address", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            virtual_ip_address = _drift(
                cls, src_dict, "virtual_ip_address", src_dict.get("virtual_ip_address", UNSET), "string or null"
            )

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
