# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_block_storages_request import AddBlockStoragesRequest
    from .add_block_storages_request_role_type import AddBlockStoragesRequestRoleType
    from .add_block_storages_request_volume_type import AddBlockStoragesRequestVolumeType
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
    from .list_engine_versions_product_image_type_type_1 import ListEngineVersionsProductImageTypeType1
    from .list_engine_versions_product_image_type_type_2_type_1 import ListEngineVersionsProductImageTypeType2Type1
    from .list_engine_versions_product_image_type_type_3_type_1 import ListEngineVersionsProductImageTypeType3Type1
    from .list_log_export_configs_type_type_1 import ListLogExportConfigsTypeType1
    from .list_log_export_configs_type_type_2_type_1 import ListLogExportConfigsTypeType2Type1
    from .list_log_export_configs_type_type_3_type_1 import ListLogExportConfigsTypeType3Type1
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
    from .rdb_cluster_page_response import RdbClusterPageResponse
    from .rdb_cluster_response import RdbClusterResponse
    from .rdb_cluster_response_role_type_type_1 import RdbClusterResponseRoleTypeType1
    from .rdb_cluster_response_role_type_type_2_type_1 import RdbClusterResponseRoleTypeType2Type1
    from .rdb_cluster_response_role_type_type_3_type_1 import RdbClusterResponseRoleTypeType3Type1
    from .rdb_cluster_response_service_state import RdbClusterResponseServiceState
    from .replica_item import ReplicaItem
    from .replicas import Replicas
    from .replicas_create_request import ReplicasCreateRequest
    from .replicas_list_response import ReplicasListResponse
    from .request_state_response import RequestStateResponse
    from .resize_block_storage_group_request import ResizeBlockStorageGroupRequest
    from .resource_info import ResourceInfo
    from .server_type import ServerType
    from .server_type_list_response import ServerTypeListResponse
    from .set_log_export_config_log_type import SetLogExportConfigLogType
    from .tag import Tag
    from .unregister_log_export_config_log_type import UnregisterLogExportConfigLogType
    from .update_security_group_rules_request import UpdateSecurityGroupRulesRequest

__all__ = (
    "AddBlockStoragesRequest",
    "AddBlockStoragesRequestRoleType",
    "AddBlockStoragesRequestVolumeType",
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
    "ListEngineVersionsProductImageTypeType1",
    "ListEngineVersionsProductImageTypeType2Type1",
    "ListEngineVersionsProductImageTypeType3Type1",
    "ListLogExportConfigsTypeType1",
    "ListLogExportConfigsTypeType2Type1",
    "ListLogExportConfigsTypeType3Type1",
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
    "RdbClusterPageResponse",
    "RdbClusterResponse",
    "RdbClusterResponseRoleTypeType1",
    "RdbClusterResponseRoleTypeType2Type1",
    "RdbClusterResponseRoleTypeType3Type1",
    "RdbClusterResponseServiceState",
    "ReplicaItem",
    "Replicas",
    "ReplicasCreateRequest",
    "ReplicasListResponse",
    "RequestStateResponse",
    "ResizeBlockStorageGroupRequest",
    "ResourceInfo",
    "ServerType",
    "ServerTypeListResponse",
    "SetLogExportConfigLogType",
    "Tag",
    "UnregisterLogExportConfigLogType",
    "UpdateSecurityGroupRulesRequest",
)

