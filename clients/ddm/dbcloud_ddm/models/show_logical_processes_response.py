# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowLogicalProcessesResponse")


@_attrs_define
class ShowLogicalProcessesResponse:
    """Logical sessions of the instance.

    Attributes:
        total_count (int | Unset): Total number of sessions.
        logical_processes (list[LogicalProcessesInfo] | Unset): Logical sessions.
    """

    total_count: int | Unset = UNSET
    logical_processes: list[LogicalProcessesInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        try:
            logical_processes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.logical_processes, Unset):
                logical_processes = []
                for logical_processes_item_data in self.logical_processes:
                    logical_processes_item = logical_processes_item_data.to_dict()
                    logical_processes.append(logical_processes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            logical_processes = _cast(Any, self.logical_processes)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if logical_processes is not UNSET:
            field_dict["logical_processes"] = logical_processes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)
        if total_count.__class__ is not int and total_count is not UNSET:
            total_count = _drift(cls, src_dict, "total_count", total_count, "integer")

        try:
            _logical_processes = d.pop("logical_processes", UNSET)
            logical_processes: list[LogicalProcessesInfo] | Unset = UNSET
            if _logical_processes is not UNSET:
                logical_processes = []
                for logical_processes_item_data in _logical_processes:
                    logical_processes_item = LogicalProcessesInfo.from_dict(logical_processes_item_data)

                    logical_processes.append(logical_processes_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            logical_processes = _drift(
                cls, src_dict, "logical_processes", src_dict.get("logical_processes", UNSET), "array"
            )

        show_logical_processes_response = cls(  # the fields in declaration order
            total_count,
            logical_processes,
        )

        show_logical_processes_response.additional_properties = d
        return show_logical_processes_response

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
from ..models.logical_processes_info import LogicalProcessesInfo  # noqa: E402
