# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
# ruff: noqa

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel, SecretStr


class ErrorResponse(BaseModel):
    """
    Error body returned by the service for every non-2xx status.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    error_code: str
    """
    Vendor error code
    """
    error_msg: str
    """
    Human-readable error message.
    """


class PublicBindType(StrEnum):
    """
    How an EIP is bound: auto_assign (allocate a new one), not_use (no public access), bind_existing (use the EIP given in eip_id).
    """

    auto_assign = "auto_assign"
    not_use = "not_use"
    bind_existing = "bind_existing"


class Status(StrEnum):
    """
    EIP binding state; FAIL when binding failed (only in the Chinese edition).
    """

    FAIL = "FAIL"


class PublicIp(BaseModel):
    """
    Elastic IP settings of a cluster (Tables 5-4, 5-11, 5-19). eip_address, status and error_message are only reported in responses and only documented in the Chinese edition.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    public_bind_type: PublicBindType
    """
    How an EIP is bound: auto_assign (allocate a new one), not_use (no public access), bind_existing (use the EIP given in eip_id).
    """
    eip_id: str | None = None
    """
    ID of the EIP.
    """
    eip_address: str | None = None
    """
    Address of the bound EIP (only in the Chinese edition).
    """
    status: Status | None = None
    """
    EIP binding state; FAIL when binding failed (only in the Chinese edition).
    """
    error_message: str | None = None
    """
    Why the EIP binding failed (only in the Chinese edition).
    """


class Cluster(BaseModel):
    """
    Reference to a cluster (Table 5-6).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Cluster ID.
    """


class ClusterStatus(StrEnum):
    """
    Cluster state.
    """

    CREATING = "CREATING"
    AVAILABLE = "AVAILABLE"
    UNAVAILABLE = "UNAVAILABLE"
    CREATION_FAILED = "CREATION FAILED"
    FROZEN = "FROZEN"


class ClusterSubStatus(StrEnum):
    """
    Sub-state of an AVAILABLE cluster (read-only, degraded, redistribution and balance flags).
    """

    NORMAL = "NORMAL"
    READONLY = "READONLY"
    REDISTRIBUTING = "REDISTRIBUTING"
    REDISTRIBUTION_FAILURE = "REDISTRIBUTION-FAILURE"
    UNBALANCED = "UNBALANCED"
    UNBALANCED_READONLY = "UNBALANCED READONLY"
    DEGRADED = "DEGRADED"
    DEGRADED_READONLY = "DEGRADED READONLY"
    DEGRADED_UNBALANCED = "DEGRADED UNBALANCED"
    UNBALANCED_REDISTRIBUTING = "UNBALANCED REDISTRIBUTING"
    UNBALANCED_REDISTRIBUTION_FAILURE = "UNBALANCED REDISTRIBUTION-FAILURE"
    READONLY_REDISTRIBUTION_FAILURE = "READONLY REDISTRIBUTION-FAILURE"
    UNBALANCED_READONLY_REDISTRIBUTION_FAILURE = "UNBALANCED READONLY REDISTRIBUTION-FAILURE"
    DEGRADED_REDISTRIBUTION_FAILURE = "DEGRADED REDISTRIBUTION-FAILURE"
    DEGRADED_UNBALANCED_REDISTRIBUTION_FAILURE = "DEGRADED UNBALANCED REDISTRIBUTION-FAILURE"
    DEGRADED_UNBALANCED_READONLY_REDISTRIBUTION_FAILURE = "DEGRADED UNBALANCED READONLY REDISTRIBUTION-FAILURE"
    DEGRADED_UNBALANCED_READONLY = "DEGRADED UNBALANCED READONLY"


