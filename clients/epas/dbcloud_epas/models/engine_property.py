# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="EngineProperty")


class EngineProperty(_Model):
    """A name/value property of an engine version (reference 2.15).

    Attributes:
        name (str): Property name.
        value (str): Property value.
    """

    __slots__ = (
        "name",
        "value",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "value",
    )

    name: str
    value: str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str,
        value: str,
    ) -> None:
        self.name = name
        self.value = value
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.value is not None:
            value = self.value
            field_dict["value"] = value
        elif "value" in self._present:  # null in the reply: sent back as null
            field_dict["value"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        value = d.pop("value", UNSET)
        if value.__class__ is not str:
            value = _drift(cls, src_dict, "value", value, "string")

        engine_property = cls(  # the fields in declaration order; absent members read as None
            _MISSING if name is UNSET else name,
            _MISSING if value is UNSET else value,
        )
        engine_property._present = frozenset(src_dict)

        engine_property.additional_properties = d
        return engine_property

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("value", "value"),
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
