# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.snapshot_detail_status import SnapshotDetailStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="SnapshotDetail")


@_attrs_define
class SnapshotDetail:
    """Details of one snapshot.

    Attributes:
        id (str | Unset): Snapshot ID.
        name (str | Unset): Snapshot name.
        description (str | Unset): Snapshot description.
        started (datetime.datetime | Unset): When creation of the snapshot began (ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ).
        finished (datetime.datetime | Unset): When creation of the snapshot completed (ISO 8601, UTC, YYYY-MM-
            DDThh:mm:ssZ).
        size (float | Unset): Size of the snapshot in GB.
        status (SnapshotDetailStatus | Unset): Lifecycle state of the snapshot.
        type_ (str | Unset): How the snapshot was created, e.g. MANUAL.
        cluster_id (str | Unset): ID of the cluster the snapshot was taken from.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    started: datetime.datetime | Unset = UNSET
    finished: datetime.datetime | Unset = UNSET
    size: float | Unset = UNSET
    status: SnapshotDetailStatus | Unset = UNSET
    type_: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        try:
            started: str | Unset = UNSET
            if not isinstance(self.started, Unset):
                started = self.started.isoformat()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            started = _cast(Any, self.started)

        try:
            finished: str | Unset = UNSET
            if not isinstance(self.finished, Unset):
                finished = self.finished.isoformat()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            finished = _cast(Any, self.finished)

        size = self.size

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

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
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        try:
            _started = d.pop("started", UNSET)
            started: datetime.datetime | Unset
            if isinstance(_started, Unset):
                started = UNSET
            else:
                started = datetime.datetime.fromisoformat(_started)

            if isinstance(started, datetime.datetime) and started.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "started",
                    src_dict.get("started"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            started = _drift(cls, src_dict, "started", src_dict.get("started", UNSET), "date-time")

        try:
            _finished = d.pop("finished", UNSET)
            finished: datetime.datetime | Unset
            if isinstance(_finished, Unset):
                finished = UNSET
            else:
                finished = datetime.datetime.fromisoformat(_finished)

            if isinstance(finished, datetime.datetime) and finished.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "finished",
                    src_dict.get("finished"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            finished = _drift(cls, src_dict, "finished", src_dict.get("finished", UNSET), "date-time")

        size = d.pop("size", UNSET)
        if size.__class__ is not float and size.__class__ is not int and size is not UNSET:
            size = _drift(cls, src_dict, "size", size, "number")

        try:
            _status = d.pop("status", UNSET)
            status: SnapshotDetailStatus | Unset = (
                UNSET if _status is UNSET else enum_member(SnapshotDetailStatus, _status)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "SnapshotDetailStatus")

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _drift(cls, src_dict, "type", type_, "string")

        cluster_id = d.pop("cluster_id", UNSET)
        if cluster_id.__class__ is not str and cluster_id is not UNSET:
            cluster_id = _drift(cls, src_dict, "cluster_id", cluster_id, "string")

        snapshot_detail = cls(  # the fields in declaration order
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

        snapshot_detail.additional_properties = d
        return snapshot_detail

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