class ClusterTaskStatus(StrEnum):
    """
    Management task currently running on the cluster.
    """

    UNFREEZING = "UNFREEZING"
    FREEZING = "FREEZING"
    RESTORING = "RESTORING"
    SNAPSHOTTING = "SNAPSHOTTING"
    GROWING = "GROWING"
    REBOOTING = "REBOOTING"
    SETTING_CONFIGURATION = "SETTING_CONFIGURATION"
    CONFIGURING_EXT_DATASOURCE = "CONFIGURING_EXT_DATASOURCE"
    DELETING_EXT_DATASOURCE = "DELETING_EXT_DATASOURCE"
    REBOOT_FAILURE = "REBOOT_FAILURE"
    RESIZE_FAILURE = "RESIZE_FAILURE"


class ActionProgress(RootModel[dict[str, str]]):
    """
    Progress of running tasks: each key names a task (GROWING, RESTORING, SNAPSHOTTING, REPAIRING, CREATING) and its value is the progress, e.g. "16%".
    """

    root: dict[str, str]


class PublicEndpoints(BaseModel):
    """
    Public connection data of a cluster (Tables 5-13, 5-20).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    public_connect_info: str | None = None
    """
    Public host name or address.
    """
    jdbc_url: str | None = None
    """
    Public JDBC URL, by default jdbc:postgresql://<public_connect_info>/<YOUR_DATABASE_name>.
    """


class Endpoints(BaseModel):
    """
    Private-network connection data of a cluster (Tables 5-14, 5-21).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    connect_info: str
    """
    Private host name or address.
    """
    jdbc_url: str
    """
    Private JDBC URL, by default jdbc:postgresql://<connect_info>/<YOUR_DATABASE_name>.
    """


class Tags(BaseModel):
    """
    A key/value tag of a cluster (Tables 5-12, 5-24).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    key: Annotated[
        str | None,
        Field(
            max_length=36,
            min_length=1,
            pattern="^([^=*<>\\\\,/ ]([^=*<>\\\\,/]*[^=*<>\\\\,/ ])?)?$",
        ),
    ] = None
    """
    Tag key, 1 to 36 Unicode characters: letters, digits, hyphens and underscores; no leading or trailing space and none of = * < > \\ , /.
    """
    value: Annotated[
        str | None,
        Field(max_length=43, pattern="^([^=*<>\\\\,/ ]([^=*<>\\\\,/]*[^=*<>\\\\,/ ])?)?$"),
    ] = None
    """
    Tag value, up to 43 Unicode characters, may be empty: letters, digits, hyphens and underscores; no leading or trailing space and none of = * < > \\ , /.
    """


class ErrorCode(StrEnum):
    """
    Failure code: DWS.6000 creation failed, DWS.6001 scale-out failed, DWS.6002 restart failed, DWS.6003 restore failed.
    """

    DWS_6000 = "DWS.6000"
    DWS_6001 = "DWS.6001"
    DWS_6002 = "DWS.6002"
    DWS_6003 = "DWS.6003"


class FailedReasons(BaseModel):
    """
    Why the last operation on the cluster failed; absent or empty when the cluster is healthy (Chinese edition tables 5-12, 5-21).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    error_code: ErrorCode | None = None
    """
    Failure code: DWS.6000 creation failed, DWS.6001 scale-out failed, DWS.6002 restart failed, DWS.6003 restore failed.
    """
    error_msg: str | None = None
    """
    Failure message.
    """


class Day(StrEnum):
    """
    Day of the week.
    """

    Mon = "Mon"
    Tue = "Tue"
    Wed = "Wed"
    Thu = "Thu"
    Fri = "Fri"
    Sat = "Sat"
    Sun = "Sun"


