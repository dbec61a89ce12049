# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteClusterRequest")


class DeleteClusterRequest(_Model):
    """Body of the delete-cluster request (Table 5-33).

    Attributes:
        keep_last_manual_snapshot (int): How many manual snapshots of the cluster to keep.
    """

    __slots__ = (
        "keep_last_manual_snapshot",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("keep_last_manual_snapshot",)

    keep_last_manual_snapshot: int
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        keep_last_manual_snapshot: int,
    ) -> None:
        self.keep_last_manual_snapshot = keep_last_manual_snapshot
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        keep_last_manual_snapshot = self.keep_last_manual_snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keep_last_manual_snapshot": keep_last_manual_snapshot,
            }
        )
        if isinstance(keep_last_manual_snapshot, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["keep_last_manual_snapshot"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_last_manual_snapshot = d.pop("keep_last_manual_snapshot", UNSET)
        if keep_last_manual_snapshot.__class__ is not int:
            keep_last_manual_snapshot = _drift(
                cls, src_dict, "keep_last_manual_snapshot", keep_last_manual_snapshot, "integer"
            )

        delete_cluster_request = cls(  # the fields in declaration order
            keep_last_manual_snapshot,
        )

        delete_cluster_request.additional_properties = d
        return delete_cluster_request

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
