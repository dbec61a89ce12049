# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snapshots_status import SnapshotsStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="Snapshots")


@_attrs_define
class Snapshots:
    """One snapshot in the project's snapshot list.

    Attributes:
        id (str | Unset): Snapshot ID.
        name (str | Unset): Snapshot name.
        description (str | Unset): Snapshot description (empty string when none was given).
        started (datetime.datetime | Unset): When creation of the snapshot began (ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ).
        finished (datetime.datetime | Unset): When creation of the snapshot completed (ISO 8601, UTC, YYYY-MM-
            DDThh:mm:ssZ).
        size (float | Unset): Size of the snapshot in GB.
        status (SnapshotsStatus | Unset): Lifecycle state of the snapshot.
        type_ (str | Unset): How the snapshot was created, e.g. MANUAL.
        cluster_id (str | Unset): ID of the cluster the snapshot was taken from.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    started: datetime.datetime | Unset = UNSET
    finished: datetime.datetime | Unset = UNSET
    size: float | Unset = UNSET
    status: SnapshotsStatus | Unset = UNSET
    type_: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        started: str | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = self.started.isoformat()

        finished: str | Unset = UNSET
        if not isinstance(self.finished, Unset):
            finished = self.finished.isoformat()

        size = self.size

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_ = self.type_

        cluster_id = self.cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if started is not UNSET:
            field_dict["started"] = started
        if finished is not UNSET:
            field_dict["finished"] = finished
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _started = d.pop("started", UNSET)
        started: datetime.datetime | Unset
        if isinstance(_started, Unset):
            started = UNSET
        else:
            started = datetime.datetime.fromisoformat(_started)

        _finished = d.pop("finished", UNSET)
        finished: datetime.datetime | Unset
        if isinstance(_finished, Unset):
            finished = UNSET
        else:
            finished = datetime.datetime.fromisoformat(_finished)

        size = d.pop("size", UNSET)

        _status = d.pop("status", UNSET)
        status: SnapshotsStatus | Unset = UNSET if _status is UNSET else enum_member(SnapshotsStatus, _status)

        type_ = d.pop("type", UNSET)

        cluster_id = d.pop("cluster_id", UNSET)

        snapshots = cls(  # the fields in declaration order
            id,
            name,
            description,
            started,
            finished,
            size,
            status,
            type_,
            cluster_id,
        )

        snapshots.additional_properties = d
        return snapshots

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
