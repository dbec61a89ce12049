# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.block_storage_role_type import BlockStorageRoleType
from ..models.volume_type import VolumeType
from ..types import UNSET, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="BlockStorageGroupResponse")


class BlockStorageGroupResponse(_Model):
    """Block storage group of an existing instance group (reference 2.11).

    Attributes:
        id (str): Identifier of the block storage group.
        name (str): Name of the block storage group.
        role_type (BlockStorageRoleType):
        size_gb (int): Capacity of the volume in gigabytes.
        volume_type (VolumeType):
    """

    __slots__ = (
        "id",
        "name",
        "role_type",
        "size_gb",
        "volume_type",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "role_type",
        "size_gb",
        "volume_type",
    )

    id: str
    name: str
    role_type: BlockStorageRoleType
    size_gb: int
    volume_type: VolumeType
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str,
        name: str,
        role_type: BlockStorageRoleType,
        size_gb: int,
        volume_type: VolumeType,
    ) -> None:
        self.id = id
        self.name = name
        self.role_type = role_type
        self.size_gb = size_gb
        self.volume_type = volume_type
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.role_type is not None:
            try:
                role_type = self.role_type.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                role_type = _cast(Any, self.role_type)
            field_dict["role_type"] = role_type
        elif "role_type" in self._present:  # null in the reply: sent back as null
            field_dict["role_type"] = None
        if self.size_gb is not None:
            size_gb = self.size_gb
            field_dict["size_gb"] = size_gb
        elif "size_gb" in self._present:  # null in the reply: sent back as null
            field_dict["size_gb"] = None
        if self.volume_type is not None:
            try:
                volume_type = self.volume_type.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                volume_type = _cast(Any, self.volume_type)
            field_dict["volume_type"] = volume_type
        elif "volume_type" in self._present:  # null in the reply: sent back as null
            field_dict["volume_type"] = None
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
            role_type = enum_member(BlockStorageRoleType, d.pop("role_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(
                cls,
                src_dict,
                "role_type",
                src_dict.get("role_type"),
                "BlockStorageRoleType",
                None if "role_type" in src_dict else "missing",
            )

        size_gb = d.pop("size_gb", UNSET)
        if size_gb.__class__ is not int:
            size_gb = _drift(cls, src_dict, "size_gb", size_gb, "integer")

        try:
            volume_type = enum_member(VolumeType, d.pop("volume_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            volume_type = _drift(
                cls,
                src_dict,
                "volume_type",
                src_dict.get("volume_type"),
                "VolumeType",
                None if "volume_type" in src_dict else "missing",
            )

        block_storage_group_response = cls(  # the fields in declaration order; absent members read as None
            _MISSING if id is UNSET else id,
            _MISSING if name is UNSET else name,
            role_type,
            _MISSING if size_gb is UNSET else size_gb,
            volume_type,
        )
        block_storage_group_response._present = frozenset(src_dict)

        block_storage_group_response.additional_properties = d
        return block_storage_group_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("role_type", "role_type"),
            ("size_gb", "size_gb"),
            ("volume_type", "volume_type"),
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
