# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationParameterList")


@_attrs_define
class ConfigurationParameterList:
    """One instance parameter (4.2.23, Table 4-139).

    Attributes:
        name (str | Unset): Parameter name.
        value (str | Unset): Current value.
        need_restart (str | Unset): Flag string telling whether a changed value takes effect only after an instance
            restart (e.g. "0").
        read_only (str | Unset): Flag string telling whether the parameter is read-only (e.g. "0").
        value_range (str | Unset): Allowed values.
        data_type (str | Unset): Data type of the parameter.
        description (str | Unset): What the parameter controls.
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    need_restart: str | Unset = UNSET
    read_only: str | Unset = UNSET
    value_range: str | Unset = UNSET
    data_type: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        need_restart = self.need_restart

        read_only = self.read_only

        value_range = self.value_range

        data_type = self.data_type

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if need_restart is not UNSET:
            field_dict["need_restart"] = need_restart
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if value_range is not UNSET:
            field_dict["value_range"] = value_range
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
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

        need_restart = d.pop("need_restart", UNSET)
        if need_restart.__class__ is not str and need_restart is not UNSET:
            need_restart = _drift(cls, src_dict, "need_restart", need_restart, "string")

        read_only = d.pop("read_only", UNSET)
        if read_only.__class__ is not str and read_only is not UNSET:
            read_only = _drift(cls, src_dict, "read_only", read_only, "string")

        value_range = d.pop("value_range", UNSET)
        if value_range.__class__ is not str and value_range is not UNSET:
            value_range = _drift(cls, src_dict, "value_range", value_range, "string")

        data_type = d.pop("data_type", UNSET)
        if data_type.__class__ is not str and data_type is not UNSET:
            data_type = _drift(cls, src_dict, "data_type", data_type, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        configuration_parameter_list = cls(  # the fields in declaration order
            name,
            value,
            need_restart,
            read_only,
            value_range,
            data_type,
            description,
        )

        configuration_parameter_list.additional_properties = d
        return configuration_parameter_list

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
