# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.instance_group_role_type import InstanceGroupRoleType
from ..types import UNSET, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="InstanceGroupResponse")


class InstanceGroupResponse(_Model):
    """Instance group of an existing cluster (reference 2.24).

    Attributes:
        block_storage_groups (list[BlockStorageGroupResponse]): Block storage groups of the instance group.
        id (str): Identifier of the instance group.
        instances (list[InstanceResponse]): Instances of the group.
        role_type (InstanceGroupRoleType):
        server_type_name (str): Server type of the group's instances.
    """

    __slots__ = (
        "block_storage_groups",
        "id",
        "instances",
        "role_type",
        "server_type_name",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "block_storage_groups",
        "id",
        "instances",
        "role_type",
        "server_type_name",
    )

    block_storage_groups: list[BlockStorageGroupResponse]
    id: str
    instances: list[InstanceResponse]
    role_type: InstanceGroupRoleType
    server_type_name: str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        block_storage_groups: list[BlockStorageGroupResponse],
        id: str,
        instances: list[InstanceResponse],
        role_type: InstanceGroupRoleType,
        server_type_name: str,
    ) -> None:
        self.block_storage_groups = block_storage_groups
        self.id = id
        self.instances = instances
        self.role_type = role_type
        self.server_type_name = server_type_name
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.block_storage_groups is not None:
            try:
                block_storage_groups = []
                for block_storage_groups_item_data in self.block_storage_groups:
                    block_storage_groups_item = block_storage_groups_item_data.to_dict()
                    block_storage_groups.append(block_storage_groups_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                block_storage_groups = _cast(Any, self.block_storage_groups)
            field_dict["block_storage_groups"] = block_storage_groups
        elif "block_storage_groups" in self._present:  # null in the reply: sent back as null
            field_dict["block_storage_groups"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.instances is not None:
            try:
                instances = []
                for instances_item_data in self.instances:
                    instances_item = instances_item_data.to_dict()
                    instances.append(instances_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                instances = _cast(Any, self.instances)
            field_dict["instances"] = instances
        elif "instances" in self._present:  # null in the reply: sent back as null
            field_dict["instances"] = None
        if self.role_type is not None:
            try:
                role_type = self.role_type.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                role_type = _cast(Any, self.role_type)
            field_dict["role_type"] = role_type
        elif "role_type" in self._present:  # null in the reply: sent back as null
            field_dict["role_type"] = None
        if self.server_type_name is not None:
            server_type_name = self.server_type_name
            field_dict["server_type_name"] = server_type_name
        elif "server_type_name" in self._present:  # null in the reply: sent back as null
            field_dict["server_type_name"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("block_storage_groups").__class__ is not list:
                block_storage_groups = []
                _block_storage_groups = d.pop("block_storage_groups", UNSET)
                for block_storage_groups_item_data in _block_storage_groups:
                    block_storage_groups_item = BlockStorageGroupResponse.from_dict(block_storage_groups_item_data)

                    block_storage_groups.append(block_storage_groups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                block_storage_groups = _LazyList(
                    d.pop("block_storage_groups"), BlockStorageGroupResponse.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            block_storage_groups = _drift(
                cls,
                src_dict,
                "block_storage_groups",
                src_dict.get("block_storage_groups"),
                "array",
                None if "block_storage_groups" in src_dict else "missing",
            )

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("instances").__class__ is not list:
                instances = []
                _instances = d.pop("instances", UNSET)
                for instances_item_data in _instances:
                    instances_item = InstanceResponse.from_dict(instances_item_data)

                    instances.append(instances_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                instances = _LazyList(d.pop("instances"), InstanceResponse.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instances = _drift(
                cls,
                src_dict,
                "instances",
                src_dict.get("instances"),
                "array",
                None if "instances" in src_dict else "missing",
            )

        try:
            role_type = enum_member(InstanceGroupRoleType, d.pop("role_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(
                cls,
                src_dict,
                "role_type",
                src_dict.get("role_type"),
                "InstanceGroupRoleType",
                None if "role_type" in src_dict else "missing",
            )

        server_type_name = d.pop("server_type_name", UNSET)
        if server_type_name.__class__ is not str:
            server_type_name = _drift(cls, src_dict, "server_type_name", server_type_name, "string")

        instance_group_response = cls(  # the fields in declaration order; absent members read as None
            block_storage_groups,
            _MISSING if id is UNSET else id,
            instances,
            role_type,
            _MISSING if server_type_name is UNSET else server_type_name,
        )
        instance_group_response._present = frozenset(src_dict)

        instance_group_response.additional_properties = d
        return instance_group_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("block_storage_groups", "block_storage_groups"),
            ("id", "id"),
            ("instances", "instances"),
            ("role_type", "role_type"),
            ("server_type_name", "server_type_name"),
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
from ..models.block_storage_group_response import BlockStorageGroupResponse  # noqa: E402
from ..models.instance_response import InstanceResponse  # noqa: E402
