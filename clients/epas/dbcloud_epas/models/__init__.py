# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Contains all the data models used in inputs/outputs"""

from .add_block_storages_request import AddBlockStoragesRequest
from .add_block_storages_request_role_type import AddBlockStoragesRequestRoleType
from .add_block_storages_request_volume_type import AddBlockStoragesRequestVolumeType
from .add_block_storages_scp_api_version import AddBlockStoragesScpApiVersion
from .archive_config_detail_response import ArchiveConfigDetailResponse
from .archive_config_set_request import ArchiveConfigSetRequest
from .async_response import AsyncResponse
from .audit_log_request import AuditLogRequest
from .backup_history_api_item import BackupHistoryApiItem
from .backup_history_list_api_response import BackupHistoryListApiResponse
from .backup_history_number_request import BackupHistoryNumberRequest
from .backup_setting_request import BackupSettingRequest
from .block_storage_group_request import BlockStorageGroupRequest
from .block_storage_group_request_role_type import BlockStorageGroupRequestRoleType
from .block_storage_group_request_volume_type import BlockStorageGroupRequestVolumeType
from .block_storage_group_response import BlockStorageGroupResponse
from .block_storage_group_response_role_type import BlockStorageGroupResponseRoleType
from .block_storage_group_response_volume_type import BlockStorageGroupResponseVolumeType
from .cluster_restore_request import ClusterRestoreRequest
from .create_cluster_scp_api_version import CreateClusterScpApiVersion
from .create_replica_scp_api_version import CreateReplicaScpApiVersion
from .create_restore_cluster_scp_api_version import CreateRestoreClusterScpApiVersion
from .delete_archive_log_scp_api_version import DeleteArchiveLogScpApiVersion
from .engine import Engine
from .engine_list_response import EngineListResponse
from .engine_property import EngineProperty
from .engine_property_list_response import EnginePropertyListResponse
from .epas_backup_option import EpasBackupOption
from .epas_cluster_create_request import EpasClusterCreateRequest
from .epas_cluster_detail_response import EpasClusterDetailResponse
from .epas_cluster_detail_response_product_type import EpasClusterDetailResponseProductType
from .epas_cluster_detail_response_role_type_type_1 import EpasClusterDetailResponseRoleTypeType1
from .epas_cluster_detail_response_role_type_type_2_type_1 import EpasClusterDetailResponseRoleTypeType2Type1
from .epas_cluster_detail_response_role_type_type_3_type_1 import EpasClusterDetailResponseRoleTypeType3Type1
from .epas_cluster_detail_response_service_state import EpasClusterDetailResponseServiceState
from .epas_init_config_option_detail import EpasInitConfigOptionDetail
from .epas_init_config_option_request import EpasInitConfigOptionRequest
from .export_log_log_type import ExportLogLogType
from .export_log_scp_api_version import ExportLogScpApiVersion
from .instance_group_request import InstanceGroupRequest
from .instance_group_request_role_type import InstanceGroupRequestRoleType
from .instance_group_resize_request import InstanceGroupResizeRequest
from .instance_group_response import InstanceGroupResponse
from .instance_group_response_role_type import InstanceGroupResponseRoleType
from .instance_request import InstanceRequest
from .instance_request_role_type import InstanceRequestRoleType
from .instance_response import InstanceResponse
from .instance_response_role_type import InstanceResponseRoleType
from .instance_response_service_state import InstanceResponseServiceState
from .list_backup_histories_scp_api_version import ListBackupHistoriesScpApiVersion
from .list_clusters_scp_api_version import ListClustersScpApiVersion
from .list_engine_version_properties_scp_api_version import ListEngineVersionPropertiesScpApiVersion
from .list_engine_versions_product_image_type_type_1 import ListEngineVersionsProductImageTypeType1
from .list_engine_versions_product_image_type_type_2_type_1 import ListEngineVersionsProductImageTypeType2Type1
from .list_engine_versions_product_image_type_type_3_type_1 import ListEngineVersionsProductImageTypeType3Type1
from .list_engine_versions_scp_api_version import ListEngineVersionsScpApiVersion
from .list_log_export_configs_scp_api_version import ListLogExportConfigsScpApiVersion
from .list_log_export_configs_type_type_1 import ListLogExportConfigsTypeType1
from .list_log_export_configs_type_type_2_type_1 import ListLogExportConfigsTypeType2Type1
from .list_log_export_configs_type_type_3_type_1 import ListLogExportConfigsTypeType3Type1
from .list_parameter_groups_scp_api_version import ListParameterGroupsScpApiVersion
from .list_parameter_values_scp_api_version import ListParameterValuesScpApiVersion
from .list_parameters_scp_api_version import ListParametersScpApiVersion
from .list_replicas_scp_api_version import ListReplicasScpApiVersion
from .list_server_types_scp_api_version import ListServerTypesScpApiVersion
from .log_export_config import LogExportConfig
from .log_export_config_create_request import LogExportConfigCreateRequest
from .log_export_config_create_request_schedule_day_of_week_type_1 import (
    LogExportConfigCreateRequestScheduleDayOfWeekType1,
)
from .log_export_config_create_request_schedule_day_of_week_type_2_type_1 import (
    LogExportConfigCreateRequestScheduleDayOfWeekType2Type1,
)
from .log_export_config_create_request_schedule_day_of_week_type_3_type_1 import (
    LogExportConfigCreateRequestScheduleDayOfWeekType3Type1,
)
from .log_export_config_list_response import LogExportConfigListResponse
from .log_export_config_modify_request import LogExportConfigModifyRequest
from .log_export_config_modify_request_schedule_day_of_week_type_1 import (
    LogExportConfigModifyRequestScheduleDayOfWeekType1,
)
from .log_export_config_modify_request_schedule_day_of_week_type_2_type_1 import (
    LogExportConfigModifyRequestScheduleDayOfWeekType2Type1,
)
from .log_export_config_modify_request_schedule_day_of_week_type_3_type_1 import (
    LogExportConfigModifyRequestScheduleDayOfWeekType3Type1,
)
from .log_export_config_schedule_day_of_week_type_1 import LogExportConfigScheduleDayOfWeekType1
from .log_export_config_schedule_day_of_week_type_2_type_1 import LogExportConfigScheduleDayOfWeekType2Type1
from .log_export_config_schedule_day_of_week_type_3_type_1 import LogExportConfigScheduleDayOfWeekType3Type1
from .maintenance_option import MaintenanceOption
from .maintenance_option_starting_day_of_week import MaintenanceOptionStartingDayOfWeek
from .maintenance_request import MaintenanceRequest
from .maintenance_request_start_day_of_week import MaintenanceRequestStartDayOfWeek
from .maintenance_response_option import MaintenanceResponseOption
from .maintenance_response_option_starting_day_of_week_type_1 import MaintenanceResponseOptionStartingDayOfWeekType1
from .maintenance_response_option_starting_day_of_week_type_2_type_1 import (
    MaintenanceResponseOptionStartingDayOfWeekType2Type1,
)
from .maintenance_response_option_starting_day_of_week_type_3_type_1 import (
    MaintenanceResponseOptionStartingDayOfWeekType3Type1,
)
from .minor_patch_request import MinorPatchRequest
from .parameter_dto import ParameterDTO
from .parameter_group import ParameterGroup
from .parameter_group_list_response import ParameterGroupListResponse
from .parameter_page_response import ParameterPageResponse
from .parameter_request import ParameterRequest
from .parameters import Parameters
from .parameters_request import ParametersRequest
from .parameters_response import ParametersResponse
from .patch_minor_version_scp_api_version import PatchMinorVersionScpApiVersion
from .promote_replica_cluster_scp_api_version import PromoteReplicaClusterScpApiVersion
from .rdb_cluster_page_response import RdbClusterPageResponse
from .rdb_cluster_response import RdbClusterResponse
from .rdb_cluster_response_role_type_type_1 import RdbClusterResponseRoleTypeType1
from .rdb_cluster_response_role_type_type_2_type_1 import RdbClusterResponseRoleTypeType2Type1
from .rdb_cluster_response_role_type_type_3_type_1 import RdbClusterResponseRoleTypeType3Type1
from .rdb_cluster_response_service_state import RdbClusterResponseServiceState
from .register_log_export_config_scp_api_version import RegisterLogExportConfigScpApiVersion
from .remove_backup_histories_scp_api_version import RemoveBackupHistoriesScpApiVersion
from .replica_item import ReplicaItem
from .replicas import Replicas
from .replicas_create_request import ReplicasCreateRequest
from .replicas_list_response import ReplicasListResponse
from .request_state_response import RequestStateResponse
from .reset_replica_scp_api_version import ResetReplicaScpApiVersion
from .resize_block_storage_group_request import ResizeBlockStorageGroupRequest
from .resource_info import ResourceInfo
from .restart_cluster_scp_api_version import RestartClusterScpApiVersion
from .server_type import ServerType
from .server_type_list_response import ServerTypeListResponse
from .set_archive_config_scp_api_version import SetArchiveConfigScpApiVersion
from .set_audit_log_scp_api_version import SetAuditLogScpApiVersion
from .set_backup_scp_api_version import SetBackupScpApiVersion
from .set_block_storage_size_scp_api_version import SetBlockStorageSizeScpApiVersion
from .set_log_export_config_log_type import SetLogExportConfigLogType
from .set_log_export_config_scp_api_version import SetLogExportConfigScpApiVersion
from .set_maintenance_scp_api_version import SetMaintenanceScpApiVersion
from .set_parameter_values_scp_api_version import SetParameterValuesScpApiVersion
from .set_security_group_rules_scp_api_version import SetSecurityGroupRulesScpApiVersion
from .set_server_type_scp_api_version import SetServerTypeScpApiVersion
from .show_archive_config_scp_api_version import ShowArchiveConfigScpApiVersion
from .show_cluster_scp_api_version import ShowClusterScpApiVersion
from .show_request_scp_api_version import ShowRequestScpApiVersion
from .start_cluster_scp_api_version import StartClusterScpApiVersion
from .stop_cluster_scp_api_version import StopClusterScpApiVersion
from .switchover_cluster_scp_api_version import SwitchoverClusterScpApiVersion
from .synchronize_archive_config_scp_api_version import SynchronizeArchiveConfigScpApiVersion
from .synchronize_cluster_state_scp_api_version import SynchronizeClusterStateScpApiVersion
from .synchronize_parameter_values_scp_api_version import SynchronizeParameterValuesScpApiVersion
from .synchronize_replica_state_scp_api_version import SynchronizeReplicaStateScpApiVersion
from .tag import Tag
from .terminate_cluster_scp_api_version import TerminateClusterScpApiVersion
from .unregister_log_export_config_log_type import UnregisterLogExportConfigLogType
from .unregister_log_export_config_scp_api_version import UnregisterLogExportConfigScpApiVersion
from .unset_backup_scp_api_version import UnsetBackupScpApiVersion
from .unset_maintenance_scp_api_version import UnsetMaintenanceScpApiVersion
from .update_security_group_rules_request import UpdateSecurityGroupRulesRequest

