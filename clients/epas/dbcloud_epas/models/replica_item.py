# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

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
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            region: None | str
            region = self.region
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            region = _cast(Any, self.region)

        try:
            replica_state: None | str
            replica_state = self.replica_state
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            replica_state = _cast(Any, self.replica_state)

        try:
            replica_state_detail: None | str
            replica_state_detail = self.replica_state_detail
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            replica_state_detail = _cast(Any, self.replica_state_detail)

        try:
            synced_at: None | str
            synced_at = self.synced_at
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            synced_at = _cast(Any, self.synced_at)

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
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(region, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["region"]
        if isinstance(replica_state, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["replica_state"]
        if isinstance(replica_state_detail, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["replica_state_detail"]
        if isinstance(synced_at, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["synced_at"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            region: None | str = d.pop("region", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            region = _drift(cls, src_dict, "region", src_dict.get("region", UNSET), "string or null")

        try:
            replica_state: None | str = d.pop("replica_state", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            replica_state = _drift(
                cls, src_dict, "replica_state", src_dict.get("replica_state", UNSET), "string or null"
            )

        try:
            replica_state_detail: None | str = d.pop("replica_state_detail", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            replica_state_detail = _drift(
                cls, src_dict, "replica_state_detail", src_dict.get("replica_state_detail", UNSET), "string or null"
            )

        try:
            synced_at: None | str = d.pop("synced_at", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            synced_at = _drift(cls, src_dict, "synced_at", src_dict.get("synced_at", UNSET), "string or null")

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
