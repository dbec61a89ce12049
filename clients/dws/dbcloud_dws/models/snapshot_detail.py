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
        datastore (Datastore | Unset): Kind and version of the cluster a snapshot was taken of (vendor SDK model; not in
            the references).
        cluster_name (str | Unset): Name of the cluster the snapshot belongs to.
        updated (str | Unset): Time of the last change of the snapshot, ISO 8601.
        bak_expected_start_time (str | Unset): When the snapshot was expected to start.
        bak_keep_day (int | Unset): Days the snapshot is kept.
        bak_period (str | Unset): Schedule (policy) that produced the snapshot.
        db_user (str | Unset): Database user of the snapshot.
        progress (str | Unset): Progress of the snapshot.
        backup_key (str | Unset): Key of this backup; later incremental snapshots refer to it.
        prior_backup_key (str | Unset): backup_key of the previous snapshot an incremental snapshot builds on; FULL for
            a full snapshot.
        base_backup_key (str | Unset): backup_key of the full snapshot this snapshot belongs to.
        backup_device (str | Unset): Backup medium, e.g. OBS or NBU.
        total_backup_size (int | Unset): Accumulated size of the backup files.
        base_backup_name (str | Unset): Name of the full snapshot this snapshot belongs to.
        support_inplace_restore (bool | Unset): Whether the snapshot can be restored into its own cluster.
        fine_grained_backup (bool | Unset): Whether the snapshot is a fine-grained (schema or table) backup.
        backup_level (str | Unset): Scope of the backup: cluster, schema or table.
        fine_grained_backup_detail (FineGrainedSnapshotDetail | Unset): What a fine-grained snapshot holds (vendor SDK
            models FineGrainedSnapshotDetail and ExtFineGrainedSnapshotDetail; not in the references).
        guest_agent_version (str | Unset): Version of the guestAgent plug-in that took the snapshot.
        cluster_status (str | Unset): State of the snapshot's cluster (CREATING, AVAILABLE, UNAVAILABLE, RESTORING,
            FROZEN...).
        cluster_task_status (str | Unset): Task running on the snapshot's cluster.
        support_fine_grained_cross_version_restore (bool | Unset): Whether a fine-grained restore into another cluster
            version is supported.
        support_fine_grained_asymmetric_restore (bool | Unset): Whether a fine-grained restore into a cluster of another
            shape is supported.
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
    datastore: Datastore | Unset = UNSET
    cluster_name: str | Unset = UNSET
    updated: str | Unset = UNSET
    bak_expected_start_time: str | Unset = UNSET
    bak_keep_day: int | Unset = UNSET
    bak_period: str | Unset = UNSET
    db_user: str | Unset = UNSET
    progress: str | Unset = UNSET
    backup_key: str | Unset = UNSET
    prior_backup_key: str | Unset = UNSET
    base_backup_key: str | Unset = UNSET
    backup_device: str | Unset = UNSET
    total_backup_size: int | Unset = UNSET
    base_backup_name: str | Unset = UNSET
    support_inplace_restore: bool | Unset = UNSET
    fine_grained_backup: bool | Unset = UNSET
    backup_level: str | Unset = UNSET
    fine_grained_backup_detail: FineGrainedSnapshotDetail | Unset = UNSET
    guest_agent_version: str | Unset = UNSET
    cluster_status: str | Unset = UNSET
    cluster_task_status: str | Unset = UNSET
    support_fine_grained_cross_version_restore: bool | Unset = UNSET
    support_fine_grained_asymmetric_restore: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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

        try:
            datastore: dict[str, Any] | Unset = UNSET
            if not isinstance(self.datastore, Unset):
                datastore = self.datastore.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            datastore = _cast(Any, self.datastore)

        cluster_name = self.cluster_name

        updated = self.updated

        bak_expected_start_time = self.bak_expected_start_time

        bak_keep_day = self.bak_keep_day

        bak_period = self.bak_period

        db_user = self.db_user

        progress = self.progress

        backup_key = self.backup_key

        prior_backup_key = self.prior_backup_key

        base_backup_key = self.base_backup_key

        backup_device = self.backup_device

        total_backup_size = self.total_backup_size

        base_backup_name = self.base_backup_name

        support_inplace_restore = self.support_inplace_restore

        fine_grained_backup = self.fine_grained_backup

        backup_level = self.backup_level

        try:
            fine_grained_backup_detail: dict[str, Any] | Unset = UNSET
            if not isinstance(self.fine_grained_backup_detail, Unset):
                fine_grained_backup_detail = self.fine_grained_backup_detail.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            fine_grained_backup_detail = _cast(Any, self.fine_grained_backup_detail)

        guest_agent_version = self.guest_agent_version

        cluster_status = self.cluster_status

        cluster_task_status = self.cluster_task_status

        support_fine_grained_cross_version_restore = self.support_fine_grained_cross_version_restore

        support_fine_grained_asymmetric_restore = self.support_fine_grained_asymmetric_restore

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
        if datastore is not UNSET:
            field_dict["datastore"] = datastore
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if updated is not UNSET:
            field_dict["updated"] = updated
        if bak_expected_start_time is not UNSET:
            field_dict["bak_expected_start_time"] = bak_expected_start_time
        if bak_keep_day is not UNSET:
            field_dict["bak_keep_day"] = bak_keep_day
        if bak_period is not UNSET:
            field_dict["bak_period"] = bak_period
        if db_user is not UNSET:
            field_dict["db_user"] = db_user
        if progress is not UNSET:
            field_dict["progress"] = progress
        if backup_key is not UNSET:
            field_dict["backup_key"] = backup_key
        if prior_backup_key is not UNSET:
            field_dict["prior_backup_key"] = prior_backup_key
        if base_backup_key is not UNSET:
            field_dict["base_backup_key"] = base_backup_key
        if backup_device is not UNSET:
            field_dict["backup_device"] = backup_device
        if total_backup_size is not UNSET:
            field_dict["total_backup_size"] = total_backup_size
        if base_backup_name is not UNSET:
            field_dict["base_backup_name"] = base_backup_name
        if support_inplace_restore is not UNSET:
            field_dict["support_inplace_restore"] = support_inplace_restore
        if fine_grained_backup is not UNSET:
            field_dict["fine_grained_backup"] = fine_grained_backup
        if backup_level is not UNSET:
            field_dict["backup_level"] = backup_level
        if fine_grained_backup_detail is not UNSET:
            field_dict["fine_grained_backup_detail"] = fine_grained_backup_detail
        if guest_agent_version is not UNSET:
            field_dict["guest_agent_version"] = guest_agent_version
        if cluster_status is not UNSET:
            field_dict["cluster_status"] = cluster_status
        if cluster_task_status is not UNSET:
            field_dict["cluster_task_status"] = cluster_task_status
        if support_fine_grained_cross_version_restore is not UNSET:
            field_dict["support_fine_grained_cross_version_restore"] = support_fine_grained_cross_version_restore
        if support_fine_grained_asymmetric_restore is not UNSET:
            field_dict["support_fine_grained_asymmetric_restore"] = support_fine_grained_asymmetric_restore

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
            datastore,
            cluster_name,
            updated,
            bak_expected_start_time,
            bak_keep_day,
            bak_period,
            db_user,
            progress,
            backup_key,
            prior_backup_key,
            base_backup_key,
            backup_device,
            total_backup_size,
            base_backup_name,
            support_inplace_restore,
            fine_grained_backup,
            backup_level,
            fine_grained_backup_detail,
            guest_agent_version,
            cluster_status,
            cluster_task_status,
            support_fine_grained_cross_version_restore,
            support_fine_grained_asymmetric_restore,
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


# Last, so that circular references between models find this module's class already defined.
from ..models.datastore import Datastore  # noqa: E402
from ..models.fine_grained_snapshot_detail import FineGrainedSnapshotDetail  # noqa: E402
