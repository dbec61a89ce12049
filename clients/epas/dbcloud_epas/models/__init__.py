# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_block_storages_request import AddBlockStoragesRequest
    from .archive_config_detail_response import ArchiveConfigDetailResponse
    from .archive_config_set_request import ArchiveConfigSetRequest
    from .async_response import AsyncResponse
    from .audit_log_request import AuditLogRequest
    from .backup_history_api_item import BackupHistoryApiItem
    from .backup_history_list_api_response import BackupHistoryListApiResponse
    from .backup_history_number_request import BackupHistoryNumberRequest
    from .backup_setting_request import BackupSettingRequest
    from .block_storage_group_request import BlockStorageGroupRequest
    from .block_storage_group_response import BlockStorageGroupResponse
    from .block_storage_role_type import BlockStorageRoleType
    from .cluster_restore_request import ClusterRestoreRequest
    from .cluster_role_type import ClusterRoleType
    from .engine import Engine
    from .engine_list_response import EngineListResponse
    from .engine_property import EngineProperty
    from .engine_property_list_response import EnginePropertyListResponse
    from .epas_backup_option import EpasBackupOption
    from .epas_cluster_create_request import EpasClusterCreateRequest
    from .epas_cluster_detail_response import EpasClusterDetailResponse
    from .epas_cluster_detail_response_product_type import EpasClusterDetailResponseProductType
    from .epas_init_config_option_detail import EpasInitConfigOptionDetail
    from .epas_init_config_option_request import EpasInitConfigOptionRequest
    from .export_log_log_type import ExportLogLogType
    from .instance_group_request import InstanceGroupRequest
    from .instance_group_resize_request import InstanceGroupResizeRequest
    from .instance_group_response import InstanceGroupResponse
    from .instance_group_role_type import InstanceGroupRoleType
    from .instance_request import InstanceRequest
    from .instance_response import InstanceResponse
    from .instance_role_type import InstanceRoleType
    from .list_engine_versions_product_image_type_type_0 import ListEngineVersionsProductImageTypeType0
    from .list_log_export_configs_type_type_0 import ListLogExportConfigsTypeType0
    from .log_export_config import LogExportConfig
    from .log_export_config_create_request import LogExportConfigCreateRequest
    from .log_export_config_list_response import LogExportConfigListResponse
    from .log_export_config_modify_request import LogExportConfigModifyRequest
    from .maintenance_option import MaintenanceOption
    from .maintenance_request import MaintenanceRequest
    from .maintenance_request_start_day_of_week import MaintenanceRequestStartDayOfWeek
    from .maintenance_response_option import MaintenanceResponseOption
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
    from .replica_item import ReplicaItem
    from .replicas import Replicas
    from .replicas_create_request import ReplicasCreateRequest
    from .replicas_list_response import ReplicasListResponse
    from .request_state_response import RequestStateResponse
    from .resize_block_storage_group_request import ResizeBlockStorageGroupRequest
    from .resource_info import ResourceInfo
    from .schedule_day_of_week import ScheduleDayOfWeek
    from .server_type import ServerType
    from .server_type_list_response import ServerTypeListResponse
    from .service_state import ServiceState
    from .set_log_export_config_log_type import SetLogExportConfigLogType
    from .starting_day_of_week import StartingDayOfWeek
    from .tag import Tag
    from .unregister_log_export_config_log_type import UnregisterLogExportConfigLogType
    from .update_security_group_rules_request import UpdateSecurityGroupRulesRequest
    from .volume_type import VolumeType

__all__ = (
    "AddBlockStoragesRequest",
    "ArchiveConfigDetailResponse",
    "ArchiveConfigSetRequest",
    "AsyncResponse",
    "AuditLogRequest",
    "BackupHistoryApiItem",
    "BackupHistoryListApiResponse",
    "BackupHistoryNumberRequest",
    "BackupSettingRequest",
    "BlockStorageGroupRequest",
    "BlockStorageGroupResponse",
    "BlockStorageRoleType",
    "ClusterRestoreRequest",
    "ClusterRoleType",
    "Engine",
    "EngineListResponse",
    "EngineProperty",
    "EnginePropertyListResponse",
    "EpasBackupOption",
    "EpasClusterCreateRequest",
    "EpasClusterDetailResponse",
    "EpasClusterDetailResponseProductType",
    "EpasInitConfigOptionDetail",
    "EpasInitConfigOptionRequest",
    "ExportLogLogType",
    "InstanceGroupRequest",
    "InstanceGroupResizeRequest",
    "InstanceGroupResponse",
    "InstanceGroupRoleType",
    "InstanceRequest",
    "InstanceResponse",
    "InstanceRoleType",
    "ListEngineVersionsProductImageTypeType0",
    "ListLogExportConfigsTypeType0",
    "LogExportConfig",
    "LogExportConfigCreateRequest",
    "LogExportConfigListResponse",
    "LogExportConfigModifyRequest",
    "MaintenanceOption",
    "MaintenanceRequest",
    "MaintenanceRequestStartDayOfWeek",
    "MaintenanceResponseOption",
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
    "ReplicaItem",
    "Replicas",
    "ReplicasCreateRequest",
    "ReplicasListResponse",
    "RequestStateResponse",
    "ResizeBlockStorageGroupRequest",
    "ResourceInfo",
    "ScheduleDayOfWeek",
    "ServerType",
    "ServerTypeListResponse",
    "ServiceState",
    "SetLogExportConfigLogType",
    "StartingDayOfWeek",
    "Tag",
    "UnregisterLogExportConfigLogType",
    "UpdateSecurityGroupRulesRequest",
    "VolumeType",
)

