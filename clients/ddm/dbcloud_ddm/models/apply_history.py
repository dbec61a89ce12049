# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.apply_history_apply_result import ApplyHistoryApplyResult
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ApplyHistory")


class ApplyHistory(_Model):
    """One application of a template (Table 4-545).

    Attributes:
        target_id (str | None): ID of the application target (the table calls it the template ID; the example shows DDM
            instance IDs).
        target_name (str | None): Name of the application target (the table calls it the template name; the example
            shows instance names).
        apply_result (ApplyHistoryApplyResult | None): Outcome: SUCCESS, FAILED or APPLYING (still in progress).
        applied_at (str | None): Application time, yyyy-mm-ddThh:mm:ssZ with a numeric zone offset such as +0800.
        error_message (str | None): Why the application failed; empty on success.
    """

    __slots__ = (
        "target_id",
        "target_name",
        "apply_result",
        "applied_at",
        "error_message",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "target_id",
        "target_name",
        "apply_result",
        "applied_at",
        "error_message",
    )

    target_id: str | None
    target_name: str | None
    apply_result: ApplyHistoryApplyResult | None
    applied_at: str | None
    error_message: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        target_id: str | None = None,
        target_name: str | None = None,
        apply_result: ApplyHistoryApplyResult | None = None,
        applied_at: str | None = None,
        error_message: str | None = None,
    ) -> None:
        self.target_id = target_id
        self.target_name = target_name
        self.apply_result = apply_result
        self.applied_at = applied_at
        self.error_message = error_message
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.target_id is not None:
            target_id = self.target_id
            field_dict["target_id"] = target_id
        elif "target_id" in self._present:  # null in the reply: sent back as null
            field_dict["target_id"] = None
        if self.target_name is not None:
            target_name = self.target_name
            field_dict["target_name"] = target_name
        elif "target_name" in self._present:  # null in the reply: sent back as null
            field_dict["target_name"] = None
        if self.apply_result is not None:
            try:
                apply_result: str | Unset = UNSET
                if not isinstance(self.apply_result, Unset):
                    apply_result = self.apply_result.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                apply_result = _cast(Any, self.apply_result)
            field_dict["apply_result"] = apply_result
        elif "apply_result" in self._present:  # null in the reply: sent back as null
            field_dict["apply_result"] = None
        if self.applied_at is not None:
            applied_at = self.applied_at
            field_dict["applied_at"] = applied_at
        elif "applied_at" in self._present:  # null in the reply: sent back as null
            field_dict["applied_at"] = None
        if self.error_message is not None:
            error_message = self.error_message
            field_dict["error_message"] = error_message
        elif "error_message" in self._present:  # null in the reply: sent back as null
            field_dict["error_message"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_id = d.pop("target_id", UNSET)
        if target_id.__class__ is not str and target_id is not UNSET:
            target_id = _drift(cls, src_dict, "target_id", target_id, "string")

        target_name = d.pop("target_name", UNSET)
        if target_name.__class__ is not str and target_name is not UNSET:
            target_name = _drift(cls, src_dict, "target_name", target_name, "string")

        try:
            _apply_result = d.pop("apply_result", UNSET)
            apply_result: ApplyHistoryApplyResult | Unset = (
                UNSET if _apply_result is UNSET else enum_member(ApplyHistoryApplyResult, _apply_result)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            apply_result = _drift(
                cls, src_dict, "apply_result", src_dict.get("apply_result", UNSET), "ApplyHistoryApplyResult"
            )

        applied_at = d.pop("applied_at", UNSET)
        if applied_at.__class__ is not str and applied_at is not UNSET:
            applied_at = _drift(cls, src_dict, "applied_at", applied_at, "string")

        error_message = d.pop("error_message", UNSET)
        if error_message.__class__ is not str and error_message is not UNSET:
            error_message = _drift(cls, src_dict, "error_message", error_message, "string")

        apply_history = cls(  # the fields in declaration order; absent members read as None
            None if target_id is UNSET else target_id,
            None if target_name is UNSET else target_name,
            None if apply_result is UNSET else apply_result,
            None if applied_at is UNSET else applied_at,
            None if error_message is UNSET else error_message,
        )
        apply_history._present = frozenset(src_dict)

        apply_history.additional_properties = d
        return apply_history

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("target_id", "target_id"),
            ("target_name", "target_name"),
            ("apply_result", "apply_result"),
            ("applied_at", "applied_at"),
            ("error_message", "error_message"),
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
