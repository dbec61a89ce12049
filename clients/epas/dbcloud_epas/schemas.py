# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
# ruff: noqa

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, SecretStr


class RoleType(StrEnum):
    """
    Purpose of the new block storage.
    """

    OS = "OS"
    DATA = "DATA"
    ARCHIVE = "ARCHIVE"
    TEMP = "TEMP"
    BACKUP = "BACKUP"


class VolumeType(StrEnum):
    """
    Disk class of the volume; the _KMS variants are encrypted with a KMS key.
    """

    SSD = "SSD"
    SSD_KMS = "SSD_KMS"
    HDD = "HDD"
    HDD_KMS = "HDD_KMS"


class AddBlockStoragesRequest(BaseModel):
    """
    Block storage group to attach to an instance group (reference 2.1).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    role_type: Annotated[RoleType, Field(examples=["OS"])]
    """
    Purpose of the new block storage.
    """
    size_gb: Annotated[int, Field(examples=[104], ge=16, le=5120, multiple_of=8)]
    """
    Capacity of the volume in gigabytes.
    """
    volume_type: Annotated[VolumeType | None, Field(examples=["SSD"])] = "SSD"
    """
    Disk class of the volume; the _KMS variants are encrypted with a KMS key.
    """


class ArchiveConfigDetailResponse(BaseModel):
    """
    Current WAL archive settings of a cluster (reference 2.2).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    archive_enabled: Annotated[bool, Field(examples=[True])]
    """
    Whether archiving of logs is switched on.
    """
    retention_period_day: Annotated[int | None, Field(examples=[1], ge=1, le=35)] = 1
    """
    Number of days archived logs are kept.
    """


class ArchiveConfigSetRequest(BaseModel):
    """
    New WAL archive settings for a cluster (reference 2.3).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    archive_enabled: Annotated[bool, Field(examples=[True])]
    """
    Switches archiving of logs on or off.
    """
    retention_period_day: Annotated[int | None, Field(examples=[1], ge=1, le=35)] = 1
    """
    Number of days archived logs are to be kept.
    """


class AuditLogRequest(BaseModel):
    """
    Audit logging switch of a cluster (reference 2.5).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    use_audit_log: bool
    """
    Whether database audit logging is to be enabled.
    """


class BackupHistoryApiItem(BaseModel):
    """
    One entry of a cluster's backup history (reference 2.6).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    backup_end_at: str
    """
    When the backup finished.
    """
    backup_history_number: str
    """
    Identifier of the backup.
    """
    backup_size_gb: float
    """
    Amount of data in the backup, in gigabytes.
    """
    backup_start_at: str
    """
    When the backup started.
    """
    backup_state: str
    """
    State of the backup.
    """
    backup_state_detail: str | None = None
    """
    Detailed state of the backup, when available.
    """
    software_version: str
    """
    Engine software version the backup was taken from.
    """


class BackupHistoryListApiResponse(BaseModel):
    """
    Backup history of a cluster (reference 2.7).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[BackupHistoryApiItem]
    """
    Backups on this page.
    """
    total_count: int
    """
    Total number of backups in the history.
    """


class BackupHistoryNumberRequest(BaseModel):
    """
    Backups to delete from the history (reference 2.8).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    backup_history_number: list[str]
    """
    Identifiers of the backups to remove.
    """


class BackupSettingRequest(BaseModel):
    """
    Automatic backup schedule of a cluster (reference 2.9).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    archive_frequency_minute: Annotated[str, Field(pattern="^(5|10|30|60)$")]
    """
    Interval in minutes at which logs are archived (5, 10, 30 or 60).
    """
    retention_period_day: Annotated[str, Field(pattern="^([7-9]|^[1-2]\\d|^3[0-5])$")]
    """
    Number of days backups are kept (7 to 35).
    """
    starting_time_hour: Annotated[str, Field(pattern="^(\\d|1\\d|2[0-3])$")]
    """
    Hour of the day (0 to 23) at which the daily backup starts.
    """


class RoleType1(StrEnum):
    """
    Purpose of the block storage.
    """

    OS = "OS"
    DATA = "DATA"
    ARCHIVE = "ARCHIVE"
    TEMP = "TEMP"
    BACKUP = "BACKUP"


