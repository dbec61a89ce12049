# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterRestoreRequest")


class ClusterRestoreRequest(_Model):
    """New cluster to create from a backup of an existing one (reference 2.12).

    Attributes:
        instance_name_prefix (str): Prefix for the names of the restored cluster's instances.
        name (str): Name of the restored cluster (letters only).
        server_type_name (str): Server type of the restored cluster's instances.
        allowable_ip_addresses (list[str] | Unset): IP addresses allowed to connect to the restored cluster. Default:
            [].
        backup_history_number (None | str | Unset): Identifier of the backup to restore from.
        backup_recovery_time (datetime.datetime | None | Unset): Point in time to recover to.
        block_storage_groups (list[BlockStorageGroupRequest] | None | Unset): Block storage groups of the restored
            cluster.
        maintenance_option (MaintenanceOption | None | Unset): Maintenance window of the restored cluster.
        tags (list[Tag] | None | Unset): Tags to put on the restored cluster.
    """

    __slots__ = (
        "instance_name_prefix",
        "name",
        "server_type_name",
        "allowable_ip_addresses",
        "backup_history_number",
        "backup_recovery_time",
        "block_storage_groups",
        "maintenance_option",
        "tags",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance_name_prefix",
        "name",
        "server_type_name",
        "allowable_ip_addresses",
        "backup_history_number",
        "backup_recovery_time",
        "block_storage_groups",
        "maintenance_option",
        "tags",
    )

    instance_name_prefix: str
    name: str
    server_type_name: str
    allowable_ip_addresses: list[str] | Unset
    backup_history_number: None | str | Unset
    backup_recovery_time: datetime.datetime | None | Unset
    block_storage_groups: list[BlockStorageGroupRequest] | None | Unset
    maintenance_option: MaintenanceOption | None | Unset
    tags: list[Tag] | None | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        instance_name_prefix: str,
        name: str,
        server_type_name: str,
        allowable_ip_addresses: list[str] | Unset = UNSET,
        backup_history_number: None | str | Unset = UNSET,
        backup_recovery_time: datetime.datetime | None | Unset = UNSET,
        block_storage_groups: list[BlockStorageGroupRequest] | None | Unset = UNSET,
        maintenance_option: MaintenanceOption | None | Unset = UNSET,
        tags: list[Tag] | None | Unset = UNSET,
    ) -> None:
        self.instance_name_prefix = instance_name_prefix
        self.name = name
        self.server_type_name = server_type_name
        self.allowable_ip_addresses = allowable_ip_addresses
        self.backup_history_number = backup_history_number
        self.backup_recovery_time = backup_recovery_time
        self.block_storage_groups = block_storage_groups
        self.maintenance_option = maintenance_option
        self.tags = tags
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        instance_name_prefix = self.instance_name_prefix

        name = self.name

        server_type_name = self.server_type_name

        try:
            allowable_ip_addresses: list[str] | Unset = UNSET
            if not isinstance(self.allowable_ip_addresses, Unset):
                allowable_ip_addresses = self.allowable_ip_addresses

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            allowable_ip_addresses = _cast(Any, self.allowable_ip_addresses)

        try:
            backup_history_number: None | str | Unset
            if isinstance(self.backup_history_number, Unset):
                backup_history_number = UNSET
            else:
                backup_history_number = self.backup_history_number
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            backup_history_number = _cast(Any, self.backup_history_number)

        try:
            backup_recovery_time: None | str | Unset
            if isinstance(self.backup_recovery_time, Unset):
                backup_recovery_time = UNSET
            elif isinstance(self.backup_recovery_time, datetime.datetime):
                backup_recovery_time = self.backup_recovery_time.isoformat()
            else:
                backup_recovery_time = self.backup_recovery_time
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            backup_recovery_time = _cast(Any, self.backup_recovery_time)

        try:
            block_storage_groups: list[dict[str, Any]] | None | Unset
            if isinstance(self.block_storage_groups, Unset):
                block_storage_groups = UNSET
            elif isinstance(self.block_storage_groups, list):
                block_storage_groups = []
                for block_storage_groups_type_0_item_data in self.block_storage_groups:
                    block_storage_groups_type_0_item = block_storage_groups_type_0_item_data.to_dict()
                    block_storage_groups.append(block_storage_groups_type_0_item)

            else:
                block_storage_groups = self.block_storage_groups
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            block_storage_groups = _cast(Any, self.block_storage_groups)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_name_prefix": instance_name_prefix,
                "name": name,
                "server_type_name": server_type_name,
            }
        )
        if allowable_ip_addresses is not UNSET:
            field_dict["allowable_ip_addresses"] = allowable_ip_addresses
        if backup_history_number is not UNSET:
            field_dict["backup_history_number"] = backup_history_number
        if backup_recovery_time is not UNSET:
            field_dict["backup_recovery_time"] = backup_recovery_time
        if block_storage_groups is not UNSET:
            field_dict["block_storage_groups"] = block_storage_groups
        if maintenance_option is not UNSET:
            field_dict["maintenance_option"] = maintenance_option
        if tags is not UNSET:
            field_dict["tags"] = tags
        if isinstance(instance_name_prefix, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["instance_name_prefix"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(server_type_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["server_type_name"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_name_prefix = d.pop("instance_name_prefix", UNSET)
        if instance_name_prefix.__class__ is not str:
            instance_name_prefix = _drift(cls, src_dict, "instance_name_prefix", instance_name_prefix, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        server_type_name = d.pop("server_type_name", UNSET)
        if server_type_name.__class__ is not str:
            server_type_name = _drift(cls, src_dict, "server_type_name", server_type_name, "string")

        allowable_ip_addresses = d.pop("allowable_ip_addresses", UNSET)
        if allowable_ip_addresses.__class__ is not list and allowable_ip_addresses is not UNSET:
            allowable_ip_addresses = _drift(cls, src_dict, "allowable_ip_addresses", allowable_ip_addresses, "array")

        try:
            backup_history_number: None | str | Unset = d.pop("backup_history_number", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            backup_history_number = _drift(
                cls, src_dict, "backup_history_number", src_dict.get("backup_history_number", UNSET), "string or null"
            )

        try:

            def _parse_backup_recovery_time(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    backup_recovery_time_type_0 = datetime.datetime.fromisoformat(data)

                    return backup_recovery_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            backup_recovery_time = _parse_backup_recovery_time(d.pop("backup_recovery_time", UNSET))

            if isinstance(backup_recovery_time, datetime.datetime) and backup_recovery_time.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "backup_recovery_time",
                    src_dict.get("backup_recovery_time"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            backup_recovery_time = _drift(
                cls, src_dict, "backup_recovery_time", src_dict.get("backup_recovery_time", UNSET), "date-time or null"
            )

        try:

            def _parse_block_storage_groups(data: object) -> list[BlockStorageGroupRequest] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    block_storage_groups_type_0 = []
                    _block_storage_groups_type_0 = data
                    for block_storage_groups_type_0_item_data in _block_storage_groups_type_0:
                        block_storage_groups_type_0_item = BlockStorageGroupRequest.from_dict(
                            block_storage_groups_type_0_item_data
                        )

                        block_storage_groups_type_0.append(block_storage_groups_type_0_item)

                    return block_storage_groups_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[BlockStorageGroupRequest] | None | Unset, data)

            block_storage_groups = _parse_block_storage_groups(d.pop("block_storage_groups", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            block_storage_groups = _drift(
                cls, src_dict, "block_storage_groups", src_dict.get("block_storage_groups", UNSET), "array or null"
            )

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

        cluster_restore_request = cls(  # the fields in declaration order
            instance_name_prefix,
            name,
            server_type_name,
            allowable_ip_addresses,
            backup_history_number,
            backup_recovery_time,
            block_storage_groups,
            maintenance_option,
            tags,
        )

        cluster_restore_request.additional_properties = d
        return cluster_restore_request

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
from ..models.block_storage_group_request import BlockStorageGroupRequest  # noqa: E402
from ..models.maintenance_option import MaintenanceOption  # noqa: E402
from ..models.tag import Tag  # noqa: E402
