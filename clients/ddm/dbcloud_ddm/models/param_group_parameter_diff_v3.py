# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ParamGroupParameterDiffV3")


class ParamGroupParameterDiffV3(_Model):
    """One differing parameter (Table 4-558).

    Attributes:
        name (str | None): Parameter name.
        source_value (str | None): Value in the source template.
        target_value (str | None): Value in the target template.
    """

    __slots__ = (
        "name",
        "source_value",
        "target_value",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "source_value",
        "target_value",
    )

    name: str | None
    source_value: str | None
    target_value: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str | None = None,
        source_value: str | None = None,
        target_value: str | None = None,
    ) -> None:
        self.name = name
        self.source_value = source_value
        self.target_value = target_value
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
        if self.source_value is not None:
            source_value = self.source_value
            field_dict["source_value"] = source_value
        elif "source_value" in self._present:  # null in the reply: sent back as null
            field_dict["source_value"] = None
        if self.target_value is not None:
            target_value = self.target_value
            field_dict["target_value"] = target_value
        elif "target_value" in self._present:  # null in the reply: sent back as null
            field_dict["target_value"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        source_value = d.pop("source_value", UNSET)
        if source_value.__class__ is not str and source_value is not UNSET:
            source_value = _drift(cls, src_dict, "source_value", source_value, "string")

        target_value = d.pop("target_value", UNSET)
        if target_value.__class__ is not str and target_value is not UNSET:
            target_value = _drift(cls, src_dict, "target_value", target_value, "string")

        param_group_parameter_diff_v3 = cls(  # the fields in declaration order; absent members read as None
            None if name is UNSET else name,
            None if source_value is UNSET else source_value,
            None if target_value is UNSET else target_value,
        )
        param_group_parameter_diff_v3._present = frozenset(src_dict)

        param_group_parameter_diff_v3.additional_properties = d
        return param_group_parameter_diff_v3

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("source_value", "source_value"),
            ("target_value", "target_value"),
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