class BlockStorageGroupRequest(BaseModel):
    """
    Block storage group requested for an instance group (reference 2.10).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    role_type: Annotated[RoleType1, Field(examples=["OS"])]
    """
    Purpose of the block storage.
    """
    size_gb: Annotated[int, Field(examples=[104], ge=16, le=5120, multiple_of=8)]
    """
    Capacity of the volume in gigabytes.
    """
    volume_type: Annotated[VolumeType | None, Field(examples=["SSD"])] = "SSD"
    """
    Disk class of the volume; the _KMS variants are encrypted with a KMS key.
    """


class VolumeType2(StrEnum):
    """
    Disk class of the volume.
    """

    SSD = "SSD"
    SSD_KMS = "SSD_KMS"
    HDD = "HDD"
    HDD_KMS = "HDD_KMS"


class BlockStorageGroupResponse(BaseModel):
    """
    Block storage group of an existing instance group (reference 2.11).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    Identifier of the block storage group.
    """
    name: str
    """
    Name of the block storage group.
    """
    role_type: Annotated[RoleType1, Field(examples=["OS"])]
    """
    Purpose of the block storage.
    """
    size_gb: int
    """
    Capacity of the volume in gigabytes.
    """
    volume_type: Annotated[VolumeType2, Field(examples=["SSD"])]
    """
    Disk class of the volume.
    """


class Engine(BaseModel):
    """
    A DBaaS engine version (reference 2.13).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    end_of_service: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether the version has reached end of service.
    """
    id: str
    """
    Identifier of the engine version.
    """
    major_version: str
    """
    Major version of the engine software.
    """
    name: str
    """
    Name of the engine version.
    """
    os_type: str
    """
    Operating system the engine runs on.
    """
    os_version: str
    """
    Version of that operating system.
    """
    product_image_type: str | None = None
    """
    Product image type of the engine.
    """
    software_version: str
    """
    Full engine software version.
    """


class EngineListResponse(BaseModel):
    """
    List of DBaaS engine versions (reference 2.14).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[Engine]
    """
    Engine versions.
    """


class EngineProperty(BaseModel):
    """
    A name/value property of an engine version (reference 2.15).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """
    Property name.
    """
    value: str
    """
    Property value.
    """


class EnginePropertyListResponse(BaseModel):
    """
    Properties of an engine version (reference 2.16).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[EngineProperty]
    """
    Engine properties.
    """


class EpasBackupOption(BaseModel):
    """
    Automatic backup settings given at cluster creation or shown in its details (reference 2.17).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    archive_frequency_minute: Annotated[str | None, Field(examples=["60"], pattern="^(5|10|30|60)$")] = "60"
    """
    Interval in minutes at which logs are archived (5, 10, 30 or 60).
    """
    retention_period_day: Annotated[str | None, Field(examples=["7"])] = None
    """
    Number of days backups are kept.
    """
    starting_time_hour: Annotated[str | None, Field(examples=["2"])] = None
    """
    Hour of the day at which the daily backup starts.
    """


class ProductType(StrEnum):
    """
    DBaaS product family.
    """

    QOS = "QOS"
    PostgreSQL_Community = "PostgreSQL Community"
    EPAS = "EPAS"
    MariaDB = "MariaDB"
    MySQL = "MySQL"
    Redis = "Redis"
    Microsoft_SQL_Server = "Microsoft SQL Server"
    Search_Engine = "Search Engine"
    Event_Streams = "Event Streams"
    Vertica = "Vertica"
    Scalable_DB = "Scalable DB"


class RoleType3(Enum):
    """
    Role of the cluster in its replication topology.
    """

    ORIGIN = "ORIGIN"
    REPLICA = "REPLICA"
    RECOVERY = "RECOVERY"
    SECONDARY = "SECONDARY"
    MIGRATION = "MIGRATION"
    NoneType_None = None


class ServiceState(StrEnum):
    """
    Service state of the cluster.
    """

    RUNNING = "RUNNING"
    STOPPED = "STOPPED"
    UNKNOWN = "UNKNOWN"
    ERROR = "ERROR"
    FAILED = "FAILED"
    TERMINATED = "TERMINATED"
    CREATING = "CREATING"
    STOPPING = "STOPPING"
    STARTING = "STARTING"
    RESTARTING = "RESTARTING"
    EDITING = "EDITING"
    SYNCHRONIZING = "SYNCHRONIZING"
    UPGRADING = "UPGRADING"
    TERMINATING = "TERMINATING"
    MIGRATING = "MIGRATING"


class EpasInitConfigOptionDetail(BaseModel):
    """
    Initial database settings as shown for an existing cluster (reference 2.20).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    audit_enabled: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether audit logging is on.
    """
    backup_option: EpasBackupOption | None = None
    """
    Automatic backup settings.
    """
    database_encoding: Annotated[str | None, Field(examples=["UTF-8"])] = "UTF-8"
    """
    Character encoding of the database.
    """
    database_locale: Annotated[str | None, Field(examples=["C"])] = "C"
    """
    Locale of the database.
    """
    database_name: str
    """
    Name of the database.
    """
    database_port: Annotated[int | None, Field(examples=[2866], ge=1024, le=65535)] = 2866
    """
    TCP port the database listens on.
    """
    database_user_name: str
    """
    Name of the database administrator account.
    """
    origin_region: str | None = None
    """
    Region of the origin cluster, for replicas in another region.
    """


class EpasInitConfigOptionRequest(BaseModel):
    """
    Initial database settings for a new cluster (reference 2.21).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    audit_enabled: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether audit logging is switched on from the start.
    """
    backup_option: EpasBackupOption | None = None
    """
    Automatic backup settings.
    """
    database_encoding: Annotated[str | None, Field(examples=["UTF-8"])] = "UTF-8"
    """
    Character encoding of the database.
    """
    database_locale: Annotated[str | None, Field(examples=["C"])] = "C"
    """
    Locale of the database.
    """
    database_name: Annotated[str, Field(max_length=20, min_length=3, pattern="^[a-zA-Z][a-zA-Z0-9]*$")]
    """
    Name of the database to create; starts with a letter, then letters and digits.
    """
    database_port: Annotated[int | None, Field(examples=[2866], ge=1024, le=65535)] = 2866
    """
    TCP port the database is to listen on.
    """
    database_user_name: Annotated[str, Field(max_length=20, min_length=2, pattern="^[a-z]*$")]
    """
    Name of the database administrator account (lower-case letters).
    """
    database_user_password: Annotated[SecretStr, Field(max_length=30, min_length=8)]
    """
    Password of the database administrator account.
    """


class RoleType4(StrEnum):
    """
    Role of the instance group.
    """

    ACTIVE = "ACTIVE"
    ACTIVE_STANDBY = "ACTIVE_STANDBY"
    PRIMARY_SECONDARY = "PRIMARY_SECONDARY"
    MASTER = "MASTER"
    MASTER_REPLICA = "MASTER_REPLICA"
    REPLICA = "REPLICA"
    SENTINEL = "SENTINEL"
    MASTER_DATA = "MASTER_DATA"
    DATA = "DATA"
    KIBANA = "KIBANA"
    DASHBOARDS = "DASHBOARDS"
    ZOOKEEPER_BROKER = "ZOOKEEPER_BROKER"
    BROKER = "BROKER"
    ZOOKEEPER = "ZOOKEEPER"
    AKHQ = "AKHQ"
    CONSOLE = "CONSOLE"
    PRIMARY = "PRIMARY"
    PRIMARY_NODE = "PRIMARY_NODE"
    READ_NODE = "READ_NODE"


class InstanceGroupResizeRequest(BaseModel):
    """
    New server type for an instance group (reference 2.23).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    server_type_name: str
    """
    Server type to move the instance group to.
    """


