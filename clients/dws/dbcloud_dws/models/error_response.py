# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


class ErrorResponse(_Model):
    """Error body returned by the service for every non-2xx status.

    Attributes:
        error_code (str): Vendor error code
        error_msg (str): Human-readable error message.
    """

    __slots__ = (
        "error_code",
        "error_msg",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "error_code",
        "error_msg",
    )

    error_code: str
    error_msg: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        error_code: str,
        error_msg: str,
    ) -> None:
        self.error_code = error_code
        self.error_msg = error_msg
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "error_msg": error_msg,
            }
        )
        if isinstance(error_code, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["error_code"]
        if isinstance(error_msg, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["error_msg"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("error_code", UNSET)
        if error_code.__class__ is not str:
            error_code = _drift(cls, src_dict, "error_code", error_code, "string")

        error_msg = d.pop("error_msg", UNSET)
        if error_msg.__class__ is not str:
            error_msg = _drift(cls, src_dict, "error_msg", error_msg, "string")

        error_response = cls(  # the fields in declaration order
            error_code,
            error_msg,
        )

        error_response.additional_properties = d
        return error_response

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
