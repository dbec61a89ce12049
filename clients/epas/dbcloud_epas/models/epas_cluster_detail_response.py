# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.cluster_role_type import ClusterRoleType
from ..models.epas_cluster_detail_response_product_type import EpasClusterDetailResponseProductType
from ..models.service_state import ServiceState
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="EpasClusterDetailResponse")


class EpasClusterDetailResponse(_Model):
    """Full description of an EPAS cluster (reference 2.19).

    Attributes:
        account_id (str): Account that owns the cluster.
        created_at (datetime.datetime): Creation time.
        created_by (str): User who created the cluster.
        dbaas_engine (str): DBaaS engine of the cluster.
        dbaas_engine_version_name (str): Name of the installed engine version.
        id (str): Cluster identifier.
        init_config_option (EpasInitConfigOptionDetail): Initial database settings as shown for an existing cluster
            (reference 2.20).
        instance_groups (list[InstanceGroupResponse]): Instance groups of the cluster.
        modified_at (datetime.datetime): Time of the last change.
        modified_by (str): User who last changed the cluster.
        name (str): Cluster name.
        product_image_type (str): Product image type of the cluster.
        product_type (EpasClusterDetailResponseProductType): DBaaS product family.
        replicas (list[str]): Replica clusters of this cluster.
        role_type (ClusterRoleType | None): Role of the cluster in its replication topology.
        service_state (ServiceState):
        software_version (str): Installed engine software version.
        subnet_id (str): Subnet the cluster is placed in.
        timezone (str): Time zone of the database servers.
        allowable_ip_addresses (list[str] | None): IP addresses allowed to connect to the cluster. Default: [].
        ha_enabled (bool | None): Whether the cluster is highly available. Default: false.
        instance_count (int | None): Number of instances in the cluster. Default: 0.
        maintenance_option (MaintenanceResponseOption | None): Maintenance window of the cluster.
        nat_enabled (bool | None): Whether NAT is enabled. Default: false.
        origin_cluster_id (None | str): Identifier of the origin cluster, for replicas and restored clusters.
        vip_public_ip_address (None | str): Public IP address attached to the virtual IP.
        vip_public_ip_id (None | str): Identifier of the public IP attached to the virtual IP.
        virtual_ip_address (None | str): Virtual IP address of the cluster.
    """

    __slots__ = (
        "account_id",
        "created_at",
        "created_by",
        "dbaas_engine",
        "dbaas_engine_version_name",
        "id",
        "init_config_option",
        "instance_groups",
        "modified_at",
        "modified_by",
        "name",
        "product_image_type",
        "product_type",
        "replicas",
        "role_type",
        "service_state",
        "software_version",
        "subnet_id",
        "timezone",
        "allowable_ip_addresses",
        "ha_enabled",
        "instance_count",
        "maintenance_option",
        "nat_enabled",
        "origin_cluster_id",
        "vip_public_ip_address",
        "vip_public_ip_id",
        "virtual_ip_address",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "account_id",
        "created_at",
        "created_by",
        "dbaas_engine",
        "dbaas_engine_version_name",
        "id",
        "init_config_option",
        "instance_groups",
        "modified_at",
        "modified_by",
        "name",
        "product_image_type",
        "product_type",
        "replicas",
        "role_type",
        "service_state",
        "software_version",
        "subnet_id",
        "timezone",
        "allowable_ip_addresses",
        "ha_enabled",
        "instance_count",
        "maintenance_option",
        "nat_enabled",
        "origin_cluster_id",
        "vip_public_ip_address",
        "vip_public_ip_id",
        "virtual_ip_address",
    )

    account_id: str
    created_at: datetime.datetime
    created_by: str
    dbaas_engine: str
    dbaas_engine_version_name: str
    id: str
    init_config_option: EpasInitConfigOptionDetail
    instance_groups: list[InstanceGroupResponse]
    modified_at: datetime.datetime
    modified_by: str
    name: str
    product_image_type: str
    product_type: EpasClusterDetailResponseProductType
    replicas: list[str]
    role_type: ClusterRoleType | None
    service_state: ServiceState
    software_version: str
    subnet_id: str
    timezone: str
    allowable_ip_addresses: list[str] | None
    ha_enabled: bool | None
    instance_count: int | None
    maintenance_option: MaintenanceResponseOption | None
    nat_enabled: bool | None
    origin_cluster_id: None | str
    vip_public_ip_address: None | str
    vip_public_ip_id: None | str
    virtual_ip_address: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        account_id: str,
        created_at: datetime.datetime,
        created_by: str,
        dbaas_engine: str,
        dbaas_engine_version_name: str,
        id: str,
        init_config_option: EpasInitConfigOptionDetail,
        instance_groups: list[InstanceGroupResponse],
        modified_at: datetime.datetime,
        modified_by: str,
        name: str,
        product_image_type: str,
        product_type: EpasClusterDetailResponseProductType,
        replicas: list[str],
        role_type: ClusterRoleType | None,
        service_state: ServiceState,
        software_version: str,
        subnet_id: str,
        timezone: str,
        allowable_ip_addresses: list[str] | None = None,
        ha_enabled: bool | None = None,
        instance_count: int | None = None,
        maintenance_option: MaintenanceResponseOption | None = None,
        nat_enabled: bool | None = None,
        origin_cluster_id: None | str = None,
        vip_public_ip_address: None | str = None,
        vip_public_ip_id: None | str = None,
        virtual_ip_address: None | str = None,
    ) -> None:
        self.account_id = account_id
        self.created_at = created_at
        self.created_by = created_by
        self.dbaas_engine = dbaas_engine
        self.dbaas_engine_version_name = dbaas_engine_version_name
        self.id = id
        self.init_config_option = init_config_option
        self.instance_groups = instance_groups
        self.modified_at = modified_at
        self.modified_by = modified_by
        self.name = name
        self.product_image_type = product_image_type
        self.product_type = product_type
        self.replicas = replicas
        self.role_type = role_type
        self.service_state = service_state
        self.software_version = software_version
        self.subnet_id = subnet_id
        self.timezone = timezone
        self.allowable_ip_addresses = allowable_ip_addresses
        self.ha_enabled = ha_enabled
        self.instance_count = instance_count
        self.maintenance_option = maintenance_option
        self.nat_enabled = nat_enabled
        self.origin_cluster_id = origin_cluster_id
        self.vip_public_ip_address = vip_public_ip_address
        self.vip_public_ip_id = vip_public_ip_id
        self.virtual_ip_address = virtual_ip_address
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.account_id is not None:
            account_id = self.account_id
            field_dict["account_id"] = account_id
        elif "account_id" in self._present:  # null in the reply: sent back as null
            field_dict["account_id"] = None
        if self.created_at is not None:
            try:
                created_at = self.created_at.isoformat()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                created_at = _cast(Any, self.created_at)
            field_dict["created_at"] = created_at
        elif "created_at" in self._present:  # null in the reply: sent back as null
            field_dict["created_at"] = None
        if self.created_by is not None:
            created_by = self.created_by
            field_dict["created_by"] = created_by
        elif "created_by" in self._present:  # null in the reply: sent back as null
            field_dict["created_by"] = None
        if self.dbaas_engine is not None:
            dbaas_engine = self.dbaas_engine
            field_dict["dbaas_engine"] = dbaas_engine
        elif "dbaas_engine" in self._present:  # null in the reply: sent back as null
            field_dict["dbaas_engine"] = None
        if self.dbaas_engine_version_name is not None:
            dbaas_engine_version_name = self.dbaas_engine_version_name
            field_dict["dbaas_engine_version_name"] = dbaas_engine_version_name
        elif "dbaas_engine_version_name" in self._present:  # null in the reply: sent back as null
            field_dict["dbaas_engine_version_name"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.init_config_option is not None:
            try:
                init_config_option = self.init_config_option.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                init_config_option = _cast(Any, self.init_config_option)
            field_dict["init_config_option"] = init_config_option
        elif "init_config_option" in self._present:  # null in the reply: sent back as null
            field_dict["init_config_option"] = None
        if self.instance_groups is not None:
            try:
                instance_groups = []
                for instance_groups_item_data in self.instance_groups:
                    instance_groups_item = instance_groups_item_data.to_dict()
                    instance_groups.append(instance_groups_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                instance_groups = _cast(Any, self.instance_groups)
            field_dict["instance_groups"] = instance_groups
        elif "instance_groups" in self._present:  # null in the reply: sent back as null
            field_dict["instance_groups"] = None
        if self.modified_at is not None:
            try:
                modified_at = self.modified_at.isoformat()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                modified_at = _cast(Any, self.modified_at)
            field_dict["modified_at"] = modified_at
        elif "modified_at" in self._present:  # null in the reply: sent back as null
            field_dict["modified_at"] = None
        if self.modified_by is not None:
            modified_by = self.modified_by
            field_dict["modified_by"] = modified_by
        elif "modified_by" in self._present:  # null in the reply: sent back as null
            field_dict["modified_by"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.product_image_type is not None:
            product_image_type = self.product_image_type
            field_dict["product_image_type"] = product_image_type
        elif "product_image_type" in self._present:  # null in the reply: sent back as null
            field_dict["product_image_type"] = None
        if self.product_type is not None:
            try:
                product_type = self.product_type.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                product_type = _cast(Any, self.product_type)
            field_dict["product_type"] = product_type
        elif "product_type" in self._present:  # null in the reply: sent back as null
            field_dict["product_type"] = None
        if self.replicas is not None:
            try:
                replicas = self.replicas

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                replicas = _cast(Any, self.replicas)
            field_dict["replicas"] = replicas
        elif "replicas" in self._present:  # null in the reply: sent back as null
            field_dict["replicas"] = None
        if self.role_type is not None:
            try:
                role_type: None | str
                if isinstance(self.role_type, ClusterRoleType):
                    role_type = self.role_type.value
                else:
                    role_type = self.role_type
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                role_type = _cast(Any, self.role_type)
            field_dict["role_type"] = role_type
        elif "role_type" in self._present:  # null in the reply: sent back as null
            field_dict["role_type"] = None
        if self.service_state is not None:
            try:
                service_state = self.service_state.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                service_state = _cast(Any, self.service_state)
            field_dict["service_state"] = service_state
        elif "service_state" in self._present:  # null in the reply: sent back as null
            field_dict["service_state"] = None
        if self.software_version is not None:
            software_version = self.software_version
            field_dict["software_version"] = software_version
        elif "software_version" in self._present:  # null in the reply: sent back as null
            field_dict["software_version"] = None
        if self.subnet_id is not None:
            subnet_id = self.subnet_id
            field_dict["subnet_id"] = subnet_id
        elif "subnet_id" in self._present:  # null in the reply: sent back as null
            field_dict["subnet_id"] = None
        if self.timezone is not None:
            timezone = self.timezone
            field_dict["timezone"] = timezone
        elif "timezone" in self._present:  # null in the reply: sent back as null
            field_dict["timezone"] = None
        if self.allowable_ip_addresses is not None:
            try:
                allowable_ip_addresses: list[str] | Unset = UNSET
                if not isinstance(self.allowable_ip_addresses, Unset):
                    allowable_ip_addresses = self.allowable_ip_addresses

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                allowable_ip_addresses = _cast(Any, self.allowable_ip_addresses)
            field_dict["allowable_ip_addresses"] = allowable_ip_addresses
        elif "allowable_ip_addresses" in self._present:  # null in the reply: sent back as null
            field_dict["allowable_ip_addresses"] = None
        if self.ha_enabled is not None:
            ha_enabled = self.ha_enabled
            field_dict["ha_enabled"] = ha_enabled
        elif "ha_enabled" in self._present:  # null in the reply: sent back as null
            field_dict["ha_enabled"] = None
        if self.instance_count is not None:
            instance_count = self.instance_count
            field_dict["instance_count"] = instance_count
        elif "instance_count" in self._present:  # null in the reply: sent back as null
            field_dict["instance_count"] = None
        if self.maintenance_option is not None:
            try:
                maintenance_option: dict[str, Any] | None | Unset
                if isinstance(self.maintenance_option, Unset):
                    maintenance_option = UNSET
                elif isinstance(self.maintenance_option, MaintenanceResponseOption):
                    maintenance_option = self.maintenance_option.to_dict()
                else:
                    maintenance_option = self.maintenance_option
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                maintenance_option = _cast(Any, self.maintenance_option)
            field_dict["maintenance_option"] = maintenance_option
        elif "maintenance_option" in self._present:  # null in the reply: sent back as null
            field_dict["maintenance_option"] = None
        if self.nat_enabled is not None:
            nat_enabled = self.nat_enabled
            field_dict["nat_enabled"] = nat_enabled
        elif "nat_enabled" in self._present:  # null in the reply: sent back as null
            field_dict["nat_enabled"] = None
        if self.origin_cluster_id is not None:
            try:
                origin_cluster_id: None | str | Unset
                if isinstance(self.origin_cluster_id, Unset):
                    origin_cluster_id = UNSET
                else:
                    origin_cluster_id = self.origin_cluster_id
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                origin_cluster_id = _cast(Any, self.origin_cluster_id)
            field_dict["origin_cluster_id"] = origin_cluster_id
        elif "origin_cluster_id" in self._present:  # null in the reply: sent back as null
            field_dict["origin_cluster_id"] = None
        if self.vip_public_ip_address is not None:
            try:
                vip_public_ip_address: None | str | Unset
                if isinstance(self.vip_public_ip_address, Unset):
                    vip_public_ip_address = UNSET
                else:
                    vip_public_ip_address = self.vip_public_ip_address
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                vip_public_ip_address = _cast(Any, self.vip_public_ip_address)
            field_dict["vip_public_ip_address"] = vip_public_ip_address
        elif "vip_public_ip_address" in self._present:  # null in the reply: sent back as null
            field_dict["vip_public_ip_address"] = None
        if self.vip_public_ip_id is not None:
            try:
                vip_public_ip_id: None | str | Unset
                if isinstance(self.vip_public_ip_id, Unset):
                    vip_public_ip_id = UNSET
                else:
                    vip_public_ip_id = self.vip_public_ip_id
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                vip_public_ip_id = _cast(Any, self.vip_public_ip_id)
            field_dict["vip_public_ip_id"] = vip_public_ip_id
        elif "vip_public_ip_id" in self._present:  # null in the reply: sent back as null
            field_dict["vip_public_ip_id"] = None
        if self.virtual_ip_address is not None:
            try:
                virtual_ip_address: None | str | Unset
                if isinstance(self.virtual_ip_address, Unset):
                    virtual_ip_address = UNSET
                else:
                    virtual_ip_address = self.virtual_ip_address
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                virtual_ip_address = _cast(Any, self.virtual_ip_address)
            field_dict["virtual_ip_address"] = virtual_ip_address
        elif "virtual_ip_address" in self._present:  # null in the reply: sent back as null
            field_dict["virtual_ip_address"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)
        if account_id.__class__ is not str:
            account_id = _drift(cls, src_dict, "account_id", account_id, "string")

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at", UNSET))

            if isinstance(created_at, datetime.datetime) and created_at.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "created_at",
                    src_dict.get("created_at"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            created_at = _drift(
                cls,
                src_dict,
                "created_at",
                src_dict.get("created_at"),
                "date-time",
                None if "created_at" in src_dict else "missing",
            )

        created_by = d.pop("created_by", UNSET)
        if created_by.__class__ is not str:
            created_by = _drift(cls, src_dict, "created_by", created_by, "string")

        dbaas_engine = d.pop("dbaas_engine", UNSET)
        if dbaas_engine.__class__ is not str:
            dbaas_engine = _drift(cls, src_dict, "dbaas_engine", dbaas_engine, "string")

        dbaas_engine_version_name = d.pop("dbaas_engine_version_name", UNSET)
        if dbaas_engine_version_name.__class__ is not str:
            dbaas_engine_version_name = _drift(
                cls, src_dict, "dbaas_engine_version_name", dbaas_engine_version_name, "string"
            )

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        try:
            init_config_option = EpasInitConfigOptionDetail.from_dict(d.pop("init_config_option", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            init_config_option = _drift(
                cls,
                src_dict,
                "init_config_option",
                src_dict.get("init_config_option"),
                "EpasInitConfigOptionDetail",
                None if "init_config_option" in src_dict else "missing",
            )

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("instance_groups").__class__ is not list:
                instance_groups = []
                _instance_groups = d.pop("instance_groups", UNSET)
                for instance_groups_item_data in _instance_groups:
                    instance_groups_item = InstanceGroupResponse.from_dict(instance_groups_item_data)

                    instance_groups.append(instance_groups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                instance_groups = _LazyList(d.pop("instance_groups"), InstanceGroupResponse.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instance_groups = _drift(
                cls,
                src_dict,
                "instance_groups",
                src_dict.get("instance_groups"),
                "array",
                None if "instance_groups" in src_dict else "missing",
            )

        try:
            modified_at = datetime.datetime.fromisoformat(d.pop("modified_at", UNSET))

            if isinstance(modified_at, datetime.datetime) and modified_at.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "modified_at",
                    src_dict.get("modified_at"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            modified_at = _drift(
                cls,
                src_dict,
                "modified_at",
                src_dict.get("modified_at"),
                "date-time",
                None if "modified_at" in src_dict else "missing",
            )

        modified_by = d.pop("modified_by", UNSET)
        if modified_by.__class__ is not str:
            modified_by = _drift(cls, src_dict, "modified_by", modified_by, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        product_image_type = d.pop("product_image_type", UNSET)
        if product_image_type.__class__ is not str:
            product_image_type = _drift(cls, src_dict, "product_image_type", product_image_type, "string")

        try:
            product_type = enum_member(EpasClusterDetailResponseProductType, d.pop("product_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            product_type = _drift(
                cls,
                src_dict,
                "product_type",
                src_dict.get("product_type"),
                "EpasClusterDetailResponseProductType",
                None if "product_type" in src_dict else "missing",
            )

        replicas = d.pop("replicas", UNSET)
        if replicas.__class__ is not list:
            replicas = _drift(cls, src_dict, "replicas", replicas, "array")

        try:

            def _parse_role_type(data: object) -> ClusterRoleType | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_type_0 = ClusterRoleType(data)

                    return role_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ClusterRoleType | None, data)

            role_type = _parse_role_type(d.pop("role_type", None))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(
                cls,
                src_dict,
                "role_type",
                src_dict.get("role_type"),
                "ClusterRoleType or null",
                None if "role_type" in src_dict else "missing",
            )

        try:
            service_state = enum_member(ServiceState, d.pop("service_state", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            service_state = _drift(
                cls,
                src_dict,
                "service_state",
                src_dict.get("service_state"),
                "ServiceState",
                None if "service_state" in src_dict else "missing",
            )

        software_version = d.pop("software_version", UNSET)
        if software_version.__class__ is not str:
            software_version = _drift(cls, src_dict, "software_version", software_version, "string")

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

        instance_count = d.pop("instance_count", UNSET)
        if instance_count.__class__ is not int and instance_count is not UNSET:
            instance_count = _drift(cls, src_dict, "instance_count", instance_count, "integer")

        try:

            def _parse_maintenance_option(data: object) -> MaintenanceResponseOption | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    maintenance_option_type_0 = MaintenanceResponseOption.from_dict(data)

                    return maintenance_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MaintenanceResponseOption | None | Unset, data)

            maintenance_option = _parse_maintenance_option(d.pop("maintenance_option", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            maintenance_option = _drift(
                cls,
                src_dict,
                "maintenance_option",
                src_dict.get("maintenance_option", UNSET),
                "MaintenanceResponseOption or null",
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
            vip_public_ip_address: None | str | Unset = d.pop("vip_public_ip_address", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            vip_public_ip_address = _drift(
                cls, src_dict, "vip_public_ip_address", src_dict.get("vip_public_ip_address", UNSET), "string or null"
            )

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

        epas_cluster_detail_response = cls(  # the fields in declaration order; absent members read as None
            _MISSING if account_id is UNSET else account_id,
            created_at,
            _MISSING if created_by is UNSET else created_by,
            _MISSING if dbaas_engine is UNSET else dbaas_engine,
            _MISSING if dbaas_engine_version_name is UNSET else dbaas_engine_version_name,
            _MISSING if id is UNSET else id,
            init_config_option,
            instance_groups,
            modified_at,
            _MISSING if modified_by is UNSET else modified_by,
            _MISSING if name is UNSET else name,
            _MISSING if product_image_type is UNSET else product_image_type,
            product_type,
            _MISSING if replicas is UNSET else replicas,
            role_type,
            service_state,
            _MISSING if software_version is UNSET else software_version,
            _MISSING if subnet_id is UNSET else subnet_id,
            _MISSING if timezone is UNSET else timezone,
            None if allowable_ip_addresses is UNSET else allowable_ip_addresses,
            None if ha_enabled is UNSET else ha_enabled,
            None if instance_count is UNSET else instance_count,
            None if maintenance_option is UNSET else maintenance_option,
            None if nat_enabled is UNSET else nat_enabled,
            None if origin_cluster_id is UNSET else origin_cluster_id,
            None if vip_public_ip_address is UNSET else vip_public_ip_address,
            None if vip_public_ip_id is UNSET else vip_public_ip_id,
            None if virtual_ip_address is UNSET else virtual_ip_address,
        )
        epas_cluster_detail_response._present = frozenset(src_dict)

        epas_cluster_detail_response.additional_properties = d
        return epas_cluster_detail_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("account_id", "account_id"),
            ("created_at", "created_at"),
            ("created_by", "created_by"),
            ("dbaas_engine", "dbaas_engine"),
            ("dbaas_engine_version_name", "dbaas_engine_version_name"),
            ("id", "id"),
            ("init_config_option", "init_config_option"),
            ("instance_groups", "instance_groups"),
            ("modified_at", "modified_at"),
            ("modified_by", "modified_by"),
            ("name", "name"),
            ("product_image_type", "product_image_type"),
            ("product_type", "product_type"),
            ("replicas", "replicas"),
            ("role_type", "role_type"),
            ("service_state", "service_state"),
            ("software_version", "software_version"),
            ("subnet_id", "subnet_id"),
            ("timezone", "timezone"),
            ("allowable_ip_addresses", "allowable_ip_addresses"),
            ("ha_enabled", "ha_enabled"),
            ("instance_count", "instance_count"),
            ("maintenance_option", "maintenance_option"),
            ("nat_enabled", "nat_enabled"),
            ("origin_cluster_id", "origin_cluster_id"),
            ("vip_public_ip_address", "vip_public_ip_address"),
            ("vip_public_ip_id", "vip_public_ip_id"),
            ("virtual_ip_address", "virtual_ip_address"),
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


# Last, so that circular references between models find this module's class already defined.
from ..models.epas_init_config_option_detail import EpasInitConfigOptionDetail  # noqa: E402
from ..models.instance_group_response import InstanceGroupResponse  # noqa: E402
from ..models.maintenance_response_option import MaintenanceResponseOption  # noqa: E402