class MaintainWindow(BaseModel):
    """
    Weekly maintenance window of a cluster, in GMT+0 (Table 5-22).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    day: Day | None = None
    """
    Day of the week.
    """
    start_time: Annotated[str | None, Field(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$")] = None
    """
    Start time, HH:mm.
    """
    end_time: Annotated[str | None, Field(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$")] = None
    """
    End time, HH:mm.
    """


class ResizeStatus(StrEnum):
    """
    Scale-out state.
    """

    GROWING = "GROWING"
    RESIZE_FAILURE = "RESIZE_FAILURE"


class Status1(StrEnum):
    """
    Old name of resize_status used by the Chinese edition.
    """

    GROWING = "GROWING"
    RESIZE_FAILURE = "RESIZE_FAILURE"


class ResizeInfo(BaseModel):
    """
    State of a running or failed scale-out (Table 5-23). origin_node_type, target_node_type and the old name status are only in the Chinese edition.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    target_node_num: int | None = None
    """
    Node count after the scale-out.
    """
    origin_node_num: int | None = None
    """
    Node count before the scale-out.
    """
    resize_status: ResizeStatus | None = None
    """
    Scale-out state.
    """
    status: Annotated[Status1 | None, Field(deprecated=True)] = None
    """
    Old name of resize_status used by the Chinese edition.
    """
    origin_node_type: str | None = None
    """
    Node flavor before the resize (only in the Chinese edition).
    """
    target_node_type: str | None = None
    """
    Node flavor after the resize (only in the Chinese edition).
    """
    start_time: str | None = None
    """
    Start time of the scale-out, ISO 8601 (YYYY-MM-DDThh:mm:ss, the example adds Z).
    """


class Status2(StrEnum):
    """
    Whether the group's settings are in effect: In-Sync, Applying, Pending-Reboot (takes effect after a restart) or Sync-Failure.
    """

    In_Sync = "In-Sync"
    Applying = "Applying"
    Pending_Reboot = "Pending-Reboot"
    Sync_Failure = "Sync-Failure"


class ParameterGroup(BaseModel):
    """
    Parameter group bound to the cluster (Table 5-25).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    Parameter group ID.
    """
    name: str
    """
    Parameter group name.
    """
    status: Status2
    """
    Whether the group's settings are in effect: In-Sync, Applying, Pending-Reboot (takes effect after a restart) or Sync-Failure.
    """


class ListNodeTypesDetail(BaseModel):
    """
    One attribute of a node type (Table 5-30 "Detail").
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: str | None = None
    """
    Attribute kind, e.g. vCPU, mem, SSD, LOCAL_DISK.
    """
    value: str | None = None
    """
    Attribute value.
    """
    unit: str | None = None
    """
    Unit of the value, e.g. GB.
    """


class DeleteClusterRequest(BaseModel):
    """
    Body of the delete-cluster request (Table 5-33).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    keep_last_manual_snapshot: int
    """
    How many manual snapshots of the cluster to keep.
    """


class RestartClusterRequest(BaseModel):
    """
    Body of the restart request (Table 5-36).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    restart: dict[str, Any]
    """
    Restart marker; send an empty object.
    """


class ScaleOut(BaseModel):
    """
    Scale-out settings (Table 5-40).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    count: int
    """
    Number of nodes to add.
    """


class Resize(BaseModel):
    """
    Target size of the cluster (Chinese edition table 5-36; clusters of version 1.5.0 or later). Not in Issue 06.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_type: str
    """
    Target node flavor.
    """
    number_of_node: int
    """
    Target number of nodes.
    """


class ResetPasswordRequest(BaseModel):
    """
    Body of the password reset (Table 5-43).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    new_password: Annotated[SecretStr, Field(max_length=32, min_length=8)]
    """
    New administrator password: at least three of lowercase letters, uppercase letters, digits and special characters; not equal to the user name or its reverse, to a previous password, or to a weak password.
    """


