# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ServerType")


class ServerType(_Model):
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

    __slots__ = (
        "cpu_core",
        "description",
        "memory_gb",
        "name",
        "product_image_type",
        "product_type",
        "purpose",
        "type_",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "cpu_core",
        "description",
        "memory_gb",
        "name",
        "product_image_type",
        "product_type",
        "purpose",
        "type_",
    )

    cpu_core: int
    description: str
    memory_gb: int
    name: str
    product_image_type: str
    product_type: str
    purpose: str
    type_: str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        cpu_core: int,
        description: str,
        memory_gb: int,
        name: str,
        product_image_type: str,
        product_type: str,
        purpose: str,
        type_: str,
    ) -> None:
        self.cpu_core = cpu_core
        self.description = description
        self.memory_gb = memory_gb
        self.name = name
        self.product_image_type = product_image_type
        self.product_type = product_type
        self.purpose = purpose
        self.type_ = type_
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cpu_core is not None:
            cpu_core = self.cpu_core
            field_dict["cpu_core"] = cpu_core
        elif "cpu_core" in self._present:  # null in the reply: sent back as null
            field_dict["cpu_core"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        if self.memory_gb is not None:
            memory_gb = self.memory_gb
            field_dict["memory_gb"] = memory_gb
        elif "memory_gb" in self._present:  # null in the reply: sent back as null
            field_dict["memory_gb"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.product_image_type is not None:
            product_image_type = self.product_image_type
            field_dict["product_image_type"] = product_image_type
        elif "product_image_type" in self._present:  # null in the reply: sent back as null
            field_dict["product_image_type"] = None
        if self.product_type is not None:
            product_type = self.product_type
            field_dict["product_type"] = product_type
        elif "product_type" in self._present:  # null in the reply: sent back as null
            field_dict["product_type"] = None
        if self.purpose is not None:
            purpose = self.purpose
            field_dict["purpose"] = purpose
        elif "purpose" in self._present:  # null in the reply: sent back as null
            field_dict["purpose"] = None
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._present:  # null in the reply: sent back as null
            field_dict["type"] = None
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

        server_type = cls(  # the fields in declaration order; absent members read as None
            _MISSING if cpu_core is UNSET else cpu_core,
            _MISSING if description is UNSET else description,
            _MISSING if memory_gb is UNSET else memory_gb,
            _MISSING if name is UNSET else name,
            _MISSING if product_image_type is UNSET else product_image_type,
            _MISSING if product_type is UNSET else product_type,
            _MISSING if purpose is UNSET else purpose,
            _MISSING if type_ is UNSET else type_,
        )
        server_type._present = frozenset(src_dict)

        server_type.additional_properties = d
        return server_type

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("cpu_core", "cpu_core"),
            ("description", "description"),
            ("memory_gb", "memory_gb"),
            ("name", "name"),
            ("product_image_type", "product_image_type"),
            ("product_type", "product_type"),
            ("purpose", "purpose"),
            ("type", "type_"),
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
