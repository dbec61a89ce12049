# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.configuration_parameters_type import ConfigurationParametersType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ConfigurationParameters")


@_attrs_define
class ConfigurationParameters:
    """One parameter of a template (Table 4-526).

    Attributes:
        name (str | Unset): Parameter name.
        value (str | Unset): Parameter value.
        restart_required (bool | Unset): Whether changing the parameter needs a restart.
        readonly (bool | Unset): Whether the parameter is read-only.
        value_range (str | Unset): Allowed values, e.g. a numeric range or alternatives separated by |.
        type_ (ConfigurationParametersType | Unset): Data type of the parameter.
        description (str | Unset): What the parameter controls.
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    restart_required: bool | Unset = UNSET
    readonly: bool | Unset = UNSET
    value_range: str | Unset = UNSET
    type_: ConfigurationParametersType | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        restart_required = self.restart_required

        readonly = self.readonly

        value_range = self.value_range

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            type_ = _cast(Any, self.type_)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if restart_required is not UNSET:
            field_dict["restart_required"] = restart_required
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if value_range is not UNSET:
            field_dict["value_range"] = value_range
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

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

        configuration_parameters = cls(  # the fields in declaration order
            name,
            value,
            restart_required,
            readonly,
            value_range,
            type_,
            description,
        )

        configuration_parameters.additional_properties = d
        return configuration_parameters

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
