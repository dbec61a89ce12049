# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ParameterGroup")


class ParameterGroup(_Model):
    """A parameter group of an engine version (reference 2.36).

    Attributes:
        id (str): Identifier of the parameter group.
        major_version (str): Major engine version the group applies to.
        name (str): Name of the parameter group.
        product_image_type (str): Product image type the group applies to.
        product_type (str): Product family the group applies to.
    """

    __slots__ = (
        "id",
        "major_version",
        "name",
        "product_image_type",
        "product_type",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "major_version",
        "name",
        "product_image_type",
        "product_type",
    )

    id: str
    major_version: str
    name: str
    product_image_type: str
    product_type: str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str,
        major_version: str,
        name: str,
        product_image_type: str,
        product_type: str,
    ) -> None:
        self.id = id
        self.major_version = major_version
        self.name = name
        self.product_image_type = product_image_type
        self.product_type = product_type
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
        if self.major_version is not None:
            major_version = self.major_version
            field_dict["major_version"] = major_version
        elif "major_version" in self._present:  # null in the reply: sent back as null
            field_dict["major_version"] = None
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

        parameter_group = cls(  # the fields in declaration order; absent members read as None
            _MISSING if id is UNSET else id,
            _MISSING if major_version is UNSET else major_version,
            _MISSING if name is UNSET else name,
            _MISSING if product_image_type is UNSET else product_image_type,
            _MISSING if product_type is UNSET else product_type,
        )
        parameter_group._present = frozenset(src_dict)

        parameter_group.additional_properties = d
        return parameter_group

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("major_version", "major_version"),
            ("name", "name"),
            ("product_image_type", "product_image_type"),
            ("product_type", "product_type"),
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
