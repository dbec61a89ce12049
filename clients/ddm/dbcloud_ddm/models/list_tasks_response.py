# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ListTasksResponse")


class ListTasksResponse(_Model):
    """Page of tasks.

    Attributes:
        offset (int | None): Offset the page starts at.
        limit (int | None): Records per page.
        total (int | None): Total number of tasks.
        jobs (list[JobItem] | None): Tasks on this page.
    """

    __slots__ = (
        "offset",
        "limit",
        "total",
        "jobs",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "offset",
        "limit",
        "total",
        "jobs",
    )

    offset: int | None
    limit: int | None
    total: int | None
    jobs: list[JobItem] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        offset: int | None = None,
        limit: int | None = None,
        total: int | None = None,
        jobs: list[JobItem] | None = None,
    ) -> None:
        self.offset = offset
        self.limit = limit
        self.total = total
        self.jobs = jobs
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.offset is not None:
            offset = self.offset
            field_dict["offset"] = offset
        elif "offset" in self._present:  # null in the reply: sent back as null
            field_dict["offset"] = None
        if self.limit is not None:
            limit = self.limit
            field_dict["limit"] = limit
        elif "limit" in self._present:  # null in the reply: sent back as null
            field_dict["limit"] = None
        if self.total is not None:
            total = self.total
            field_dict["total"] = total
        elif "total" in self._present:  # null in the reply: sent back as null
            field_dict["total"] = None
        if self.jobs is not None:
            try:
                jobs: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.jobs, Unset):
                    jobs = []
                    for jobs_item_data in self.jobs:
                        jobs_item = jobs_item_data.to_dict()
                        jobs.append(jobs_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                jobs = _cast(Any, self.jobs)
            field_dict["jobs"] = jobs
        elif "jobs" in self._present:  # null in the reply: sent back as null
            field_dict["jobs"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int and offset is not UNSET:
            offset = _drift(cls, src_dict, "offset", offset, "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = _drift(cls, src_dict, "limit", limit, "integer")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("jobs").__class__ is not list:
                _jobs = d.pop("jobs", UNSET)
                jobs: list[JobItem] | Unset = UNSET
                if _jobs is not UNSET:
                    jobs = []
                    for jobs_item_data in _jobs:
                        jobs_item = JobItem.from_dict(jobs_item_data)

                        jobs.append(jobs_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                jobs = _LazyList(d.pop("jobs"), JobItem.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            jobs = _drift(cls, src_dict, "jobs", src_dict.get("jobs", UNSET), "array")

        list_tasks_response = cls(  # the fields in declaration order; absent members read as None
            None if offset is UNSET else offset,
            None if limit is UNSET else limit,
            None if total is UNSET else total,
            None if jobs is UNSET else jobs,
        )
        list_tasks_response._present = frozenset(src_dict)

        list_tasks_response.additional_properties = d
        return list_tasks_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("offset", "offset"),
            ("limit", "limit"),
            ("total", "total"),
            ("jobs", "jobs"),
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
from ..models.job_item import JobItem  # noqa: E402