class Snapshot(BaseModel):
    """
    The snapshot to create.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]{3,63}$")]
    """
    Unique, case-insensitive snapshot name; 4-64 characters, starts with a letter, then letters, digits, hyphens and underscores.
    """
    cluster_id: str
    """
    ID of the cluster to back up.
    """
    description: Annotated[str | None, Field(max_length=256, pattern="^[^!<>'=&\"]*$")] = ""
    """
    Free text about the snapshot, at most 256 characters, none of ! < > ' = & ". Empty when omitted.
    """


class SnapshotResp(BaseModel):
    """
    Identifies the snapshot that is being created.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    ID of the new snapshot.
    """


class Status3(StrEnum):
    """
    Lifecycle state of the snapshot.
    """

    CREATING = "CREATING"
    AVAILABLE = "AVAILABLE"
    UNAVAILABLE = "UNAVAILABLE"


class Snapshots(BaseModel):
    """
    One snapshot in the project's snapshot list.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Snapshot ID.
    """
    name: str | None = None
    """
    Snapshot name.
    """
    description: str | None = None
    """
    Snapshot description (empty string when none was given).
    """
    started: AwareDatetime | None = None
    """
    When creation of the snapshot began (ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ).
    """
    finished: AwareDatetime | None = None
    """
    When creation of the snapshot completed (ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ).
    """
    size: float | None = None
    """
    Size of the snapshot in GB.
    """
    status: Status3 | None = None
    """
    Lifecycle state of the snapshot.
    """
    type: str | None = None
    """
    How the snapshot was created, e.g. MANUAL.
    """
    cluster_id: str | None = None
    """
    ID of the cluster the snapshot was taken from.
    """


class SnapshotDetail(BaseModel):
    """
    Details of one snapshot.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Snapshot ID.
    """
    name: str | None = None
    """
    Snapshot name.
    """
    description: str | None = None
    """
    Snapshot description.
    """
    started: AwareDatetime | None = None
    """
    When creation of the snapshot began (ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ).
    """
    finished: AwareDatetime | None = None
    """
    When creation of the snapshot completed (ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ).
    """
    size: float | None = None
    """
    Size of the snapshot in GB.
    """
    status: Status3 | None = None
    """
    Lifecycle state of the snapshot.
    """
    type: str | None = None
    """
    How the snapshot was created, e.g. MANUAL.
    """
    cluster_id: str | None = None
    """
    ID of the cluster the snapshot was taken from.
    """


class Restore(BaseModel):
    """
    Settings of the new cluster that the snapshot is restored into.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]{3,63}$")]
    """
    Unique name of the new cluster; 4-64 characters, starts with a letter, then letters, digits, hyphens and underscores.
    """
    subnet_id: str | None = None
    """
    Subnet for the new cluster's network; defaults to the source cluster's subnet.
    """
    security_group_id: str | None = None
    """
    Security group for the new cluster; defaults to the source cluster's group.
    """
    vpc_id: str | None = None
    """
    VPC for the new cluster; defaults to the source cluster's VPC.
    """
    availability_zone: str | None = None
    """
    Availability zone of the new cluster; defaults to the source cluster's AZ.
    """
    port: Annotated[int | None, Field(ge=8000, le=30000)] = 8000
    """
    Database service port of the new cluster (8000-30000).
    """
    public_ip: PublicIp | None = None
    """
    Public access settings; without it the cluster gets no public connection.
    """
    enterprise_project_id: str | None = "0"
    """
    Enterprise project of the new cluster; "0" (the default project) when omitted.
    """


class RestoreCluster(BaseModel):
    """
    The cluster created by the restore.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    ID of the new cluster.
    """


