# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterDTO")


@_attrs_define
class ParameterDTO:
    """A database parameter with its current value on a cluster (reference 2.35).

    Attributes:
        allows_value (str): Values the parameter accepts.
        applied_value (str): Value currently in effect.
        apply_type (str): How a change takes effect (for example immediately or after restart).
        data_type (str): Data type of the parameter.
        default_value (str): Default value of the parameter.
        description (None | str): Explanation of the parameter.
        id (str): Identifier of the parameter.
        is_modifiable (bool): Whether users may change the parameter.
        name (str): Parameter name.
        software_type (None | str): Software the parameter belongs to.
    """

    allows_value: str
    applied_value: str
    apply_type: str
    data_type: str
    default_value: str
    description: None | str
    id: str
    is_modifiable: bool
    name: str
    software_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        allows_value = self.allows_value

        applied_value = self.applied_value

        apply_type = self.apply_type

        data_type = self.data_type

        default_value = self.default_value

        try:
            description: None | str
            description = self.description
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            description = _cast(Any, self.description)

        id = self.id

        is_modifiable = self.is_modifiable

        name = self.name

        try:
            software_type: None | str
            software_type = self.software_type
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            software_type = _cast(Any, self.software_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allows_value": allows_value,
                "applied_value": applied_value,
                "apply_type": apply_type,
                "data_type": data_type,
                "default_value": default_value,
                "description": description,
                "id": id,
                "is_modifiable": is_modifiable,
                "name": name,
                "software_type": software_type,
            }
        )
        if isinstance(allows_value, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["allows_value"]
        if isinstance(applied_value, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["applied_value"]
        if isinstance(apply_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["apply_type"]
        if isinstance(data_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["data_type"]
        if isinstance(default_value, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["default_value"]
        if isinstance(description, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["description"]
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(is_modifiable, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["is_modifiable"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(software_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["software_type"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allows_value = d.pop("allows_value", UNSET)
        if allows_value.__class__ is not str:
            allows_value = _drift(cls, src_dict, "allows_value", allows_value, "string")

        applied_value = d.pop("applied_value", UNSET)
        if applied_value.__class__ is not str:
            applied_value = _drift(cls, src_dict, "applied_value", applied_value, "string")

        apply_type = d.pop("apply_type", UNSET)
        if apply_type.__class__ is not str:
            apply_type = _drift(cls, src_dict, "apply_type", apply_type, "string")

        data_type = d.pop("data_type", UNSET)
        if data_type.__class__ is not str:
            data_type = _drift(cls, src_dict, "data_type", data_type, "string")

        default_value = d.pop("default_value", UNSET)
        if default_value.__class__ is not str:
            default_value = _drift(cls, src_dict, "default_value", default_value, "string")

        try:
            description: None | str = d.pop("description", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            description = _drift(cls, src_dict, "description", src_dict.get("description", UNSET), "string or null")

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        is_modifiable = d.pop("is_modifiable", UNSET)
        if is_modifiable.__class__ is not bool:
            is_modifiable = _drift(cls, src_dict, "is_modifiable", is_modifiable, "boolean")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            software_type: None | str = d.pop("software_type", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            software_type = _drift(
                cls, src_dict, "software_type", src_dict.get("software_type", UNSET), "string or null"
            )

        parameter_dto = cls(  # the fields in declaration order
            allows_value,
            applied_value,
            apply_type,
            data_type,
            default_value,
            description,
            id,
            is_modifiable,
            name,
            software_type,
        )

        parameter_dto.additional_properties = d
        return parameter_dto

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
