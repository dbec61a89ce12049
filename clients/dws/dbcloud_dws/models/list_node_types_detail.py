# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ListNodeTypesDetail")


class ListNodeTypesDetail(_Model):
    """One attribute of a node type (Table 5-30 "Detail").

    Attributes:
        type_ (str | None): Attribute kind, e.g. vCPU, mem, SSD, LOCAL_DISK.
        value (str | None): Attribute value.
        unit (str | None): Unit of the value, e.g. GB.
    """

    __slots__ = (
        "type_",
        "value",
        "unit",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "type_",
        "value",
        "unit",
    )

    type_: str | None
    value: str | None
    unit: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        type_: str | None = None,
        value: str | None = None,
        unit: str | None = None,
    ) -> None:
        self.type_ = type_
        self.value = value
        self.unit = unit
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._present:  # null in the reply: sent back as null
            field_dict["type"] = None
        if self.value is not None:
            value = self.value
            field_dict["value"] = value
        elif "value" in self._present:  # null in the reply: sent back as null
            field_dict["value"] = None
        if self.unit is not None:
            unit = self.unit
            field_dict["unit"] = unit
        elif "unit" in self._present:  # null in the reply: sent back as null
            field_dict["unit"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _drift(cls, src_dict, "type", type_, "string")

        value = d.pop("value", UNSET)
        if value.__class__ is not str and value is not UNSET:
            value = _drift(cls, src_dict, "value", value, "string")

        unit = d.pop("unit", UNSET)
        if unit.__class__ is not str and unit is not UNSET:
            unit = _drift(cls, src_dict, "unit", unit, "string")

        list_node_types_detail = cls(  # the fields in declaration order; absent members read as None
            None if type_ is UNSET else type_,
            None if value is UNSET else value,
            None if unit is UNSET else unit,
        )
        list_node_types_detail._present = frozenset(src_dict)

        list_node_types_detail.additional_properties = d
        return list_node_types_detail

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("type", "type_"),
            ("value", "value"),
            ("unit", "unit"),
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
