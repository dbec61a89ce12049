# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyErrorResponse")


class LegacyErrorResponse(_Model):
    """Error body of v1 and v2 APIs (appendix A.1).

    Attributes:
        err_code (str): Vendor error code, e.g. DBS.300101.
        external_message (str): Human-readable error message.
    """

    __slots__ = (
        "err_code",
        "external_message",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "err_code",
        "external_message",
    )

    err_code: str
    external_message: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        err_code: str,
        external_message: str,
    ) -> None:
        self.err_code = err_code
        self.external_message = external_message
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        err_code = self.err_code

        external_message = self.external_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errCode": err_code,
                "externalMessage": external_message,
            }
        )
        if isinstance(err_code, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["errCode"]
        if isinstance(external_message, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["externalMessage"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        err_code = d.pop("errCode", UNSET)
        if err_code.__class__ is not str:
            err_code = _drift(cls, src_dict, "errCode", err_code, "string")

        external_message = d.pop("externalMessage", UNSET)
        if external_message.__class__ is not str:
            external_message = _drift(cls, src_dict, "externalMessage", external_message, "string")

        legacy_error_response = cls(  # the fields in declaration order
            err_code,
            external_message,
        )

        legacy_error_response.additional_properties = d
        return legacy_error_response

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
