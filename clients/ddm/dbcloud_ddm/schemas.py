# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
# ruff: noqa

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Dict
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel, SecretStr
from typing_extensions import TypeAliasType


class ErrorResponse(BaseModel):
    """
    Error body of v3 APIs (appendix A.1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    error_code: str
    """
    Vendor error code, e.g. DBS.300301.
    """
    error_msg: str
    """
    Human-readable error message.
    """


class LegacyErrorResponse(BaseModel):
    """
    Error body of v1 and v2 APIs (appendix A.1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    errCode: str
    """
    Vendor error code, e.g. DBS.300101.
    """
    externalMessage: str
    """
    Human-readable error message.
    """


class AnyErrorResponse(RootModel[ErrorResponse | LegacyErrorResponse]):
    root: ErrorResponse | LegacyErrorResponse
    """
    Either error body shape; v1/v2 operations answer LegacyErrorResponse, v3 operations ErrorResponse.
    """


class InstanceStatus(StrEnum):
    """
    Status of a DDM instance (appendix A.6, table A-6). CREATING: being created; CREATEFAILED: creation failed; RUNNING: available; ERROR: faulty; RESTARTING: restarting; FREEZING: being frozen; FROZEN: frozen; UNFREEZING: being unfrozen; RESIZING: node class change (the reference describes it as a failed change); UPGRADE_VERSION_INSTANCE: version upgrade in progress; ROLL_BACK_DB_VERSION: version rollback in progress; GROWING: scaling out; REDUCING: scaling in; RESTORE: being restored; BACKUP: being backed up; MODIFY_NAME: name change in progress; MIGRATE_DATABASE: schema shards being configured; RESET_PASSWORD: password reset in progress; ONDEMAND_TO_PERIOD: switching to yearly/monthly billing; PERIOD_RESOURCE_SPEC_CHG: yearly/monthly change being verified; SET_CONFIGURATION: parameters being updated. New values may appear; clients must accept unknown ones.
    """

    CREATING = "CREATING"
    CREATEFAILED = "CREATEFAILED"
    RUNNING = "RUNNING"
    ERROR = "ERROR"
    RESTARTING = "RESTARTING"
    FREEZING = "FREEZING"
    FROZEN = "FROZEN"
    UNFREEZING = "UNFREEZING"
    RESIZING = "RESIZING"
    UPGRADE_VERSION_INSTANCE = "UPGRADE_VERSION_INSTANCE"
    ROLL_BACK_DB_VERSION = "ROLL_BACK_DB_VERSION"
    GROWING = "GROWING"
    REDUCING = "REDUCING"
    RESTORE = "RESTORE"
    BACKUP = "BACKUP"
    MODIFY_NAME = "MODIFY_NAME"
    MIGRATE_DATABASE = "MIGRATE_DATABASE"
    RESET_PASSWORD = "RESET_PASSWORD"
    ONDEMAND_TO_PERIOD = "ONDEMAND_TO_PERIOD"
    PERIOD_RESOURCE_SPEC_CHG = "PERIOD_RESOURCE_SPEC_CHG"
    SET_CONFIGURATION = "SET_CONFIGURATION"


class NodeStatus(StrEnum):
    """
    Status of a DDM node (appendix A.6, table A-8). normal: running normally; abnormal: faulty; creating: being created; createfail: creation failed; enlargefail: scale-out failed; resizing: node class being changed. New values may appear; clients must accept unknown ones.
    """

    normal = "normal"
    abnormal = "abnormal"
    creating = "creating"
    createfail = "createfail"
    enlargefail = "enlargefail"
    resizing = "resizing"


class SchemaStatus(StrEnum):
    """
    Status of a DDM schema (appendix A.6, table A-7). CREATING: being created; RUNNING: available; CREATE_FAILED: creation failed; DELETING: being deleted; EXPANDING: shards being configured; EXPAND_FAILED: shard configuration failed; ROLLING BACK: being rolled back (spelled with a space in the reference). New values may appear; clients must accept unknown ones.
    """

    CREATING = "CREATING"
    RUNNING = "RUNNING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETING = "DELETING"
    EXPANDING = "EXPANDING"
    EXPAND_FAILED = "EXPAND_FAILED"
    ROLLING_BACK = "ROLLING BACK"


class LinkInfo(BaseModel):
    """
    Link of an API version (table 4-3).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    href: str | None = None
    """
    URL of the API.
    """
    rel: Annotated[str | None, Field(examples=["self"])] = None
    """
    Link relation; self means href points to this resource.
    """


class Status(StrEnum):
    """
    Version status: CURRENT (recommended), SUPPORTED (older but still supported), DEPRECATED (may be removed later).
    """

    CURRENT = "CURRENT"
    SUPPORTED = "SUPPORTED"
    DEPRECATED = "DEPRECATED"


class ApiVersion(BaseModel):
    """
    One API version (table 4-2).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    API version identifier, such as v1 or v3.
    """
    links: list[LinkInfo] | None = None
    """
    Links of the version; empty for v1 and v3.
    """
    status: Status | None = None
    """
    Version status: CURRENT (recommended), SUPPORTED (older but still supported), DEPRECATED (may be removed later).
    """
    version: str | None = None
    """
    Highest supported microversion; empty when the version has no microversions.
    """
    updated: AwareDatetime | None = None
    """
    Time the version was last updated, UTC (yyyy-mm-ddThh:mm:ssZ).
    """


class ListApiVersionResponse(BaseModel):
    """
    Response of querying API versions (table 4-1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    versions: list[ApiVersion] | None = None
    """
    API versions with their links.
    """


class TimeZone(StrEnum):
    """
    UTC time zone of the instance.
    """

    UTC = "UTC"
    UTC_12_00 = "UTC-12:00"
    UTC_11_00 = "UTC-11:00"
    UTC_10_00 = "UTC-10:00"
    UTC_09_00 = "UTC-09:00"
    UTC_08_00 = "UTC-08:00"
    UTC_07_00 = "UTC-07:00"
    UTC_06_00 = "UTC-06:00"
    UTC_05_00 = "UTC-05:00"
    UTC_04_00 = "UTC-04:00"
    UTC_03_00 = "UTC-03:00"
    UTC_02_00 = "UTC-02:00"
    UTC_01_00 = "UTC-01:00"
    UTC_01_00_1 = "UTC+01:00"
    UTC_02_00_1 = "UTC+02:00"
    UTC_03_00_1 = "UTC+03:00"
    UTC_04_00_1 = "UTC+04:00"
    UTC_05_00_1 = "UTC+05:00"
    UTC_06_00_1 = "UTC+06:00"
    UTC_07_00_1 = "UTC+07:00"
    UTC_08_00_1 = "UTC+08:00"
    UTC_09_00_1 = "UTC+09:00"
    UTC_10_00_1 = "UTC+10:00"
    UTC_11_00_1 = "UTC+11:00"
    UTC_12_00_1 = "UTC+12:00"


class CreateInstanceDetail(BaseModel):
    """
    Instance to create (table 4-7).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]*$")]
    """
    Instance name: 4 to 64 characters, starting with a letter; letters, digits, underscores and hyphens only.
    """
    flavor_id: str
    """
    ID of the node class.
    """
    node_num: int
    """
    Number of nodes to create.
    """
    engine_id: str
    """
    ID of the engine.
    """
    enterprise_project_id: str | None = None
    """
    Enterprise project ID.
    """
    available_zones: Annotated[list[str], Field(min_length=1)]
    """
    AZ codes; must not be empty (see Regions and Endpoints).
    """
    vpc_id: str
    """
    ID of the VPC.
    """
    security_group_id: str
    """
    ID of the security group.
    """
    subnet_id: str
    """
    ID of the subnet.
    """
    param_group_id: str | None = None
    """
    ID of the parameter template.
    """
    time_zone: TimeZone | None = "UTC"
    """
    UTC time zone of the instance.
    """
    admin_user_name: Annotated[
        str | None,
        Field(max_length=32, min_length=1, pattern="^[A-Za-z][A-Za-z0-9_]*$"),
    ] = None
    """
    Administrator username: 1 to 32 characters, starting with a letter; letters, digits and underscores only.
    """
    admin_user_password: Annotated[SecretStr | None, Field(max_length=32, min_length=8)] = None
    """
    Administrator password: 8 to 32 characters combining upper- and lowercase letters, digits and the special characters ~!@#%^*-_+?; use a strong password.
    """


class ChargeMode(StrEnum):
    """
    Billing mode: prePaid (yearly/monthly) or postPaid (pay-per-use).
    """

    prePaid = "prePaid"
    postPaid = "postPaid"


class PeriodType(StrEnum):
    """
    Unit of the subscription period; valid and mandatory when charge_mode is prePaid.
    """

    month = "month"
    year = "year"


class IsAutoRenew(StrEnum):
    """
    Whether the subscription renews automatically when it expires (prePaid only); not renewed when omitted.
    """

    true = "true"
    false = "false"


class IsAutoPay(StrEnum):
    """
    Whether the order is paid automatically from the account balance (prePaid only); paid manually when omitted.
    """

    true = "true"
    false = "false"


class CreateInstanceExtendParam(BaseModel):
    """
    Billing options; only used for yearly/monthly instances (table 4-8).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    charge_mode: ChargeMode | None = "postPaid"
    """
    Billing mode: prePaid (yearly/monthly) or postPaid (pay-per-use).
    """
    period_type: PeriodType | None = None
    """
    Unit of the subscription period; valid and mandatory when charge_mode is prePaid.
    """
    period_num: Annotated[int | None, Field(ge=1, le=9)] = None
    """
    Subscription length: 1 to 9 for month, 1 for year; valid and mandatory when charge_mode is prePaid.
    """
    is_auto_renew: IsAutoRenew | None = None
    """
    Whether the subscription renews automatically when it expires (prePaid only); not renewed when omitted.
    """
    is_auto_pay: IsAutoPay | None = None
    """
    Whether the order is paid automatically from the account balance (prePaid only); paid manually when omitted.
    """


class CreateInstanceRequest(BaseModel):
    """
    Request body for buying a DDM instance (table 4-6).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance: CreateInstanceDetail
    """
    Instance to create.
    """
    extend_param: CreateInstanceExtendParam | None = None
    """
    Billing options for a yearly/monthly instance.
    """


class CreateInstanceResponse(BaseModel):
    """
    Result of buying a DDM instance (table 4-9).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Instance ID; returned for pay-per-use instances only.
    """
    job_id: str | None = None
    """
    ID of the creation job; returned for pay-per-use instances only.
    """
    order_id: str | None = None
    """
    Order ID; returned for yearly/monthly instances only.
    """


class ShowInstanceBeanResponse(BaseModel):
    """
    DDM instance in a list (table 4-16).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Instance ID.
    """
    status: InstanceStatus | None = None
    """
    Instance status (appendix A.6).
    """
    name: str | None = None
    """
    Instance name.
    """
    created: str | None = None
    """
    Creation time. Documented as yyyy-mm-ddThh:mm:ssZ (UTC); the examples carry a +0000 offset.
    """
    updated: str | None = None
    """
    Time of the last update, same format as created.
    """
    available_zone: str | None = None
    """
    AZ name.
    """
    vpc_id: str | None = None
    """
    VPC ID.
    """
    subnet_id: str | None = None
    """
    Subnet ID.
    """
    security_group_id: str | None = None
    """
    Security group ID.
    """
    node_count: int | None = None
    """
    Number of nodes.
    """
    access_ip: str | None = None
    """
    Address for connecting to the instance.
    """
    access_port: str | None = None
    """
    Port for connecting to the instance.
    """
    core_count: str | None = None
    """
    Number of vCPUs.
    """
    ram_capacity: str | None = None
    """
    Memory size in GB.
    """
    error_msg: str | None = None
    """
    Error message; absent when nothing is wrong.
    """
    node_status: str | None = None
    """
    Node status.
    """
    enterprise_project_id: str | None = None
    """
    Enterprise project ID.
    """
    project_id: str | None = None
    """
    Project ID of the tenant in the region.
    """
    engine_version: str | None = None
    """
    Engine version.
    """
    order_id: str | None = None
    """
    Order ID; returned for yearly/monthly instances.
    """
    enable_ssl: bool | None = None
    """
    Whether SSL is enabled for the instance.
    """
    flavor_ref: str | None = None
    """
    Specification code of the node class (see appendix A.4), e.g. ddm.c6.large.2.
    """


class ProjectTag(BaseModel):
    """
    Tag of an instance (table 4-17). The reference defines this table in 4.2.2 but no field of the response refers to it.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    key: str | None = None
    """
    Tag key.
    """
    value: str | None = None
    """
    Tag value.
    """


class ListInstancesResponse(BaseModel):
    """
    Page of DDM instances (table 4-15).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instances: list[ShowInstanceBeanResponse] | None = None
    """
    DDM instances.
    """
    instance_num: int | None = None
    """
    Number of DDM instances of the tenant.
    """
    page_no: int | None = None
    """
    Current page.
    """
    page_size: int | None = None
    """
    Number of records on the current page.
    """
    total_record: int | None = None
    """
    Total number of records.
    """
    total_page: int | None = None
    """
    Total number of pages.
    """


class GetDetailNodesInfo(BaseModel):
    """
    Node of an instance in the instance details (table 4-23).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: str | None = None
    """
    Status of the node.
    """
    port: str | None = None
    """
    Port of the node.
    """
    ip: str | None = None
    """
    IP address of the node; with load balancing, the ELB address of the node's group.
    """
    group_id: str | None = None
    """
    ID of the group the node belongs to.
    """
    node_id: str | None = None
    """
    Node ID.
    """


class ShowInstanceResponse(BaseModel):
    """
    Details of a DDM instance (table 4-22).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Instance ID.
    """
    status: InstanceStatus | None = None
    """
    Instance status (appendix A.6).
    """
    name: str | None = None
    """
    Instance name.
    """
    created: str | None = None
    """
    Creation time. Documented as yyyy-mm-ddThh:mm:ssZ (UTC); the examples carry a +0000 offset.
    """
    updated: str | None = None
    """
    Time of the last update.
    """
    available_zone: str | None = None
    """
    Name of the AZ hosting the instance.
    """
    vpc_id: str | None = None
    """
    VPC ID.
    """
    subnet_id: str | None = None
    """
    Subnet ID.
    """
    security_group_id: str | None = None
    """
    Security group ID.
    """
    node_count: int | None = None
    """
    Number of nodes.
    """
    access_ip: str | None = None
    """
    Address for connecting to the instance.
    """
    access_port: str | None = None
    """
    Port for connecting to the instance.
    """
    node_status: str | None = None
    """
    Node status.
    """
    core_count: str | None = None
    """
    Number of vCPUs.
    """
    ram_capacity: str | None = None
    """
    Memory size in GB.
    """
    error_msg: str | None = None
    """
    Error message; absent when nothing is wrong.
    """
    project_id: str | None = None
    """
    Project ID.
    """
    order_id: str | None = None
    """
    Order ID; empty for pay-per-use instances.
    """
    enterprise_project_id: str | None = None
    """
    Enterprise project ID.
    """
    engine_version: str | None = None
    """
    Engine version.
    """
    nodes: list[GetDetailNodesInfo] | None = None
    """
    Nodes of the instance.
    """
    admin_user_name: str | None = None
    """
    Username of the administrator.
    """
    enable_ssl: bool | None = None
    """
    Whether SSL is enabled for the instance.
    """
    flavor_ref: str | None = None
    """
    Specification code of the node class (see appendix A.4), e.g. ddm.c6.large.2.
    """


class UpdateInstanceNameRequest(BaseModel):
    """
    Request body for renaming a DDM instance (table 4-28).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]*$")]
    """
    New instance name: 4 to 64 characters, starting with a letter; letters, digits, underscores and hyphens only.
    """


class UpdateInstanceNameResponse(BaseModel):
    """
    Result of renaming a DDM instance (table 4-29).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Instance name after the change.
    """


class UpdateInstanceSecurityGroupRequest(BaseModel):
    """
    Request body for changing the security group of a DDM instance (table 4-34).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    security_group_id: str
    """
    ID of the security group to use; defaults to the current one.
    """


class UpdateInstanceSecurityGroupResponse(BaseModel):
    """
    Result of changing the security group (table 4-35).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    security_group_id: str | None = None
    """
    ID of the security group now in use.
    """


class DeleteInstanceResponse(BaseModel):
    """
    Result of deleting a DDM instance (table 4-41).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    ID of the deleted instance.
    """
    job_id: str | None = None
    """
    ID of the deletion job.
    """


class Type(StrEnum):
    """
    Restart type: soft restarts only the process, hard forcibly restarts the instance VM.
    """

    soft = "soft"
    hard = "hard"


class RestartInstanceInfo(BaseModel):
    """
    Restart options (table 4-47).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: Type | None = None
    """
    Restart type: soft restarts only the process, hard forcibly restarts the instance VM.
    """


class RestartInstanceRequest(BaseModel):
    """
    Request body for restarting a DDM instance (table 4-46).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    restart: RestartInstanceInfo | None = None
    """
    Restart options.
    """


class RestartInstanceResponse(BaseModel):
    """
    Result of restarting a DDM instance (table 4-48).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instanceId: str | None = None
    """
    Instance ID.
    """
    instanceName: str | None = None
    """
    Instance name.
    """
    jobId: str | None = None
    """
    Task ID.
    """


class RebuildConfigRequest(RootModel[dict[str, Any]]):
    """
    Empty JSON object sent with the reload request; the reference defines no fields.
    """

    root: dict[str, Any]


class RebuildConfigResponse(RootModel[dict[str, Any]]):
    """
    Empty JSON object returned on success; the reference defines no fields.
    """

    root: dict[str, Any]


class ExpandInstanceNodesRequest(BaseModel):
    """
    Request body for scaling out a DDM instance (table 4-57).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    flavor_id: str
    """
    Flavor ID of the VM hosting the nodes to add.
    """
    node_number: int
    """
    Number of nodes to add.
    """
    group_id: str | None = None
    """
    ID of the group to scale out; required when the instance has more than one node group.
    """
    is_auto_pay: bool | None = False
    """
    Whether the order for a yearly/monthly instance is paid automatically from the account; does not affect auto-renewal.
    """
    available_zones: list[str] | None = None
    """
    AZ codes of the new nodes, one per node (node_number entries); yearly/monthly instances only.
    """


class ExpandInstanceNodesResponse(BaseModel):
    """
    Result of scaling out a DDM instance (table 4-58).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instanceId: str | None = None
    """
    Instance ID.
    """
    instanceName: str | None = None
    """
    Instance name; pay-per-use instances only.
    """
    jobId: str | None = None
    """
    Task ID; pay-per-use instances only.
    """
    orderId: str | None = None
    """
    Order ID; yearly/monthly instances only.
    """


class ShrinkInstanceNodesRequest(BaseModel):
    """
    Request body for scaling in a DDM instance (table 4-63).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_number: int
    """
    Number of nodes to remove; at most the current node count minus 1.
    """
    group_id: str | None = None
    """
    ID of the group to scale in; required when the instance has more than one node group.
    """


class ShrinkInstanceNodesResponse(BaseModel):
    """
    Result of scaling in a DDM instance (table 4-64).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instanceId: str | None = None
    """
    Instance ID.
    """
    instanceName: str | None = None
    """
    Instance name.
    """
    jobId: str | None = None
    """
    Task ID; pay-per-use instances only.
    """
    orderId: str | None = None
    """
    Order ID; yearly/monthly instances only.
    """


class UpdateReadAndWriteStrategyRequest(BaseModel):
    """
    Request body for changing the read policy of the associated DB instances (table 4-69).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    read_weight: dict[str, int]
    """
    Read weights keyed by DB instance ID (the primary instance and its read replicas); the value is the weight.
    """


class UpdateReadAndWriteStrategyResponse(BaseModel):
    """
    Result of changing the read policy (table 4-70).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    success: bool | None = None
    """
    Whether the change succeeded.
    """
    instance_id: str | None = None
    """
    DDM instance ID.
    """


class UpdateDatabaseInfoResponse(BaseModel):
    """
    Result of synchronizing data node information (table 4-75).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instanceId: str | None = None
    """
    DDM instance ID.
    """
    jobId: str | None = None
    """
    Task ID.
    """


class NodeList(BaseModel):
    """
    Node of a DDM instance (table 4-82).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    port: str | None = None
    """
    Port of the node.
    """
    status: NodeStatus | None = None
    """
    Node status (appendix A.6).
    """
    node_id: str | None = None
    """
    Node ID.
    """
    ip: str | None = None
    """
    Private (data floating) IP address of the node.
    """
    group_id: str | None = None
    """
    ID of the group the node belongs to.
    """


class ListNodesResponse(BaseModel):
    """
    Page of nodes of a DDM instance (table 4-81).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    nodes: list[NodeList] | None = None
    """
    Nodes of the instance.
    """
    offset: int | None = None
    """
    Offset from which items are returned.
    """
    limit: int | None = None
    """
    Number of records per page.
    """
    total: int | None = None
    """
    Number of nodes of the instance.
    """


class ShowNodeResponse(BaseModel):
    """
    Details of a DDM instance node (table 4-87).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: NodeStatus | None = None
    """
    Node status (appendix A.6).
    """
    name: str | None = None
    """
    Node name.
    """
    node_id: str | None = None
    """
    Node ID.
    """
    private_ip: str | None = None
    """
    Private (data floating) IP address of the node.
    """
    floating_ip: str | None = None
    """
    Management floating IP address.
    """
    server_id: str | None = None
    """
    ID of the VM.
    """
    subnet_name: str | None = None
    """
    Subnet name.
    """
    datavolume_id: str | None = None
    """
    ID of the data disk.
    """
    res_subnet_ip: str | None = None
    """
    IP address used for data synchronization.
    """
    systemvolume_id: str | None = None
    """
    ID of the system disk.
    """
    group_id: str | None = None
    """
    ID of the group the node belongs to.
    """
    subnet_id: str | None = None
    """
    Subnet ID.
    """


class SupportAzsInfo(BaseModel):
    """
    AZ of an engine (table 4-95).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    code: str | None = None
    """
    AZ code.
    """
    name: str | None = None
    """
    AZ name.
    """
    favored: bool | None = None
    """
    Whether the AZ is supported.
    """


class EngineGroupsInfo(BaseModel):
    """
    Available engine (table 4-94).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Engine ID.
    """
    name: str | None = None
    """
    Engine name.
    """
    version: str | None = None
    """
    Engine version.
    """
    supportAzs: list[SupportAzsInfo] | None = None
    """
    AZs of the engine.
    """


class ListEnginesResponse(BaseModel):
    """
    Page of DDM engines (table 4-93).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    engineGroups: list[EngineGroupsInfo] | None = None
    """
    Available engines.
    """
    offset: int | None = None
    """
    Offset from which items are returned.
    """
    limit: int | None = None
    """
    Number of records per page.
    """
    total: int | None = None
    """
    Number of engine versions.
    """


class AzStatus(StrEnum):
    normal = "normal"
    unsupported = "unsupported"
    sellout = "sellout"


class GroupType(StrEnum):
    """
    CPU architecture of the compute resource (see CpuArchitecture); the examples also show the string "null" for a class listed outside a group.
    """

    X86 = "X86"
    ARM = "ARM"
    null = "null"


class CpuArchitecture(StrEnum):
    """
    CPU architecture of compute resources, X86 or ARM (the tables also write x86 and Arm).
    """

    X86 = "X86"
    ARM = "ARM"


class ResizeFlavorRequest(BaseModel):
    """
    Request body for changing the node class of a DDM instance (table 4-108).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    spec_code: str
    """
    Specification code of the new node class (see appendix A.4, e.g. ddm.c6.4xlarge.2); must differ from the current class, and c6s classes cannot change to c6 classes.
    """
    group_id: str | None = None
    """
    ID of the node group whose class is changed; not needed when the instance has a single node group.
    """
    is_auto_pay: bool | None = False
    """
    Whether the order for a yearly/monthly instance is paid automatically from the account; does not affect auto-renewal.
    """


class ResizeFlavorResponse(BaseModel):
    """
    Result of changing the node class (table 4-109).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the class change task; pay-per-use instances only.
    """
    order_id: str | None = None
    """
    Order ID; yearly/monthly instances only.
    """


class GroupNodeInfo(BaseModel):
    """
    Node of an instance group (table 4-115).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Node ID.
    """
    name: str | None = None
    """
    Node name.
    """
    az: str | None = None
    """
    AZ of the node.
    """


class Role(StrEnum):
    """
    Group role: rw (read/write) or r (read-only).
    """

    rw = "rw"
    r = "r"


class GroupInfo(BaseModel):
    """
    Instance group (table 4-114).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Group ID.
    """
    name: str | None = None
    """
    Group name.
    """
    role: Role | None = None
    """
    Group role: rw (read/write) or r (read-only).
    """
    endpoint: str | None = None
    """
    Connection address of the group; without load balancing, the address of the node in the group.
    """
    ipv6_endpoint: str | None = None
    """
    IPv6 connection address of the group.
    """
    is_load_balance: bool | None = None
    """
    Whether load balancing is enabled.
    """
    is_default_group: bool | None = None
    """
    Whether this is the default group.
    """
    cpu_num_per_node: int | None = None
    """
    vCPUs per node.
    """
    mem_num_per_node: int | None = None
    """
    Memory per node in GB.
    """
    architecture: CpuArchitecture | None = None
    node_list: list[GroupNodeInfo] | None = None
    """
    Nodes of the group.
    """


class ListGroupResponse(BaseModel):
    """
    Groups of a DDM instance (table 4-113).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    total_count: int | None = None
    """
    Total number of groups.
    """
    group_list: list[GroupInfo] | None = None
    """
    Groups of the instance.
    """


class NodeInfo(BaseModel):
    """
    Node to create in a new group (table 4-119).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    available_zone: Annotated[str, Field(min_length=1)]
    """
    AZ of the node; must not be empty (see Regions and Endpoints).
    """
    subnet_id: str
    """
    Subnet ID.
    """


class Type1(StrEnum):
    """
    Group type: rw (read/write) or r (read-only).
    """

    rw = "rw"
    r = "r"


class CreateGroupRequest(BaseModel):
    """
    Request body for creating an instance group (table 4-118).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]*$")]
    """
    Group name: 4 to 64 characters, starting with a letter; letters, digits, underscores and hyphens only.
    """
    type: Type1
    """
    Group type: rw (read/write) or r (read-only).
    """
    flavor_id: str | None = None
    """
    Flavor ID (from list_flavors); give either flavor_id or flavor_ref.
    """
    flavor_ref: str | None = None
    """
    Flavor code (from list_flavors); give either flavor_id or flavor_ref.
    """
    nodes: Annotated[list[NodeInfo], Field(max_length=32, min_length=1)]
    """
    Nodes of the group (1 to 32).
    """


class CreateGroupResponse(BaseModel):
    """
    Result of creating an instance group (table 4-120).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    DDM instance ID.
    """
    job_id: str | None = None
    """
    ID of the group creation job; pay-per-use instances only.
    """
    order_id: str | None = None
    """
    Order ID; yearly/monthly instances only.
    """
    group_id: str | None = None
    """
    Group ID; pay-per-use instances only.
    """


class DeleteGroupResponse(BaseModel):
    """
    Result of deleting an instance group (table 4-122).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the group deletion job.
    """
    order_id: str | None = None
    """
    Order ID; yearly/monthly instances only.
    """


class EngineGroupInfo(BaseModel):
    """
    One DDM engine version (4.2.21, Table 4-127).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Engine ID.
    """
    name: str | None = None
    """
    Engine name.
    """
    version: str | None = None
    """
    Engine version.
    """


class Status1(StrEnum):
    """
    Sale state of the node class in this AZ: normal (available), unsupported (not offered in this AZ), sellout (sold out).
    """

    normal = "normal"
    unsupported = "unsupported"
    sellout = "sellout"


class AvailableZone(BaseModel):
    """
    Availability of a node class in one AZ (4.2.22, Table 4-134).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    code: str | None = None
    """
    AZ code.
    """
    description: str | None = None
    """
    AZ description.
    """
    status: Status1 | None = None
    """
    Sale state of the node class in this AZ: normal (available), unsupported (not offered in this AZ), sellout (sold out).
    """
    support_ipv6: bool | None = None
    """
    Whether IPv6 is supported.
    """


class ConfigurationParameterList(BaseModel):
    """
    One instance parameter (4.2.23, Table 4-139).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Parameter name.
    """
    value: str | None = None
    """
    Current value.
    """
    need_restart: str | None = None
    """
    Flag string telling whether a changed value takes effect only after an instance restart (e.g. "0").
    """
    read_only: str | None = None
    """
    Flag string telling whether the parameter is read-only (e.g. "0").
    """
    value_range: str | None = None
    """
    Allowed values.
    """
    data_type: str | None = None
    """
    Data type of the parameter.
    """
    description: str | None = None
    """
    What the parameter controls.
    """


class EnlargeNodeInfo(BaseModel):
    """
    One node to add (4.2.24, Table 4-143).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    available_zone: Annotated[str, Field(min_length=1)]
    """
    AZ of the new node.
    """


class ExpandDdmInstanceNodesResponse(BaseModel):
    """
    Result of a scale-out request (4.2.24, Table 4-144).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Scale-out job ID; returned for pay-per-use instances only.
    """
    order_id: str | None = None
    """
    Order ID; returned for yearly/monthly instances only.
    """


class DeleteDdmInstanceResponse(BaseModel):
    """
    Result of an instance deletion (4.2.25, Table 4-148).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the deletion job.
    """


class SwitchSslRequest(BaseModel):
    """
    SSL switch (4.2.26, Table 4-151).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    ssl_enabled: bool
    """
    true enables SSL, false disables it.
    """


class SwitchSslResponse(BaseModel):
    """
    Result of an SSL switch (4.2.26, Table 4-152).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class UpdateInstancePortRequest(BaseModel):
    """
    New instance port (4.2.27, Table 4-154).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    port: int
    """
    New port number.
    """


class UpdateInstancePortResponse(BaseModel):
    """
    Result of a port change (4.2.27, Table 4-155).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class RestartDdmInstanceResponse(BaseModel):
    """
    Result of an instance restart (4.2.28, Table 4-158).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class RestartNodeResponse(BaseModel):
    """
    Result of a node restart (4.2.29, Table 4-160).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class BindEipRequest(BaseModel):
    """
    EIP to bind (4.2.30, Table 4-162).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    public_ip: str
    """
    The EIP address, in standard IP address notation.
    """
    public_ip_id: UUID
    """
    ID of the EIP.
    """


class BindEipResponse(BaseModel):
    """
    Result of an EIP binding (4.2.30, Table 4-163).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class UnbindEipResponse(BaseModel):
    """
    Result of an EIP unbinding (4.2.31, Table 4-166).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class ModifyEipRequest(BaseModel):
    """
    New ELB load balancer IP address (4.2.32, Table 4-169).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    new_ip: str
    """
    New IP address of the ELB load balancer.
    """
    group_id: str | None = None
    """
    Instance group whose load balancer changes; may be omitted when the instance has only one group.
    """


class ModifyEipResponse(BaseModel):
    """
    Result of an ELB IP change (4.2.32, Table 4-170).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class DeleteNodesRequest(BaseModel):
    """
    Nodes to delete (4.2.33, Table 4-173).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_ids: list[str]
    """
    IDs of the nodes to delete, all from the same group; at least one node must stay in the group.
    """


class DeleteNodesResponse(BaseModel):
    """
    Result of a node deletion (4.2.33, Table 4-174).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """
    order_id: str | None = None
    """
    Order ID; returned only when nodes of a yearly/monthly instance are deleted.
    """


class ShowDdmNodeDetailResponse(BaseModel):
    """
    Details of one instance node (4.2.34, Table 4-177).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: NodeStatus | None = None
    """
    Node status (appendix A.6).
    """
    name: str | None = None
    """
    Node name.
    """
    id: str | None = None
    """
    Node ID.
    """
    private_ip: str | None = None
    """
    Private IP address of the node.
    """
    group_id: str | None = None
    """
    ID of the node's group.
    """
    az_code: str | None = None
    """
    AZ of the node.
    """
    subnet_id: str | None = None
    """
    Subnet ID of the node.
    """


class UpdateDdmInstanceNameRequest(BaseModel):
    """
    New instance name (4.2.35, Table 4-180).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]*$")]
    """
    New name; 4 to 64 characters, starting with a letter, then letters, digits, underscores and hyphens.
    """


