# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.block_storage_group_response_role_type import BlockStorageGroupResponseRoleType
from ..models.block_storage_group_response_volume_type import BlockStorageGroupResponseVolumeType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="BlockStorageGroupResponse")


@_attrs_define
class BlockStorageGroupResponse:
    """Block storage group of an existing instance group (reference 2.11).

    Attributes:
        id (str): Identifier of the block storage group.
        name (str): Name of the block storage group.
        role_type (BlockStorageGroupResponseRoleType): Purpose of the block storage.
        size_gb (int): Capacity of the volume in gigabytes.
        volume_type (BlockStorageGroupResponseVolumeType): Disk class of the volume.
    """

    id: str
    name: str
    role_type: BlockStorageGroupResponseRoleType
    size_gb: int
    volume_type: BlockStorageGroupResponseVolumeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        try:
            role_type = self.role_type.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            role_type = _cast(Any, self.role_type)

        size_gb = self.size_gb

        try:
            volume_type = self.volume_type.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            volume_type = _cast(Any, self.volume_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role_type": role_type,
                "size_gb": size_gb,
                "volume_type": volume_type,
            }
        )
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(role_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["role_type"]
        if isinstance(size_gb, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["size_gb"]
        if isinstance(volume_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["volume_type"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            role_type = enum_member(BlockStorageGroupResponseRoleType, d.pop("role_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(
                cls, src_dict, "role_type", src_dict.get("role_type", UNSET), "BlockStorageGroupResponseRoleType"
            )

        size_gb = d.pop("size_gb", UNSET)
        if size_gb.__class__ is not int:
            size_gb = _drift(cls, src_dict, "size_gb", size_gb, "integer")

        try:
            volume_type = enum_member(BlockStorageGroupResponseVolumeType, d.pop("volume_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            volume_type = _drift(
                cls, src_dict, "volume_type", src_dict.get("volume_type", UNSET), "BlockStorageGroupResponseVolumeType"
            )

        block_storage_group_response = cls(  # the fields in declaration order
            id,
            name,
            role_type,
            size_gb,
            volume_type,
        )

        block_storage_group_response.additional_properties = d
        return block_storage_group_response

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
