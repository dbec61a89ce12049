# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.job_info_status import JobInfoStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="JobInfo")


@_attrs_define
class JobInfo:
    """A task of the DDM task center.

    Attributes:
        id (str | Unset): Task ID.
        name (str | Unset): Task name.
        status (JobInfoStatus | Unset): Task state: Running (in progress), Completed (succeeded), Failed; ToBeSwitched
            appears for migration tasks awaiting a route switch.
        created_time (str | Unset): Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        end_time (str | Unset): End time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        process (str | Unset): Progress such as "60%" while running, otherwise an empty string.
        instance (JobInfoInstance | Unset): Instance the task runs on (table Instance of 4.5.1).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: JobInfoStatus | Unset = UNSET
    created_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    process: str | Unset = UNSET
    instance: JobInfoInstance | Unset = UNSET
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

        try:
            instance: dict[str, Any] | Unset = UNSET
            if not isinstance(self.instance, Unset):
                instance = self.instance.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            instance = _cast(Any, self.instance)

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
        if instance is not UNSET:
            field_dict["instance"] = instance

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
            status: JobInfoStatus | Unset = UNSET if _status is UNSET else enum_member(JobInfoStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "JobInfoStatus")

        created_time = d.pop("created_time", UNSET)
        if created_time.__class__ is not str and created_time is not UNSET:
            created_time = _drift(cls, src_dict, "created_time", created_time, "string")

        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not str and end_time is not UNSET:
            end_time = _drift(cls, src_dict, "end_time", end_time, "string")

        process = d.pop("process", UNSET)
        if process.__class__ is not str and process is not UNSET:
            process = _drift(cls, src_dict, "process", process, "string")

        try:
            _instance = d.pop("instance", UNSET)
            instance: JobInfoInstance | Unset
            if isinstance(_instance, Unset):
                instance = UNSET
            else:
                instance = JobInfoInstance.from_dict(_instance)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instance = _drift(cls, src_dict, "instance", src_dict.get("instance", UNSET), "JobInfoInstance")

        job_info = cls(  # the fields in declaration order
            id,
            name,
            status,
            created_time,
            end_time,
            process,
            instance,
        )

        job_info.additional_properties = d
        return job_info

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
from ..models.job_info_instance import JobInfoInstance  # noqa: E402