class UpdateDdmInstanceNameResponse(BaseModel):
    """
    Result of a rename (4.2.35, Table 4-181).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Workflow ID.
    """


class UpdateDdmInstanceSecurityGroupRequest(BaseModel):
    """
    New security group (4.2.36, Table 4-184).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    security_group_id: str
    """
    ID of the security group to use.
    """


class UpdateDdmInstanceSecurityGroupResponse(BaseModel):
    """
    Empty object (4.2.36 documents no response fields; the example is {}).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class RebuildDdmConfigRequest(BaseModel):
    """
    Empty object (4.2.37 documents no request fields; the example sends {}).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class RebuildDdmConfigResponse(BaseModel):
    """
    Empty object (4.2.37 documents no response fields; the example is {}).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class EsdbCheckRdsConnectionRequestV3(BaseModel):
    """
    Connection data of one RDS instance (4.2.38, Table 4-189).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    endpoint: Annotated[
        str,
        Field(
            pattern="^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]):[0-9]{1,5}$"
        ),
    ]
    """
    Private IPv4 address and port of the RDS instance, as ip:port (xx.xx.xx.xx:xx).
    """
    username: str
    """
    RDS account name.
    """
    password: SecretStr
    """
    Password of the RDS account.
    """
    rds_instance_id: Annotated[str, Field(max_length=36, min_length=36, pattern="^[A-Za-z0-9]{32}in01$")]
    """
    RDS instance ID; 36 letters and digits ending in in01.
    """


class Success(StrEnum):
    """
    "true" if the connection test passed, "false" if it failed.
    """

    true = "true"
    false = "false"


class CheckRdsConnectionResqVO(BaseModel):
    """
    Connectivity result of one RDS instance (4.2.38, Table 4-191).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    rds_instance_id: Annotated[str | None, Field(pattern="^[A-Za-z0-9]{32}in01$")] = None
    """
    RDS instance ID; 36 letters and digits ending in in01.
    """
    success: Success | None = None
    """
    "true" if the connection test passed, "false" if it failed.
    """
    error_code: str | None = None
    """
    Error code of a failed test.
    """
    error_message: str | None = None
    """
    Reason a test failed.
    """


