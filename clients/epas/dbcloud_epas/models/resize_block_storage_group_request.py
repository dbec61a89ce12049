# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResizeBlockStorageGroupRequest")


class ResizeBlockStorageGroupRequest(_Model):
    """New size of a block storage group (reference 2.50).

    Attributes:
        size_gb (int): New capacity in gigabytes.
    """

    __slots__ = (
        "size_gb",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("size_gb",)

    size_gb: int
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        size_gb: int,
    ) -> None:
        self.size_gb = size_gb
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        size_gb = self.size_gb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size_gb": size_gb,
            }
        )
        if isinstance(size_gb, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["size_gb"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_gb = d.pop("size_gb", UNSET)
        if size_gb.__class__ is not int:
            size_gb = _drift(cls, src_dict, "size_gb", size_gb, "integer")

        resize_block_storage_group_request = cls(  # the fields in declaration order
            size_gb,
        )

        resize_block_storage_group_request.additional_properties = d
        return resize_block_storage_group_request

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