class RoleType6(StrEnum):
    """
    Role of the instance.
    """

    ACTIVE = "ACTIVE"
    STANDBY = "STANDBY"
    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"
    MASTER = "MASTER"
    REPLICA = "REPLICA"
    SENTINEL = "SENTINEL"
    MASTER_DATA = "MASTER_DATA"
    DATA = "DATA"
    KIBANA = "KIBANA"
    DASHBOARDS = "DASHBOARDS"
    ZOOKEEPER_BROKER = "ZOOKEEPER_BROKER"
    BROKER = "BROKER"
    ZOOKEEPER = "ZOOKEEPER"
    AKHQ = "AKHQ"
    CONSOLE = "CONSOLE"
    READ_REPLICA = "READ_REPLICA"


class InstanceRequest(BaseModel):
    """
    Instance requested inside an instance group (reference 2.25).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    public_ip_id: str | None = None
    """
    Identifier of a public IP to attach to the instance.
    """
    role_type: Annotated[RoleType6, Field(examples=["ACTIVE"])]
    """
    Role of the instance.
    """
    service_ip_address: str | None = None
    """
    IP address in the user subnet to give the instance.
    """


class ServiceState1(StrEnum):
    """
    Service state of the instance.
    """

    RUNNING = "RUNNING"
    STOPPED = "STOPPED"
    UNKNOWN = "UNKNOWN"
    ERROR = "ERROR"
    FAILED = "FAILED"
    TERMINATED = "TERMINATED"
    CREATING = "CREATING"
    STOPPING = "STOPPING"
    STARTING = "STARTING"
    RESTARTING = "RESTARTING"
    EDITING = "EDITING"
    SYNCHRONIZING = "SYNCHRONIZING"
    UPGRADING = "UPGRADING"
    TERMINATING = "TERMINATING"
    MIGRATING = "MIGRATING"


class InstanceResponse(BaseModel):
    """
    Instance of an existing instance group (reference 2.26).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """
    Instance name.
    """
    public_ip_address: str | None = None
    """
    Public IP address of the instance.
    """
    public_ip_id: str | None = None
    """
    Identifier of the instance's public IP.
    """
    role_type: Annotated[RoleType6, Field(examples=["ACTIVE"])]
    """
    Role of the instance.
    """
    service_ip_address: str | None = None
    """
    IP address of the instance in the user subnet.
    """
    service_state: Annotated[ServiceState1, Field(examples=["RUNNING"])]
    """
    Service state of the instance.
    """