# name -> defining module; opc's import lines all read "from .<module> import <Name>".
_MODULES = {
    "AddBlockStoragesRequest": ".add_block_storages_request",
    "ArchiveConfigDetailResponse": ".archive_config_detail_response",
    "ArchiveConfigSetRequest": ".archive_config_set_request",
    "AsyncResponse": ".async_response",
    "AuditLogRequest": ".audit_log_request",
    "BackupHistoryApiItem": ".backup_history_api_item",
    "BackupHistoryListApiResponse": ".backup_history_list_api_response",
    "BackupHistoryNumberRequest": ".backup_history_number_request",
    "BackupSettingRequest": ".backup_setting_request",
    "BlockStorageGroupRequest": ".block_storage_group_request",
    "BlockStorageGroupResponse": ".block_storage_group_response",
    "BlockStorageRoleType": ".block_storage_role_type",
    "ClusterRestoreRequest": ".cluster_restore_request",
    "ClusterRoleType": ".cluster_role_type",
    "Engine": ".engine",
    "EngineListResponse": ".engine_list_response",
    "EngineProperty": ".engine_property",
    "EnginePropertyListResponse": ".engine_property_list_response",
    "EpasBackupOption": ".epas_backup_option",
    "EpasClusterCreateRequest": ".epas_cluster_create_request",
    "EpasClusterDetailResponse": ".epas_cluster_detail_response",
    "EpasClusterDetailResponseProductType": ".epas_cluster_detail_response_product_type",
    "EpasInitConfigOptionDetail": ".epas_init_config_option_detail",
    "EpasInitConfigOptionRequest": ".epas_init_config_option_request",
    "ExportLogLogType": ".export_log_log_type",
    "InstanceGroupRequest": ".instance_group_request",
    "InstanceGroupResizeRequest": ".instance_group_resize_request",
    "InstanceGroupResponse": ".instance_group_response",
    "InstanceGroupRoleType": ".instance_group_role_type",
    "InstanceRequest": ".instance_request",
    "InstanceResponse": ".instance_response",
    "InstanceRoleType": ".instance_role_type",
    "ListEngineVersionsProductImageTypeType0": ".list_engine_versions_product_image_type_type_0",
    "ListLogExportConfigsTypeType0": ".list_log_export_configs_type_type_0",
    "LogExportConfig": ".log_export_config",
    "LogExportConfigCreateRequest": ".log_export_config_create_request",
    "LogExportConfigListResponse": ".log_export_config_list_response",
    "LogExportConfigModifyRequest": ".log_export_config_modify_request",
    "MaintenanceOption": ".maintenance_option",
    "MaintenanceRequest": ".maintenance_request",
    "MaintenanceRequestStartDayOfWeek": ".maintenance_request_start_day_of_week",
    "MaintenanceResponseOption": ".maintenance_response_option",
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
    "ReplicaItem": ".replica_item",
    "Replicas": ".replicas",
    "ReplicasCreateRequest": ".replicas_create_request",
    "ReplicasListResponse": ".replicas_list_response",
    "RequestStateResponse": ".request_state_response",
    "ResizeBlockStorageGroupRequest": ".resize_block_storage_group_request",
    "ResourceInfo": ".resource_info",
    "ScheduleDayOfWeek": ".schedule_day_of_week",
    "ServerType": ".server_type",
    "ServerTypeListResponse": ".server_type_list_response",
    "ServiceState": ".service_state",
    "SetLogExportConfigLogType": ".set_log_export_config_log_type",
    "StartingDayOfWeek": ".starting_day_of_week",
    "Tag": ".tag",
    "UnregisterLogExportConfigLogType": ".unregister_log_export_config_log_type",
    "UpdateSecurityGroupRulesRequest": ".update_security_group_rules_request",
    "VolumeType": ".volume_type",
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
