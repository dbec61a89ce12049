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

T = TypeVar("T", bound="ShowPhysicalProcessesResponse")


class ShowPhysicalProcessesResponse(_Model):
    """Physical sessions of the instance.

    Attributes:
        total_count (int | None): Total number of sessions.
        physical_processes (list[PhysicalProcessInfo] | None): Physical sessions.
    """

    __slots__ = (
        "total_count",
        "physical_processes",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "total_count",
        "physical_processes",
    )

    total_count: int | None
    physical_processes: list[PhysicalProcessInfo] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        total_count: int | None = None,
        physical_processes: list[PhysicalProcessInfo] | None = None,
    ) -> None:
        self.total_count = total_count
        self.physical_processes = physical_processes
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.total_count is not None:
            total_count = self.total_count
            field_dict["total_count"] = total_count
        elif "total_count" in self._present:  # null in the reply: sent back as null
            field_dict["total_count"] = None
        if self.physical_processes is not None:
            try:
                physical_processes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.physical_processes, Unset):
                    physical_processes = []
                    for physical_processes_item_data in self.physical_processes:
                        physical_processes_item = physical_processes_item_data.to_dict()
                        physical_processes.append(physical_processes_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                physical_processes = _cast(Any, self.physical_processes)
            field_dict["physical_processes"] = physical_processes
        elif "physical_processes" in self._present:  # null in the reply: sent back as null
            field_dict["physical_processes"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)
        if total_count.__class__ is not int and total_count is not UNSET:
            total_count = _drift(cls, src_dict, "total_count", total_count, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("physical_processes").__class__ is not list:
                _physical_processes = d.pop("physical_processes", UNSET)
                physical_processes: list[PhysicalProcessInfo] | Unset = UNSET
                if _physical_processes is not UNSET:
                    physical_processes = []
                    for physical_processes_item_data in _physical_processes:
                        physical_processes_item = PhysicalProcessInfo.from_dict(physical_processes_item_data)

                        physical_processes.append(physical_processes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                physical_processes = _LazyList(d.pop("physical_processes"), PhysicalProcessInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            physical_processes = _drift(
                cls, src_dict, "physical_processes", src_dict.get("physical_processes", UNSET), "array"
            )

        show_physical_processes_response = cls(  # the fields in declaration order; absent members read as None
            None if total_count is UNSET else total_count,
            None if physical_processes is UNSET else physical_processes,
        )
        show_physical_processes_response._present = frozenset(src_dict)

        show_physical_processes_response.additional_properties = d
        return show_physical_processes_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("total_count", "total_count"),
            ("physical_processes", "physical_processes"),
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
from ..models.physical_process_info import PhysicalProcessInfo  # noqa: E402