class ScheduleDayOfWeek(Enum):
    """
    Day of the week of a weekly export.
    """

    MON = "MON"
    TUE = "TUE"
    WED = "WED"
    THU = "THU"
    FRI = "FRI"
    SAT = "SAT"
    SUN = "SUN"
    NoneType_None = None


class LogExportConfig(BaseModel):
    """
    Export schedule of one log type to an object storage bucket (reference 2.27).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    bucket_name: Annotated[str | None, Field(examples=["examplebucket"])]
    """
    Bucket the logs are exported to.
    """
    delete_on_export: Annotated[bool | None, Field(examples=[True])]
    """
    Whether exported logs are removed from the server.
    """
    is_bucket_deleted: Annotated[bool | None, Field(examples=[False])]
    """
    Whether the target bucket has been deleted since registration.
    """
    is_registered: Annotated[bool, Field(examples=[True])]
    """
    Whether an export is registered for this log type.
    """
    log_label: Annotated[str, Field(examples=["DB Alert Log"])]
    """
    Display label of the log type.
    """
    log_type: Annotated[str, Field(examples=["alert"])]
    """
    Log type the schedule applies to.
    """
    schedule_day_of_month: Annotated[str | None, Field(examples=["28"])]
    """
    Day of the month of a monthly export.
    """
    schedule_day_of_week: Annotated[ScheduleDayOfWeek | None, Field(examples=["MON"])]
    """
    Day of the week of a weekly export.
    """
    schedule_frequency_type: Annotated[str | None, Field(examples=["DAY"])]
    """
    How often the export runs.
    """
    schedule_hour: Annotated[str | None, Field(examples=["12"])]
    """
    Hour of the day at which the export runs.
    """


class LogExportConfigCreateRequest(BaseModel):
    """
    Registration of a scheduled log export to a bucket (reference 2.28).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    access_key: Annotated[str | None, Field(examples=["13952a8851244213f2de8d95069bf161"])]
    """
    Access key used to write to the bucket.
    """
    bucket_name: Annotated[str, Field(examples=["examplebucket"])]
    """
    Bucket the logs are exported to.
    """
    delete_on_export: Annotated[bool | None, Field(examples=[True])]
    """
    Whether exported logs are removed from the server.
    """
    log_type: Annotated[str, Field(examples=["alert"])]
    """
    Log type to export.
    """
    schedule_day_of_month: Annotated[str | None, Field(examples=["28"], pattern="^(-1|[1-9]|1[0-9]|2[0-9]|3[0-1])$")]
    """
    Day of the month of a monthly export (1 to 31, or -1).
    """
    schedule_day_of_week: Annotated[ScheduleDayOfWeek | None, Field(examples=["MON"])]
    """
    Day of the week of a weekly export.
    """
    schedule_frequency_type: Annotated[str | None, Field(examples=["DAY"])]
    """
    How often the export runs.
    """
    schedule_hour: Annotated[str | None, Field(examples=["12"], pattern="^(\\d|1\\d|2[0-3])$")]
    """
    Hour of the day (0 to 23) at which the export runs.
    """
    secret_key: Annotated[SecretStr | None, Field(examples=["secretkey"])]
    """
    Secret key paired with the access key.
    """


class LogExportConfigListResponse(BaseModel):
    """
    Log export schedules of a cluster (reference 2.29).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[LogExportConfig]
    """
    Export schedules, one per log type.
    """
    count: Annotated[int, Field(examples=[1])]
    """
    Number of export schedules returned.
    """


class LogExportConfigModifyRequest(BaseModel):
    """
    Changed schedule of a registered log export (reference 2.30).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    access_key: Annotated[str | None, Field(examples=["13952a8851244213f2de8d95069bf161"])]
    """
    Access key used to write to the bucket.
    """
    delete_on_export: Annotated[bool | None, Field(examples=[True])]
    """
    Whether exported logs are removed from the server.
    """
    schedule_day_of_month: Annotated[str | None, Field(examples=["28"], pattern="^(-1|[1-9]|1[0-9]|2[0-9]|3[0-1])$")]
    """
    Day of the month of a monthly export (1 to 31, or -1).
    """
    schedule_day_of_week: Annotated[ScheduleDayOfWeek | None, Field(examples=["MON"])]
    """
    Day of the week of a weekly export.
    """
    schedule_frequency_type: Annotated[str | None, Field(examples=["DAY"])]
    """
    How often the export runs.
    """
    schedule_hour: Annotated[str | None, Field(examples=["12"], pattern="^(\\d|1\\d|2[0-3])$")]
    """
    Hour of the day (0 to 23) at which the export runs.
    """
    secret_key: Annotated[SecretStr | None, Field(examples=["secretkey"])]
    """
    Secret key paired with the access key.
    """


class StartingDayOfWeek(StrEnum):
    """
    Weekday on which the window opens.
    """

    MON = "MON"
    TUE = "TUE"
    WED = "WED"
    THU = "THU"
    FRI = "FRI"
    SAT = "SAT"
    SUN = "SUN"


