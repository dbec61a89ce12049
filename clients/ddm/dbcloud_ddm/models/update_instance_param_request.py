# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInstanceParamRequest")


class UpdateInstanceParamRequest(_Model):
    """Parameter change request of the v3 path (Table 4-529).

    Attributes:
        values (UpdateInstanceParamValues): Map of parameter name to new value (Table 4-530 "values"); the listed names
            are the documented ones, other parameter names are passed through as strings. A parameter left out keeps its
            value.
    """

    __slots__ = (
        "values",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("values",)

    values: UpdateInstanceParamValues
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        values: UpdateInstanceParamValues,
    ) -> None:
        self.values = values
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            values = self.values.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            values = _cast(Any, self.values)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if isinstance(values, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["values"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            values = UpdateInstanceParamValues.from_dict(d.pop("values", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            values = _drift(cls, src_dict, "values", src_dict.get("values", UNSET), "UpdateInstanceParamValues")

        update_instance_param_request = cls(  # the fields in declaration order
            values,
        )

        update_instance_param_request.additional_properties = d
        return update_instance_param_request

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
from ..models.update_instance_param_values import UpdateInstanceParamValues  # noqa: E402
