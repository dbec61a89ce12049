# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerType")


@_attrs_define
class ServerType:
    """A server type (instance size) available for the engine (reference 2.52).

    Attributes:
        cpu_core (int): Number of vCPU cores.
        description (str): Description of the server type.
        memory_gb (int): Memory in gigabytes.
        name (str): Name of the server type.
        product_image_type (str): Product image type the server type is offered for.
        product_type (str): Product family the server type is offered for.
        purpose (str): Intended use of the server type.
        type_ (str): Class of the server type.
    """

    cpu_core: int
    description: str
    memory_gb: int
    name: str
    product_image_type: str
    product_type: str
    purpose: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        cpu_core = self.cpu_core

        description = self.description

        memory_gb = self.memory_gb

        name = self.name

        product_image_type = self.product_image_type

        product_type = self.product_type

        purpose = self.purpose

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpu_core": cpu_core,
                "description": description,
                "memory_gb": memory_gb,
                "name": name,
                "product_image_type": product_image_type,
                "product_type": product_type,
                "purpose": purpose,
                "type": type_,
            }
        )
        if isinstance(cpu_core, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["cpu_core"]
        if isinstance(description, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["description"]
        if isinstance(memory_gb, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["memory_gb"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(product_image_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["product_image_type"]
        if isinstance(product_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["product_type"]
        if isinstance(purpose, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["purpose"]
        if isinstance(type_, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["type"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_core = d.pop("cpu_core", UNSET)
        if cpu_core.__class__ is not int:
            cpu_core = _drift(cls, src_dict, "cpu_core", cpu_core, "integer")

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = _drift(cls, src_dict, "description", description, "string")

        memory_gb = d.pop("memory_gb", UNSET)
        if memory_gb.__class__ is not int:
            memory_gb = _drift(cls, src_dict, "memory_gb", memory_gb, "integer")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        product_image_type = d.pop("product_image_type", UNSET)
        if product_image_type.__class__ is not str:
            product_image_type = _drift(cls, src_dict, "product_image_type", product_image_type, "string")

        product_type = d.pop("product_type", UNSET)
        if product_type.__class__ is not str:
            product_type = _drift(cls, src_dict, "product_type", product_type, "string")

        purpose = d.pop("purpose", UNSET)
        if purpose.__class__ is not str:
            purpose = _drift(cls, src_dict, "purpose", purpose, "string")

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = _drift(cls, src_dict, "type", type_, "string")

        server_type = cls(  # the fields in declaration order
            cpu_core,
            description,
            memory_gb,
            name,
            product_image_type,
            product_type,
            purpose,
            type_,
        )

        server_type.additional_properties = d
        return server_type

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
