# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeTypeDatastoresAttachments")


@_attrs_define
class NodeTypeDatastoresAttachments:
    """Coordinator-node limits of a kernel version (vendor SDK model; not in the references).

    Attributes:
        min_cn (int | Unset): Fewest coordinator nodes (CNs) the version supports.
        max_cn (int | Unset): Most coordinator nodes (CNs) the version supports.
    """

    min_cn: int | Unset = UNSET
    max_cn: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        min_cn = self.min_cn

        max_cn = self.max_cn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_cn is not UNSET:
            field_dict["min_cn"] = min_cn
        if max_cn is not UNSET:
            field_dict["max_cn"] = max_cn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_cn = d.pop("min_cn", UNSET)
        if min_cn.__class__ is not int and min_cn is not UNSET:
            min_cn = _drift(cls, src_dict, "min_cn", min_cn, "integer")

        max_cn = d.pop("max_cn", UNSET)
        if max_cn.__class__ is not int and max_cn is not UNSET:
            max_cn = _drift(cls, src_dict, "max_cn", max_cn, "integer")

        node_type_datastores_attachments = cls(  # the fields in declaration order
            min_cn,
            max_cn,
        )

        node_type_datastores_attachments.additional_properties = d
        return node_type_datastores_attachments

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
