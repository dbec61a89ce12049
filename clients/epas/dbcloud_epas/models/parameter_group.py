# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterGroup")


@_attrs_define
class ParameterGroup:
    """A parameter group of an engine version (reference 2.36).

    Attributes:
        id (str): Identifier of the parameter group.
        major_version (str): Major engine version the group applies to.
        name (str): Name of the parameter group.
        product_image_type (str): Product image type the group applies to.
        product_type (str): Product family the group applies to.
    """

    id: str
    major_version: str
    name: str
    product_image_type: str
    product_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        major_version = self.major_version

        name = self.name

        product_image_type = self.product_image_type

        product_type = self.product_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "major_version": major_version,
                "name": name,
                "product_image_type": product_image_type,
                "product_type": product_type,
            }
        )
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(major_version, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["major_version"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(product_image_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["product_image_type"]
        if isinstance(product_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["product_type"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        major_version = d.pop("major_version", UNSET)
        if major_version.__class__ is not str:
            major_version = _drift(cls, src_dict, "major_version", major_version, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        product_image_type = d.pop("product_image_type", UNSET)
        if product_image_type.__class__ is not str:
            product_image_type = _drift(cls, src_dict, "product_image_type", product_image_type, "string")

        product_type = d.pop("product_type", UNSET)
        if product_type.__class__ is not str:
            product_type = _drift(cls, src_dict, "product_type", product_type, "string")

        parameter_group = cls(  # the fields in declaration order
            id,
            major_version,
            name,
            product_image_type,
            product_type,
        )

        parameter_group.additional_properties = d
        return parameter_group

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
