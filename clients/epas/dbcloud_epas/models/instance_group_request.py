# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.instance_group_role_type import InstanceGroupRoleType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="InstanceGroupRequest")


class InstanceGroupRequest(_Model):
    """Instance group requested for a new cluster or replica (reference 2.22).

    Attributes:
        block_storage_groups (list[BlockStorageGroupRequest]): Block storage groups of the instance group.
        role_type (InstanceGroupRoleType):
        server_type_name (str): Server type of the group's instances.
        instances (list[InstanceRequest] | None | Unset): Instances of the group.
    """

    __slots__ = (
        "block_storage_groups",
        "role_type",
        "server_type_name",
        "instances",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "block_storage_groups",
        "role_type",
        "server_type_name",
        "instances",
    )

    block_storage_groups: list[BlockStorageGroupRequest]
    role_type: InstanceGroupRoleType
    server_type_name: str
    instances: list[InstanceRequest] | None | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        block_storage_groups: list[BlockStorageGroupRequest],
        role_type: InstanceGroupRoleType,
        server_type_name: str,
        instances: list[InstanceRequest] | None | Unset = UNSET,
    ) -> None:
        self.block_storage_groups = block_storage_groups
        self.role_type = role_type
        self.server_type_name = server_type_name
        self.instances = instances
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            block_storage_groups = []
            for block_storage_groups_item_data in self.block_storage_groups:
                block_storage_groups_item = block_storage_groups_item_data.to_dict()
                block_storage_groups.append(block_storage_groups_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            block_storage_groups = _cast(Any, self.block_storage_groups)

        try:
            role_type = self.role_type.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            role_type = _cast(Any, self.role_type)

        server_type_name = self.server_type_name

        try:
            instances: list[dict[str, Any]] | None | Unset
            if isinstance(self.instances, Unset):
                instances = UNSET
            elif isinstance(self.instances, list):
                instances = []
                for instances_type_0_item_data in self.instances:
                    instances_type_0_item = instances_type_0_item_data.to_dict()
                    instances.append(instances_type_0_item)

            else:
                instances = self.instances
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            instances = _cast(Any, self.instances)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_storage_groups": block_storage_groups,
                "role_type": role_type,
                "server_type_name": server_type_name,
            }
        )
        if instances is not UNSET:
            field_dict["instances"] = instances
        if isinstance(block_storage_groups, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["block_storage_groups"]
        if isinstance(role_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["role_type"]
        if isinstance(server_type_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["server_type_name"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("block_storage_groups").__class__ is not list:
                block_storage_groups = []
                _block_storage_groups = d.pop("block_storage_groups", UNSET)
                for block_storage_groups_item_data in _block_storage_groups:
                    block_storage_groups_item = BlockStorageGroupRequest.from_dict(block_storage_groups_item_data)

                    block_storage_groups.append(block_storage_groups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                block_storage_groups = _LazyList(
                    d.pop("block_storage_groups"), BlockStorageGroupRequest.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            block_storage_groups = _drift(
                cls, src_dict, "block_storage_groups", src_dict.get("block_storage_groups", UNSET), "array"
            )

        try:
            role_type = enum_member(InstanceGroupRoleType, d.pop("role_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(cls, src_dict, "role_type", src_dict.get("role_type", UNSET), "InstanceGroupRoleType")

        server_type_name = d.pop("server_type_name", UNSET)
        if server_type_name.__class__ is not str:
            server_type_name = _drift(cls, src_dict, "server_type_name", server_type_name, "string")

        try:

            def _parse_instances(data: object) -> list[InstanceRequest] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    instances_type_0 = []
                    _instances_type_0 = data
                    for instances_type_0_item_data in _instances_type_0:
                        instances_type_0_item = InstanceRequest.from_dict(instances_type_0_item_data)

                        instances_type_0.append(instances_type_0_item)

                    return instances_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[InstanceRequest] | None | Unset, data)

            instances = _parse_instances(d.pop("instances", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instances = _drift(cls, src_dict, "instances", src_dict.get("instances", UNSET), "array or null")

        instance_group_request = cls(  # the fields in declaration order
            block_storage_groups,
            role_type,
            server_type_name,
            instances,
        )

        instance_group_request.additional_properties = d
        return instance_group_request

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
from ..models.instance_request import InstanceRequest  # noqa: E402