class MaintenanceOption(BaseModel):
    """
    Maintenance window requested for a cluster (reference 2.31).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    period_hour: Annotated[str | None, Field(pattern="^(0\\.5|[1-5]\\.5|[1-9]|1[0-9]|2[0-4])$")] = None
    """
    Length of the window in hours (0.5 to 24, whole or half hours up to 5.5).
    """
    starting_day_of_week: Annotated[StartingDayOfWeek | None, Field(examples=["MON"])] = None
    """
    Weekday on which the window opens.
    """
    starting_time: str | None = None
    """
    Time of day at which the window opens.
    """


class StartDayOfWeek(StrEnum):
    """
    Weekday on which the window opens.
    """

    MON = "MON"
    TUE = "TUE"
    WED = "WED"
    THU = "THU"
    FRI = "FRI"
    SAT = "SAT"
    SUN = "SUN"


class MaintenanceRequest(BaseModel):
    """
    Maintenance window to set on a cluster (reference 2.32).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    start_day_of_week: Annotated[StartDayOfWeek, Field(examples=["MON"])]
    """
    Weekday on which the window opens.
    """
    start_minute: str
    """
    Minute of the hour at which the window opens.
    """
    start_time: str
    """
    Start time of the window, read together with start_minute.
    """
    term_hour: Annotated[str, Field(pattern="^(0\\.5|[1-5]\\.5|[1-9]|1[0-9]|2[0-4])$")]
    """
    Length of the window in hours (0.5 to 24, whole or half hours up to 5.5).
    """


class StartingDayOfWeek1(Enum):
    """
    Weekday on which the window opens.
    """

    MON = "MON"
    TUE = "TUE"
    WED = "WED"
    THU = "THU"
    FRI = "FRI"
    SAT = "SAT"
    SUN = "SUN"
    NoneType_None = None


class MaintenanceResponseOption(BaseModel):
    """
    Maintenance window of an existing cluster (reference 2.33).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    period_hour: str | None = None
    """
    Length of the window in hours.
    """
    starting_day_of_week: Annotated[StartingDayOfWeek1 | None, Field(examples=["MON"])] = None
    """
    Weekday on which the window opens.
    """
    starting_time: str | None = None
    """
    Time of day at which the window opens.
    """
    use_maintenance_option: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether a maintenance window is in use.
    """


class MinorPatchRequest(BaseModel):
    """
    Minor version upgrade of a cluster (reference 2.34).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    backup_before_upgrade: bool
    """
    Whether to take a backup before upgrading.
    """
    software_version: str
    """
    Engine software version to upgrade to.
    """


class ParameterDTO(BaseModel):
    """
    A database parameter with its current value on a cluster (reference 2.35).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    allows_value: str
    """
    Values the parameter accepts.
    """
    applied_value: str
    """
    Value currently in effect.
    """
    apply_type: str
    """
    How a change takes effect (for example immediately or after restart).
    """
    data_type: str
    """
    Data type of the parameter.
    """
    default_value: str
    """
    Default value of the parameter.
    """
    description: str | None
    """
    Explanation of the parameter.
    """
    id: str
    """
    Identifier of the parameter.
    """
    is_modifiable: bool
    """
    Whether users may change the parameter.
    """
    name: str
    """
    Parameter name.
    """
    software_type: str | None
    """
    Software the parameter belongs to.
    """


class ParameterGroup(BaseModel):
    """
    A parameter group of an engine version (reference 2.36).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    Identifier of the parameter group.
    """
    major_version: str
    """
    Major engine version the group applies to.
    """
    name: str
    """
    Name of the parameter group.
    """
    product_image_type: str
    """
    Product image type the group applies to.
    """
    product_type: str
    """
    Product family the group applies to.
    """


class ParameterGroupListResponse(BaseModel):
    """
    List of parameter groups (reference 2.37).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[ParameterGroup]
    """
    Parameter groups.
    """
    sort: list[str] | None = None
    """
    Sort order applied to the list.
    """


class ParameterRequest(BaseModel):
    """
    Change of one parameter value (reference 2.39).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    Identifier of the parameter.
    """
    new_value: str
    """
    Value to set.
    """
    old_value: str
    """
    Value before the change.
    """


class Parameters(BaseModel):
    """
    A parameter defined in a parameter group (reference 2.40).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    dbaas_parameter_group_id: str
    """
    Identifier of the parameter group the parameter belongs to.
    """
    default_value: str
    """
    Default value of the parameter.
    """
    description: str
    """
    Explanation of the parameter.
    """
    id: str
    """
    Identifier of the parameter.
    """
    name: str
    """
    Parameter name.
    """
    software_type: str | None
    """
    Software the parameter belongs to.
    """


