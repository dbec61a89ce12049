# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestStateResponse")


@_attrs_define
class RequestStateResponse:
    """State of an asynchronous request (reference 2.49).

    Attributes:
        request_id (str): Identifier of the request.
        state (str): Current state of the request.
    """

    request_id: str
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "state": state,
            }
        )
        if isinstance(request_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["request_id"]
        if isinstance(state, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["state"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)
        if request_id.__class__ is not str:
            request_id = _drift(cls, src_dict, "request_id", request_id, "string")

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = _drift(cls, src_dict, "state", state, "string")

        request_state_response = cls(  # the fields in declaration order
            request_id,
            state,
        )

        request_state_response.additional_properties = d
        return request_state_response

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
