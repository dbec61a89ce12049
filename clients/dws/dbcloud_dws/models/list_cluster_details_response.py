# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ListClusterDetailsResponse")


class ListClusterDetailsResponse(_Model):
    """Body of the cluster-detail query (Table 5-17).

    Attributes:
        cluster (ClusterDetail | None): Full description of one cluster (Table 5-18).
    """

    __slots__ = (
        "cluster",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("cluster",)

    cluster: ClusterDetail | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        cluster: ClusterDetail | None = None,
    ) -> None:
        self.cluster = cluster
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cluster is not None:
            try:
                cluster: dict[str, Any] | Unset = UNSET
                if not isinstance(self.cluster, Unset):
                    cluster = self.cluster.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                cluster = _cast(Any, self.cluster)
            field_dict["cluster"] = cluster
        elif "cluster" in self._present:  # null in the reply: sent back as null
            field_dict["cluster"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _cluster = d.pop("cluster", UNSET)
            cluster: ClusterDetail | Unset
            if isinstance(_cluster, Unset):
                cluster = UNSET
            else:
                cluster = ClusterDetail.from_dict(_cluster)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            cluster = _drift(cls, src_dict, "cluster", src_dict.get("cluster", UNSET), "ClusterDetail")

        list_cluster_details_response = cls(  # the fields in declaration order; absent members read as None
            None if cluster is UNSET else cluster,
        )
        list_cluster_details_response._present = frozenset(src_dict)

        list_cluster_details_response.additional_properties = d
        return list_cluster_details_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("cluster", "cluster"),)
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
from ..models.cluster_detail import ClusterDetail  # noqa: E402