class ParametersRequest(BaseModel):
    """
    Parameter values to change on a cluster (reference 2.41).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    parameters: list[ParameterRequest]
    """
    Parameter changes.
    """


class ParametersResponse(BaseModel):
    """
    Parameter values of a cluster (reference 2.42).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[ParameterDTO]
    """
    Parameters with their values.
    """
    count: int
    """
    Number of parameters.
    """
    modified_at: str
    """
    When the parameter values were last changed.
    """


class RoleType8(Enum):
    """
    Role of the cluster in its replication topology.
    """

    ORIGIN = "ORIGIN"
    REPLICA = "REPLICA"
    RECOVERY = "RECOVERY"
    SECONDARY = "SECONDARY"
    MIGRATION = "MIGRATION"
    NoneType_None = None


class ServiceState2(StrEnum):
    """
    Service state of the cluster.
    """

    RUNNING = "RUNNING"
    STOPPED = "STOPPED"
    UNKNOWN = "UNKNOWN"
    ERROR = "ERROR"
    FAILED = "FAILED"
    TERMINATED = "TERMINATED"
    CREATING = "CREATING"
    STOPPING = "STOPPING"
    STARTING = "STARTING"
    RESTARTING = "RESTARTING"
    EDITING = "EDITING"
    SYNCHRONIZING = "SYNCHRONIZING"
    UPGRADING = "UPGRADING"
    TERMINATING = "TERMINATING"
    MIGRATING = "MIGRATING"


class RdbClusterResponse(BaseModel):
    """
    Summary of an EPAS cluster in a list (reference 2.44).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    account_id: str
    """
    Account that owns the cluster.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2024-05-17T00:23:17Z"])]
    """
    Creation time.
    """
    created_by: Annotated[str, Field(examples=["90dddfc2b1e04edba54ba2b41539a9ac"])]
    """
    User who created the cluster.
    """
    database_name: str | None
    """
    Name of the cluster's database.
    """
    ha_enabled: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether the cluster is highly available.
    """
    id: Annotated[str, Field(examples=["0fdd87aab8cb46f59b7c1f81ed03fb3e"])]
    """
    Cluster identifier.
    """
    instance_count: Annotated[int | None, Field(examples=[0])] = 0
    """
    Number of instances in the cluster.
    """
    modified_at: Annotated[AwareDatetime, Field(examples=["2024-05-17T00:23:17Z"])]
    """
    Time of the last change.
    """
    modified_by: Annotated[str, Field(examples=["90dddfc2b1e04edba54ba2b41539a9ac"])]
    """
    User who last changed the cluster.
    """
    name: str
    """
    Cluster name.
    """
    role_type: Annotated[RoleType8 | None, Field(examples=["ORIGIN"])]
    """
    Role of the cluster in its replication topology.
    """
    service_state: Annotated[ServiceState2, Field(examples=["RUNNING"])]
    """
    Service state of the cluster.
    """


class ReplicaItem(BaseModel):
    """
    A replica of a cluster with its replication state (reference 2.45).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """
    Server name of the replica.
    """
    region: str | None
    """
    Region the replica runs in.
    """
    replica_state: str | None
    """
    Replication state.
    """
    replica_state_detail: str | None
    """
    Detailed replication state.
    """
    synced_at: str | None
    """
    When the replication state was last checked.
    """


class ReplicasListResponse(BaseModel):
    """
    Replicas of a cluster (reference 2.48).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[ReplicaItem]
    """
    Replicas.
    """
    count: int
    """
    Number of replicas.
    """


class RequestStateResponse(BaseModel):
    """
    State of an asynchronous request (reference 2.49).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    request_id: str
    """
    Identifier of the request.
    """
    state: str
    """
    Current state of the request.
    """


class ResizeBlockStorageGroupRequest(BaseModel):
    """
    New size of a block storage group (reference 2.50).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    size_gb: Annotated[int, Field(examples=[16], ge=16, le=5120, multiple_of=8)]
    """
    New capacity in gigabytes.
    """


class ResourceInfo(BaseModel):
    """
    Resource an asynchronous request acts on (reference 2.51).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[str, Field(examples=["109a585ae67b4e8482fdafc8a4a5be74"])]
    """
    Identifier of the resource.
    """


class ServerType(BaseModel):
    """
    A server type (instance size) available for the engine (reference 2.52).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    cpu_core: int
    """
    Number of vCPU cores.
    """
    description: str
    """
    Description of the server type.
    """
    memory_gb: int
    """
    Memory in gigabytes.
    """
    name: str
    """
    Name of the server type.
    """
    product_image_type: str
    """
    Product image type the server type is offered for.
    """
    product_type: str
    """
    Product family the server type is offered for.
    """
    purpose: str
    """
    Intended use of the server type.
    """
    type: str
    """
    Class of the server type.
    """


class ServerTypeListResponse(BaseModel):
    """
    List of server types (reference 2.53).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[ServerType]
    """
    Server types.
    """


