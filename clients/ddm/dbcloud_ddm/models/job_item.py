# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.job_status import JobStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="JobItem")


class JobItem(_Model):
    """A task in the task list.

    Attributes:
        id (str | None): Task ID.
        name (str | None): Task name.
        status (JobStatus | None):
        created_time (str | None): Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        end_time (str | None): End time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        process (str | None): Progress such as "60%" while running, otherwise an empty string.
        instance_name (str | None): Instance name.
        instance_id (str | None): Instance ID.
        operations (list[str] | None): Operations currently possible on the task.
        database_name (str | None): Schema name.
        fail_reason (str | None): Reason of failure.
    """

    __slots__ = (
        "id",
        "name",
        "status",
        "created_time",
        "end_time",
        "process",
        "instance_name",
        "instance_id",
        "operations",
        "database_name",
        "fail_reason",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "status",
        "created_time",
        "end_time",
        "process",
        "instance_name",
        "instance_id",
        "operations",
        "database_name",
        "fail_reason",
    )

    id: str | None
    name: str | None
    status: JobStatus | None
    created_time: str | None
    end_time: str | None
    process: str | None
    instance_name: str | None
    instance_id: str | None
    operations: list[str] | None
    database_name: str | None
    fail_reason: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        status: JobStatus | None = None,
        created_time: str | None = None,
        end_time: str | None = None,
        process: str | None = None,
        instance_name: str | None = None,
        instance_id: str | None = None,
        operations: list[str] | None = None,
        database_name: str | None = None,
        fail_reason: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.status = status
        self.created_time = created_time
        self.end_time = end_time
        self.process = process
        self.instance_name = instance_name
        self.instance_id = instance_id
        self.operations = operations
        self.database_name = database_name
        self.fail_reason = fail_reason
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
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
        if self.created_time is not None:
            created_time = self.created_time
            field_dict["created_time"] = created_time
        elif "created_time" in self._present:  # null in the reply: sent back as null
            field_dict["created_time"] = None
        if self.end_time is not None:
            end_time = self.end_time
            field_dict["end_time"] = end_time
        elif "end_time" in self._present:  # null in the reply: sent back as null
            field_dict["end_time"] = None
        if self.process is not None:
            process = self.process
            field_dict["process"] = process
        elif "process" in self._present:  # null in the reply: sent back as null
            field_dict["process"] = None
        if self.instance_name is not None:
            instance_name = self.instance_name
            field_dict["instance_name"] = instance_name
        elif "instance_name" in self._present:  # null in the reply: sent back as null
            field_dict["instance_name"] = None
        if self.instance_id is not None:
            instance_id = self.instance_id
            field_dict["instance_id"] = instance_id
        elif "instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["instance_id"] = None
        if self.operations is not None:
            try:
                operations: list[str] | Unset = UNSET
                if not isinstance(self.operations, Unset):
                    operations = self.operations

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                operations = _cast(Any, self.operations)
            field_dict["operations"] = operations
        elif "operations" in self._present:  # null in the reply: sent back as null
            field_dict["operations"] = None
        if self.database_name is not None:
            database_name = self.database_name
            field_dict["database_name"] = database_name
        elif "database_name" in self._present:  # null in the reply: sent back as null
            field_dict["database_name"] = None
        if self.fail_reason is not None:
            fail_reason = self.fail_reason
            field_dict["fail_reason"] = fail_reason
        elif "fail_reason" in self._present:  # null in the reply: sent back as null
            field_dict["fail_reason"] = None
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
            status: JobStatus | Unset = UNSET if _status is UNSET else enum_member(JobStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "JobStatus")

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

        job_item = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if status is UNSET else status,
            None if created_time is UNSET else created_time,
            None if end_time is UNSET else end_time,
            None if process is UNSET else process,
            None if instance_name is UNSET else instance_name,
            None if instance_id is UNSET else instance_id,
            None if operations is UNSET else operations,
            None if database_name is UNSET else database_name,
            None if fail_reason is UNSET else fail_reason,
        )
        job_item._present = frozenset(src_dict)

        job_item.additional_properties = d
        return job_item

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("status", "status"),
            ("created_time", "created_time"),
            ("end_time", "end_time"),
            ("process", "process"),
            ("instance_name", "instance_name"),
            ("instance_id", "instance_id"),
            ("operations", "operations"),
            ("database_name", "database_name"),
            ("fail_reason", "fail_reason"),
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
