# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListClustersResponse")


@_attrs_define
class ListClustersResponse:
    """Body of the cluster listing (Table 5-9).

    Attributes:
        clusters (list[ClusterInfo] | Unset): The clusters of the project.
        count (int | Unset): Total number of clusters in the list.
    """

    clusters: list[ClusterInfo] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            clusters: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.clusters, Unset):
                clusters = []
                for clusters_item_data in self.clusters:
                    clusters_item = clusters_item_data.to_dict()
                    clusters.append(clusters_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            clusters = _cast(Any, self.clusters)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _clusters = d.pop("clusters", UNSET)
            clusters: list[ClusterInfo] | Unset = UNSET
            if _clusters is not UNSET:
                clusters = []
                for clusters_item_data in _clusters:
                    clusters_item = ClusterInfo.from_dict(clusters_item_data)

                    clusters.append(clusters_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            clusters = _drift(cls, src_dict, "clusters", src_dict.get("clusters", UNSET), "array")

        count = d.pop("count", UNSET)
        if count.__class__ is not int and count is not UNSET:
            count = _drift(cls, src_dict, "count", count, "integer")

        list_clusters_response = cls(  # the fields in declaration order
            clusters,
            count,
        )

        list_clusters_response.additional_properties = d
        return list_clusters_response

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
from ..models.cluster_info import ClusterInfo  # noqa: E402
