# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.pre_check_result_status import PreCheckResultStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="PreCheckResult")


class PreCheckResult(_Model):
    """Result of one pre-check item.

    Attributes:
        name (str | None): Check item.
        status (PreCheckResultStatus | None): Check result: SUCCESS, FAILED or WARN.
        note (str | None): Message about the check item.
        handling_suggestion (str | None): Suggested fix.
        error_message (str | None): Error message.
        error_detail_message (str | None): Error details.
    """

    __slots__ = (
        "name",
        "status",
        "note",
        "handling_suggestion",
        "error_message",
        "error_detail_message",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "status",
        "note",
        "handling_suggestion",
        "error_message",
        "error_detail_message",
    )

    name: str | None
    status: PreCheckResultStatus | None
    note: str | None
    handling_suggestion: str | None
    error_message: str | None
    error_detail_message: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str | None = None,
        status: PreCheckResultStatus | None = None,
        note: str | None = None,
        handling_suggestion: str | None = None,
        error_message: str | None = None,
        error_detail_message: str | None = None,
    ) -> None:
        self.name = name
        self.status = status
        self.note = note
        self.handling_suggestion = handling_suggestion
        self.error_message = error_message
        self.error_detail_message = error_detail_message
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.status is not None:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.note is not None:
            note = self.note
            field_dict["note"] = note
        elif "note" in self._present:  # null in the reply: sent back as null
            field_dict["note"] = None
        if self.handling_suggestion is not None:
            handling_suggestion = self.handling_suggestion
            field_dict["handling_suggestion"] = handling_suggestion
        elif "handling_suggestion" in self._present:  # null in the reply: sent back as null
            field_dict["handling_suggestion"] = None
        if self.error_message is not None:
            error_message = self.error_message
            field_dict["error_message"] = error_message
        elif "error_message" in self._present:  # null in the reply: sent back as null
            field_dict["error_message"] = None
        if self.error_detail_message is not None:
            error_detail_message = self.error_detail_message
            field_dict["error_detail_message"] = error_detail_message
        elif "error_detail_message" in self._present:  # null in the reply: sent back as null
            field_dict["error_detail_message"] = None
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

        pre_check_result = cls(  # the fields in declaration order; absent members read as None
            None if name is UNSET else name,
            None if status is UNSET else status,
            None if note is UNSET else note,
            None if handling_suggestion is UNSET else handling_suggestion,
            None if error_message is UNSET else error_message,
            None if error_detail_message is UNSET else error_detail_message,
        )
        pre_check_result._present = frozenset(src_dict)

        pre_check_result.additional_properties = d
        return pre_check_result

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("status", "status"),
            ("note", "note"),
            ("handling_suggestion", "handling_suggestion"),
            ("error_message", "error_message"),
            ("error_detail_message", "error_detail_message"),
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
