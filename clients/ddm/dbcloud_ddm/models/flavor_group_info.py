# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.cpu_architecture import CpuArchitecture
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="FlavorGroupInfo")


@_attrs_define
class FlavorGroupInfo:
    """Node classes of one CPU architecture, with paging data (4.2.22, Table 4-132).

    Attributes:
        flavors (list[Flavor] | Unset): Node classes of this architecture.
        group_type (CpuArchitecture | Unset): CPU architecture of compute resources, X86 or ARM (the tables also write
            x86 and Arm).
        offset (int | Unset): Offset the page starts at.
        limit (int | Unset): Page size.
        total (int | Unset): Total number of node classes of this architecture.
    """

    flavors: list[Flavor] | Unset = UNSET
    group_type: CpuArchitecture | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            flavors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.flavors, Unset):
                flavors = []
                for flavors_item_data in self.flavors:
                    flavors_item = flavors_item_data.to_dict()
                    flavors.append(flavors_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            flavors = _cast(Any, self.flavors)

        try:
            group_type: str | Unset = UNSET
            if not isinstance(self.group_type, Unset):
                group_type = self.group_type.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            group_type = _cast(Any, self.group_type)

        offset = self.offset

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flavors is not UNSET:
            field_dict["flavors"] = flavors
        if group_type is not UNSET:
            field_dict["group_type"] = group_type
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _flavors = d.pop("flavors", UNSET)
            flavors: list[Flavor] | Unset = UNSET
            if _flavors is not UNSET:
                flavors = []
                for flavors_item_data in _flavors:
                    flavors_item = Flavor.from_dict(flavors_item_data)

                    flavors.append(flavors_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            flavors = _drift(cls, src_dict, "flavors", src_dict.get("flavors", UNSET), "array")

        try:
            _group_type = d.pop("group_type", UNSET)
            group_type: CpuArchitecture | Unset = (
                UNSET if _group_type is UNSET else enum_member(CpuArchitecture, _group_type)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            group_type = _drift(cls, src_dict, "group_type", src_dict.get("group_type", UNSET), "CpuArchitecture")

        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int and offset is not UNSET:
            offset = _drift(cls, src_dict, "offset", offset, "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = _drift(cls, src_dict, "limit", limit, "integer")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        flavor_group_info = cls(  # the fields in declaration order
            flavors,
            group_type,
            offset,
            limit,
            total,
        )

        flavor_group_info.additional_properties = d
        return flavor_group_info

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
from ..models.flavor import Flavor  # noqa: E402
