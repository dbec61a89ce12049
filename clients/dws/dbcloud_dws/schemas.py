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
    ip_type: str | None = None
    """
    Type of the EIP (e.g. 5_bgp); null when not set.
    """
    band_width: int | None = None
    """
    Bandwidth of the EIP, in Mbit/s; null when not set.
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


class Nodes(BaseModel):
    """
    One instance (node) of a cluster (vendor SDK model Nodes; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Instance ID.
    """
    status: str | None = None
    """
    Instance state code: 100 creating, 199 idle, 200 available, 300 unavailable, 303 creation failed, 304 deleting, 305 deletion failed, 400 deleted.
    """
    name: str | None = None
    """
    Instance name.
    """


class ElbResp(BaseModel):
    """
    Load balancer bound to the cluster (vendor SDK model ElbResp; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    public_ip: str | None = None
    """
    Public IPv4 address of the load balancer.
    """
    private_ip: str | None = None
    """
    Private IPv4 address of the load balancer.
    """
    private_endpoint: str | None = None
    """
    Private endpoint of the load balancer.
    """
    name: str | None = None
    """
    Name of the load balancer.
    """
    id: str | None = None
    """
    ID of the load balancer.
    """
    vpc_id: str | None = None
    """
    VPC of the load balancer.
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


class NodeTypeAvailableZones(BaseModel):
    """
    State of a node type in one availability zone (vendor SDK model; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    code: str | None = None
    """
    Availability zone ID.
    """
    status: str | None = None
    """
    State of the node type there: normal (on sale), sellout (sold out) or abandon (not offered).
    """


class NodeTypeDatastoresAttachments(BaseModel):
    """
    Coordinator-node limits of a kernel version (vendor SDK model; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    min_cn: Annotated[int | None, Field(ge=1)] = None
    """
    Fewest coordinator nodes (CNs) the version supports.
    """
    max_cn: Annotated[int | None, Field(ge=1)] = None
    """
    Most coordinator nodes (CNs) the version supports.
    """


class VolumeResp(BaseModel):
    """
    Local disk of a node type (vendor SDK model; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: str | None = None
    """
    Disk type; only SSD.
    """
    size: int | None = None
    """
    Usable disk capacity.
    """


class NodeTypeElasticVolumeSpecs(BaseModel):
    """
    Cloud-disk option of an elastic-volume node type (vendor SDK model; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: str | None = None
    """
    Disk kind: SATA, SAS, SSD, ESSD or GPSSD.
    """
    step: int | None = None
    """
    Step by which the disk size changes.
    """
    min_size: int | None = None
    """
    Smallest disk size.
    """
    max_size: int | None = None
    """
    Largest disk size.
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
    subnet_id: str | None = None
    """
    Subnet of the new nodes; a valid subnet of the cluster's VPC.
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


class RedisConfReq(BaseModel):
    """
    How data is redistributed after a scale-out (vendor SDK model; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    redis_mode: str | None = None
    """
    Redistribution mode: online or offline (default offline; the service also accepts onLine/offLine).
    """
    parallel_jobs: Annotated[int | None, Field(ge=1, le=200)] = 4
    """
    Number of parallel redistribution jobs, 1-200; default 4.
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


class Datastore(BaseModel):
    """
    Kind and version of the cluster a snapshot was taken of (vendor SDK model; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: str | None = None
    """
    Cluster kind: dws (coupled storage), dws3.0 (decoupled storage) or hybrid (real-time).
    """
    version: str | None = None
    """
    Cluster version.
    """


class FineGrainedSnapshotDetail(BaseModel):
    """
    What a fine-grained snapshot holds (vendor SDK models FineGrainedSnapshotDetail and ExtFineGrainedSnapshotDetail; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    database: str | None = None
    """
    Database name.
    """
    schema_list: list[str] | None = None
    """
    Schemas in the snapshot.
    """
    table_list: list[str] | None = None
    """
    Tables in the snapshot.
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
    ipv6_enable: bool | None = None
    """
    Whether the new cluster gets IPv6 addresses.
    """
    number_of_cn: Annotated[int | None, Field(ge=3, le=20)] = None
    """
    Number of coordinator nodes (CNs) of the new cluster: 3 to the node count, at most 20; default 3.
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
    nodes: list[Nodes] | None = None
    """
    Instances (nodes) of the cluster, one per node.
    """


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
    nodes: list[Nodes] | None = None
    """
    Instances (nodes) of the cluster, one per node.
    """
    order_id: str | None = None
    """
    Order ID; returned only for yearly/monthly clusters, so a non-empty value marks one.
    """
    elb: ElbResp | None = None


class NodeTypeDatastores(BaseModel):
    """
    A kernel version a node type supports (vendor SDK model; not in the references).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    attachments: NodeTypeDatastoresAttachments | None = None
    version: str | None = None
    """
    Kernel version, dotted digits such as 9.1.0 or 9.1.1.100.
    """
    role: str | None = None
    """
    Release kind: STABLE or PREVIEW.
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
    logical_cluster_name: str | None = None
    """
    Logical cluster the new nodes join; needed when scaling out a logical cluster.
    """
    create_node_only: bool | None = False
    """
    true adds idle nodes only (the cluster is expanded by a later call); false (default) adds the nodes and expands the cluster.
    """
    waiting_for_killing: int | None = 0
    """
    Seconds to wait before jobs blocking the scale-out are killed, 30-1200; 0 (default) never kills. Needs guestAgent 8.2.1 or later.
    """
    auto_redistribute: bool | None = True
    """
    Whether data is redistributed right after the scale-out (default true); false leaves the cluster waiting for a redistribution.
    """
    mode: str | None = "read-only"
    """
    Scale-out mode: insert (online, data stays writable) or read-only (offline, default).
    """
    redis_conf: RedisConfReq | None = None


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
    datastore: Datastore | None = None
    cluster_name: str | None = None
    """
    Name of the cluster the snapshot belongs to.
    """
    updated: str | None = None
    """
    Time of the last change of the snapshot, ISO 8601.
    """
    bak_expected_start_time: str | None = None
    """
    When the snapshot was expected to start.
    """
    bak_keep_day: int | None = None
    """
    Days the snapshot is kept.
    """
    bak_period: str | None = None
    """
    Schedule (policy) that produced the snapshot.
    """
    db_user: str | None = None
    """
    Database user of the snapshot.
    """
    progress: str | None = None
    """
    Progress of the snapshot.
    """
    backup_key: str | None = None
    """
    Key of this backup; later incremental snapshots refer to it.
    """
    prior_backup_key: str | None = None
    """
    backup_key of the previous snapshot an incremental snapshot builds on; FULL for a full snapshot.
    """
    base_backup_key: str | None = None
    """
    backup_key of the full snapshot this snapshot belongs to.
    """
    backup_device: str | None = None
    """
    Backup medium, e.g. OBS or NBU.
    """
    total_backup_size: int | None = None
    """
    Accumulated size of the backup files.
    """
    base_backup_name: str | None = None
    """
    Name of the full snapshot this snapshot belongs to.
    """
    support_inplace_restore: bool | None = None
    """
    Whether the snapshot can be restored into its own cluster.
    """
    fine_grained_backup: bool | None = None
    """
    Whether the snapshot is a fine-grained (schema or table) backup.
    """
    backup_level: str | None = None
    """
    Scope of the backup: cluster, schema or table.
    """
    fine_grained_backup_detail: FineGrainedSnapshotDetail | None = None
    guest_agent_version: str | None = None
    """
    Version of the guestAgent plug-in that took the snapshot.
    """
    cluster_status: str | None = None
    """
    State of the snapshot's cluster (CREATING, AVAILABLE, UNAVAILABLE, RESTORING, FROZEN...).
    """
    cluster_task_status: str | None = None
    """
    Task running on the snapshot's cluster.
    """
    support_fine_grained_cross_version_restore: bool | None = None
    """
    Whether a fine-grained restore into another cluster version is supported.
    """
    support_fine_grained_asymmetric_restore: bool | None = None
    """
    Whether a fine-grained restore into a cluster of another shape is supported.
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
    datastore: Datastore | None = None
    cluster_name: str | None = None
    """
    Name of the cluster the snapshot belongs to.
    """
    updated: str | None = None
    """
    Time of the last change of the snapshot, ISO 8601.
    """
    bak_expected_start_time: str | None = None
    """
    When the snapshot was expected to start.
    """
    bak_keep_day: int | None = None
    """
    Days the snapshot is kept.
    """
    bak_period: str | None = None
    """
    Schedule (policy) that produced the snapshot.
    """
    db_user: str | None = None
    """
    Database user of the snapshot.
    """
    progress: str | None = None
    """
    Progress of the snapshot.
    """
    backup_key: str | None = None
    """
    Key of this backup; later incremental snapshots refer to it.
    """
    prior_backup_key: str | None = None
    """
    backup_key of the previous snapshot an incremental snapshot builds on; FULL for a full snapshot.
    """
    base_backup_key: str | None = None
    """
    backup_key of the full snapshot this snapshot belongs to.
    """
    backup_device: str | None = None
    """
    Backup medium, e.g. OBS or NBU.
    """
    total_backup_size: int | None = None
    """
    Accumulated size of the backup files.
    """
    base_backup_name: str | None = None
    """
    Name of the full snapshot this snapshot belongs to.
    """
    support_inplace_restore: bool | None = None
    """
    Whether the snapshot can be restored into its own cluster.
    """
    fine_grained_backup: bool | None = None
    """
    Whether the snapshot is a fine-grained (schema or table) backup.
    """
    backup_level: str | None = None
    """
    Scope of the backup: cluster, schema or table.
    """
    fine_grained_backup_detail: FineGrainedSnapshotDetail | None = None
    guest_agent_version: str | None = None
    """
    Version of the guestAgent plug-in that took the snapshot.
    """
    cluster_status: str | None = None
    """
    State of the snapshot's cluster (CREATING, AVAILABLE, UNAVAILABLE, RESTORING, FROZEN...).
    """
    cluster_task_status: str | None = None
    """
    Task running on the snapshot's cluster.
    """
    support_fine_grained_cross_version_restore: bool | None = None
    """
    Whether a fine-grained restore into another cluster version is supported.
    """
    support_fine_grained_asymmetric_restore: bool | None = None
    """
    Whether a fine-grained restore into a cluster of another shape is supported.
    """


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
    job_id: str | None = None
    """
    ID of the asynchronous restore job.
    """


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
    count: int | None = None
    """
    Total number of clusters in the list.
    """


class ListClusterDetailsResponse(BaseModel):
    """
    Body of the cluster-detail query (Table 5-17).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    cluster: ClusterDetail | None = None


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
    datastore_type: str | None = None
    """
    Product the node type belongs to: dws (standard data warehouse) or hybrid (real-time data warehouse).
    """
    architecture: str | None = None
    """
    CPU architecture of the node type: x86 or arm.
    """
    available_zones: list[NodeTypeAvailableZones] | None = None
    """
    Availability zones offering the node type, with its state in each.
    """
    ram: Annotated[int | None, Field(ge=1)] = None
    """
    Memory per node, in GB.
    """
    vcpus: Annotated[int | None, Field(ge=1)] = None
    """
    Number of vCPUs per node.
    """
    datastores: list[NodeTypeDatastores] | None = None
    """
    Kernel versions the node type supports.
    """
    volume: VolumeResp | None = None
    elastic_volume_specs: list[NodeTypeElasticVolumeSpecs] | None = None
    """
    Cloud-disk options of an elastic-volume node type: disk kind, size range and step.
    """


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
    count: Annotated[int | None, Field(ge=0)] = None
    """
    Total number of node types.
    """