class Tag(BaseModel):
    """
    A key/value tag on a resource (reference 2.54).
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


class UpdateSecurityGroupRulesRequest(BaseModel):
    """
    Changes to the list of IP addresses allowed to reach a cluster (reference 2.55).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    add_ip_addresses: list[str] | None = []
    """
    IP addresses to add to the allowed list.
    """
    del_ip_addresses: list[str] | None = []
    """
    IP addresses to remove from the allowed list.
    """


class AsyncResponse(BaseModel):
    """
    Acknowledgement of an accepted asynchronous request (reference 2.4).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    request_id: Annotated[str, Field(examples=["req-4f668846-8a3d-49f1-8111-451ebccf445c"])]
    """
    Identifier of the asynchronous request; poll it with show_request.
    """
    resource: ResourceInfo
    """
    Resource the request acts on.
    """


class ClusterRestoreRequest(BaseModel):
    """
    New cluster to create from a backup of an existing one (reference 2.12).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    allowable_ip_addresses: list[str] | None = []
    """
    IP addresses allowed to connect to the restored cluster.
    """
    backup_history_number: str | None = None
    """
    Identifier of the backup to restore from.
    """
    backup_recovery_time: AwareDatetime | None = None
    """
    Point in time to recover to.
    """
    block_storage_groups: list[BlockStorageGroupRequest] | None = None
    """
    Block storage groups of the restored cluster.
    """
    instance_name_prefix: Annotated[str, Field(max_length=16, min_length=3, pattern="^[a-z][a-zA-Z0-9\\-]*$")]
    """
    Prefix for the names of the restored cluster's instances.
    """
    maintenance_option: MaintenanceOption | None = None
    """
    Maintenance window of the restored cluster.
    """
    name: Annotated[str, Field(max_length=20, min_length=3, pattern="^[a-zA-Z]*$")]
    """
    Name of the restored cluster (letters only).
    """
    server_type_name: str
    """
    Server type of the restored cluster's instances.
    """
    tags: list[Tag] | None = None
    """
    Tags to put on the restored cluster.
    """


class InstanceGroupRequest(BaseModel):
    """
    Instance group requested for a new cluster or replica (reference 2.22).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    block_storage_groups: list[BlockStorageGroupRequest]
    """
    Block storage groups of the instance group.
    """
    instances: list[InstanceRequest] | None = None
    """
    Instances of the group.
    """
    role_type: Annotated[RoleType4, Field(examples=["ACTIVE"])]
    """
    Role of the instance group.
    """
    server_type_name: str
    """
    Server type of the group's instances.
    """


class InstanceGroupResponse(BaseModel):
    """
    Instance group of an existing cluster (reference 2.24).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    block_storage_groups: list[BlockStorageGroupResponse]
    """
    Block storage groups of the instance group.
    """
    id: str
    """
    Identifier of the instance group.
    """
    instances: list[InstanceResponse]
    """
    Instances of the group.
    """
    role_type: Annotated[RoleType4, Field(examples=["ACTIVE"])]
    """
    Role of the instance group.
    """
    server_type_name: str
    """
    Server type of the group's instances.
    """


class ParameterPageResponse(BaseModel):
    """
    One page of the parameters of a parameter group (reference 2.38).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[Parameters]
    """
    Parameters on this page.
    """
    count: Annotated[int, Field(examples=[20])]
    """
    Total number of parameters.
    """
    page: Annotated[int, Field(examples=[0])]
    """
    Zero-based page number.
    """
    size: Annotated[int, Field(examples=[20])]
    """
    Page size.
    """
    sort: Annotated[list[str] | None, Field(examples=[["created_at:asc"]])] = None
    """
    Sort order applied, as field:direction.
    """


class RdbClusterPageResponse(BaseModel):
    """
    One page of EPAS clusters (reference 2.43).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    contents: list[RdbClusterResponse] | None
    """
    Clusters on this page.
    """
    count: Annotated[int, Field(examples=[20])]
    """
    Total number of clusters.
    """
    page: Annotated[int, Field(examples=[0])]
    """
    Zero-based page number.
    """
    size: Annotated[int, Field(examples=[20])]
    """
    Page size.
    """
    sort: Annotated[list[str] | None, Field(examples=[["created_at:asc"]])] = None
    """
    Sort order applied, as field:direction.
    """


class Replicas(BaseModel):
    """
    One replica cluster to create (reference 2.46).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instance_groups: list[InstanceGroupRequest]
    """
    Instance groups of the replica.
    """
    name: Annotated[str, Field(max_length=19, min_length=3, pattern="^[a-z][a-z0-9\\-]*[a-z0-9]$")]
    """
    Name of the replica; lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen.
    """


class ReplicasCreateRequest(BaseModel):
    """
    Replica clusters to create for an origin cluster (reference 2.47).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    allowable_ip_addresses: list[str] | None
    """
    IP addresses allowed to connect to the replicas.
    """
    maintenance_option: MaintenanceOption | None = None
    """
    Maintenance window of the replicas.
    """
    replica_count: int
    """
    Number of replicas to create.
    """
    replicas: list[Replicas]
    """
    Replicas to create.
    """
    tags: list[Tag] | None = None
    """
    Tags to put on the replicas.
    """


