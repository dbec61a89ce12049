# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.snapshot_status import SnapshotStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="SnapshotDetail")


class SnapshotDetail(_Model):
    """Details of one snapshot.

    Attributes:
        id (str | None): Snapshot ID.
        name (str | None): Snapshot name.
        description (str | None): Snapshot description.
        started (datetime.datetime | None): When creation of the snapshot began (ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ).
        finished (datetime.datetime | None): When creation of the snapshot completed (ISO 8601, UTC, YYYY-MM-
            DDThh:mm:ssZ).
        size (float | None): Size of the snapshot in GB.
        status (SnapshotStatus | None):
        type_ (str | None): How the snapshot was created, e.g. MANUAL.
        cluster_id (str | None): ID of the cluster the snapshot was taken from.
        datastore (Datastore | None): Kind and version of the cluster a snapshot was taken of (vendor SDK model; not in
            the references).
        cluster_name (str | None): Name of the cluster the snapshot belongs to.
        updated (str | None): Time of the last change of the snapshot, ISO 8601.
        bak_expected_start_time (str | None): When the snapshot was expected to start.
        bak_keep_day (int | None): Days the snapshot is kept.
        bak_period (str | None): Schedule (policy) that produced the snapshot.
        db_user (str | None): Database user of the snapshot.
        progress (str | None): Progress of the snapshot.
        backup_key (str | None): Key of this backup; later incremental snapshots refer to it.
        prior_backup_key (str | None): backup_key of the previous snapshot an incremental snapshot builds on; FULL for a
            full snapshot.
        base_backup_key (str | None): backup_key of the full snapshot this snapshot belongs to.
        backup_device (str | None): Backup medium, e.g. OBS or NBU.
        total_backup_size (int | None): Accumulated size of the backup files.
        base_backup_name (str | None): Name of the full snapshot this snapshot belongs to.
        support_inplace_restore (bool | None): Whether the snapshot can be restored into its own cluster.
        fine_grained_backup (bool | None): Whether the snapshot is a fine-grained (schema or table) backup.
        backup_level (str | None): Scope of the backup: cluster, schema or table.
        fine_grained_backup_detail (FineGrainedSnapshotDetail | None): What a fine-grained snapshot holds (vendor SDK
            models FineGrainedSnapshotDetail and ExtFineGrainedSnapshotDetail; not in the references).
        guest_agent_version (str | None): Version of the guestAgent plug-in that took the snapshot.
        cluster_status (str | None): State of the snapshot's cluster (CREATING, AVAILABLE, UNAVAILABLE, RESTORING,
            FROZEN...).
        cluster_task_status (str | None): Task running on the snapshot's cluster.
        support_fine_grained_cross_version_restore (bool | None): Whether a fine-grained restore into another cluster
            version is supported.
        support_fine_grained_asymmetric_restore (bool | None): Whether a fine-grained restore into a cluster of another
            shape is supported.
    """

    __slots__ = (
        "id",
        "name",
        "description",
        "started",
        "finished",
        "size",
        "status",
        "type_",
        "cluster_id",
        "datastore",
        "cluster_name",
        "updated",
        "bak_expected_start_time",
        "bak_keep_day",
        "bak_period",
        "db_user",
        "progress",
        "backup_key",
        "prior_backup_key",
        "base_backup_key",
        "backup_device",
        "total_backup_size",
        "base_backup_name",
        "support_inplace_restore",
        "fine_grained_backup",
        "backup_level",
        "fine_grained_backup_detail",
        "guest_agent_version",
        "cluster_status",
        "cluster_task_status",
        "support_fine_grained_cross_version_restore",
        "support_fine_grained_asymmetric_restore",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "description",
        "started",
        "finished",
        "size",
        "status",
        "type_",
        "cluster_id",
        "datastore",
        "cluster_name",
        "updated",
        "bak_expected_start_time",
        "bak_keep_day",
        "bak_period",
        "db_user",
        "progress",
        "backup_key",
        "prior_backup_key",
        "base_backup_key",
        "backup_device",
        "total_backup_size",
        "base_backup_name",
        "support_inplace_restore",
        "fine_grained_backup",
        "backup_level",
        "fine_grained_backup_detail",
        "guest_agent_version",
        "cluster_status",
        "cluster_task_status",
        "support_fine_grained_cross_version_restore",
        "support_fine_grained_asymmetric_restore",
    )

    id: str | None
    name: str | None
    description: str | None
    started: datetime.datetime | None
    finished: datetime.datetime | None
    size: float | None
    status: SnapshotStatus | None
    type_: str | None
    cluster_id: str | None
    datastore: Datastore | None
    cluster_name: str | None
    updated: str | None
    bak_expected_start_time: str | None
    bak_keep_day: int | None
    bak_period: str | None
    db_user: str | None
    progress: str | None
    backup_key: str | None
    prior_backup_key: str | None
    base_backup_key: str | None
    backup_device: str | None
    total_backup_size: int | None
    base_backup_name: str | None
    support_inplace_restore: bool | None
    fine_grained_backup: bool | None
    backup_level: str | None
    fine_grained_backup_detail: FineGrainedSnapshotDetail | None
    guest_agent_version: str | None
    cluster_status: str | None
    cluster_task_status: str | None
    support_fine_grained_cross_version_restore: bool | None
    support_fine_grained_asymmetric_restore: bool | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        started: datetime.datetime | None = None,
        finished: datetime.datetime | None = None,
        size: float | None = None,
        status: SnapshotStatus | None = None,
        type_: str | None = None,
        cluster_id: str | None = None,
        datastore: Datastore | None = None,
        cluster_name: str | None = None,
        updated: str | None = None,
        bak_expected_start_time: str | None = None,
        bak_keep_day: int | None = None,
        bak_period: str | None = None,
        db_user: str | None = None,
        progress: str | None = None,
        backup_key: str | None = None,
        prior_backup_key: str | None = None,
        base_backup_key: str | None = None,
        backup_device: str | None = None,
        total_backup_size: int | None = None,
        base_backup_name: str | None = None,
        support_inplace_restore: bool | None = None,
        fine_grained_backup: bool | None = None,
        backup_level: str | None = None,
        fine_grained_backup_detail: FineGrainedSnapshotDetail | None = None,
        guest_agent_version: str | None = None,
        cluster_status: str | None = None,
        cluster_task_status: str | None = None,
        support_fine_grained_cross_version_restore: bool | None = None,
        support_fine_grained_asymmetric_restore: bool | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.started = started
        self.finished = finished
        self.size = size
        self.status = status
        self.type_ = type_
        self.cluster_id = cluster_id
        self.datastore = datastore
        self.cluster_name = cluster_name
        self.updated = updated
        self.bak_expected_start_time = bak_expected_start_time
        self.bak_keep_day = bak_keep_day
        self.bak_period = bak_period
        self.db_user = db_user
        self.progress = progress
        self.backup_key = backup_key
        self.prior_backup_key = prior_backup_key
        self.base_backup_key = base_backup_key
        self.backup_device = backup_device
        self.total_backup_size = total_backup_size
        self.base_backup_name = base_backup_name
        self.support_inplace_restore = support_inplace_restore
        self.fine_grained_backup = fine_grained_backup
        self.backup_level = backup_level
        self.fine_grained_backup_detail = fine_grained_backup_detail
        self.guest_agent_version = guest_agent_version
        self.cluster_status = cluster_status
        self.cluster_task_status = cluster_task_status
        self.support_fine_grained_cross_version_restore = support_fine_grained_cross_version_restore
        self.support_fine_grained_asymmetric_restore = support_fine_grained_asymmetric_restore
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        if self.started is not None:
            try:
                started: str | Unset = UNSET
                if not isinstance(self.started, Unset):
                    started = self.started.isoformat()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                started = _cast(Any, self.started)
            field_dict["started"] = started
        elif "started" in self._present:  # null in the reply: sent back as null
            field_dict["started"] = None
        if self.finished is not None:
            try:
                finished: str | Unset = UNSET
                if not isinstance(self.finished, Unset):
                    finished = self.finished.isoformat()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                finished = _cast(Any, self.finished)
            field_dict["finished"] = finished
        elif "finished" in self._present:  # null in the reply: sent back as null
            field_dict["finished"] = None
        if self.size is not None:
            size = self.size
            field_dict["size"] = size
        elif "size" in self._present:  # null in the reply: sent back as null
            field_dict["size"] = None
        if self.status is not None:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._present:  # null in the reply: sent back as null
            field_dict["type"] = None
        if self.cluster_id is not None:
            cluster_id = self.cluster_id
            field_dict["cluster_id"] = cluster_id
        elif "cluster_id" in self._present:  # null in the reply: sent back as null
            field_dict["cluster_id"] = None
        if self.datastore is not None:
            try:
                datastore: dict[str, Any] | Unset = UNSET
                if not isinstance(self.datastore, Unset):
                    datastore = self.datastore.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                datastore = _cast(Any, self.datastore)
            field_dict["datastore"] = datastore
        elif "datastore" in self._present:  # null in the reply: sent back as null
            field_dict["datastore"] = None
        if self.cluster_name is not None:
            cluster_name = self.cluster_name
            field_dict["cluster_name"] = cluster_name
        elif "cluster_name" in self._present:  # null in the reply: sent back as null
            field_dict["cluster_name"] = None
        if self.updated is not None:
            updated = self.updated
            field_dict["updated"] = updated
        elif "updated" in self._present:  # null in the reply: sent back as null
            field_dict["updated"] = None
        if self.bak_expected_start_time is not None:
            bak_expected_start_time = self.bak_expected_start_time
            field_dict["bak_expected_start_time"] = bak_expected_start_time
        elif "bak_expected_start_time" in self._present:  # null in the reply: sent back as null
            field_dict["bak_expected_start_time"] = None
        if self.bak_keep_day is not None:
            bak_keep_day = self.bak_keep_day
            field_dict["bak_keep_day"] = bak_keep_day
        elif "bak_keep_day" in self._present:  # null in the reply: sent back as null
            field_dict["bak_keep_day"] = None
        if self.bak_period is not None:
            bak_period = self.bak_period
            field_dict["bak_period"] = bak_period
        elif "bak_period" in self._present:  # null in the reply: sent back as null
            field_dict["bak_period"] = None
        if self.db_user is not None:
            db_user = self.db_user
            field_dict["db_user"] = db_user
        elif "db_user" in self._present:  # null in the reply: sent back as null
            field_dict["db_user"] = None
        if self.progress is not None:
            progress = self.progress
            field_dict["progress"] = progress
        elif "progress" in self._present:  # null in the reply: sent back as null
            field_dict["progress"] = None
        if self.backup_key is not None:
            backup_key = self.backup_key
            field_dict["backup_key"] = backup_key
        elif "backup_key" in self._present:  # null in the reply: sent back as null
            field_dict["backup_key"] = None
        if self.prior_backup_key is not None:
            prior_backup_key = self.prior_backup_key
            field_dict["prior_backup_key"] = prior_backup_key
        elif "prior_backup_key" in self._present:  # null in the reply: sent back as null
            field_dict["prior_backup_key"] = None
        if self.base_backup_key is not None:
            base_backup_key = self.base_backup_key
            field_dict["base_backup_key"] = base_backup_key
        elif "base_backup_key" in self._present:  # null in the reply: sent back as null
            field_dict["base_backup_key"] = None
        if self.backup_device is not None:
            backup_device = self.backup_device
            field_dict["backup_device"] = backup_device
        elif "backup_device" in self._present:  # null in the reply: sent back as null
            field_dict["backup_device"] = None
        if self.total_backup_size is not None:
            total_backup_size = self.total_backup_size
            field_dict["total_backup_size"] = total_backup_size
        elif "total_backup_size" in self._present:  # null in the reply: sent back as null
            field_dict["total_backup_size"] = None
        if self.base_backup_name is not None:
            base_backup_name = self.base_backup_name
            field_dict["base_backup_name"] = base_backup_name
        elif "base_backup_name" in self._present:  # null in the reply: sent back as null
            field_dict["base_backup_name"] = None
        if self.support_inplace_restore is not None:
            support_inplace_restore = self.support_inplace_restore
            field_dict["support_inplace_restore"] = support_inplace_restore
        elif "support_inplace_restore" in self._present:  # null in the reply: sent back as null
            field_dict["support_inplace_restore"] = None
        if self.fine_grained_backup is not None:
            fine_grained_backup = self.fine_grained_backup
            field_dict["fine_grained_backup"] = fine_grained_backup
        elif "fine_grained_backup" in self._present:  # null in the reply: sent back as null
            field_dict["fine_grained_backup"] = None
        if self.backup_level is not None:
            backup_level = self.backup_level
            field_dict["backup_level"] = backup_level
        elif "backup_level" in self._present:  # null in the reply: sent back as null
            field_dict["backup_level"] = None
        if self.fine_grained_backup_detail is not None:
            try:
                fine_grained_backup_detail: dict[str, Any] | Unset = UNSET
                if not isinstance(self.fine_grained_backup_detail, Unset):
                    fine_grained_backup_detail = self.fine_grained_backup_detail.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                fine_grained_backup_detail = _cast(Any, self.fine_grained_backup_detail)
            field_dict["fine_grained_backup_detail"] = fine_grained_backup_detail
        elif "fine_grained_backup_detail" in self._present:  # null in the reply: sent back as null
            field_dict["fine_grained_backup_detail"] = None
        if self.guest_agent_version is not None:
            guest_agent_version = self.guest_agent_version
            field_dict["guest_agent_version"] = guest_agent_version
        elif "guest_agent_version" in self._present:  # null in the reply: sent back as null
            field_dict["guest_agent_version"] = None
        if self.cluster_status is not None:
            cluster_status = self.cluster_status
            field_dict["cluster_status"] = cluster_status
        elif "cluster_status" in self._present:  # null in the reply: sent back as null
            field_dict["cluster_status"] = None
        if self.cluster_task_status is not None:
            cluster_task_status = self.cluster_task_status
            field_dict["cluster_task_status"] = cluster_task_status
        elif "cluster_task_status" in self._present:  # null in the reply: sent back as null
            field_dict["cluster_task_status"] = None
        if self.support_fine_grained_cross_version_restore is not None:
            support_fine_grained_cross_version_restore = self.support_fine_grained_cross_version_restore
            field_dict["support_fine_grained_cross_version_restore"] = support_fine_grained_cross_version_restore
        elif "support_fine_grained_cross_version_restore" in self._present:  # null in the reply: sent back as null
            field_dict["support_fine_grained_cross_version_restore"] = None
        if self.support_fine_grained_asymmetric_restore is not None:
            support_fine_grained_asymmetric_restore = self.support_fine_grained_asymmetric_restore
            field_dict["support_fine_grained_asymmetric_restore"] = support_fine_grained_asymmetric_restore
        elif "support_fine_grained_asymmetric_restore" in self._present:  # null in the reply: sent back as null
            field_dict["support_fine_grained_asymmetric_restore"] = None
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
            status: SnapshotStatus | Unset = UNSET if _status is UNSET else enum_member(SnapshotStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "SnapshotStatus")

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _drift(cls, src_dict, "type", type_, "string")

        cluster_id = d.pop("cluster_id", UNSET)
        if cluster_id.__class__ is not str and cluster_id is not UNSET:
            cluster_id = _drift(cls, src_dict, "cluster_id", cluster_id, "string")

        try:
            _datastore = d.pop("datastore", UNSET)
            datastore: Datastore | Unset
            if isinstance(_datastore, Unset):
                datastore = UNSET
            else:
                datastore = Datastore.from_dict(_datastore)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            datastore = _drift(cls, src_dict, "datastore", src_dict.get("datastore", UNSET), "Datastore")

        cluster_name = d.pop("cluster_name", UNSET)
        if cluster_name.__class__ is not str and cluster_name is not UNSET:
            cluster_name = _drift(cls, src_dict, "cluster_name", cluster_name, "string")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        bak_expected_start_time = d.pop("bak_expected_start_time", UNSET)
        if bak_expected_start_time.__class__ is not str and bak_expected_start_time is not UNSET:
            bak_expected_start_time = _drift(
                cls, src_dict, "bak_expected_start_time", bak_expected_start_time, "string"
            )

        bak_keep_day = d.pop("bak_keep_day", UNSET)
        if bak_keep_day.__class__ is not int and bak_keep_day is not UNSET:
            bak_keep_day = _drift(cls, src_dict, "bak_keep_day", bak_keep_day, "integer")

        bak_period = d.pop("bak_period", UNSET)
        if bak_period.__class__ is not str and bak_period is not UNSET:
            bak_period = _drift(cls, src_dict, "bak_period", bak_period, "string")

        db_user = d.pop("db_user", UNSET)
        if db_user.__class__ is not str and db_user is not UNSET:
            db_user = _drift(cls, src_dict, "db_user", db_user, "string")

        progress = d.pop("progress", UNSET)
        if progress.__class__ is not str and progress is not UNSET:
            progress = _drift(cls, src_dict, "progress", progress, "string")

        backup_key = d.pop("backup_key", UNSET)
        if backup_key.__class__ is not str and backup_key is not UNSET:
            backup_key = _drift(cls, src_dict, "backup_key", backup_key, "string")

        prior_backup_key = d.pop("prior_backup_key", UNSET)
        if prior_backup_key.__class__ is not str and prior_backup_key is not UNSET:
            prior_backup_key = _drift(cls, src_dict, "prior_backup_key", prior_backup_key, "string")

        base_backup_key = d.pop("base_backup_key", UNSET)
        if base_backup_key.__class__ is not str and base_backup_key is not UNSET:
            base_backup_key = _drift(cls, src_dict, "base_backup_key", base_backup_key, "string")

        backup_device = d.pop("backup_device", UNSET)
        if backup_device.__class__ is not str and backup_device is not UNSET:
            backup_device = _drift(cls, src_dict, "backup_device", backup_device, "string")

        total_backup_size = d.pop("total_backup_size", UNSET)
        if total_backup_size.__class__ is not int and total_backup_size is not UNSET:
            total_backup_size = _drift(cls, src_dict, "total_backup_size", total_backup_size, "integer")

        base_backup_name = d.pop("base_backup_name", UNSET)
        if base_backup_name.__class__ is not str and base_backup_name is not UNSET:
            base_backup_name = _drift(cls, src_dict, "base_backup_name", base_backup_name, "string")

        support_inplace_restore = d.pop("support_inplace_restore", UNSET)
        if support_inplace_restore.__class__ is not bool and support_inplace_restore is not UNSET:
            support_inplace_restore = _drift(
                cls, src_dict, "support_inplace_restore", support_inplace_restore, "boolean"
            )

        fine_grained_backup = d.pop("fine_grained_backup", UNSET)
        if fine_grained_backup.__class__ is not bool and fine_grained_backup is not UNSET:
            fine_grained_backup = _drift(cls, src_dict, "fine_grained_backup", fine_grained_backup, "boolean")

        backup_level = d.pop("backup_level", UNSET)
        if backup_level.__class__ is not str and backup_level is not UNSET:
            backup_level = _drift(cls, src_dict, "backup_level", backup_level, "string")

        try:
            _fine_grained_backup_detail = d.pop("fine_grained_backup_detail", UNSET)
            fine_grained_backup_detail: FineGrainedSnapshotDetail | Unset
            if isinstance(_fine_grained_backup_detail, Unset):
                fine_grained_backup_detail = UNSET
            else:
                fine_grained_backup_detail = FineGrainedSnapshotDetail.from_dict(_fine_grained_backup_detail)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            fine_grained_backup_detail = _drift(
                cls,
                src_dict,
                "fine_grained_backup_detail",
                src_dict.get("fine_grained_backup_detail", UNSET),
                "FineGrainedSnapshotDetail",
            )

        guest_agent_version = d.pop("guest_agent_version", UNSET)
        if guest_agent_version.__class__ is not str and guest_agent_version is not UNSET:
            guest_agent_version = _drift(cls, src_dict, "guest_agent_version", guest_agent_version, "string")

        cluster_status = d.pop("cluster_status", UNSET)
        if cluster_status.__class__ is not str and cluster_status is not UNSET:
            cluster_status = _drift(cls, src_dict, "cluster_status", cluster_status, "string")

        cluster_task_status = d.pop("cluster_task_status", UNSET)
        if cluster_task_status.__class__ is not str and cluster_task_status is not UNSET:
            cluster_task_status = _drift(cls, src_dict, "cluster_task_status", cluster_task_status, "string")

        support_fine_grained_cross_version_restore = d.pop("support_fine_grained_cross_version_restore", UNSET)
        if (
            support_fine_grained_cross_version_restore.__class__ is not bool
            and support_fine_grained_cross_version_restore is not UNSET
        ):
            support_fine_grained_cross_version_restore = _drift(
                cls,
                src_dict,
                "support_fine_grained_cross_version_restore",
                support_fine_grained_cross_version_restore,
                "boolean",
            )

        support_fine_grained_asymmetric_restore = d.pop("support_fine_grained_asymmetric_restore", UNSET)
        if (
            support_fine_grained_asymmetric_restore.__class__ is not bool
            and support_fine_grained_asymmetric_restore is not UNSET
        ):
            support_fine_grained_asymmetric_restore = _drift(
                cls,
                src_dict,
                "support_fine_grained_asymmetric_restore",
                support_fine_grained_asymmetric_restore,
                "boolean",
            )

        snapshot_detail = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if description is UNSET else description,
            None if started is UNSET else started,
            None if finished is UNSET else finished,
            None if size is UNSET else size,
            None if status is UNSET else status,
            None if type_ is UNSET else type_,
            None if cluster_id is UNSET else cluster_id,
            None if datastore is UNSET else datastore,
            None if cluster_name is UNSET else cluster_name,
            None if updated is UNSET else updated,
            None if bak_expected_start_time is UNSET else bak_expected_start_time,
            None if bak_keep_day is UNSET else bak_keep_day,
            None if bak_period is UNSET else bak_period,
            None if db_user is UNSET else db_user,
            None if progress is UNSET else progress,
            None if backup_key is UNSET else backup_key,
            None if prior_backup_key is UNSET else prior_backup_key,
            None if base_backup_key is UNSET else base_backup_key,
            None if backup_device is UNSET else backup_device,
            None if total_backup_size is UNSET else total_backup_size,
            None if base_backup_name is UNSET else base_backup_name,
            None if support_inplace_restore is UNSET else support_inplace_restore,
            None if fine_grained_backup is UNSET else fine_grained_backup,
            None if backup_level is UNSET else backup_level,
            None if fine_grained_backup_detail is UNSET else fine_grained_backup_detail,
            None if guest_agent_version is UNSET else guest_agent_version,
            None if cluster_status is UNSET else cluster_status,
            None if cluster_task_status is UNSET else cluster_task_status,
            None if support_fine_grained_cross_version_restore is UNSET else support_fine_grained_cross_version_restore,
            None if support_fine_grained_asymmetric_restore is UNSET else support_fine_grained_asymmetric_restore,
        )
        snapshot_detail._present = frozenset(src_dict)

        snapshot_detail.additional_properties = d
        return snapshot_detail

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("description", "description"),
            ("started", "started"),
            ("finished", "finished"),
            ("size", "size"),
            ("status", "status"),
            ("type", "type_"),
            ("cluster_id", "cluster_id"),
            ("datastore", "datastore"),
            ("cluster_name", "cluster_name"),
            ("updated", "updated"),
            ("bak_expected_start_time", "bak_expected_start_time"),
            ("bak_keep_day", "bak_keep_day"),
            ("bak_period", "bak_period"),
            ("db_user", "db_user"),
            ("progress", "progress"),
            ("backup_key", "backup_key"),
            ("prior_backup_key", "prior_backup_key"),
            ("base_backup_key", "base_backup_key"),
            ("backup_device", "backup_device"),
            ("total_backup_size", "total_backup_size"),
            ("base_backup_name", "base_backup_name"),
            ("support_inplace_restore", "support_inplace_restore"),
            ("fine_grained_backup", "fine_grained_backup"),
            ("backup_level", "backup_level"),
            ("fine_grained_backup_detail", "fine_grained_backup_detail"),
            ("guest_agent_version", "guest_agent_version"),
            ("cluster_status", "cluster_status"),
            ("cluster_task_status", "cluster_task_status"),
            ("support_fine_grained_cross_version_restore", "support_fine_grained_cross_version_restore"),
            ("support_fine_grained_asymmetric_restore", "support_fine_grained_asymmetric_restore"),
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
from ..models.datastore import Datastore  # noqa: E402
from ..models.fine_grained_snapshot_detail import FineGrainedSnapshotDetail  # noqa: E402
