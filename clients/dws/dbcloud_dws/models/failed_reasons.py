# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.failed_reasons_error_code import FailedReasonsErrorCode
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="FailedReasons")


class FailedReasons(_Model):
    """Why the last operation on the cluster failed; absent or empty when the cluster is healthy (Chinese edition tables
    5-12, 5-21).

        Attributes:
            error_code (FailedReasonsErrorCode | None): Failure code: DWS.6000 creation failed, DWS.6001 scale-out failed,
                DWS.6002 restart failed, DWS.6003 restore failed.
            error_msg (str | None): Failure message.
    """

    __slots__ = (
        "error_code",
        "error_msg",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "error_code",
        "error_msg",
    )

    error_code: FailedReasonsErrorCode | None
    error_msg: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        error_code: FailedReasonsErrorCode | None = None,
        error_msg: str | None = None,
    ) -> None:
        self.error_code = error_code
        self.error_msg = error_msg
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.error_code is not None:
            try:
                error_code: str | Unset = UNSET
                if not isinstance(self.error_code, Unset):
                    error_code = self.error_code.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                error_code = _cast(Any, self.error_code)
            field_dict["error_code"] = error_code
        elif "error_code" in self._present:  # null in the reply: sent back as null
            field_dict["error_code"] = None
        if self.error_msg is not None:
            error_msg = self.error_msg
            field_dict["error_msg"] = error_msg
        elif "error_msg" in self._present:  # null in the reply: sent back as null
            field_dict["error_msg"] = None
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

        failed_reasons = cls(  # the fields in declaration order; absent members read as None
            None if error_code is UNSET else error_code,
            None if error_msg is UNSET else error_msg,
        )
        failed_reasons._present = frozenset(src_dict)

        failed_reasons.additional_properties = d
        return failed_reasons

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("error_code", "error_code"),
            ("error_msg", "error_msg"),
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
