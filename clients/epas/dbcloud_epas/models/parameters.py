# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="Parameters")


@_attrs_define
class Parameters:
    """A parameter defined in a parameter group (reference 2.40).

    Attributes:
        dbaas_parameter_group_id (str): Identifier of the parameter group the parameter belongs to.
        default_value (str): Default value of the parameter.
        description (str): Explanation of the parameter.
        id (str): Identifier of the parameter.
        name (str): Parameter name.
        software_type (None | str): Software the parameter belongs to.
    """

    dbaas_parameter_group_id: str
    default_value: str
    description: str
    id: str
    name: str
    software_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        dbaas_parameter_group_id = self.dbaas_parameter_group_id

        default_value = self.default_value

        description = self.description

        id = self.id

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
                "dbaas_parameter_group_id": dbaas_parameter_group_id,
                "default_value": default_value,
                "description": description,
                "id": id,
                "name": name,
                "software_type": software_type,
            }
        )
        if isinstance(dbaas_parameter_group_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["dbaas_parameter_group_id"]
        if isinstance(default_value, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["default_value"]
        if isinstance(description, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["description"]
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(software_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["software_type"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dbaas_parameter_group_id = d.pop("dbaas_parameter_group_id", UNSET)
        if dbaas_parameter_group_id.__class__ is not str:
            dbaas_parameter_group_id = _drift(
                cls, src_dict, "dbaas_parameter_group_id", dbaas_parameter_group_id, "string"
            )

        default_value = d.pop("default_value", UNSET)
        if default_value.__class__ is not str:
            default_value = _drift(cls, src_dict, "default_value", default_value, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = _drift(cls, src_dict, "description", description, "string")

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            software_type: None | str = d.pop("software_type", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            software_type = _drift(
                cls, src_dict, "software_type", src_dict.get("software_type", UNSET), "string or null"
            )

        parameters = cls(  # the fields in declaration order
            dbaas_parameter_group_id,
            default_value,
            description,
            id,
            name,
            software_type,
        )

        parameters.additional_properties = d
        return parameters

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
