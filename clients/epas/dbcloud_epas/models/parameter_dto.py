# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        allows_value = self.allows_value

        applied_value = self.applied_value

        apply_type = self.apply_type

        data_type = self.data_type

        default_value = self.default_value

        description: None | str
        description = self.description

        id = self.id

        is_modifiable = self.is_modifiable

        name = self.name

        software_type: None | str
        software_type = self.software_type

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allows_value = d.pop("allows_value")

        applied_value = d.pop("applied_value")

        apply_type = d.pop("apply_type")

        data_type = d.pop("data_type")

        default_value = d.pop("default_value")

        description: None | str = d.pop("description")

        id = d.pop("id")

        is_modifiable = d.pop("is_modifiable")

        name = d.pop("name")

        software_type: None | str = d.pop("software_type")

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
