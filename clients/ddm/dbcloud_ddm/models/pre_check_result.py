# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.pre_check_result_status import PreCheckResultStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="PreCheckResult")


@_attrs_define
class PreCheckResult:
    """Result of one pre-check item.

    Attributes:
        name (str | Unset): Check item.
        status (PreCheckResultStatus | Unset): Check result: SUCCESS, FAILED or WARN.
        note (str | Unset): Message about the check item.
        handling_suggestion (str | Unset): Suggested fix.
        error_message (str | Unset): Error message.
        error_detail_message (str | Unset): Error details.
    """

    name: str | Unset = UNSET
    status: PreCheckResultStatus | Unset = UNSET
    note: str | Unset = UNSET
    handling_suggestion: str | Unset = UNSET
    error_message: str | Unset = UNSET
    error_detail_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        note = self.note

        handling_suggestion = self.handling_suggestion

        error_message = self.error_message

        error_detail_message = self.error_detail_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if handling_suggestion is not UNSET:
            field_dict["handling_suggestion"] = handling_suggestion
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_detail_message is not UNSET:
            field_dict["error_detail_message"] = error_detail_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            _status = d.pop("status", UNSET)
            status: PreCheckResultStatus | Unset = (
                UNSET if _status is UNSET else enum_member(PreCheckResultStatus, _status)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "PreCheckResultStatus")

        note = d.pop("note", UNSET)
        if note.__class__ is not str and note is not UNSET:
            note = _drift(cls, src_dict, "note", note, "string")

        handling_suggestion = d.pop("handling_suggestion", UNSET)
        if handling_suggestion.__class__ is not str and handling_suggestion is not UNSET:
            handling_suggestion = _drift(cls, src_dict, "handling_suggestion", handling_suggestion, "string")

        error_message = d.pop("error_message", UNSET)
        if error_message.__class__ is not str and error_message is not UNSET:
            error_message = _drift(cls, src_dict, "error_message", error_message, "string")

        error_detail_message = d.pop("error_detail_message", UNSET)
        if error_detail_message.__class__ is not str and error_detail_message is not UNSET:
            error_detail_message = _drift(cls, src_dict, "error_detail_message", error_detail_message, "string")

        pre_check_result = cls(  # the fields in declaration order
            name,
            status,
            note,
            handling_suggestion,
            error_message,
            error_detail_message,
        )

        pre_check_result.additional_properties = d
        return pre_check_result

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
