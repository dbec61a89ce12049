# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.cpu_architecture import CpuArchitecture
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ComputeFlavorGroupsInfo")


class ComputeFlavorGroupsInfo(_Model):
    """Node classes of one CPU architecture (table 4-102).

    Attributes:
        group_type (CpuArchitecture | None): CPU architecture of compute resources, X86 or ARM (the tables also write
            x86 and Arm).
        compute_flavors (list[ComputeFlavors] | None): Node classes of the group.
        offset (int | None): Offset from which items are returned.
        limit (int | None): Number of records per page.
        total (int | None): Total number of node classes.
    """

    __slots__ = (
        "group_type",
        "compute_flavors",
        "offset",
        "limit",
        "total",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "group_type",
        "compute_flavors",
        "offset",
        "limit",
        "total",
    )

    group_type: CpuArchitecture | None
    compute_flavors: list[ComputeFlavors] | None
    offset: int | None
    limit: int | None
    total: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        group_type: CpuArchitecture | None = None,
        compute_flavors: list[ComputeFlavors] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        total: int | None = None,
    ) -> None:
        self.group_type = group_type
        self.compute_flavors = compute_flavors
        self.offset = offset
        self.limit = limit
        self.total = total
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.group_type is not None:
            try:
                group_type: str | Unset = UNSET
                if not isinstance(self.group_type, Unset):
                    group_type = self.group_type.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                group_type = _cast(Any, self.group_type)
            field_dict["groupType"] = group_type
        elif "groupType" in self._present:  # null in the reply: sent back as null
            field_dict["groupType"] = None
        if self.compute_flavors is not None:
            try:
                compute_flavors: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.compute_flavors, Unset):
                    compute_flavors = []
                    for compute_flavors_item_data in self.compute_flavors:
                        compute_flavors_item = compute_flavors_item_data.to_dict()
                        compute_flavors.append(compute_flavors_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                compute_flavors = _cast(Any, self.compute_flavors)
            field_dict["computeFlavors"] = compute_flavors
        elif "computeFlavors" in self._present:  # null in the reply: sent back as null
            field_dict["computeFlavors"] = None
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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _group_type = d.pop("groupType", UNSET)
            group_type: CpuArchitecture | Unset = (
                UNSET if _group_type is UNSET else enum_member(CpuArchitecture, _group_type)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            group_type = _drift(cls, src_dict, "groupType", src_dict.get("groupType", UNSET), "CpuArchitecture")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("computeFlavors").__class__ is not list:
                _compute_flavors = d.pop("computeFlavors", UNSET)
                compute_flavors: list[ComputeFlavors] | Unset = UNSET
                if _compute_flavors is not UNSET:
                    compute_flavors = []
                    for compute_flavors_item_data in _compute_flavors:
                        compute_flavors_item = ComputeFlavors.from_dict(compute_flavors_item_data)

                        compute_flavors.append(compute_flavors_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                compute_flavors = _LazyList(d.pop("computeFlavors"), ComputeFlavors.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            compute_flavors = _drift(cls, src_dict, "computeFlavors", src_dict.get("computeFlavors", UNSET), "array")

        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int and offset is not UNSET:
            offset = _drift(cls, src_dict, "offset", offset, "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = _drift(cls, src_dict, "limit", limit, "integer")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        compute_flavor_groups_info = cls(  # the fields in declaration order; absent members read as None
            None if group_type is UNSET else group_type,
            None if compute_flavors is UNSET else compute_flavors,
            None if offset is UNSET else offset,
            None if limit is UNSET else limit,
            None if total is UNSET else total,
        )
        compute_flavor_groups_info._present = frozenset(src_dict)

        compute_flavor_groups_info.additional_properties = d
        return compute_flavor_groups_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("groupType", "group_type"),
            ("computeFlavors", "compute_flavors"),
            ("offset", "offset"),
            ("limit", "limit"),
            ("total", "total"),
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
from ..models.compute_flavors import ComputeFlavors  # noqa: E402