__all__ = (
    "AddBlockStoragesRequest",
    "AddBlockStoragesRequestRoleType",
    "AddBlockStoragesRequestVolumeType",
    "AddBlockStoragesScpApiVersion",
    "ArchiveConfigDetailResponse",
    "ArchiveConfigSetRequest",
    "AsyncResponse",
    "AuditLogRequest",
    "BackupHistoryApiItem",
    "BackupHistoryListApiResponse",
    "BackupHistoryNumberRequest",
    "BackupSettingRequest",
    "BlockStorageGroupRequest",
    "BlockStorageGroupRequestRoleType",
    "BlockStorageGroupRequestVolumeType",
    "BlockStorageGroupResponse",
    "BlockStorageGroupResponseRoleType",
    "BlockStorageGroupResponseVolumeType",
    "ClusterRestoreRequest",
    "CreateClusterScpApiVersion",
    "CreateReplicaScpApiVersion",
    "CreateRestoreClusterScpApiVersion",
    "DeleteArchiveLogScpApiVersion",
    "Engine",
    "EngineListResponse",
    "EngineProperty",
    "EnginePropertyListResponse",
    "EpasBackupOption",
    "EpasClusterCreateRequest",
    "EpasClusterDetailResponse",
    "EpasClusterDetailResponseProductType",
    "EpasClusterDetailResponseRoleTypeType1",
    "EpasClusterDetailResponseRoleTypeType2Type1",
    "EpasClusterDetailResponseRoleTypeType3Type1",
    "EpasClusterDetailResponseServiceState",
    "EpasInitConfigOptionDetail",
    "EpasInitConfigOptionRequest",
    "ExportLogLogType",
    "ExportLogScpApiVersion",
    "InstanceGroupRequest",
    "InstanceGroupRequestRoleType",
    "InstanceGroupResizeRequest",
    "InstanceGroupResponse",
    "InstanceGroupResponseRoleType",
    "InstanceRequest",
    "InstanceRequestRoleType",
    "InstanceResponse",
    "InstanceResponseRoleType",
    "InstanceResponseServiceState",
    "ListBackupHistoriesScpApiVersion",
    "ListClustersScpApiVersion",
    "ListEngineVersionPropertiesScpApiVersion",
    "ListEngineVersionsProductImageTypeType1",
    "ListEngineVersionsProductImageTypeType2Type1",
    "ListEngineVersionsProductImageTypeType3Type1",
    "ListEngineVersionsScpApiVersion",
    "ListLogExportConfigsScpApiVersion",
    "ListLogExportConfigsTypeType1",
    "ListLogExportConfigsTypeType2Type1",
    "ListLogExportConfigsTypeType3Type1",
    "ListParameterGroupsScpApiVersion",
    "ListParametersScpApiVersion",
    "ListParameterValuesScpApiVersion",
    "ListReplicasScpApiVersion",
    "ListServerTypesScpApiVersion",
    "LogExportConfig",
    "LogExportConfigCreateRequest",
    "LogExportConfigCreateRequestScheduleDayOfWeekType1",
    "LogExportConfigCreateRequestScheduleDayOfWeekType2Type1",
    "LogExportConfigCreateRequestScheduleDayOfWeekType3Type1",
    "LogExportConfigListResponse",
    "LogExportConfigModifyRequest",
    "LogExportConfigModifyRequestScheduleDayOfWeekType1",
    "LogExportConfigModifyRequestScheduleDayOfWeekType2Type1",
    "LogExportConfigModifyRequestScheduleDayOfWeekType3Type1",
    "LogExportConfigScheduleDayOfWeekType1",
    "LogExportConfigScheduleDayOfWeekType2Type1",
    "LogExportConfigScheduleDayOfWeekType3Type1",
    "MaintenanceOption",
    "MaintenanceOptionStartingDayOfWeek",
    "MaintenanceRequest",
    "MaintenanceRequestStartDayOfWeek",
    "MaintenanceResponseOption",
    "MaintenanceResponseOptionStartingDayOfWeekType1",
    "MaintenanceResponseOptionStartingDayOfWeekType2Type1",
    "MaintenanceResponseOptionStartingDayOfWeekType3Type1",
    "MinorPatchRequest",
    "ParameterDTO",
    "ParameterGroup",
    "ParameterGroupListResponse",
    "ParameterPageResponse",
    "ParameterRequest",
    "Parameters",
    "ParametersRequest",
    "ParametersResponse",
    "PatchMinorVersionScpApiVersion",
    "PromoteReplicaClusterScpApiVersion",
    "RdbClusterPageResponse",
    "RdbClusterResponse",
    "RdbClusterResponseRoleTypeType1",
    "RdbClusterResponseRoleTypeType2Type1",
    "RdbClusterResponseRoleTypeType3Type1",
    "RdbClusterResponseServiceState",
    "RegisterLogExportConfigScpApiVersion",
    "RemoveBackupHistoriesScpApiVersion",
    "ReplicaItem",
    "Replicas",
    "ReplicasCreateRequest",
    "ReplicasListResponse",
    "RequestStateResponse",
    "ResetReplicaScpApiVersion",
    "ResizeBlockStorageGroupRequest",
    "ResourceInfo",
    "RestartClusterScpApiVersion",
    "ServerType",
    "ServerTypeListResponse",
    "SetArchiveConfigScpApiVersion",
    "SetAuditLogScpApiVersion",
    "SetBackupScpApiVersion",
    "SetBlockStorageSizeScpApiVersion",
    "SetLogExportConfigLogType",
    "SetLogExportConfigScpApiVersion",
    "SetMaintenanceScpApiVersion",
    "SetParameterValuesScpApiVersion",
    "SetSecurityGroupRulesScpApiVersion",
    "SetServerTypeScpApiVersion",
    "ShowArchiveConfigScpApiVersion",
    "ShowClusterScpApiVersion",
    "ShowRequestScpApiVersion",
    "StartClusterScpApiVersion",
    "StopClusterScpApiVersion",
    "SwitchoverClusterScpApiVersion",
    "SynchronizeArchiveConfigScpApiVersion",
    "SynchronizeClusterStateScpApiVersion",
    "SynchronizeParameterValuesScpApiVersion",
    "SynchronizeReplicaStateScpApiVersion",
    "Tag",
    "TerminateClusterScpApiVersion",
    "UnregisterLogExportConfigLogType",
    "UnregisterLogExportConfigScpApiVersion",
    "UnsetBackupScpApiVersion",
    "UnsetMaintenanceScpApiVersion",
    "UpdateSecurityGroupRulesRequest",
)