# name -> defining module; opc's import lines all read "from .<module> import <Name>".
_MODULES = {
    "AddBlockStoragesRequest": ".add_block_storages_request",
    "AddBlockStoragesRequestRoleType": ".add_block_storages_request_role_type",
    "AddBlockStoragesRequestVolumeType": ".add_block_storages_request_volume_type",
    "ArchiveConfigDetailResponse": ".archive_config_detail_response",
    "ArchiveConfigSetRequest": ".archive_config_set_request",
    "AsyncResponse": ".async_response",
    "AuditLogRequest": ".audit_log_request",
    "BackupHistoryApiItem": ".backup_history_api_item",
    "BackupHistoryListApiResponse": ".backup_history_list_api_response",
    "BackupHistoryNumberRequest": ".backup_history_number_request",
    "BackupSettingRequest": ".backup_setting_request",
    "BlockStorageGroupRequest": ".block_storage_group_request",
    "BlockStorageGroupRequestRoleType": ".block_storage_group_request_role_type",
    "BlockStorageGroupRequestVolumeType": ".block_storage_group_request_volume_type",
    "BlockStorageGroupResponse": ".block_storage_group_response",
    "BlockStorageGroupResponseRoleType": ".block_storage_group_response_role_type",
    "BlockStorageGroupResponseVolumeType": ".block_storage_group_response_volume_type",
    "ClusterRestoreRequest": ".cluster_restore_request",
    "Engine": ".engine",
    "EngineListResponse": ".engine_list_response",
    "EngineProperty": ".engine_property",
    "EnginePropertyListResponse": ".engine_property_list_response",
    "EpasBackupOption": ".epas_backup_option",
    "EpasClusterCreateRequest": ".epas_cluster_create_request",
    "EpasClusterDetailResponse": ".epas_cluster_detail_response",
    "EpasClusterDetailResponseProductType": ".epas_cluster_detail_response_product_type",
    "EpasClusterDetailResponseRoleTypeType1": ".epas_cluster_detail_response_role_type_type_1",
    "EpasClusterDetailResponseRoleTypeType2Type1": ".epas_cluster_detail_response_role_type_type_2_type_1",
    "EpasClusterDetailResponseRoleTypeType3Type1": ".epas_cluster_detail_response_role_type_type_3_type_1",
    "EpasClusterDetailResponseServiceState": ".epas_cluster_detail_response_service_state",
    "EpasInitConfigOptionDetail": ".epas_init_config_option_detail",
    "EpasInitConfigOptionRequest": ".epas_init_config_option_request",
    "ExportLogLogType": ".export_log_log_type",
    "InstanceGroupRequest": ".instance_group_request",
    "InstanceGroupRequestRoleType": ".instance_group_request_role_type",
    "InstanceGroupResizeRequest": ".instance_group_resize_request",
    "InstanceGroupResponse": ".instance_group_response",
    "InstanceGroupResponseRoleType": ".instance_group_response_role_type",
    "InstanceRequest": ".instance_request",
    "InstanceRequestRoleType": ".instance_request_role_type",
    "InstanceResponse": ".instance_response",
    "InstanceResponseRoleType": ".instance_response_role_type",
    "InstanceResponseServiceState": ".instance_response_service_state",
    "ListEngineVersionsProductImageTypeType1": ".list_engine_versions_product_image_type_type_1",
    "ListEngineVersionsProductImageTypeType2Type1": ".list_engine_versions_product_image_type_type_2_type_1",
    "ListEngineVersionsProductImageTypeType3Type1": ".list_engine_versions_product_image_type_type_3_type_1",
    "ListLogExportConfigsTypeType1": ".list_log_export_configs_type_type_1",
    "ListLogExportConfigsTypeType2Type1": ".list_log_export_configs_type_type_2_type_1",
    "ListLogExportConfigsTypeType3Type1": ".list_log_export_configs_type_type_3_type_1",
    "LogExportConfig": ".log_export_config",
    "LogExportConfigCreateRequest": ".log_export_config_create_request",
    "LogExportConfigCreateRequestScheduleDayOfWeekType1": ".log_export_config_create_request_schedule_day_of_week_type_1",
    "LogExportConfigCreateRequestScheduleDayOfWeekType2Type1": ".log_export_config_create_request_schedule_day_of_week_type_2_type_1",
    "LogExportConfigCreateRequestScheduleDayOfWeekType3Type1": ".log_export_config_create_request_schedule_day_of_week_type_3_type_1",
    "LogExportConfigListResponse": ".log_export_config_list_response",
    "LogExportConfigModifyRequest": ".log_export_config_modify_request",
    "LogExportConfigModifyRequestScheduleDayOfWeekType1": ".log_export_config_modify_request_schedule_day_of_week_type_1",
    "LogExportConfigModifyRequestScheduleDayOfWeekType2Type1": ".log_export_config_modify_request_schedule_day_of_week_type_2_type_1",
    "LogExportConfigModifyRequestScheduleDayOfWeekType3Type1": ".log_export_config_modify_request_schedule_day_of_week_type_3_type_1",
    "LogExportConfigScheduleDayOfWeekType1": ".log_export_config_schedule_day_of_week_type_1",
    "LogExportConfigScheduleDayOfWeekType2Type1": ".log_export_config_schedule_day_of_week_type_2_type_1",
    "LogExportConfigScheduleDayOfWeekType3Type1": ".log_export_config_schedule_day_of_week_type_3_type_1",
    "MaintenanceOption": ".maintenance_option",
    "MaintenanceOptionStartingDayOfWeek": ".maintenance_option_starting_day_of_week",
    "MaintenanceRequest": ".maintenance_request",
    "MaintenanceRequestStartDayOfWeek": ".maintenance_request_start_day_of_week",
    "MaintenanceResponseOption": ".maintenance_response_option",
    "MaintenanceResponseOptionStartingDayOfWeekType1": ".maintenance_response_option_starting_day_of_week_type_1",
    "MaintenanceResponseOptionStartingDayOfWeekType2Type1": ".maintenance_response_option_starting_day_of_week_type_2_type_1",
    "MaintenanceResponseOptionStartingDayOfWeekType3Type1": ".maintenance_response_option_starting_day_of_week_type_3_type_1",
    "MinorPatchRequest": ".minor_patch_request",
    "ParameterDTO": ".parameter_dto",
    "ParameterGroup": ".parameter_group",
    "ParameterGroupListResponse": ".parameter_group_list_response",
    "ParameterPageResponse": ".parameter_page_response",
    "ParameterRequest": ".parameter_request",
    "Parameters": ".parameters",
    "ParametersRequest": ".parameters_request",
    "ParametersResponse": ".parameters_response",
    "RdbClusterPageResponse": ".rdb_cluster_page_response",
    "RdbClusterResponse": ".rdb_cluster_response",
    "RdbClusterResponseRoleTypeType1": ".rdb_cluster_response_role_type_type_1",
    "RdbClusterResponseRoleTypeType2Type1": ".rdb_cluster_response_role_type_type_2_type_1",
    "RdbClusterResponseRoleTypeType3Type1": ".rdb_cluster_response_role_type_type_3_type_1",
    "RdbClusterResponseServiceState": ".rdb_cluster_response_service_state",
    "ReplicaItem": ".replica_item",
    "Replicas": ".replicas",
    "ReplicasCreateRequest": ".replicas_create_request",
    "ReplicasListResponse": ".replicas_list_response",
    "RequestStateResponse": ".request_state_response",
    "ResizeBlockStorageGroupRequest": ".resize_block_storage_group_request",
    "ResourceInfo": ".resource_info",
    "ServerType": ".server_type",
    "ServerTypeListResponse": ".server_type_list_response",
    "SetLogExportConfigLogType": ".set_log_export_config_log_type",
    "Tag": ".tag",
    "UnregisterLogExportConfigLogType": ".unregister_log_export_config_log_type",
    "UpdateSecurityGroupRulesRequest": ".update_security_group_rules_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
