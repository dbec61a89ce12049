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

T = TypeVar("T", bound="ReplicasCreateRequest")


class ReplicasCreateRequest(_Model):
    """Replica clusters to create for an origin cluster (reference 2.47).

    Attributes:
        allowable_ip_addresses (list[str] | None): IP addresses allowed to connect to the replicas. Default: [].
        replica_count (int): Number of replicas to create.
        replicas (list[Replicas]): Replicas to create.
        maintenance_option (MaintenanceOption | None | Unset): Maintenance window of the replicas.
        tags (list[Tag] | None | Unset): Tags to put on the replicas.
    """

    __slots__ = (
        "allowable_ip_addresses",
        "replica_count",
        "replicas",
        "maintenance_option",
        "tags",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "allowable_ip_addresses",
        "replica_count",
        "replicas",
        "maintenance_option",
        "tags",
    )

    allowable_ip_addresses: list[str] | None
    replica_count: int
    replicas: list[Replicas]
    maintenance_option: MaintenanceOption | None | Unset
    tags: list[Tag] | None | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        allowable_ip_addresses: list[str] | None,
        replica_count: int,
        replicas: list[Replicas],
        maintenance_option: MaintenanceOption | None | Unset = UNSET,
        tags: list[Tag] | None | Unset = UNSET,
    ) -> None:
        self.allowable_ip_addresses = allowable_ip_addresses
        self.replica_count = replica_count
        self.replicas = replicas
        self.maintenance_option = maintenance_option
        self.tags = tags
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            allowable_ip_addresses: list[str] | None
            if isinstance(self.allowable_ip_addresses, list):
                allowable_ip_addresses = self.allowable_ip_addresses

            else:
                allowable_ip_addresses = self.allowable_ip_addresses
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            allowable_ip_addresses = _cast(Any, self.allowable_ip_addresses)

        replica_count = self.replica_count

        try:
            replicas = []
            for replicas_item_data in self.replicas:
                replicas_item = replicas_item_data.to_dict()
                replicas.append(replicas_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            replicas = _cast(Any, self.replicas)

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
                "allowable_ip_addresses": allowable_ip_addresses,
                "replica_count": replica_count,
                "replicas": replicas,
            }
        )
        if maintenance_option is not UNSET:
            field_dict["maintenance_option"] = maintenance_option
        if tags is not UNSET:
            field_dict["tags"] = tags
        if isinstance(allowable_ip_addresses, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["allowable_ip_addresses"]
        if isinstance(replica_count, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["replica_count"]
        if isinstance(replicas, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["replicas"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:

            def _parse_allowable_ip_addresses(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowable_ip_addresses_type_0 = cast(list[str], data)

                    return allowable_ip_addresses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            allowable_ip_addresses = _parse_allowable_ip_addresses(d.pop("allowable_ip_addresses", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            allowable_ip_addresses = _drift(
                cls, src_dict, "allowable_ip_addresses", src_dict.get("allowable_ip_addresses", UNSET), "array or null"
            )

        replica_count = d.pop("replica_count", UNSET)
        if replica_count.__class__ is not int:
            replica_count = _drift(cls, src_dict, "replica_count", replica_count, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("replicas").__class__ is not list:
                replicas = []
                _replicas = d.pop("replicas", UNSET)
                for replicas_item_data in _replicas:
                    replicas_item = Replicas.from_dict(replicas_item_data)

                    replicas.append(replicas_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                replicas = _LazyList(d.pop("replicas"), Replicas.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            replicas = _drift(cls, src_dict, "replicas", src_dict.get("replicas", UNSET), "array")

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

        replicas_create_request = cls(  # the fields in declaration order
            allowable_ip_addresses,
            replica_count,
            replicas,
            maintenance_option,
            tags,
        )

        replicas_create_request.additional_properties = d
        return replicas_create_request

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
from ..models.maintenance_option import MaintenanceOption  # noqa: E402
from ..models.replicas import Replicas  # noqa: E402
from ..models.tag import Tag  # noqa: E402
