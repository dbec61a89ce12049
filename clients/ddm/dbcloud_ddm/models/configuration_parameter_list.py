# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ConfigurationParameterList")


class ConfigurationParameterList(_Model):
    """One instance parameter (4.2.23, Table 4-139).

    Attributes:
        name (str | None): Parameter name.
        value (str | None): Current value.
        need_restart (str | None): Flag string telling whether a changed value takes effect only after an instance
            restart (e.g. "0").
        read_only (str | None): Flag string telling whether the parameter is read-only (e.g. "0").
        value_range (str | None): Allowed values.
        data_type (str | None): Data type of the parameter.
        description (str | None): What the parameter controls.
    """

    __slots__ = (
        "name",
        "value",
        "need_restart",
        "read_only",
        "value_range",
        "data_type",
        "description",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "value",
        "need_restart",
        "read_only",
        "value_range",
        "data_type",
        "description",
    )

    name: str | None
    value: str | None
    need_restart: str | None
    read_only: str | None
    value_range: str | None
    data_type: str | None
    description: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str | None = None,
        value: str | None = None,
        need_restart: str | None = None,
        read_only: str | None = None,
        value_range: str | None = None,
        data_type: str | None = None,
        description: str | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.need_restart = need_restart
        self.read_only = read_only
        self.value_range = value_range
        self.data_type = data_type
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
        if self.need_restart is not None:
            need_restart = self.need_restart
            field_dict["need_restart"] = need_restart
        elif "need_restart" in self._present:  # null in the reply: sent back as null
            field_dict["need_restart"] = None
        if self.read_only is not None:
            read_only = self.read_only
            field_dict["read_only"] = read_only
        elif "read_only" in self._present:  # null in the reply: sent back as null
            field_dict["read_only"] = None
        if self.value_range is not None:
            value_range = self.value_range
            field_dict["value_range"] = value_range
        elif "value_range" in self._present:  # null in the reply: sent back as null
            field_dict["value_range"] = None
        if self.data_type is not None:
            data_type = self.data_type
            field_dict["data_type"] = data_type
        elif "data_type" in self._present:  # null in the reply: sent back as null
            field_dict["data_type"] = None
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

        configuration_parameter_list = cls(  # the fields in declaration order; absent members read as None
            None if name is UNSET else name,
            None if value is UNSET else value,
            None if need_restart is UNSET else need_restart,
            None if read_only is UNSET else read_only,
            None if value_range is UNSET else value_range,
            None if data_type is UNSET else data_type,
            None if description is UNSET else description,
        )
        configuration_parameter_list._present = frozenset(src_dict)

        configuration_parameter_list.additional_properties = d
        return configuration_parameter_list

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("value", "value"),
            ("need_restart", "need_restart"),
            ("read_only", "read_only"),
            ("value_range", "value_range"),
            ("data_type", "data_type"),
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