class SetReadOnlyStatusRequest(BaseModel):
    """
    Read-only switch (4.2.39, Table 4-193).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    readonly: bool
    """
    true makes the instance read-only, false lifts read-only.
    """


class SetReadOnlyStatusResponse(BaseModel):
    """
    Result of a read-only change (4.2.39, Table 4-194).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Workflow ID.
    """


class TmlogInfo(BaseModel):
    """
    TMLog files of one node (4.2.40, Table 4-199).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_id: str | None = None
    """
    Node ID.
    """
    file_list: list[str] | None = None
    """
    Names of the compressed TMLog files.
    """
    tmlog_size: float | None = None
    """
    Size of the TMLog files in MB.
    """


class MoveTmlogFilesRequest(BaseModel):
    """
    Nodes whose TMLog files are moved (4.2.41, Table 4-202).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_ids: list[str]
    """
    Node IDs.
    """


class MoveTmlogFilesResponse(BaseModel):
    """
    Result of a TMLog move (4.2.41, Table 4-203).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Job ID.
    """


class ShardMode(StrEnum):
    """
    Sharding mode: cluster (sharded) or single (unsharded).
    """

    cluster = "cluster"
    single = "single"


class DatabaseInstabcesParam(BaseModel):
    """
    An RDS instance to associate with the new schema, with its login.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    ID of the RDS instance.
    """
    adminUser: str
    """
    Username used to log in to the RDS instance.
    """
    adminPassword: SecretStr
    """
    Password used to log in to the RDS instance.
    """


class CreateDatabaseDetailResponses(BaseModel):
    """
    A created schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Schema name.
    """


class GetDatabaseUsedRds(BaseModel):
    """
    An RDS instance associated with a schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Node ID of the RDS instance.
    """
    name: str | None = None
    """
    Name of the RDS instance.
    """
    status: str | None = None
    """
    Status of the RDS instance, e.g. normal.
    """
    error_msg: str | None = None
    """
    Problem message; absent when the instance is healthy.
    """


class GetDatabases(BaseModel):
    """
    A physical shard of a schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    dbslot: int | None = None
    """
    Shard number (slot).
    """
    name: str | None = None
    """
    Shard name.
    """
    status: str | None = None
    """
    Shard status.
    """
    created: int | None = None
    """
    Creation time, UNIX epoch milliseconds.
    """
    updated: int | None = None
    """
    Time of the last update, UNIX epoch milliseconds.
    """
    id: str | None = None
    """
    ID of the RDS instance holding the shard.
    """
    idName: str | None = None
    """
    Name of the physical database.
    """


