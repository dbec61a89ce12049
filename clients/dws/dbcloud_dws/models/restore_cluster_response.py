# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreClusterResponse")


@_attrs_define
class RestoreClusterResponse:
    """Result of the restore request.

    Attributes:
        cluster (RestoreCluster | Unset): The cluster created by the restore.
        job_id (str | Unset): ID of the asynchronous restore job.
    """

    cluster: RestoreCluster | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            cluster: dict[str, Any] | Unset = UNSET
            if not isinstance(self.cluster, Unset):
                cluster = self.cluster.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            cluster = _cast(Any, self.cluster)

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _cluster = d.pop("cluster", UNSET)
            cluster: RestoreCluster | Unset
            if isinstance(_cluster, Unset):
                cluster = UNSET
            else:
                cluster = RestoreCluster.from_dict(_cluster)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            cluster = _drift(cls, src_dict, "cluster", src_dict.get("cluster", UNSET), "RestoreCluster")

        job_id = d.pop("job_id", UNSET)
        if job_id.__class__ is not str and job_id is not UNSET:
            job_id = _drift(cls, src_dict, "job_id", job_id, "string")

        restore_cluster_response = cls(  # the fields in declaration order
            cluster,
            job_id,
        )

        restore_cluster_response.additional_properties = d
        return restore_cluster_response

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
from ..models.restore_cluster import RestoreCluster  # noqa: E402
