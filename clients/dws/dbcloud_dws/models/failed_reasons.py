# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.failed_reasons_error_code import FailedReasonsErrorCode
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="FailedReasons")


@_attrs_define
class FailedReasons:
    """Why the last operation on the cluster failed; absent or empty when the cluster is healthy (Chinese edition tables
    5-12, 5-21).

        Attributes:
            error_code (FailedReasonsErrorCode | Unset): Failure code: DWS.6000 creation failed, DWS.6001 scale-out failed,
                DWS.6002 restart failed, DWS.6003 restore failed.
            error_msg (str | Unset): Failure message.
    """

    error_code: FailedReasonsErrorCode | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            error_code: str | Unset = UNSET
            if not isinstance(self.error_code, Unset):
                error_code = self.error_code.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            error_code = _cast(Any, self.error_code)

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _error_code = d.pop("error_code", UNSET)
            error_code: FailedReasonsErrorCode | Unset = (
                UNSET if _error_code is UNSET else enum_member(FailedReasonsErrorCode, _error_code)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            error_code = _drift(
                cls, src_dict, "error_code", src_dict.get("error_code", UNSET), "FailedReasonsErrorCode"
            )

        error_msg = d.pop("error_msg", UNSET)
        if error_msg.__class__ is not str and error_msg is not UNSET:
            error_msg = _drift(cls, src_dict, "error_msg", error_msg, "string")

        failed_reasons = cls(  # the fields in declaration order
            error_code,
            error_msg,
        )

        failed_reasons.additional_properties = d
        return failed_reasons

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