class DeleteDatabaseResponse(BaseModel):
    """
    Empty JSON object returned when a schema is deleted through the v1 API.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class QueryAvailableRdsList(BaseModel):
    """
    A DB instance available for creating a schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    DB instance ID.
    """
    projectId: str | None = None
    """
    Project ID of the tenant owning the DB instance.
    """
    status: str | None = None
    """
    DB instance status, e.g. normal.
    """
    name: str | None = None
    """
    DB instance name.
    """
    engineName: str | None = None
    """
    Database engine, e.g. mysql.
    """
    engineSoftwareVersion: str | None = None
    """
    Engine version, e.g. 5.7.
    """
    privateIp: str | None = None
    """
    Private IP address of the DB instance.
    """
    mode: str | None = None
    """
    Deployment type: primary/standby (Ha) or single-node.
    """
    port: int | None = None
    """
    Port of the DB instance.
    """
    azCode: str | None = None
    """
    Availability zone.
    """
    timeZone: str | None = None
    """
    Time zone.
    """


class DatabaseDnInstances(BaseModel):
    """
    A data node to associate with the new schema, with its login.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    ID of the data node.
    """
    user_name: str
    """
    Username used to log in to the data node.
    """
    user_password: SecretStr
    """
    Password of that user.
    """


class CreateDdmDatabaseResponse(BaseModel):
    """
    Accepted schema creation.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Schema name.
    """
    job_id: str | None = None
    """
    ID of the workflow creating the schema.
    """


class DeleteDdmDatabaseResponse(BaseModel):
    """
    Accepted schema deletion.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the workflow deleting the schema.
    """
    database_name: str | None = None
    """
    Schema name.
    """


class Status2(StrEnum):
    """
    Schema status: CREATING (being created), RUNNING, or UNKNOWN (any other state).
    """

    CREATING = "CREATING"
    RUNNING = "RUNNING"
    UNKNOWN = "UNKNOWN"


class ShowInstanceDatabaseShards(BaseModel):
    """
    A physical shard of a schema (reference table 'Shards').
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data_node_id: str | None = None
    """
    ID of the RDS instance holding the shard.
    """
    physical_db_name: str | None = None
    """
    Name of the physical shard.
    """
    status: str | None = None
    """
    Status of the physical shard.
    """
    shard_index: int | None = None
    """
    Sequence number of the physical shard.
    """


class ShowInstanceDatabaseDataNodes(BaseModel):
    """
    A data node associated with a schema (reference table 'DataNodes').
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Data node ID.
    """
    status: str | None = None
    """
    Data node status, e.g. normal.
    """
    name: str | None = None
    """
    Data node name.
    """
    engine_name: str | None = None
    """
    Database engine of the data node, e.g. mysql.
    """
    engine_version: str | None = None
    """
    Engine version of the data node.
    """
    mem: int | None = None
    """
    Memory size of the data node.
    """
    cpu: int | None = None
    """
    Number of vCPUs of the data node.
    """


class DnInstanceInfo(BaseModel):
    """
    A backend data node in exported schema metadata.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    Data node ID.
    """
    instance_name: str | None = None
    """
    Data node name.
    """
    access_host: str | None = None
    """
    IP address of the data node.
    """
    access_port: int | None = None
    """
    Port of the data node.
    """
    engine: str | None = None
    """
    Database engine of the data node.
    """
    engine_version: str | None = None
    """
    Engine version of the data node.
    """


class DNInstance(BaseModel):
    """
    A backend data node for a metadata import, with its login.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    dn_instance_id: str
    """
    Data node ID.
    """
    admin_user: str
    """
    Account used to log in to the data node.
    """
    admin_password: SecretStr
    """
    Password of that account.
    """


class UploadSchemaMetadataResponse(BaseModel):
    """
    Accepted metadata import.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    DDM instance ID.
    """
    instance_name: str | None = None
    """
    DDM instance name.
    """
    job_id: str | None = None
    """
    ID of the import job.
    """


class AvailableDnInstance(BaseModel):
    """
    A data node available to a schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Data node ID.
    """
    status: str | None = None
    """
    Data node status, e.g. normal.
    """
    name: str | None = None
    """
    Data node name.
    """
    engine_name: str | None = None
    """
    Database engine of the data node, e.g. mysql.
    """
    engine_version: str | None = None
    """
    Engine version of the data node.
    """
    private_ip: str | None = None
    """
    Private IP address of the data node.
    """
    port: int | None = None
    """
    Port of the data node.
    """
    time_zone: str | None = None
    """
    Time zone of the data node.
    """


class ListAvailableRdsResponse(BaseModel):
    """
    A page of data nodes that can back a new schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data_nodes: list[AvailableDnInstance] | None = None
    """
    Available data nodes.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Records per page.
    """
    total: int | None = None
    """
    Total number of records.
    """


class ListAvailableRdsForMigrateResponse(BaseModel):
    """
    A page of data nodes that can take part in a shard configuration.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data_nodes: list[AvailableDnInstance] | None = None
    """
    Available backend data nodes.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Records per page.
    """
    total: int | None = None
    """
    Total number of records.
    """


class MigrateLogicDbDataNode(BaseModel):
    """
    A data node for shard configuration, with a database login (reference table 'DataNode').
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    Data node ID.
    """
    user: str
    """
    Database user. It needs SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, PROCESS, REFERENCES, INDEX, ALTER, SHOW DATABASES, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, CREATE USER, EVENT and TRIGGER, with GRANT OPTION.
    """
    password: SecretStr
    """
    Password of the database user.
    """


class CheckMigrateLogicDbRequest(BaseModel):
    """
    Target shard configuration to pre-check.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data_nodes: list[MigrateLogicDbDataNode]
    """
    Data nodes after the change; the number of shards or data nodes must grow.
    """
    new_shard_number: str
    """
    Number of shards after the change, as a decimal string; it or the number of data nodes must grow, and an instance holds at most 64 shards.
    """
    switch_route_begin_time: str | None = None
    """
    Start of the route switchover window.
    """
    switch_route_end_time: str | None = None
    """
    End of the route switchover window.
    """
    is_exclusive: bool | None = None
    """
    Whether dedicated nodes run the shard configuration.
    """


class Status3(StrEnum):
    """
    Check result: SUCCESS, FAILED or WARN.
    """

    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    WARN = "WARN"


class PreCheckResult(BaseModel):
    """
    Result of one pre-check item.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Check item.
    """
    status: Status3 | None = None
    """
    Check result: SUCCESS, FAILED or WARN.
    """
    note: str | None = None
    """
    Message about the check item.
    """
    handling_suggestion: str | None = None
    """
    Suggested fix.
    """
    error_message: str | None = None
    """
    Error message.
    """
    error_detail_message: str | None = None
    """
    Error details.
    """


class CheckMigrateLogicDbResponse(BaseModel):
    """
    Pre-check of a shard configuration.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    pre_check_results: list[PreCheckResult] | None = None
    """
    Results of the check items.
    """
    job_id: str | None = None
    """
    ID of the pre-check workflow.
    """


class CheckPreliminaryResultsResponse(BaseModel):
    """
    Results of an asynchronous shard-configuration pre-check.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    pre_check_results: list[PreCheckResult] | None = None
    """
    Pre-check results.
    """
    job_id: str | None = None
    """
    ID of the pre-check task.
    """


class MigrateLogicDbRequest(BaseModel):
    """
    Shard configuration to apply to a schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data_nodes: list[MigrateLogicDbDataNode]
    """
    Backend data nodes to use after the change.
    """
    switch_route_begin_time: Annotated[str | None, Field(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")] = None
    """
    Start of the automatic route switchover window, hh:mm:ss (e.g. 17:00:00); earlier than the end, at least 60 minutes apart. Off-peak hours are advised.
    """
    switch_route_end_time: Annotated[str | None, Field(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")] = None
    """
    End of the automatic route switchover window, hh:mm:ss (e.g. 18:00:00); later than the start, at least 60 minutes apart.
    """
    new_shard_number: str
    """
    Number of shards after the change, as a decimal string; it or the number of data nodes must grow, and an instance holds at most 64 shards.
    """
    is_exclusive: bool | None = False
    """
    Whether the configuration gets a dedicated node (faster, but that node stops serving traffic). true requires load balancing on the default group and more than one node.
    """


class MigrateLogicDbResponse(BaseModel):
    """
    Accepted shard configuration.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the shard-configuration task.
    """


class MigrateDnInfoOpenResponse(BaseModel):
    """
    A data node involved in a shard configuration.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    dn_instance_id: str | None = None
    """
    RDS instance ID.
    """
    dn_instance_name: str | None = None
    """
    RDS instance name.
    """


