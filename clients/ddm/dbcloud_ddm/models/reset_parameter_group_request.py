# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetParameterGroupRequest")


class ResetParameterGroupRequest(_Model):
    """Changes to a parameter template (Table 4-549).

    Attributes:
        values (ResetParameterGroupRequestValues): Map of parameter name (e.g. connection_idle_timeout) to new value
            (e.g. "20"); a value must not be empty when its name is given, and parameters left out keep their values.
        description (str | Unset): Template description, at most 256 characters, no carriage return and none of ! < " =
            ' > &.
        name (str | Unset): Template name, 1 to 64 letters (case-sensitive), digits, hyphens, underscores or periods.
    """

    __slots__ = (
        "values",
        "description",
        "name",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "values",
        "description",
        "name",
    )

    values: ResetParameterGroupRequestValues
    description: str | Unset
    name: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        values: ResetParameterGroupRequestValues,
        description: str | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> None:
        self.values = values
        self.description = description
        self.name = name
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            values = self.values.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            values = _cast(Any, self.values)

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if isinstance(values, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["values"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            values = ResetParameterGroupRequestValues.from_dict(d.pop("values", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            values = _drift(cls, src_dict, "values", src_dict.get("values", UNSET), "ResetParameterGroupRequestValues")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        reset_parameter_group_request = cls(  # the fields in declaration order
            values,
            description,
            name,
        )

        reset_parameter_group_request.additional_properties = d
        return reset_parameter_group_request

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
from ..models.reset_parameter_group_request_values import ResetParameterGroupRequestValues  # noqa: E402
