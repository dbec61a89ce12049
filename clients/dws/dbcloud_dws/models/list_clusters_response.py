# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
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

T = TypeVar("T", bound="ListClustersResponse")


class ListClustersResponse(_Model):
    """Body of the cluster listing (Table 5-9).

    Attributes:
        clusters (list[ClusterInfo] | None): The clusters of the project.
        count (int | None): Total number of clusters in the list.
    """

    __slots__ = (
        "clusters",
        "count",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "clusters",
        "count",
    )

    clusters: list[ClusterInfo] | None
    count: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        clusters: list[ClusterInfo] | None = None,
        count: int | None = None,
    ) -> None:
        self.clusters = clusters
        self.count = count
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.clusters is not None:
            try:
                clusters: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.clusters, Unset):
                    clusters = []
                    for clusters_item_data in self.clusters:
                        clusters_item = clusters_item_data.to_dict()
                        clusters.append(clusters_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                clusters = _cast(Any, self.clusters)
            field_dict["clusters"] = clusters
        elif "clusters" in self._present:  # null in the reply: sent back as null
            field_dict["clusters"] = None
        if self.count is not None:
            count = self.count
            field_dict["count"] = count
        elif "count" in self._present:  # null in the reply: sent back as null
            field_dict["count"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("clusters").__class__ is not list:
                _clusters = d.pop("clusters", UNSET)
                clusters: list[ClusterInfo] | Unset = UNSET
                if _clusters is not UNSET:
                    clusters = []
                    for clusters_item_data in _clusters:
                        clusters_item = ClusterInfo.from_dict(clusters_item_data)

                        clusters.append(clusters_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                clusters = _LazyList(d.pop("clusters"), ClusterInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            clusters = _drift(cls, src_dict, "clusters", src_dict.get("clusters", UNSET), "array")

        count = d.pop("count", UNSET)
        if count.__class__ is not int and count is not UNSET:
            count = _drift(cls, src_dict, "count", count, "integer")

        list_clusters_response = cls(  # the fields in declaration order; absent members read as None
            None if clusters is UNSET else clusters,
            None if count is UNSET else count,
        )
        list_clusters_response._present = frozenset(src_dict)

        list_clusters_response.additional_properties = d
        return list_clusters_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("clusters", "clusters"),
            ("count", "count"),
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
from ..models.cluster_info import ClusterInfo  # noqa: E402