class MigrateResultsResponse(BaseModel):
    """
    Details of a shard-configuration task.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_name: str | None = None
    """
    DDM instance name.
    """
    original_shard_num: int | None = None
    """
    Shards before the configuration.
    """
    after_shard_num: int | None = None
    """
    Shards after the configuration.
    """
    original_dn_info_list: list[MigrateDnInfoOpenResponse] | None = None
    """
    Data nodes before the configuration.
    """
    after_dn_info_list: list[MigrateDnInfoOpenResponse] | None = None
    """
    Data nodes after the configuration.
    """
    switch_route_is_manual: bool | None = None
    """
    true when routes are switched manually, false when automatically.
    """
    auto_switch_begin_time: Annotated[str | None, Field(pattern="^(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9])?$")] = None
    """
    Start of the automatic route switchover window, hh:mm:ss (e.g. 17:00:00); empty with manual switching.
    """
    auto_switch_end_time: Annotated[str | None, Field(pattern="^(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9])?$")] = None
    """
    End of the automatic route switchover window, hh:mm:ss (e.g. 18:00:00); empty with manual switching.
    """
    node_id_for_migrate: str | None = None
    """
    DDM node running the shard configuration.
    """
    is_exclusive: bool | None = None
    """
    Whether the configuration has a dedicated node.
    """


class CancelMigrationResponse(BaseModel):
    """
    Accepted cancellation.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Task ID.
    """


class RollbackMigrationResponse(BaseModel):
    """
    Accepted rollback.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Task ID.
    """


class CleanMigrationResponse(BaseModel):
    """
    Accepted clean-up.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Task ID.
    """


class RetryMigrationResponse(BaseModel):
    """
    Accepted retry.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    Task ID.
    """


class ChangeStrategyRequest(BaseModel):
    """
    Route switching policy of a shard-configuration task. Without both switch times the policy becomes manual.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    project_id: str | None = None
    """
    Project ID.
    """
    instance_id: str | None = None
    """
    Instance ID.
    """
    task_id: str | None = None
    """
    Task ID.
    """
    switch_route_begin_time: Annotated[str | None, Field(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")] = None
    """
    Start of the automatic route switchover window, hh:mm:ss (e.g. 17:00:00); the window may not exceed 1 hour.
    """
    switch_route_end_time: Annotated[str | None, Field(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")] = None
    """
    End of the automatic route switchover window, hh:mm:ss (e.g. 18:00:00); the window may not exceed 1 hour.
    """
    is_open_api: bool | None = None
    """
    Whether the call comes through the open API.
    """
    logic_db_name: str | None = None
    """
    Schema name.
    """


class ChangeStrategyResponse(BaseModel):
    """
    Empty JSON object returned when the route switching policy is changed.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class BaseAuthorityEnum(StrEnum):
    CREATE = "CREATE"
    DROP = "DROP"
    ALTER = "ALTER"
    INDEX = "INDEX"
    INSERT = "INSERT"
    DELETE = "DELETE"
    UPDATE = "UPDATE"
    SELECT = "SELECT"


class CreateUsersDatabases(BaseModel):
    """
    A schema to bind to the new account.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """
    Schema name.
    """


class CreateUsersDetailResponses(BaseModel):
    """
    A created account.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Account name.
    """


class ExtendAuthorityEnum(StrEnum):
    fulltableDelete = "fulltableDelete"
    fulltableSelect = "fulltableSelect"
    fulltableUpdate = "fulltableUpdate"


class GetUsersListdatabase(BaseModel):
    """
    A schema bound to an account (v1 list).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Schema name.
    """
    description: str | None = None
    """
    Schema description.
    """


class UpdateUsersDatabases(BaseModel):
    """
    A schema to bind to the account.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Schema name (case-insensitive). Give databases and name together or neither.
    """


class UpdateUserResponse(BaseModel):
    """
    Result of modifying a DDM account (v1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Account name.
    """


class DeleteUserResponse(BaseModel):
    """
    Result of deleting a DDM account (v1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Account name.
    """


class ResetUserPasswordRequest(BaseModel):
    """
    Request body for resetting an account password (v2).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    password: SecretStr
    """
    New password.
    """


class ResetUserPasswordResponse(BaseModel):
    """
    Result of resetting an account password (v2).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    success: bool | None = None
    """
    Whether the reset succeeded.
    """
    instance_id: str | None = None
    """
    DDM instance ID.
    """
    user_name: str | None = None
    """
    Account name.
    """


class ResetAdministratorRequest(BaseModel):
    """
    Administrator account name and password.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=32, min_length=1, pattern="^[A-Za-z][A-Za-z0-9_]*$")]
    """
    Administrator name: starts with a letter, then letters, digits or underscores.
    """
    password: Annotated[SecretStr, Field(max_length=32, min_length=8)]
    """
    Administrator password: 8 to 32 characters mixing upper- and lowercase letters, digits and special characters ~!@#%^*-_+?; must not be weak.
    """


class ValidateWeakPasswordRequest(BaseModel):
    """
    Password to check.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    password: SecretStr
    """
    String to check for weakness.
    """


class ValidateWeakPasswordResponse(BaseModel):
    """
    Password strength check result.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    is_weak_password: bool | None = None
    """
    True when the password is weak and should not be used; false otherwise.
    """


class AccountV3EmptyResponse(BaseModel):
    """
    Empty JSON object returned by the v3 account operations; no fields are documented.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class CreateUserRelatedLogicDbV3(BaseModel):
    """
    An existing schema whose privileges are granted to the account.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """
    Schema name.
    """


class GetUsersListdatabaseV3(BaseModel):
    """
    A schema bound to an account (v3 list).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Schema name.
    """


class UpdateUserRelatedLogicDbV3(BaseModel):
    """
    An existing schema whose privileges are granted to the account.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """
    Schema name.
    """


class ResetDdmUserPasswordRequest(BaseModel):
    """
    New password for a DDM account (v3).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    password: Annotated[SecretStr, Field(max_length=32, min_length=8)]
    """
    Account password: 8 to 32 characters with at least three of lowercase letters, uppercase letters, digits and special characters ~!@#/%^*-_+?; not weak, and not the username or the username reversed.
    """


class Status4(StrEnum):
    """
    Task state: Running (in progress), Completed (succeeded), Failed; ToBeSwitched appears for migration tasks awaiting a route switch.
    """

    Running = "Running"
    Completed = "Completed"
    Failed = "Failed"
    ToBeSwitched = "ToBeSwitched"


class JobInfoInstance(BaseModel):
    """
    Instance the task runs on (table Instance of 4.5.1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Instance ID.
    """
    name: str | None = None
    """
    Instance name.
    """


class Status5(StrEnum):
    """
    Task state: Running (in progress), Completed (succeeded), Failed; ToBeSwitched for migration tasks awaiting a route switch.
    """

    Running = "Running"
    Completed = "Completed"
    Failed = "Failed"
    ToBeSwitched = "ToBeSwitched"


class JobItem(BaseModel):
    """
    A task in the task list.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Task ID.
    """
    name: str | None = None
    """
    Task name.
    """
    status: Status5 | None = None
    """
    Task state: Running (in progress), Completed (succeeded), Failed; ToBeSwitched for migration tasks awaiting a route switch.
    """
    created_time: str | None = None
    """
    Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
    """
    end_time: str | None = None
    """
    End time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
    """
    process: str | None = None
    """
    Progress such as "60%" while running, otherwise an empty string.
    """
    instance_name: str | None = None
    """
    Instance name.
    """
    instance_id: str | None = None
    """
    Instance ID.
    """
    operations: list[str] | None = None
    """
    Operations currently possible on the task.
    """
    database_name: str | None = None
    """
    Schema name.
    """
    fail_reason: str | None = None
    """
    Reason of failure.
    """


class SlowLogList(BaseModel):
    """
    A slow SQL statement.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    users: str | None = None
    """
    DDM account that ran the statement.
    """
    database: str | None = None
    """
    Schema the statement ran in.
    """
    querySample: str | None = None
    """
    Text of the slow statement.
    """
    logTime: str | None = None
    """
    Start time of the statement, yyyy-mm-ddThh:mm:ss.
    """
    time: str | None = None
    """
    Execution time in milliseconds.
    """
    shards: str | None = None
    """
    Physical shard name.
    """
    rowsExamined: str | None = None
    """
    Rows affected by the statement.
    """
    host: str | None = None
    """
    Client IP address (personal data; consider anonymising).
    """


class LogicalProcessesInfo(BaseModel):
    """
    A logical session.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Logical session ID.
    """
    user: str | None = None
    """
    Session user.
    """
    host: str | None = None
    """
    Client IP address and port.
    """
    db: str | None = None
    """
    Database name.
    """
    command: str | None = None
    """
    Connection state, usually sleep, query or connect.
    """
    time: str | None = None
    """
    Connection duration in seconds.
    """
    state: str | None = None
    """
    State of the running statement.
    """
    info: str | None = None
    """
    Statement being executed.
    """


class ExecuteKillLogicalProcessesRequest(BaseModel):
    """
    Logical sessions to kill.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    process_ids: Annotated[list[str], Field(max_length=100, min_length=1)]
    """
    IDs of the sessions to kill.
    """


class ExecuteKillLogicalProcessesResponse(BaseModel):
    """
    Result of killing logical sessions.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    resp: str | None = None
    """
    Outcome, e.g. successful.
    """


class PhysicalProcessInfo(BaseModel):
    """
    A physical session.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: int | None = None
    """
    Physical session ID.
    """
    user: str | None = None
    """
    Session user.
    """
    host: str | None = None
    """
    Client IP address and port.
    """
    db: str | None = None
    """
    Database name.
    """
    command: str | None = None
    """
    Connection state, usually sleep, query or connect.
    """
    time: int | None = None
    """
    Connection duration in seconds.
    """
    state: str | None = None
    """
    State of the running statement.
    """
    info: str | None = None
    """
    Statement being executed; null when idle.
    """
    trx_executed_time: int | None = None
    """
    Transaction duration in seconds.
    """


class ExecuteKillPhysicalProcessesRequest(BaseModel):
    """
    Physical sessions to kill.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    process_ids: Annotated[list[str], Field(max_length=100, min_length=1)]
    """
    IDs of the sessions to kill.
    """


class ExecuteKillPhysicalProcessesResponse(BaseModel):
    """
    Result of killing physical sessions.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    resp: str | None = None
    """
    Outcome, e.g. successful.
    """


class UserProcessAuditLog(BaseModel):
    """
    One session-kill audit record.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    Instance ID.
    """
    instance_name: str | None = None
    """
    Instance name.
    """
    process_id: str | None = None
    """
    ID of the killed session.
    """
    execute_user_name: str | None = None
    """
    User who killed the session.
    """
    execute_time: str | None = None
    """
    Time of the kill (UTC).
    """


class ListDatabaseAvailableVersionsResponse(BaseModel):
    """
    Kernel versions the instance can change to.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    versions: list[str] | None = None
    """
    Versions the instance can change to.
    """
    current_version: str | None = None
    """
    Current kernel version.
    """
    latest_version: str | None = None
    """
    Latest recommended version that can be changed to.
    """
    current_favored_version: str | None = None
    """
    Recommended version of the current series, e.g. 3.0.8.5 for 3.0.8.
    """
    previous_version: str | None = None
    """
    Version before the latest upgrade.
    """


class ChangeDatabaseVersionRequest(BaseModel):
    """
    Target kernel version.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    target_version: str
    """
    Version to change to.
    """


class ChangeDatabaseVersionResponse(BaseModel):
    """
    Accepted version change.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    DDM instance ID.
    """
    job_id: str | None = None
    """
    ID of the version change task.
    """


class RollBackDatabaseVersionResponse(BaseModel):
    """
    Accepted version rollback.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    DDM instance ID.
    """
    job_id: str | None = None
    """
    ID of the rollback task.
    """


class RiskInfo(BaseModel):
    """
    A risk of the current kernel version.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    Instance ID.
    """
    engine_name: str | None = None
    """
    Engine name.
    """
    engine_version: str | None = None
    """
    Current engine version.
    """
    level: int | None = None
    """
    Risk level.
    """
    suggest: str | None = None
    """
    Why an upgrade is advised.
    """
    influence: str | None = None
    """
    Impact of the upgrade.
    """
    guidance: str | None = None
    """
    Link to guidance.
    """
    service_impact_duration: str | None = None
    """
    How long the service is affected.
    """
    upgrade_duration: str | None = None
    """
    How long the upgrade takes.
    """


class BackupType(StrEnum):
    """
    auto_metadata: daily scheduled metadata backup; metadata: metadata backup taken outside the schedule (for example before the instance is deleted).
    """

    auto_metadata = "auto_metadata"
    metadata = "metadata"


class BackupInfo(BaseModel):
    """
    One backup (Table 4-465).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Backup ID.
    """
    name: str | None = None
    """
    Backup name.
    """
    description: str | None = None
    """
    Backup description.
    """
    status: str | None = None
    """
    Backup status.
    """
    instance_id: str | None = None
    """
    ID of the backed-up instance.
    """
    instance_name: str | None = None
    """
    Name of the backed-up instance.
    """
    instance_status: str | None = None
    """
    Status of the backed-up instance.
    """
    file_size: float | None = None
    """
    Backup size in KB.
    """
    created: str | None = None
    """
    Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
    """
    updated: str | None = None
    """
    Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
    """
    backup_type: BackupType | None = None
    """
    auto_metadata: daily scheduled metadata backup; metadata: metadata backup taken outside the schedule (for example before the instance is deleted).
    """


class DeleteBackupResponse(BaseModel):
    """
    Result of a backup deletion (Table 4-468).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the deletion job.
    """


class RelatedDn(BaseModel):
    """
    Data node related to a backup (Table 4-472).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    Data node ID.
    """
    instance_name: str | None = None
    """
    Data node name.
    """


class RelatedDnVO(BaseModel):
    """
    Related data node with its state (Table 4-479).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str | None = None
    """
    Data node ID.
    """
    instance_name: str | None = None
    """
    Data node name.
    """
    instance_status: str | None = None
    """
    Data node status.
    """
    data_volume_size: float | None = None
    """
    Disk size of the data node.
    """
    version: str | None = None
    """
    Engine version.
    """
    engine_name: str | None = None
    """
    Engine name.
    """


class RestoreTimeInterval(BaseModel):
    """
    One restorable window (Table 4-486).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    start_time: str | None = None
    """
    Window start (UTC, millisecond precision), yyyy-mm-ddThh:mm:ssZ with a numeric zone offset.
    """
    end_time: str | None = None
    """
    Window end (UTC, millisecond precision), yyyy-mm-ddThh:mm:ssZ with a numeric zone offset.
    """


class TargetDn4Restore(BaseModel):
    """
    Candidate target data node (Table 4-493).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_name: str | None = None
    """
    Data node name.
    """
    instance_id: str | None = None
    """
    Data node ID.
    """
    engine_name: str | None = None
    """
    Engine name.
    """
    status: str | None = None
    """
    Data node status.
    """
    available: bool | None = None
    """
    Whether the node can be used as a target.
    """
    unavailable_reason: str | None = None
    """
    Why the node cannot be used (empty when available).
    """
    vpc_name: str | None = None
    """
    Name of the node's VPC.
    """
    private_ip: str | None = None
    """
    Private IP address of the node.
    """


class DDMInstance4Restore(BaseModel):
    """
    Candidate target DDM instance (Table 4-500).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_name: str | None = None
    """
    Instance name.
    """
    instance_id: str | None = None
    """
    Instance ID.
    """
    status: str | None = None
    """
    Instance status.
    """
    available: bool | None = None
    """
    Whether the instance can be used as a target.
    """
    unavailable_reason: str | None = None
    """
    Why the instance cannot be used (empty when available).
    """
    vpc_name: str | None = None
    """
    Name of the instance's VPC.
    """


class RestoreMetaDataSource(BaseModel):
    """
    What to restore the metadata from (Table 4-506). Give either backup_id or restore_time.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    restore_time: float | None = None
    """
    Restoration timestamp in epoch milliseconds; alternative to backup_id.
    """
    backup_id: str | None = None
    """
    ID of the backup to restore; alternative to restore_time.
    """


class RestoreMetaDataTarget(BaseModel):
    """
    Where to restore the metadata to (Table 4-507).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data_nodes: list[str]
    """
    IDs of target data nodes (from show_avalible_rds); they must share the VPC and subnet of the DDM instance, be reachable from it, and have completed point-in-time recovery.
    """
    instance_id: str
    """
    ID of the target DDM instance (from show_avalible_ddms).
    """


class RestoreMetadataResponse(BaseModel):
    """
    Result of a metadata restoration request (Table 4-508).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the restoration job.
    """


class RestoreInstSource(BaseModel):
    """
    Source of the data restoration (Table 4-514).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    restore_time: float
    """
    Point in time to restore to, in epoch milliseconds.
    """


class RestoreInstTarget(BaseModel):
    """
    Target of the data restoration (Table 4-515).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: str
    """
    ID of the target DDM instance.
    """


class DataNodeRelation(BaseModel):
    """
    One source-to-target data node pair (Table 4-516).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    source_instance_id: str
    """
    Source data node ID (from show_related_dns).
    """
    target_instance_id: str
    """
    Target data node ID (from show_avalible_rds).
    """


class Restore2ExistResponse(BaseModel):
    """
    Result of a data restoration request (Table 4-517).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job_id: str | None = None
    """
    ID of the restoration job.
    """


class ConfigurationInfo(BaseModel):
    """
    Summary of one parameter template (Table 4-523).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Parameter template ID.
    """
    name: str | None = None
    """
    Parameter template name.
    """
    description: str | None = None
    """
    Parameter template description.
    """
    datastore_name: str | None = None
    """
    Database type the template is for.
    """
    created: str | None = None
    """
    Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
    """
    updated: str | None = None
    """
    Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
    """
    user_defined: bool | None = None
    """
    true for a custom template, false for a default one.
    """


class Type2(StrEnum):
    """
    Data type of the parameter.
    """

    string = "string"
    integer = "integer"
    boolean = "boolean"
    list = "list"
    float = "float"


class ConfigurationParameters(BaseModel):
    """
    One parameter of a template (Table 4-526).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Parameter name.
    """
    value: str | None = None
    """
    Parameter value.
    """
    restart_required: bool | None = None
    """
    Whether changing the parameter needs a restart.
    """
    readonly: bool | None = None
    """
    Whether the parameter is read-only.
    """
    value_range: str | None = None
    """
    Allowed values, e.g. a numeric range or alternatives separated by |.
    """
    type: Type2 | None = None
    """
    Data type of the parameter.
    """
    description: str | None = None
    """
    What the parameter controls.
    """


class ConcurrentExecutionLevel(StrEnum):
    """
    How table shards of a logical table are scanned: DATA_NODE (database shards in parallel, their table shards serially), RDS_INSTANCE (RDS instances in parallel, their shards serially), PHY_TABLE (all table shards in parallel).
    """

    DATA_NODE = "DATA_NODE"
    RDS_INSTANCE = "RDS_INSTANCE"
    PHY_TABLE = "PHY_TABLE"


class TransactionPolicy(StrEnum):
    """
    Distributed transaction mode: XA (atomic and isolated), FREE (best-effort multi-shard commit, not atomic), NO_DTX (single-shard only).
    """

    XA = "XA"
    FREE = "FREE"
    NO_DTX = "NO_DTX"


class UpdateInstanceParamValues(BaseModel):
    """
    Map of parameter name to new value (Table 4-530 "values"); the listed names are the documented ones, other parameter names are passed through as strings. A parameter left out keeps its value.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    bind_table: str | None = None
    """
    Associations between columns of sharded tables used to push JOINs down to MySQL, written as [{tb.col1,tb2.col2},{tb.col2,tb3.col1},...].
    """
    character_set_server: str | None = None
    """
    Server character set; use utf8mb4 here and on RDS to store emoji. Change collation_server with it.
    """
    collation_server: str | None = None
    """
    Server collation; change character_set_server with it.
    """
    concurrent_execution_level: ConcurrentExecutionLevel | None = None
    """
    How table shards of a logical table are scanned: DATA_NODE (database shards in parallel, their table shards serially), RDS_INSTANCE (RDS instances in parallel, their shards serially), PHY_TABLE (all table shards in parallel).
    """
    connection_idle_timeout: str | None = "28800"
    """
    Seconds an idle connection is kept before it is closed, 60 to 28800.
    """
    enable_table_recycle: str | None = None
    """
    Whether the table recycle bin is on.
    """
    insert_to_load_data: str | None = None
    """
    Whether constant INSERT values are loaded with LOAD DATA.
    """
    live_transaction_timeout_on_shutdown: str | None = "1"
    """
    Seconds an in-flight transaction is waited for on shutdown, 0 to 100.
    """
    long_query_time: str | None = "1"
    """
    Seconds from which a query is logged as slow, 0.01 to 10.
    """
    max_allowed_packet: str | None = "16777216"
    """
    Largest packet or intermediate string in bytes; a multiple of 1024 from 1024 to 1073741824.
    """
    max_backend_connections: str | None = "0"
    """
    Most concurrent RDS client connections per DDM instance, 0 to 10000000; 0 means (RDS maximum connections - 20) / number of DDM nodes.
    """
    max_connections: str | None = "20000"
    """
    Concurrent client connections per DDM instance, 10 to 40000.
    """
    min_backend_connections: str | None = "10"
    """
    Fewest concurrent connections from a DDM node to an RDS instance, 0 to 10000000.
    """
    not_from_pushdown: str | None = None
    """
    Whether SELECT statements without FROM are pushed down.
    """
    seconds_behind_master: str | None = "30"
    """
    Replication lag in seconds (0 to 7200) above which reads are no longer sent to read replicas.
    """
    sql_audit: str | None = None
    """
    Whether SQL audit is on.
    """
    sql_execute_timeout: str | None = "28800"
    """
    Seconds a SQL statement may run before it times out, 100 to 28800.
    """
    support_ddl_binlog_hint: str | None = None
    """
    Whether a binlog hint is added to every DDL statement.
    """
    transaction_policy: TransactionPolicy | None = None
    """
    Distributed transaction mode: XA (atomic and isolated), FREE (best-effort multi-shard commit, not atomic), NO_DTX (single-shard only).
    """
    ultimate_optimize: str | None = None
    """
    Whether execution plans are optimised using parameter values.
    """


class UpdateInstanceParamResponse(BaseModel):
    """
    Result of a v3 parameter change (Table 4-531).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    nodeList: str | None = None
    """
    DDM instance nodes affected.
    """
    needRestart: bool | None = None
    """
    Whether the instance must be restarted for the change.
    """
    jobId: str | None = None
    """
    ID of the change job.
    """
    configId: str | None = None
    """
    Parameter template ID.
    """
    configName: str | None = None
    """
    Parameter template name.
    """


class ModifyConfigurationRequest(BaseModel):
    """
    Parameter change request of the v3.1 path (Table 4-534).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    description: Annotated[str | None, Field(max_length=256, pattern="^[^!<\"='>&\\r]*$")] = None
    """
    Template description, at most 256 characters, no carriage return and none of ! < " = ' > &.
    """
    values: dict[str, str]
    """
    Map of parameter name to new value; a parameter left out keeps its value.
    """
    name: Annotated[str | None, Field(max_length=64, min_length=1, pattern="^[A-Za-z0-9._-]{1,64}$")] = None
    """
    Template name, 1 to 64 letters (case-sensitive), digits, hyphens, underscores or periods.
    """


class ModifyConfigurationResponse(BaseModel):
    """
    Result of a v3.1 parameter change (Table 4-535).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    need_restart: bool | None = None
    """
    Whether the instance must be restarted for the change.
    """


ValuesAdditionalProperty = TypeAliasType("ValuesAdditionalProperty", Annotated[str, Field(min_length=1)])


class CreateDdmConfigurationsRequest(BaseModel):
    """
    Parameter template to create (Table 4-538).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=64, min_length=1, pattern="^[A-Za-z0-9._-]{1,64}$")]
    """
    Template name, 1 to 64 letters, digits, hyphens, underscores or periods.
    """
    description: Annotated[str, Field(pattern="^[^!<\"='>&\\r]*$")]
    """
    Template description without carriage returns or any of ! < " = ' > &; only the first 256 characters are kept, a longer value is truncated rather than rejected.
    """
    values: dict[str, ValuesAdditionalProperty] | None = None
    """
    Map of parameter name (e.g. connection_idle_timeout) to value (e.g. "20") overriding the default template; a value must not be empty when its name is given.
    """


class CreateDdmConfigurationsResponse(BaseModel):
    """
    Created parameter template (Table 4-539).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Parameter template ID.
    """
    name: str | None = None
    """
    Parameter template name.
    """


class DeleteConfigurationResponse(BaseModel):
    """
    Empty JSON object returned after a template is deleted (the reference documents no fields).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ApplyResult(StrEnum):
    """
    Outcome: SUCCESS, FAILED or APPLYING (still in progress).
    """

    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    APPLYING = "APPLYING"


class ApplyHistory(BaseModel):
    """
    One application of a template (Table 4-545).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    target_id: str | None = None
    """
    ID of the application target (the table calls it the template ID; the example shows DDM instance IDs).
    """
    target_name: str | None = None
    """
    Name of the application target (the table calls it the template name; the example shows instance names).
    """
    apply_result: ApplyResult | None = None
    """
    Outcome: SUCCESS, FAILED or APPLYING (still in progress).
    """
    applied_at: str | None = None
    """
    Application time, yyyy-mm-ddThh:mm:ssZ with a numeric zone offset such as +0800.
    """
    error_message: str | None = None
    """
    Why the application failed; empty on success.
    """


class CopyConfigurationRequest(BaseModel):
    """
    Copy of a parameter template to create (Table 4-547).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    new_name: Annotated[str, Field(max_length=64, min_length=1, pattern="^[A-Za-z0-9._-]{1,64}$")]
    """
    Name of the new template, 1 to 64 letters, digits, hyphens, underscores or periods.
    """
    description: Annotated[str | None, Field(max_length=256, pattern="^[^!<\"='>&\\r]*$")] = None
    """
    Description of the new template, at most 256 characters, no carriage return and none of ! < " = ' > &.
    """


class CopyConfigurationResponse(BaseModel):
    """
    Empty JSON object returned after a template is copied (the reference documents no fields).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ResetParameterGroupRequest(BaseModel):
    """
    Changes to a parameter template (Table 4-549).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    description: Annotated[str | None, Field(max_length=256, pattern="^[^!<\"='>&\\r]*$")] = None
    """
    Template description, at most 256 characters, no carriage return and none of ! < " = ' > &.
    """
    values: dict[str, ValuesAdditionalProperty]
    """
    Map of parameter name (e.g. connection_idle_timeout) to new value (e.g. "20"); a value must not be empty when its name is given, and parameters left out keep their values.
    """
    name: Annotated[str | None, Field(max_length=64, min_length=1, pattern="^[A-Za-z0-9._-]{1,64}$")] = None
    """
    Template name, 1 to 64 letters (case-sensitive), digits, hyphens, underscores or periods.
    """


class ResetParameterGroupResponse(BaseModel):
    """
    Result of a template update (Table 4-550).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    need_restart: bool | None = None
    """
    Whether instances using the template must be restarted.
    """


class ApplicableInstance(BaseModel):
    """
    Instance a template can be applied to (Table 4-554).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_id: Annotated[str | None, Field(max_length=36, min_length=36, pattern="^[A-Za-z0-9]{32}in09$")] = None
    """
    Instance ID, 36 letters and digits ending in in09.
    """
    instance_name: str | None = None
    """
    Instance name.
    """


class CompareParameterGroupsRequest(BaseModel):
    """
    The two templates to compare (Table 4-556).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    source_id: Annotated[str, Field(max_length=36, min_length=36, pattern="^[A-Za-z0-9]{36}$")]
    """
    ID of the source template, 36 letters and digits.
    """
    target_id: Annotated[str, Field(max_length=36, min_length=36, pattern="^[A-Za-z0-9]{36}$")]
    """
    ID of the target template, 36 letters and digits.
    """


class ParamGroupParameterDiffV3(BaseModel):
    """
    One differing parameter (Table 4-558).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Parameter name.
    """
    source_value: str | None = None
    """
    Value in the source template.
    """
    target_value: str | None = None
    """
    Value in the target template.
    """


class ComputeFlavors(BaseModel):
    """
    Node class (table 4-103).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Node class ID.
    """
    typeCode: str | None = None
    """
    Resource type code.
    """
    code: str | None = None
    """
    VM flavor as recorded in DDM (specification code, see appendix A.4).
    """
    iaasCode: str | None = None
    """
    VM flavor as recorded by the IaaS layer.
    """
    cpu: str | None = None
    """
    Number of vCPUs.
    """
    mem: str | None = None
    """
    Memory size in GB.
    """
    maxConnections: str | None = None
    """
    Maximum number of connections (the examples show the string "null").
    """
    serverType: str | None = None
    """
    Compute resource type.
    """
    architecture: CpuArchitecture | None = None
    azStatus: dict[str, AzStatus] | None = None
    """
    Availability of the class per AZ, keyed by AZ ID: normal (available), unsupported (not offered in the AZ), sellout (sold out).
    """
    regionStatus: str | None = None
    """
    Status in the region.
    """
    groupType: GroupType | None = None
    """
    CPU architecture of the compute resource (see CpuArchitecture); the examples also show the string "null" for a class listed outside a group.
    """
    dbType: str | None = None
    """
    Engine type.
    """
    extendFields: dict[str, str] | None = None
    """
    Extension fields, currently AZ information.
    """


class ComputeFlavorGroupsInfo(BaseModel):
    """
    Node classes of one CPU architecture (table 4-102).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    groupType: CpuArchitecture | None = None
    computeFlavors: list[ComputeFlavors] | None = None
    """
    Node classes of the group.
    """
    offset: int | None = None
    """
    Offset from which items are returned.
    """
    limit: int | None = None
    """
    Number of records per page.
    """
    total: int | None = None
    """
    Total number of node classes.
    """


class ListFlavorsResponse(BaseModel):
    """
    Node classes available in the AZs (table 4-101).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    computeFlavorGroups: list[ComputeFlavorGroupsInfo] | None = None
    """
    Node classes grouped by CPU architecture.
    """


class ListDdmEnginesResponse(BaseModel):
    """
    Page of DDM engine versions (4.2.21, Table 4-126).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    engine_groups: list[EngineGroupInfo] | None = None
    """
    Engines that can be used.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of engine versions.
    """


class Flavor(BaseModel):
    """
    One node class and its availability per AZ (4.2.22, Table 4-133).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    az_infos: list[AvailableZone] | None = None
    """
    Availability of the node class in each AZ.
    """
    id: str | None = None
    """
    Specification ID.
    """
    spec_code: Annotated[str | None, Field(examples=["ddm.c6.xlarge.2"])] = None
    """
    Resource specification code.
    """
    vcpus: str | None = None
    """
    Number of vCPUs, as a decimal string.
    """
    ram: str | None = None
    """
    Memory size in GB, as a decimal string.
    """


class ShowInstanceParamResponse(BaseModel):
    """
    Parameter template and parameter values of an instance (4.2.23, Table 4-138).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    updated: str | None = None
    """
    When the instance parameters were last changed (yyyy-MM-dd HH:mm:ss).
    """
    configuration_parameter: list[ConfigurationParameterList] | None = None
    """
    Parameters of the instance.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of parameters.
    """
    id: str | None = None
    """
    Parameter template ID.
    """
    name: str | None = None
    """
    Parameter template name.
    """
    description: str | None = None
    """
    Parameter template description.
    """


class ExpandDdmInstanceNodesRequest(BaseModel):
    """
    Nodes to add to an instance (4.2.24, Table 4-142).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    group_id: str | None = None
    """
    Group to scale out; required when the instance has more than one node group.
    """
    subnet_id: str | None = None
    """
    Subnet for the new nodes; required when the node group spans more than one subnet.
    """
    is_auto_pay: bool | None = False
    """
    For yearly/monthly instances, whether the order is paid automatically from the account (true) or manually (false).
    """
    nodes: Annotated[list[EnlargeNodeInfo], Field(max_length=32, min_length=1)]
    """
    Nodes to add, 1 to 32 entries.
    """


class CheckDataNodeConnectionRequest(BaseModel):
    """
    RDS instances to test (4.2.38, Table 4-188).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    infos: list[EsdbCheckRdsConnectionRequestV3]
    """
    Connection data of each RDS instance to test.
    """


class CheckDataNodeConnectionResponse(BaseModel):
    """
    Connectivity results (4.2.38, Table 4-190).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    rds_check_infos: list[CheckRdsConnectionResqVO] | None = None
    """
    One result per tested RDS instance.
    """


class ShowTmlogInfosResponse(BaseModel):
    """
    TMLog information per node (4.2.40, Table 4-198).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    tmlogs: list[TmlogInfo] | None = None
    """
    One entry per node.
    """
    total: int | None = None
    """
    Number of nodes found.
    """


class CreateDatabaseDetail(BaseModel):
    """
    One schema to create and the RDS instances it uses.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=48, min_length=2, pattern="^[a-z][a-z0-9_]*$")]
    """
    Schema name: 2 to 48 characters, starts with a letter, only lowercase letters, digits and underscores; information_schema, mysql, performance_schema and sys are not allowed.
    """
    shard_mode: ShardMode
    """
    Sharding mode: cluster (sharded) or single (unsharded).
    """
    shard_number: int
    """
    Total number of shards. With shard_unit set it equals shard_unit times the number of associated RDS instances; without it, it must exceed the number of associated RDS instances and be at most 64 times that number.
    """
    shard_unit: Annotated[int | None, Field(ge=1, le=64)] = None
    """
    Shards per RDS instance: 1 for an unsharded schema, 1 to 64 for a sharded one. Optional.
    """
    used_rds: list[DatabaseInstabcesParam]
    """
    RDS instances the schema is associated with.
    """


class CreateDatabaseResponse(BaseModel):
    """
    Schemas created by the v1 API.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    databases: list[CreateDatabaseDetailResponses] | None = None
    """
    Created schemas.
    """


class GetDatabaseInfo(BaseModel):
    """
    Summary of a schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Schema name.
    """
    shard_mode: ShardMode | None = None
    """
    Sharding mode: cluster (sharded) or single (unsharded).
    """
    shard_number: int | None = None
    """
    Total number of shards.
    """
    status: SchemaStatus | None = None
    """
    Schema status (appendix A.6).
    """
    created: int | None = None
    """
    Creation time, UNIX epoch milliseconds.
    """
    used_rds: list[GetDatabaseUsedRds] | None = None
    """
    RDS instances the schema uses.
    """
    shard_unit: int | None = None
    """
    Shards per RDS instance.
    """


class GetDatabaseResponseBean(BaseModel):
    """
    Schema details with its physical shards.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Schema name.
    """
    created: int | None = None
    """
    Creation time, UNIX epoch milliseconds.
    """
    status: SchemaStatus | None = None
    """
    Schema status (appendix A.6).
    """
    updated: int | None = None
    """
    Time of the last update, UNIX epoch milliseconds.
    """
    databases: list[GetDatabases] | None = None
    """
    Physical shards of the schema.
    """
    shard_mode: ShardMode | None = None
    """
    Sharding mode: cluster (sharded) or single (unsharded).
    """
    shard_number: int | None = None
    """
    Total number of shards.
    """
    shard_unit: int | None = None
    """
    Shards per RDS instance.
    """
    dataVips: list[str] | None = None
    """
    Addresses (IP:port) for connecting to the schema.
    """
    used_rds: list[GetDatabaseUsedRds] | None = None
    """
    RDS instances the schema uses.
    """


class ListAvailableRdsListResponse(BaseModel):
    """
    A page of DB instances that can back a new schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instances: list[QueryAvailableRdsList] | None = None
    """
    Available DB instances.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Records per page.
    """
    total: int | None = None
    """
    Total number of records.
    """


class CreateDdmDatabaseRequest(BaseModel):
    """
    Body for creating a schema through the v3 API.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=48, min_length=2, pattern="^[a-z][a-z0-9_]*$")]
    """
    Schema name: 2 to 48 characters, starts with a lowercase letter, only lowercase letters, digits and underscores; information_schema, mysql, performance_schema and sys are not allowed.
    """
    shard_mode: ShardMode
    """
    Sharding mode: cluster (sharded) or single (unsharded).
    """
    shard_number: int
    """
    Total number of shards. With a per-node shard count it equals that count times the number of associated data nodes; otherwise it must exceed the number of associated data nodes and be at most 64 times that number.
    """
    dn_instances: Annotated[list[DatabaseDnInstances], Field(max_length=256)]
    """
    Data nodes the schema is associated with; at most 256.
    """


class ShowInstanceDatabaseResponse(BaseModel):
    """
    Details of a schema (v3 API).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    shards: list[ShowInstanceDatabaseShards] | None = None
    """
    Physical shards of the schema.
    """
    status: Status2 | None = None
    """
    Schema status: CREATING (being created), RUNNING, or UNKNOWN (any other state).
    """
    created: Annotated[
        str | None,
        Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$"),
    ] = None
    """
    Creation time as yyyy-MM-ddTHH:mm:ss followed by the zone offset (+hhmm).
    """
    updated: Annotated[
        str | None,
        Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$"),
    ] = None
    """
    Time of the last update as yyyy-MM-ddTHH:mm:ss followed by the zone offset (+hhmm).
    """
    name: Annotated[str | None, Field(max_length=48, min_length=2, pattern="^[a-z][a-z0-9_]*$")] = None
    """
    Schema name: 2 to 48 characters, starts with a letter, only lowercase letters, digits and underscores; never information_schema, mysql, performance_schema or sys.
    """
    shard_mode: ShardMode | None = None
    """
    Sharding mode: cluster (sharded) or single (unsharded).
    """
    shard_number: int | None = None
    """
    Number of shards in the schema.
    """
    data_nodes: list[ShowInstanceDatabaseDataNodes] | None = None
    """
    Backend data nodes associated with the schema.
    """


class DownloadSchemaMetadataResponse(BaseModel):
    """
    Exported schema metadata.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    compressed_databases_info: str | None = None
    """
    Compressed, encoded distribution of the physical shards of all schemas.
    """
    data_nodes: list[DnInstanceInfo] | None = None
    """
    Backend data nodes associated with the instance.
    """


class UploadSchemaMetadataRequest(BaseModel):
    """
    Schema metadata to import.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    compressed_databases_info: str
    """
    Compressed, encoded shard distribution as returned by download_schema_metadata.
    """
    dn_instance: list[DNInstance]
    """
    Backend data nodes to use, with their logins.
    """


class CreateUsersInfo(BaseModel):
    """
    One DDM account to create.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=32, min_length=1, pattern="^[A-Za-z][A-Za-z0-9_]*$")]
    """
    Account name: starts with a letter, then letters, digits or underscores.
    """
    password: SecretStr
    """
    Account password.
    """
    base_authority: list[BaseAuthorityEnum]
    """
    Basic privileges granted to the account.
    """
    description: Annotated[str | None, Field(max_length=256)] = ""
    """
    Free-text note about the account; empty unless set.
    """
    databases: list[CreateUsersDatabases] | None = None
    """
    Schemas the account is bound to; may be omitted.
    """


class CreateUsersResponse(BaseModel):
    """
    Result of creating DDM accounts (v1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    users: list[CreateUsersDetailResponses] | None = None
    """
    Accounts that were created.
    """


class GetUsersListDetailResponses(BaseModel):
    """
    A DDM account as returned by the v1 list.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Account name.
    """
    status: str | None = None
    """
    Account status.
    """
    base_authority: list[BaseAuthorityEnum] | None = None
    """
    Basic privileges of the account.
    """
    extend_authority: list[ExtendAuthorityEnum] | None = None
    """
    Extended privileges of the account.
    """
    password_last_changed: int | None = None
    """
    Last password change, UNIX timestamp in milliseconds.
    """
    description: str | None = None
    """
    Account description.
    """
    created: int | None = None
    """
    Creation time, UNIX timestamp in milliseconds.
    """
    databases: list[GetUsersListdatabase] | None = None
    """
    Schemas bound to the account.
    """


class UpdateUserDetailReq(BaseModel):
    """
    Changes to a DDM account; at least one field must be given.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    base_authority: list[BaseAuthorityEnum] | None = None
    """
    New basic privileges; unchanged when omitted.
    """
    description: Annotated[str | None, Field(max_length=256)] = ""
    """
    New account description; empty unless set.
    """
    databases: list[UpdateUsersDatabases] | None = None
    """
    Schemas to bind to the account.
    """


class CreateDdmUserRequest(BaseModel):
    """
    Request body for creating a DDM account (v3).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(max_length=32, min_length=1, pattern="^[A-Za-z][A-Za-z0-9_]*$")]
    """
    Account name: starts with a letter, then letters, digits or underscores.
    """
    password: Annotated[SecretStr, Field(max_length=32, min_length=8)]
    """
    Account password: 8 to 32 characters with at least three of lowercase letters, uppercase letters, digits and special characters ~!@#/%^*-_+?; not weak, and not the username or the username reversed.
    """
    base_authority: list[BaseAuthorityEnum]
    """
    Basic privileges, any combination of the listed values.
    """
    description: Annotated[str | None, Field(max_length=256)] = None
    """
    Account description.
    """
    password_lifetime: Annotated[int | None, Field(ge=0, le=65535)] = None
    """
    Password validity in days; 0 or null means the password never expires.
    """
    databases: list[CreateUserRelatedLogicDbV3] | None = None
    """
    Schemas to bind to the account; may be omitted.
    """


class GetUsersListDetailResponsesV3(BaseModel):
    """
    A DDM account as returned by the v3 list.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    """
    Account name.
    """
    status: str | None = None
    """
    Account status.
    """
    base_authority: list[BaseAuthorityEnum] | None = None
    """
    Basic privileges of the account.
    """
    password_lifetime: Annotated[int | None, Field(ge=0, le=65535)] = None
    """
    Password validity in days; 0 or null means it never expires.
    """
    password_last_changed: str | None = None
    """
    Last password change, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
    """
    description: str | None = None
    """
    Account description.
    """
    created: str | None = None
    """
    Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
    """
    databases: list[GetUsersListdatabaseV3] | None = None
    """
    Schemas bound to the account; the account can reach only these.
    """
    expiration_time: str | None = None
    """
    Password expiry time, yyyy-mm-ddThh:mm:ss with a zone offset; null when it never expires.
    """


class UpdateDdmUserRequest(BaseModel):
    """
    Changes to a DDM account (v3); at least one field must be given.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    base_authority: list[BaseAuthorityEnum] | None = None
    """
    New basic privileges, any combination of the listed values.
    """
    description: Annotated[str | None, Field(max_length=256)] = None
    """
    New account description.
    """
    password_lifetime: Annotated[int | None, Field(ge=0, le=65535)] = None
    """
    Password validity in days; 0 or null means the password never expires.
    """
    databases: list[UpdateUserRelatedLogicDbV3] | None = None
    """
    Schemas to bind to the account.
    """


class JobInfo(BaseModel):
    """
    A task of the DDM task center.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Task ID.
    """
    name: str | None = None
    """
    Task name.
    """
    status: Status4 | None = None
    """
    Task state: Running (in progress), Completed (succeeded), Failed; ToBeSwitched appears for migration tasks awaiting a route switch.
    """
    created_time: str | None = None
    """
    Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
    """
    end_time: str | None = None
    """
    End time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
    """
    process: str | None = None
    """
    Progress such as "60%" while running, otherwise an empty string.
    """
    instance: JobInfoInstance | None = None


class ListTasksResponse(BaseModel):
    """
    Page of tasks.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Records per page.
    """
    total: int | None = None
    """
    Total number of tasks.
    """
    jobs: list[JobItem] | None = None
    """
    Tasks on this page.
    """


class ListSlowLogResponse(BaseModel):
    """
    Slow queries of the instance.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    totalRecord: int | None = None
    """
    Number of slow query records.
    """
    slowLogList: list[SlowLogList] | None = None
    """
    Slow query records.
    """


class ShowLogicalProcessesResponse(BaseModel):
    """
    Logical sessions of the instance.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    total_count: int | None = None
    """
    Total number of sessions.
    """
    logical_processes: list[LogicalProcessesInfo] | None = None
    """
    Logical sessions.
    """


class ShowPhysicalProcessesResponse(BaseModel):
    """
    Physical sessions of the instance.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    total_count: int | None = None
    """
    Total number of sessions.
    """
    physical_processes: list[PhysicalProcessInfo] | None = None
    """
    Physical sessions.
    """


class ShowProcessesAuditLogResponse(BaseModel):
    """
    Audit records of killed sessions.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    total_count: int | None = None
    """
    Total number of records.
    """
    process_audit_logs: list[UserProcessAuditLog] | None = None
    """
    Audit records.
    """


class ShowRiskInfoResponse(BaseModel):
    """
    Kernel version risks.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    risks: list[RiskInfo] | None = None
    """
    Known risks of the current kernel.
    """


class ListBackupsResponse(BaseModel):
    """
    Page of backups (Table 4-464).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    backups: list[BackupInfo] | None = None
    """
    Backups on this page.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of backups.
    """


class ShowBackupResponse(BaseModel):
    """
    Backup details (Table 4-471).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Backup ID.
    """
    name: str | None = None
    """
    Backup name.
    """
    instance_id: str | None = None
    """
    Instance ID.
    """
    instance_name: str | None = None
    """
    Instance name.
    """
    related_data_nodes: list[RelatedDn] | None = None
    """
    Data nodes covered by the backup.
    """


class ShowRelatedDnsResponse(BaseModel):
    """
    Data nodes related at a restore time (Table 4-478).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    related_data_nodes: list[RelatedDnVO] | None = None
    """
    Related data nodes.
    """
    latest_restorable_time: str | None = None
    """
    Latest point in time that can be restored.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of records.
    """


class ShowAvalibleTimeResponse(BaseModel):
    """
    Restorable time windows (Table 4-485).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    restorable_time_intervals: list[RestoreTimeInterval] | None = None
    """
    Windows that can be restored to.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of records.
    """


class ShowAvalibleRdsResponse(BaseModel):
    """
    Data nodes that can be restore targets (Table 4-492; paging fields from the example).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    target_data_nodes: list[TargetDn4Restore] | None = None
    """
    Candidate target data nodes.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of records.
    """


class ShowAvalibleDdmsResponse(BaseModel):
    """
    DDM instances that can be restore targets (Table 4-499; paging fields from the example).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instances: list[DDMInstance4Restore] | None = None
    """
    Candidate target instances.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of records.
    """


class RestoreMetadataRequest(BaseModel):
    """
    Metadata restoration request (Table 4-505).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    source: RestoreMetaDataSource
    target: RestoreMetaDataTarget


class Restore2ExistRequest(BaseModel):
    """
    Request to restore data to another instance (Table 4-513).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    source: RestoreInstSource
    target: RestoreInstTarget
    data_node_relations: list[DataNodeRelation]
    """
    Mapping of source data nodes to target data nodes.
    """


class ListDdmConfigurationsResponse(BaseModel):
    """
    Page of parameter templates (Table 4-522).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    configurations: list[ConfigurationInfo] | None = None
    """
    Parameter templates on this page.
    """
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of parameter templates.
    """


class ShowConfigurationResponse(BaseModel):
    """
    One parameter template with its parameters (Table 4-525).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    Parameter template ID.
    """
    name: str | None = None
    """
    Parameter template name.
    """
    datastore_name: str | None = None
    """
    Database type the template is for.
    """
    description: str | None = None
    """
    Template description.
    """
    created: str | None = None
    """
    Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
    """
    updated: str | None = None
    """
    Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
    """
    configuration_parameters: list[ConfigurationParameters] | None = None
    """
    Parameters of the template.
    """


class UpdateInstanceParamRequest(BaseModel):
    """
    Parameter change request of the v3 path (Table 4-529).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    values: UpdateInstanceParamValues


class ListConfigurationApplyHistoriesResponse(BaseModel):
    """
    Application records of a template (Table 4-544).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    histories: list[ApplyHistory] | None = None
    """
    Application records.
    """
    total: int | None = None
    """
    Total number of application records.
    """


class ListInstancesConfigurationsResponse(BaseModel):
    """
    Instances a template can be applied to (Table 4-553).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    entities: list[ApplicableInstance] | None = None
    """
    Applicable instances.
    """
    total: int | None = None
    """
    Total number of applicable instances.
    """


class CompareParameterGroupsResponse(BaseModel):
    """
    Comparison of two templates (Table 4-557).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    source_id: Annotated[str | None, Field(max_length=36, min_length=36, pattern="^[A-Za-z0-9]{36}$")] = None
    """
    ID of the source template, 36 letters and digits.
    """
    source_name: str | None = None
    """
    Name of the source template.
    """
    target_id: Annotated[str | None, Field(max_length=36, min_length=36, pattern="^[A-Za-z0-9]{36}$")] = None
    """
    ID of the target template, 36 letters and digits.
    """
    target_name: str | None = None
    """
    Name of the target template.
    """
    parameters: list[ParamGroupParameterDiffV3] | None = None
    """
    Parameters whose values differ.
    """


class FlavorGroupInfo(BaseModel):
    """
    Node classes of one CPU architecture, with paging data (4.2.22, Table 4-132).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    flavors: list[Flavor] | None = None
    """
    Node classes of this architecture.
    """
    group_type: CpuArchitecture | None = None
    offset: int | None = None
    """
    Offset the page starts at.
    """
    limit: int | None = None
    """
    Page size.
    """
    total: int | None = None
    """
    Total number of node classes of this architecture.
    """


class CreateDatabaseRequest(BaseModel):
    """
    Body for creating schemas through the v1 API.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    databases: list[CreateDatabaseDetail]
    """
    Schemas to create.
    """


class ListDatabasesResponse(BaseModel):
    """
    A page of schemas of a DDM instance.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    databases: list[GetDatabaseInfo] | None = None
    """
    Schemas on this page.
    """
    total: int | None = None
    """
    Total number of schemas.
    """


class ShowDatabaseResponse(BaseModel):
    """
    Details of a schema (v1 API).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    database: GetDatabaseResponseBean | None = None


class CreateUsersRequest(BaseModel):
    """
    Request body for creating DDM accounts (v1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    users: list[CreateUsersInfo]
    """
    Accounts to create.
    """


class ListUsersResponse(BaseModel):
    """
    Page of DDM accounts (v1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    users: list[GetUsersListDetailResponses] | None = None
    """
    Accounts on this page.
    """
    page_no: int | None = None
    """
    Current page number.
    """
    page_size: int | None = None
    """
    Number of records on this page.
    """
    total_record: int | None = None
    """
    Total number of records.
    """
    total_page: int | None = None
    """
    Total number of pages.
    """


class UpdateUserRequest(BaseModel):
    """
    Request body for modifying a DDM account (v1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    user: UpdateUserDetailReq


class ListDdmUsersResponse(BaseModel):
    """
    Page of DDM accounts (v3).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    users: list[GetUsersListDetailResponsesV3] | None = None
    """
    Accounts on this page.
    """
    offset: Annotated[int | None, Field(ge=0)] = None
    """
    Offset the page starts at.
    """
    limit: Annotated[int | None, Field(ge=1, le=128)] = None
    """
    Records per page.
    """
    total: int | None = None
    """
    Total number of records.
    """


class ShowDdmJobResultResponse(BaseModel):
    """
    Task details.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    job: JobInfo | None = None


class ListDdmFlavorsResponse(BaseModel):
    """
    Node classes grouped by CPU architecture (4.2.22, Table 4-131).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    flavor_groups: list[FlavorGroupInfo] | None = None
    """
    One entry per CPU architecture.
    """
