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

T = TypeVar("T", bound="JobInfo")


class JobInfo(_Model):
    """A task of the DDM task center.

    Attributes:
        id (str | None): Task ID.
        name (str | None): Task name.
        status (JobStatus | None):
        created_time (str | None): Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        end_time (str | None): End time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        process (str | None): Progress such as "60%" while running, otherwise an empty string.
        instance (JobInfoInstance | None): Instance the task runs on (table Instance of 4.5.1).
    """

    __slots__ = (
        "id",
        "name",
        "status",
        "created_time",
        "end_time",
        "process",
        "instance",
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
        "instance",
    )

    id: str | None
    name: str | None
    status: JobStatus | None
    created_time: str | None
    end_time: str | None
    process: str | None
    instance: JobInfoInstance | None
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
        instance: JobInfoInstance | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.status = status
        self.created_time = created_time
        self.end_time = end_time
        self.process = process
        self.instance = instance
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
        if self.instance is not None:
            try:
                instance: dict[str, Any] | Unset = UNSET
                if not isinstance(self.instance, Unset):
                    instance = self.instance.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                instance = _cast(Any, self.instance)
            field_dict["instance"] = instance
        elif "instance" in self._present:  # null in the reply: sent back as null
            field_dict["instance"] = None
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

        try:
            _instance = d.pop("instance", UNSET)
            instance: JobInfoInstance | Unset
            if isinstance(_instance, Unset):
                instance = UNSET
            else:
                instance = JobInfoInstance.from_dict(_instance)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instance = _drift(cls, src_dict, "instance", src_dict.get("instance", UNSET), "JobInfoInstance")

        job_info = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if status is UNSET else status,
            None if created_time is UNSET else created_time,
            None if end_time is UNSET else end_time,
            None if process is UNSET else process,
            None if instance is UNSET else instance,
        )
        job_info._present = frozenset(src_dict)

        job_info.additional_properties = d
        return job_info

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
            ("instance", "instance"),
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


# Last, so that circular references between models find this module's class already defined.
from ..models.job_info_instance import JobInfoInstance  # noqa: E402
