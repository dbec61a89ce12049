# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReplicaItem")


@_attrs_define
class ReplicaItem:
    """A replica of a cluster with its replication state (reference 2.45).

    Attributes:
        name (str): Server name of the replica.
        region (None | str): Region the replica runs in.
        replica_state (None | str): Replication state.
        replica_state_detail (None | str): Detailed replication state.
        synced_at (None | str): When the replication state was last checked.
    """

    name: str
    region: None | str
    replica_state: None | str
    replica_state_detail: None | str
    synced_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region: None | str
        region = self.region

        replica_state: None | str
        replica_state = self.replica_state

        replica_state_detail: None | str
        replica_state_detail = self.replica_state_detail

        synced_at: None | str
        synced_at = self.synced_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "region": region,
                "replica_state": replica_state,
                "replica_state_detail": replica_state_detail,
                "synced_at": synced_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        region: None | str = d.pop("region")

        replica_state: None | str = d.pop("replica_state")

        replica_state_detail: None | str = d.pop("replica_state_detail")

        synced_at: None | str = d.pop("synced_at")

        replica_item = cls(  # the fields in declaration order
            name,
            region,
            replica_state,
            replica_state_detail,
            synced_at,
        )

        replica_item.additional_properties = d
        return replica_item

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
