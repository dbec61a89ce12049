# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.configuration_parameters_type import ConfigurationParametersType
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ConfigurationParameters")


class ConfigurationParameters(_Model):
    """One parameter of a template (Table 4-526).

    Attributes:
        name (str | None): Parameter name.
        value (str | None): Parameter value.
        restart_required (bool | None): Whether changing the parameter needs a restart.
        readonly (bool | None): Whether the parameter is read-only.
        value_range (str | None): Allowed values, e.g. a numeric range or alternatives separated by |.
        type_ (ConfigurationParametersType | None): Data type of the parameter.
        description (str | None): What the parameter controls.
    """

    __slots__ = (
        "name",
        "value",
        "restart_required",
        "readonly",
        "value_range",
        "type_",
        "description",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "value",
        "restart_required",
        "readonly",
        "value_range",
        "type_",
        "description",
    )

    name: str | None
    value: str | None
    restart_required: bool | None
    readonly: bool | None
    value_range: str | None
    type_: ConfigurationParametersType | None
    description: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str | None = None,
        value: str | None = None,
        restart_required: bool | None = None,
        readonly: bool | None = None,
        value_range: str | None = None,
        type_: ConfigurationParametersType | None = None,
        description: str | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.restart_required = restart_required
        self.readonly = readonly
        self.value_range = value_range
        self.type_ = type_
        self.description = description
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
        if self.restart_required is not None:
            restart_required = self.restart_required
            field_dict["restart_required"] = restart_required
        elif "restart_required" in self._present:  # null in the reply: sent back as null
            field_dict["restart_required"] = None
        if self.readonly is not None:
            readonly = self.readonly
            field_dict["readonly"] = readonly
        elif "readonly" in self._present:  # null in the reply: sent back as null
            field_dict["readonly"] = None
        if self.value_range is not None:
            value_range = self.value_range
            field_dict["value_range"] = value_range
        elif "value_range" in self._present:  # null in the reply: sent back as null
            field_dict["value_range"] = None
        if self.type_ is not None:
            try:
                type_: str | Unset = UNSET
                if not isinstance(self.type_, Unset):
                    type_ = self.type_.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                type_ = _cast(Any, self.type_)
            field_dict["type"] = type_
        elif "type" in self._present:  # null in the reply: sent back as null
            field_dict["type"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        value = d.pop("value", UNSET)
        if value.__class__ is not str and value is not UNSET:
            value = _drift(cls, src_dict, "value", value, "string")

        restart_required = d.pop("restart_required", UNSET)
        if restart_required.__class__ is not bool and restart_required is not UNSET:
            restart_required = _drift(cls, src_dict, "restart_required", restart_required, "boolean")

        readonly = d.pop("readonly", UNSET)
        if readonly.__class__ is not bool and readonly is not UNSET:
            readonly = _drift(cls, src_dict, "readonly", readonly, "boolean")

        value_range = d.pop("value_range", UNSET)
        if value_range.__class__ is not str and value_range is not UNSET:
            value_range = _drift(cls, src_dict, "value_range", value_range, "string")

        try:
            _type_ = d.pop("type", UNSET)
            type_: ConfigurationParametersType | Unset = (
                UNSET if _type_ is UNSET else enum_member(ConfigurationParametersType, _type_)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            type_ = _drift(cls, src_dict, "type", src_dict.get("type", UNSET), "ConfigurationParametersType")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        configuration_parameters = cls(  # the fields in declaration order; absent members read as None
            None if name is UNSET else name,
            None if value is UNSET else value,
            None if restart_required is UNSET else restart_required,
            None if readonly is UNSET else readonly,
            None if value_range is UNSET else value_range,
            None if type_ is UNSET else type_,
            None if description is UNSET else description,
        )
        configuration_parameters._present = frozenset(src_dict)

        configuration_parameters.additional_properties = d
        return configuration_parameters

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("value", "value"),
            ("restart_required", "restart_required"),
            ("readonly", "readonly"),
            ("value_range", "value_range"),
            ("type", "type_"),
            ("description", "description"),
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