class CreateClusterInfo(BaseModel):
    """
    Settings of the cluster to create (Table 5-3).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_type: Annotated[str, Field(examples=["dws.d1.xlarge.ultrahigh"])]
    """
    Node flavor (spec_name from the node-type listing).
    """
    number_of_node: Annotated[int, Field(ge=3, le=32)]
    """
    Number of nodes.
    """
    subnet_id: str
    """
    Subnet the cluster network uses.
    """
    security_group_id: str
    """
    Security group the cluster network uses.
    """
    vpc_id: str
    """
    VPC the cluster network uses.
    """
    availability_zone: str | None = None
    """
    Availability zone for the cluster.
    """
    port: Annotated[int | None, Field(ge=8000, le=30000)] = 8000
    """
    Database service port.
    """
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]*$")]
    """
    Unique cluster name; starts with a letter, then letters, digits, hyphens or underscores.
    """
    user_name: Annotated[str, Field(max_length=63, min_length=1, pattern="^[a-z_][a-z0-9_]*$")]
    """
    Administrator user name: lowercase letters, digits and underscores, beginning with a lowercase letter or underscore; must not be a database keyword.
    """
    user_pwd: Annotated[SecretStr, Field(max_length=32, min_length=8)]
    """
    Administrator password. It must mix at least three of lowercase letters, uppercase letters, digits and special characters, must differ from the user name and its reverse, and must not be a weak password.
    """
    public_ip: PublicIp | None = None
    number_of_cn: Annotated[int | None, Field(ge=2, le=5)] = 2
    """
    Number of coordinator nodes (CNs); at most the node count minus one.
    """
    enterprise_project_id: str | None = "0"
    """
    Enterprise project of the cluster; 0 is the default enterprise project.
    """


class CreateClusterResponse(BaseModel):
    """
    Body returned by the create-cluster call (Table 5-5).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    cluster: Cluster | None = None


class ClusterInfo(BaseModel):
    """
    One cluster of the listing (Table 5-10).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Cluster ID.
    """
    status: ClusterStatus | None = None
    sub_status: ClusterSubStatus | None = None
    task_status: ClusterTaskStatus | None = None
    """
    Management task running on the cluster; null when none runs.
    """
    action_progress: ActionProgress | None = None
    """
    Progress of the running tasks; null when none runs.
    """
    node_type: str | None = None
    """
    Node flavor.
    """
    subnet_id: str | None = None
    """
    Subnet ID.
    """
    security_group_id: str | None = None
    """
    Security group ID.
    """
    number_of_node: int | None = None
    """
    Number of nodes.
    """
    availability_zone: str | None = None
    """
    Availability zone.
    """
    port: Annotated[int | None, Field(ge=8000, le=30000)] = 8000
    """
    Database service port.
    """
    name: str | None = None
    """
    Cluster name.
    """
    version: str | None = None
    """
    Data warehouse version.
    """
    vpc_id: str | None = None
    """
    VPC ID.
    """
    user_name: str | None = None
    """
    Administrator user name.
    """
    public_ip: PublicIp | None = None
    public_endpoints: list[PublicEndpoints] | None = None
    """
    Public connection data; absent when the cluster has no public access.
    """
    endpoints: list[Endpoints] | None = None
    """
    Private-network connection data.
    """
    updated: str | None = None
    """
    Time of the last change, ISO 8601 (YYYY-MM-DDThh:mm:ssZ; the Getting Started replies omit the zone).
    """
    created: str | None = None
    """
    Creation time, ISO 8601 (YYYY-MM-DDThh:mm:ssZ; the Getting Started replies omit the zone).
    """
    enterprise_project_id: str | None = None
    """
    Enterprise project ID; 0 is the default enterprise project.
    """
    tags: list[Tags] | None = None
    """
    Tags of the cluster; null when it has none.
    """
    recent_event: int | None = None
    """
    Number of events.
    """
    failed_reasons: FailedReasons | None = None


