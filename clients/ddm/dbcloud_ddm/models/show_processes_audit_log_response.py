# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowProcessesAuditLogResponse")


@_attrs_define
class ShowProcessesAuditLogResponse:
    """Audit records of killed sessions.

    Attributes:
        total_count (int | Unset): Total number of records.
        process_audit_logs (list[UserProcessAuditLog] | Unset): Audit records.
    """

    total_count: int | Unset = UNSET
    process_audit_logs: list[UserProcessAuditLog] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        try:
            process_audit_logs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.process_audit_logs, Unset):
                process_audit_logs = []
                for process_audit_logs_item_data in self.process_audit_logs:
                    process_audit_logs_item = process_audit_logs_item_data.to_dict()
                    process_audit_logs.append(process_audit_logs_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            process_audit_logs = _cast(Any, self.process_audit_logs)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if process_audit_logs is not UNSET:
            field_dict["process_audit_logs"] = process_audit_logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)
        if total_count.__class__ is not int and total_count is not UNSET:
            total_count = _drift(cls, src_dict, "total_count", total_count, "integer")

        try:
            _process_audit_logs = d.pop("process_audit_logs", UNSET)
            process_audit_logs: list[UserProcessAuditLog] | Unset = UNSET
            if _process_audit_logs is not UNSET:
                process_audit_logs = []
                for process_audit_logs_item_data in _process_audit_logs:
                    process_audit_logs_item = UserProcessAuditLog.from_dict(process_audit_logs_item_data)

                    process_audit_logs.append(process_audit_logs_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            process_audit_logs = _drift(
                cls, src_dict, "process_audit_logs", src_dict.get("process_audit_logs", UNSET), "array"
            )

        show_processes_audit_log_response = cls(  # the fields in declaration order
            total_count,
            process_audit_logs,
        )

        show_processes_audit_log_response.additional_properties = d
        return show_processes_audit_log_response

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


# Last, so that circular references between models find this module's class already defined.
from ..models.user_process_audit_log import UserProcessAuditLog  # noqa: E402
