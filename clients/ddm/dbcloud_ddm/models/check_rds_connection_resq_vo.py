# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.check_rds_connection_resq_vo_success import CheckRdsConnectionResqVOSuccess
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="CheckRdsConnectionResqVO")


class CheckRdsConnectionResqVO(_Model):
    """Connectivity result of one RDS instance (4.2.38, Table 4-191).

    Attributes:
        rds_instance_id (str | None): RDS instance ID; 36 letters and digits ending in in01.
        success (CheckRdsConnectionResqVOSuccess | None): "true" if the connection test passed, "false" if it failed.
        error_code (None | str): Error code of a failed test.
        error_message (None | str): Reason a test failed.
    """

    __slots__ = (
        "rds_instance_id",
        "success",
        "error_code",
        "error_message",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "rds_instance_id",
        "success",
        "error_code",
        "error_message",
    )

    rds_instance_id: str | None
    success: CheckRdsConnectionResqVOSuccess | None
    error_code: None | str
    error_message: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        rds_instance_id: str | None = None,
        success: CheckRdsConnectionResqVOSuccess | None = None,
        error_code: None | str = None,
        error_message: None | str = None,
    ) -> None:
        self.rds_instance_id = rds_instance_id
        self.success = success
        self.error_code = error_code
        self.error_message = error_message
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.rds_instance_id is not None:
            rds_instance_id = self.rds_instance_id
            field_dict["rds_instance_id"] = rds_instance_id
        elif "rds_instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["rds_instance_id"] = None
        if self.success is not None:
            try:
                success: str | Unset = UNSET
                if not isinstance(self.success, Unset):
                    success = self.success.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                success = _cast(Any, self.success)
            field_dict["success"] = success
        elif "success" in self._present:  # null in the reply: sent back as null
            field_dict["success"] = None
        if self.error_code is not None:
            try:
                error_code: None | str | Unset
                if isinstance(self.error_code, Unset):
                    error_code = UNSET
                else:
                    error_code = self.error_code
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                error_code = _cast(Any, self.error_code)
            field_dict["error_code"] = error_code
        elif "error_code" in self._present:  # null in the reply: sent back as null
            field_dict["error_code"] = None
        if self.error_message is not None:
            try:
                error_message: None | str | Unset
                if isinstance(self.error_message, Unset):
                    error_message = UNSET
                else:
                    error_message = self.error_message
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                error_message = _cast(Any, self.error_message)
            field_dict["error_message"] = error_message
        elif "error_message" in self._present:  # null in the reply: sent back as null
            field_dict["error_message"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rds_instance_id = d.pop("rds_instance_id", UNSET)
        if rds_instance_id.__class__ is not str and rds_instance_id is not UNSET:
            rds_instance_id = _drift(cls, src_dict, "rds_instance_id", rds_instance_id, "string")

        try:
            _success = d.pop("success", UNSET)
            success: CheckRdsConnectionResqVOSuccess | Unset = (
                UNSET if _success is UNSET else enum_member(CheckRdsConnectionResqVOSuccess, _success)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            success = _drift(
                cls, src_dict, "success", src_dict.get("success", UNSET), "CheckRdsConnectionResqVOSuccess"
            )

        try:
            error_code: None | str | Unset = d.pop("error_code", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            error_code = _drift(cls, src_dict, "error_code", src_dict.get("error_code", UNSET), "string or null")

        try:
            error_message: None | str | Unset = d.pop("error_message", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            error_message = _drift(
                cls, src_dict, "error_message", src_dict.get("error_message", UNSET), "string or null"
            )

        check_rds_connection_resq_vo = cls(  # the fields in declaration order; absent members read as None
            None if rds_instance_id is UNSET else rds_instance_id,
            None if success is UNSET else success,
            None if error_code is UNSET else error_code,
            None if error_message is UNSET else error_message,
        )
        check_rds_connection_resq_vo._present = frozenset(src_dict)

        check_rds_connection_resq_vo.additional_properties = d
        return check_rds_connection_resq_vo

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("rds_instance_id", "rds_instance_id"),
            ("success", "success"),
            ("error_code", "error_code"),
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
