# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeTypes")


@_attrs_define
class NodeTypes:
    """One node type (Table 5-29).

    Attributes:
        spec_name (str | Unset): Name of the node type.
        detail (list[ListNodeTypesDetail] | Unset): Attributes of the node type (vCPU, memory, disk).
        id (str | Unset): Node type ID.
    """

    spec_name: str | Unset = UNSET
    detail: list[ListNodeTypesDetail] | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec_name = self.spec_name

        try:
            detail: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.detail, Unset):
                detail = []
                for detail_item_data in self.detail:
                    detail_item = detail_item_data.to_dict()
                    detail.append(detail_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            detail = _cast(Any, self.detail)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec_name is not UNSET:
            field_dict["spec_name"] = spec_name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spec_name = d.pop("spec_name", UNSET)
        if spec_name.__class__ is not str and spec_name is not UNSET:
            spec_name = _drift(cls, src_dict, "spec_name", spec_name, "string")

        try:
            _detail = d.pop("detail", UNSET)
            detail: list[ListNodeTypesDetail] | Unset = UNSET
            if _detail is not UNSET:
                detail = []
                for detail_item_data in _detail:
                    detail_item = ListNodeTypesDetail.from_dict(detail_item_data)

                    detail.append(detail_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            detail = _drift(cls, src_dict, "detail", src_dict.get("detail", UNSET), "array")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        node_types = cls(  # the fields in declaration order
            spec_name,
            detail,
            id,
        )

        node_types.additional_properties = d
        return node_types

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
from ..models.list_node_types_detail import ListNodeTypesDetail  # noqa: E402
