# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        rds_instance_id = self.rds_instance_id

        success: str | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success.value

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

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

        _success = d.pop("success", UNSET)
        success: CheckRdsConnectionResqVOSuccess | Unset = (
            UNSET if _success is UNSET else enum_member(CheckRdsConnectionResqVOSuccess, _success)
        )

        error_code: None | str | Unset = d.pop("error_code", UNSET)

        error_message: None | str | Unset = d.pop("error_message", UNSET)

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
