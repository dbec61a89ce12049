# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="RequestStateResponse")


class RequestStateResponse(_Model):
    """State of an asynchronous request (reference 2.49).

    Attributes:
        request_id (str): Identifier of the request.
        state (str): Current state of the request.
    """

    __slots__ = (
        "request_id",
        "state",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "request_id",
        "state",
    )

    request_id: str
    state: str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        request_id: str,
        state: str,
    ) -> None:
        self.request_id = request_id
        self.state = state
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.request_id is not None:
            request_id = self.request_id
            field_dict["request_id"] = request_id
        elif "request_id" in self._present:  # null in the reply: sent back as null
            field_dict["request_id"] = None
        if self.state is not None:
            state = self.state
            field_dict["state"] = state
        elif "state" in self._present:  # null in the reply: sent back as null
            field_dict["state"] = None
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

        request_state_response = cls(  # the fields in declaration order; absent members read as None
            _MISSING if request_id is UNSET else request_id,
            _MISSING if state is UNSET else state,
        )
        request_state_response._present = frozenset(src_dict)

        request_state_response.additional_properties = d
        return request_state_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("request_id", "request_id"),
            ("state", "state"),
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
