# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClusterRequest")


class CreateClusterRequest(_Model):
    """Body of the create-cluster request (Table 5-2).

    Attributes:
        cluster (CreateClusterInfo): Settings of the cluster to create (Table 5-3).
    """

    __slots__ = (
        "cluster",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("cluster",)

    cluster: CreateClusterInfo
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        cluster: CreateClusterInfo,
    ) -> None:
        self.cluster = cluster
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            cluster = self.cluster.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            cluster = _cast(Any, self.cluster)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster": cluster,
            }
        )
        if isinstance(cluster, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["cluster"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            cluster = CreateClusterInfo.from_dict(d.pop("cluster", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            cluster = _drift(cls, src_dict, "cluster", src_dict.get("cluster", UNSET), "CreateClusterInfo")

        create_cluster_request = cls(  # the fields in declaration order
            cluster,
        )

        create_cluster_request.additional_properties = d
        return create_cluster_request

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
from ..models.create_cluster_info import CreateClusterInfo  # noqa: E402