class EpasClusterCreateRequest(BaseModel):
    """
    Definition of a new EPAS cluster (reference 2.18).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    allowable_ip_addresses: list[str] | None = []
    """
    IP addresses allowed to connect to the cluster.
    """
    dbaas_engine_version_id: str
    """
    Identifier of the engine version to install.
    """
    ha_enabled: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether the cluster is built highly available (active/standby).
    """
    init_config_option: EpasInitConfigOptionRequest
    """
    Initial database settings.
    """
    instance_groups: list[InstanceGroupRequest]
    """
    Instance groups that make up the cluster.
    """
    instance_name_prefix: Annotated[str, Field(max_length=13, min_length=3, pattern="^[a-z][a-zA-Z0-9\\-]*$")]
    """
    Prefix for the names of the cluster's instances.
    """
    maintenance_option: MaintenanceOption | None = None
    """
    Maintenance window of the cluster.
    """
    name: Annotated[str, Field(max_length=20, min_length=3, pattern="^[a-zA-Z]*$")]
    """
    Cluster name (letters only).
    """
    nat_enabled: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether NAT is enabled for the cluster.
    """
    origin_cluster_id: str | None = None
    """
    Identifier of the origin cluster, when the new cluster derives from one.
    """
    subnet_id: str
    """
    Identifier of the subnet the cluster is placed in.
    """
    tags: list[Tag] | None = None
    """
    Tags to put on the cluster.
    """
    timezone: str
    """
    Time zone of the database servers.
    """
    vip_public_ip_id: str | None = None
    """
    Identifier of the public IP attached to the virtual IP.
    """
    virtual_ip_address: str | None = None
    """
    Virtual IP address of the cluster.
    """


class EpasClusterDetailResponse(BaseModel):
    """
    Full description of an EPAS cluster (reference 2.19).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    account_id: str
    """
    Account that owns the cluster.
    """
    allowable_ip_addresses: list[str] | None = []
    """
    IP addresses allowed to connect to the cluster.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2024-05-17T00:23:17Z"])]
    """
    Creation time.
    """
    created_by: Annotated[str, Field(examples=["90dddfc2b1e04edba54ba2b41539a9ac"])]
    """
    User who created the cluster.
    """
    dbaas_engine: str
    """
    DBaaS engine of the cluster.
    """
    dbaas_engine_version_name: str
    """
    Name of the installed engine version.
    """
    ha_enabled: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether the cluster is highly available.
    """
    id: Annotated[str, Field(examples=["0fdd87aab8cb46f59b7c1f81ed03fb3e"])]
    """
    Cluster identifier.
    """
    init_config_option: EpasInitConfigOptionDetail
    """
    Initial database settings of the cluster.
    """
    instance_count: Annotated[int | None, Field(examples=[0])] = 0
    """
    Number of instances in the cluster.
    """
    instance_groups: list[InstanceGroupResponse]
    """
    Instance groups of the cluster.
    """
    maintenance_option: MaintenanceResponseOption | None = None
    """
    Maintenance window of the cluster.
    """
    modified_at: Annotated[AwareDatetime, Field(examples=["2024-05-17T00:23:17Z"])]
    """
    Time of the last change.
    """
    modified_by: Annotated[str, Field(examples=["90dddfc2b1e04edba54ba2b41539a9ac"])]
    """
    User who last changed the cluster.
    """
    name: str
    """
    Cluster name.
    """
    nat_enabled: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether NAT is enabled.
    """
    origin_cluster_id: str | None = None
    """
    Identifier of the origin cluster, for replicas and restored clusters.
    """
    product_image_type: str
    """
    Product image type of the cluster.
    """
    product_type: Annotated[ProductType, Field(examples=["QOS"])]
    """
    DBaaS product family.
    """
    replicas: list[str]
    """
    Replica clusters of this cluster.
    """
    role_type: Annotated[RoleType3 | None, Field(examples=["ORIGIN"])]
    """
    Role of the cluster in its replication topology.
    """
    service_state: Annotated[ServiceState, Field(examples=["RUNNING"])]
    """
    Service state of the cluster.
    """
    software_version: str
    """
    Installed engine software version.
    """
    subnet_id: str
    """
    Subnet the cluster is placed in.
    """
    timezone: str
    """
    Time zone of the database servers.
    """
    vip_public_ip_address: str | None = None
    """
    Public IP address attached to the virtual IP.
    """
    vip_public_ip_id: str | None = None
    """
    Identifier of the public IP attached to the virtual IP.
    """
    virtual_ip_address: str | None = None
    """
    Virtual IP address of the cluster.
    """
