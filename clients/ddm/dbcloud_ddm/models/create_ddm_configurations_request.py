# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDdmConfigurationsRequest")


class CreateDdmConfigurationsRequest(_Model):
    """Parameter template to create (Table 4-538).

    Attributes:
        name (str): Template name, 1 to 64 letters, digits, hyphens, underscores or periods.
        description (str): Template description without carriage returns or any of ! < " = ' > &; only the first 256
            characters are kept, a longer value is truncated rather than rejected.
        values (CreateDdmConfigurationsRequestValues | Unset): Map of parameter name (e.g. connection_idle_timeout) to
            value (e.g. "20") overriding the default template; a value must not be empty when its name is given.
    """

    __slots__ = (
        "name",
        "description",
        "values",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "description",
        "values",
    )

    name: str
    description: str
    values: CreateDdmConfigurationsRequestValues | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        description: str,
        values: CreateDdmConfigurationsRequestValues | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.values = values
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        try:
            values: dict[str, Any] | Unset = UNSET
            if not isinstance(self.values, Unset):
                values = self.values.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            values = _cast(Any, self.values)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(description, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["description"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = _drift(cls, src_dict, "description", description, "string")

        try:
            _values = d.pop("values", UNSET)
            values: CreateDdmConfigurationsRequestValues | Unset
            if isinstance(_values, Unset):
                values = UNSET
            else:
                values = CreateDdmConfigurationsRequestValues.from_dict(_values)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            values = _drift(
                cls, src_dict, "values", src_dict.get("values", UNSET), "CreateDdmConfigurationsRequestValues"
            )

        create_ddm_configurations_request = cls(  # the fields in declaration order
            name,
            description,
            values,
        )

        create_ddm_configurations_request.additional_properties = d
        return create_ddm_configurations_request

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


# Last, so that circular references between models find this module's class already defined.
from ..models.create_ddm_configurations_request_values import CreateDdmConfigurationsRequestValues  # noqa: E402
