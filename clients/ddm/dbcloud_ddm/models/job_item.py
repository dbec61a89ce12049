# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.job_item_status import JobItemStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="JobItem")


@_attrs_define
class JobItem:
    """A task in the task list.

    Attributes:
        id (str | Unset): Task ID.
        name (str | Unset): Task name.
        status (JobItemStatus | Unset): Task state: Running (in progress), Completed (succeeded), Failed; ToBeSwitched
            for migration tasks awaiting a route switch.
        created_time (str | Unset): Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        end_time (str | Unset): End time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        process (str | Unset): Progress such as "60%" while running, otherwise an empty string.
        instance_name (str | Unset): Instance name.
        instance_id (str | Unset): Instance ID.
        operations (list[str] | Unset): Operations currently possible on the task.
        database_name (str | Unset): Schema name.
        fail_reason (str | Unset): Reason of failure.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: JobItemStatus | Unset = UNSET
    created_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    process: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    operations: list[str] | Unset = UNSET
    database_name: str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        created_time = self.created_time

        end_time = self.end_time

        process = self.process

        instance_name = self.instance_name

        instance_id = self.instance_id

        try:
            operations: list[str] | Unset = UNSET
            if not isinstance(self.operations, Unset):
                operations = self.operations

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            operations = _cast(Any, self.operations)

        database_name = self.database_name

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if process is not UNSET:
            field_dict["process"] = process
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if operations is not UNSET:
            field_dict["operations"] = operations
        if database_name is not UNSET:
            field_dict["database_name"] = database_name
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            _status = d.pop("status", UNSET)
            status: JobItemStatus | Unset = UNSET if _status is UNSET else enum_member(JobItemStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "JobItemStatus")

        created_time = d.pop("created_time", UNSET)
        if created_time.__class__ is not str and created_time is not UNSET:
            created_time = _drift(cls, src_dict, "created_time", created_time, "string")

        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not str and end_time is not UNSET:
            end_time = _drift(cls, src_dict, "end_time", end_time, "string")

        process = d.pop("process", UNSET)
        if process.__class__ is not str and process is not UNSET:
            process = _drift(cls, src_dict, "process", process, "string")

        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        operations = d.pop("operations", UNSET)
        if operations.__class__ is not list and operations is not UNSET:
            operations = _drift(cls, src_dict, "operations", operations, "array")

        database_name = d.pop("database_name", UNSET)
        if database_name.__class__ is not str and database_name is not UNSET:
            database_name = _drift(cls, src_dict, "database_name", database_name, "string")

        fail_reason = d.pop("fail_reason", UNSET)
        if fail_reason.__class__ is not str and fail_reason is not UNSET:
            fail_reason = _drift(cls, src_dict, "fail_reason", fail_reason, "string")

        job_item = cls(  # the fields in declaration order
            id,
            name,
            status,
            created_time,
            end_time,
            process,
            instance_name,
            instance_id,
            operations,
            database_name,
            fail_reason,
        )

        job_item.additional_properties = d
        return job_item

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