class ClusterDetail(BaseModel):
    """
    Full description of one cluster (Table 5-18).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Cluster ID.
    """
    status: ClusterStatus | None = None
    name: str | None = None
    """
    Cluster name.
    """
    updated: str | None = None
    """
    Time of the last change, ISO 8601 (YYYY-MM-DDThh:mm:ssZ; the Getting Started replies omit the zone).
    """
    created: str | None = None
    """
    Creation time, ISO 8601 (YYYY-MM-DDThh:mm:ssZ; the Getting Started replies omit the zone).
    """
    user_name: str | None = None
    """
    Administrator user name.
    """
    sub_status: ClusterSubStatus | None = None
    task_status: ClusterTaskStatus | None = None
    """
    Management task running on the cluster; null when none runs.
    """
    action_progress: ActionProgress | None = None
    """
    Progress of the running tasks; null when none runs.
    """
    node_type: str | None = None
    """
    Node flavor.
    """
    subnet_id: str | None = None
    """
    Subnet ID.
    """
    security_group_id: str | None = None
    """
    Security group ID.
    """
    number_of_node: int | None = None
    """
    Number of nodes.
    """
    availability_zone: str | None = None
    """
    Availability zone.
    """
    port: Annotated[int | None, Field(ge=8000, le=30000)] = 8000
    """
    Database service port.
    """
    vpc_id: str | None = None
    """
    VPC ID.
    """
    public_ip: PublicIp | None = None
    private_ip: list[str] | None = None
    """
    Private IP addresses of the cluster.
    """
    public_endpoints: list[PublicEndpoints] | None = None
    """
    Public connection data; absent when the cluster has no public access.
    """
    endpoints: list[Endpoints] | None = None
    """
    Private-network connection data.
    """
    version: str | None = None
    """
    Data warehouse version.
    """
    maintain_window: MaintainWindow | None = None
    resize_info: ResizeInfo | None = None
    enterprise_project_id: str | None = None
    """
    Enterprise project ID; 0 is the default enterprise project.
    """
    recent_event: int | None = None
    """
    Number of events.
    """
    tags: list[Tags] | None = None
    """
    Tags of the cluster; null when it has none.
    """
    parameter_group: ParameterGroup | None = None
    node_type_id: str | None = None
    """
    ID of the node flavor.
    """
    failed_reasons: FailedReasons | None = None


class NodeTypes(BaseModel):
    """
    One node type (Table 5-29).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    spec_name: str | None = None
    """
    Name of the node type.
    """
    detail: list[ListNodeTypesDetail] | None = None
    """
    Attributes of the node type (vCPU, memory, disk).
    """
    id: str | None = None
    """
    Node type ID.
    """


class ResizeClusterRequest(BaseModel):
    """
    Body of the resize request (Table 5-39; Chinese edition tables 5-36 and 5-37). Send exactly one of scale_out (add nodes) or resize (deprecated, target flavor and node count).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    scale_out: ScaleOut | None = None
    resize: Annotated[Resize | None, Field(deprecated=True)] = None


class CreateSnapshotRequest(BaseModel):
    """
    Body of the create-snapshot request.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    snapshot: Snapshot


class CreateSnapshotResponse(BaseModel):
    """
    Result of the create-snapshot request.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    snapshot: SnapshotResp | None = None


class ListSnapshotsResponse(BaseModel):
    """
    The snapshots of the project.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    snapshots: list[Snapshots] | None = None
    """
    One entry per snapshot.
    """
    count: int | None = None
    """
    Total number of snapshots in the list.
    """


class ListSnapshotDetailsResponse(BaseModel):
    """
    The requested snapshot.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    snapshot: SnapshotDetail | None = None


class RestoreClusterRequest(BaseModel):
    """
    Body of the restore-cluster request.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    restore: Restore


class RestoreClusterResponse(BaseModel):
    """
    Result of the restore request.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    cluster: RestoreCluster | None = None


class CreateClusterRequest(BaseModel):
    """
    Body of the create-cluster request (Table 5-2).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    cluster: CreateClusterInfo


class ListClustersResponse(BaseModel):
    """
    Body of the cluster listing (Table 5-9).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    clusters: list[ClusterInfo] | None = None
    """
    The clusters of the project.
    """


class ListClusterDetailsResponse(BaseModel):
    """
    Body of the cluster-detail query (Table 5-17).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    cluster: ClusterDetail | None = None


class ListNodeTypesResponse(BaseModel):
    """
    Body of the node-type listing (Table 5-28).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_types: list[NodeTypes] | None = None
    """
    The supported node types.
    """
