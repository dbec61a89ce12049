# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParametersRequest")


class ParametersRequest(_Model):
    """Parameter values to change on a cluster (reference 2.41).

    Attributes:
        parameters (list[ParameterRequest]): Parameter changes.
    """

    __slots__ = (
        "parameters",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("parameters",)

    parameters: list[ParameterRequest]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        parameters: list[ParameterRequest],
    ) -> None:
        self.parameters = parameters
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            parameters = _cast(Any, self.parameters)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
            }
        )
        if isinstance(parameters, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["parameters"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("parameters").__class__ is not list:
                parameters = []
                _parameters = d.pop("parameters", UNSET)
                for parameters_item_data in _parameters:
                    parameters_item = ParameterRequest.from_dict(parameters_item_data)

                    parameters.append(parameters_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                parameters = _LazyList(d.pop("parameters"), ParameterRequest.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            parameters = _drift(cls, src_dict, "parameters", src_dict.get("parameters", UNSET), "array")

        parameters_request = cls(  # the fields in declaration order
            parameters,
        )

        parameters_request.additional_properties = d
        return parameters_request

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
from ..models.parameter_request import ParameterRequest  # noqa: E402
