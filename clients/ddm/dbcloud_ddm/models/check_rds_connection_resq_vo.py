# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.check_rds_connection_resq_vo_success import CheckRdsConnectionResqVOSuccess
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="CheckRdsConnectionResqVO")


@_attrs_define
class CheckRdsConnectionResqVO:
    """Connectivity result of one RDS instance (4.2.38, Table 4-191).

    Attributes:
        rds_instance_id (str | Unset): RDS instance ID; 36 letters and digits ending in in01.
        success (CheckRdsConnectionResqVOSuccess | Unset): "true" if the connection test passed, "false" if it failed.
        error_code (None | str | Unset): Error code of a failed test.
        error_message (None | str | Unset): Reason a test failed.
    """

    rds_instance_id: str | Unset = UNSET
    success: CheckRdsConnectionResqVOSuccess | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        rds_instance_id = self.rds_instance_id

        try:
            success: str | Unset = UNSET
            if not isinstance(self.success, Unset):
                success = self.success.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            success = _cast(Any, self.success)

        try:
            error_code: None | str | Unset
            if isinstance(self.error_code, Unset):
                error_code = UNSET
            else:
                error_code = self.error_code
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            error_code = _cast(Any, self.error_code)

        try:
            error_message: None | str | Unset
            if isinstance(self.error_message, Unset):
                error_message = UNSET
            else:
                error_message = self.error_message
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            error_message = _cast(Any, self.error_message)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rds_instance_id is not UNSET:
            field_dict["rds_instance_id"] = rds_instance_id
        if success is not UNSET:
            field_dict["success"] = success
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

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

        check_rds_connection_resq_vo = cls(  # the fields in declaration order
            rds_instance_id,
            success,
            error_code,
            error_message,
        )

        check_rds_connection_resq_vo.additional_properties = d
        return check_rds_connection_resq_vo

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
