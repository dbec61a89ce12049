# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowRelatedDnsResponse")


@_attrs_define
class ShowRelatedDnsResponse:
    """Data nodes related at a restore time (Table 4-478).

    Attributes:
        related_data_nodes (list[RelatedDnVO] | Unset): Related data nodes.
        latest_restorable_time (str | Unset): Latest point in time that can be restored.
        offset (int | Unset): Offset the page starts at.
        limit (int | Unset): Page size.
        total (int | Unset): Total number of records.
    """

    related_data_nodes: list[RelatedDnVO] | Unset = UNSET
    latest_restorable_time: str | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            related_data_nodes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.related_data_nodes, Unset):
                related_data_nodes = []
                for related_data_nodes_item_data in self.related_data_nodes:
                    related_data_nodes_item = related_data_nodes_item_data.to_dict()
                    related_data_nodes.append(related_data_nodes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            related_data_nodes = _cast(Any, self.related_data_nodes)

        latest_restorable_time = self.latest_restorable_time

        offset = self.offset

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if related_data_nodes is not UNSET:
            field_dict["related_data_nodes"] = related_data_nodes
        if latest_restorable_time is not UNSET:
            field_dict["latest_restorable_time"] = latest_restorable_time
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
            _related_data_nodes = d.pop("related_data_nodes", UNSET)
            related_data_nodes: list[RelatedDnVO] | Unset = UNSET
            if _related_data_nodes is not UNSET:
                related_data_nodes = []
                for related_data_nodes_item_data in _related_data_nodes:
                    related_data_nodes_item = RelatedDnVO.from_dict(related_data_nodes_item_data)

                    related_data_nodes.append(related_data_nodes_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            related_data_nodes = _drift(
                cls, src_dict, "related_data_nodes", src_dict.get("related_data_nodes", UNSET), "array"
            )

        latest_restorable_time = d.pop("latest_restorable_time", UNSET)
        if latest_restorable_time.__class__ is not str and latest_restorable_time is not UNSET:
            latest_restorable_time = _drift(cls, src_dict, "latest_restorable_time", latest_restorable_time, "string")

        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int and offset is not UNSET:
            offset = _drift(cls, src_dict, "offset", offset, "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = _drift(cls, src_dict, "limit", limit, "integer")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        show_related_dns_response = cls(  # the fields in declaration order
            related_data_nodes,
            latest_restorable_time,
            offset,
            limit,
            total,
        )

        show_related_dns_response.additional_properties = d
        return show_related_dns_response

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
from ..models.related_dn_vo import RelatedDnVO  # noqa: E402
