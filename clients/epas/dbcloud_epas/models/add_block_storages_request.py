# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.block_storage_role_type import BlockStorageRoleType
from ..models.volume_type import VolumeType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="AddBlockStoragesRequest")


class AddBlockStoragesRequest(_Model):
    """Block storage group to attach to an instance group (reference 2.1).

    Attributes:
        role_type (BlockStorageRoleType):
        size_gb (int): Capacity of the volume in gigabytes.
        volume_type (VolumeType | Unset):
    """

    __slots__ = (
        "role_type",
        "size_gb",
        "volume_type",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "role_type",
        "size_gb",
        "volume_type",
    )

    role_type: BlockStorageRoleType
    size_gb: int
    volume_type: VolumeType | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        role_type: BlockStorageRoleType,
        size_gb: int,
        volume_type: VolumeType | Unset = UNSET,
    ) -> None:
        self.role_type = role_type
        self.size_gb = size_gb
        self.volume_type = volume_type
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            role_type = self.role_type.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            role_type = _cast(Any, self.role_type)

        size_gb = self.size_gb

        try:
            volume_type: str | Unset = UNSET
            if not isinstance(self.volume_type, Unset):
                volume_type = self.volume_type.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            volume_type = _cast(Any, self.volume_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_type": role_type,
                "size_gb": size_gb,
            }
        )
        if volume_type is not UNSET:
            field_dict["volume_type"] = volume_type
        if isinstance(role_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["role_type"]
        if isinstance(size_gb, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["size_gb"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            role_type = enum_member(BlockStorageRoleType, d.pop("role_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(cls, src_dict, "role_type", src_dict.get("role_type", UNSET), "BlockStorageRoleType")

        size_gb = d.pop("size_gb", UNSET)
        if size_gb.__class__ is not int:
            size_gb = _drift(cls, src_dict, "size_gb", size_gb, "integer")

        try:
            _volume_type = d.pop("volume_type", UNSET)
            volume_type: VolumeType | Unset = UNSET if _volume_type is UNSET else enum_member(VolumeType, _volume_type)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            volume_type = _drift(cls, src_dict, "volume_type", src_dict.get("volume_type", UNSET), "VolumeType")

        add_block_storages_request = cls(  # the fields in declaration order
            role_type,
            size_gb,
            volume_type,
        )

        add_block_storages_request.additional_properties = d
        return add_block_storages_request

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
