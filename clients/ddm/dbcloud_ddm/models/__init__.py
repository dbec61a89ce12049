# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_v3_empty_response import AccountV3EmptyResponse
    from .api_version import ApiVersion
    from .api_version_status import ApiVersionStatus
    from .applicable_instance import ApplicableInstance
    from .apply_history import ApplyHistory
    from .apply_history_apply_result import ApplyHistoryApplyResult
    from .available_dn_instance import AvailableDnInstance
    from .available_zone import AvailableZone
    from .available_zone_status import AvailableZoneStatus
    from .backup_info import BackupInfo
    from .backup_info_backup_type import BackupInfoBackupType
    from .base_authority import BaseAuthority
    from .bind_eip_request import BindEipRequest
    from .bind_eip_response import BindEipResponse
    from .cancel_migration_response import CancelMigrationResponse
    from .change_database_version_request import ChangeDatabaseVersionRequest
    from .change_database_version_response import ChangeDatabaseVersionResponse
    from .change_strategy_request import ChangeStrategyRequest
    from .change_strategy_response import ChangeStrategyResponse
    from .check_data_node_connection_request import CheckDataNodeConnectionRequest
    from .check_data_node_connection_response import CheckDataNodeConnectionResponse
    from .check_migrate_logic_db_request import CheckMigrateLogicDbRequest
    from .check_migrate_logic_db_response import CheckMigrateLogicDbResponse
    from .check_preliminary_results_response import CheckPreliminaryResultsResponse
    from .check_rds_connection_resq_vo import CheckRdsConnectionResqVO
    from .check_rds_connection_resq_vo_success import CheckRdsConnectionResqVOSuccess
    from .clean_migration_response import CleanMigrationResponse
    from .compare_parameter_groups_request import CompareParameterGroupsRequest
    from .compare_parameter_groups_response import CompareParameterGroupsResponse
    from .compute_flavor_groups_info import ComputeFlavorGroupsInfo
    from .compute_flavors import ComputeFlavors
    from .compute_flavors_az_status import ComputeFlavorsAzStatus
    from .compute_flavors_az_status_additional_property import ComputeFlavorsAzStatusAdditionalProperty
    from .compute_flavors_extend_fields import ComputeFlavorsExtendFields
    from .compute_flavors_group_type import ComputeFlavorsGroupType
    from .configuration_info import ConfigurationInfo
    from .configuration_parameter_list import ConfigurationParameterList
    from .configuration_parameters import ConfigurationParameters
    from .configuration_parameters_type import ConfigurationParametersType
    from .copy_configuration_request import CopyConfigurationRequest
    from .copy_configuration_response import CopyConfigurationResponse
    from .cpu_architecture import CpuArchitecture
    from .create_database_detail import CreateDatabaseDetail
    from .create_database_detail_responses import CreateDatabaseDetailResponses
    from .create_database_request import CreateDatabaseRequest
    from .create_database_response import CreateDatabaseResponse
    from .create_ddm_configurations_request import CreateDdmConfigurationsRequest
    from .create_ddm_configurations_request_values import CreateDdmConfigurationsRequestValues
    from .create_ddm_configurations_response import CreateDdmConfigurationsResponse
    from .create_ddm_database_request import CreateDdmDatabaseRequest
    from .create_ddm_database_response import CreateDdmDatabaseResponse
    from .create_ddm_user_request import CreateDdmUserRequest
    from .create_group_request import CreateGroupRequest
    from .create_group_request_type import CreateGroupRequestType
    from .create_group_response import CreateGroupResponse
    from .create_instance_detail import CreateInstanceDetail
    from .create_instance_detail_time_zone import CreateInstanceDetailTimeZone
    from .create_instance_extend_param import CreateInstanceExtendParam
    from .create_instance_extend_param_charge_mode import CreateInstanceExtendParamChargeMode
    from .create_instance_extend_param_is_auto_pay import CreateInstanceExtendParamIsAutoPay
    from .create_instance_extend_param_is_auto_renew import CreateInstanceExtendParamIsAutoRenew
    from .create_instance_extend_param_period_type import CreateInstanceExtendParamPeriodType
    from .create_instance_request import CreateInstanceRequest
    from .create_instance_response import CreateInstanceResponse
    from .create_user_related_logic_db_v3 import CreateUserRelatedLogicDbV3
    from .create_users_databases import CreateUsersDatabases
    from .create_users_detail_responses import CreateUsersDetailResponses
    from .create_users_info import CreateUsersInfo
    from .create_users_request import CreateUsersRequest
    from .create_users_response import CreateUsersResponse
    from .data_node_relation import DataNodeRelation
    from .database_dn_instances import DatabaseDnInstances
    from .database_instabces_param import DatabaseInstabcesParam
    from .ddm_instance_4_restore import DDMInstance4Restore
    from .delete_backup_response import DeleteBackupResponse
    from .delete_configuration_response import DeleteConfigurationResponse
    from .delete_database_delete_rds_data import DeleteDatabaseDeleteRdsData
    from .delete_database_response import DeleteDatabaseResponse
    from .delete_ddm_database_response import DeleteDdmDatabaseResponse
    from .delete_ddm_instance_response import DeleteDdmInstanceResponse
    from .delete_group_response import DeleteGroupResponse
    from .delete_instance_delete_rds_data import DeleteInstanceDeleteRdsData
    from .delete_instance_response import DeleteInstanceResponse
    from .delete_nodes_request import DeleteNodesRequest
    from .delete_nodes_response import DeleteNodesResponse
    from .delete_user_response import DeleteUserResponse
    from .dn_instance import DNInstance
    from .dn_instance_info import DnInstanceInfo
    from .download_schema_metadata_response import DownloadSchemaMetadataResponse
    from .engine_group_info import EngineGroupInfo
    from .engine_groups_info import EngineGroupsInfo
    from .enlarge_node_info import EnlargeNodeInfo
    from .error_response import ErrorResponse
    from .esdb_check_rds_connection_request_v3 import EsdbCheckRdsConnectionRequestV3
    from .execute_kill_logical_processes_request import ExecuteKillLogicalProcessesRequest
    from .execute_kill_logical_processes_response import ExecuteKillLogicalProcessesResponse
    from .execute_kill_physical_processes_request import ExecuteKillPhysicalProcessesRequest
    from .execute_kill_physical_processes_response import ExecuteKillPhysicalProcessesResponse
    from .expand_ddm_instance_nodes_request import ExpandDdmInstanceNodesRequest
    from .expand_ddm_instance_nodes_response import ExpandDdmInstanceNodesResponse
    from .expand_instance_nodes_request import ExpandInstanceNodesRequest
    from .expand_instance_nodes_response import ExpandInstanceNodesResponse
    from .flavor import Flavor
    from .flavor_group_info import FlavorGroupInfo
    from .get_database_info import GetDatabaseInfo
    from .get_database_response_bean import GetDatabaseResponseBean
    from .get_database_used_rds import GetDatabaseUsedRds
    from .get_databases import GetDatabases
    from .get_detail_nodes_info import GetDetailNodesInfo
    from .get_users_list_detail_responses import GetUsersListDetailResponses
    from .get_users_list_detail_responses_extend_authority_item import GetUsersListDetailResponsesExtendAuthorityItem
    from .get_users_list_detail_responses_v3 import GetUsersListDetailResponsesV3
    from .get_users_listdatabase import GetUsersListdatabase
    from .get_users_listdatabase_v3 import GetUsersListdatabaseV3
    from .group_info import GroupInfo
    from .group_info_role import GroupInfoRole
    from .group_node_info import GroupNodeInfo
    from .instance_status import InstanceStatus
    from .job_info import JobInfo
    from .job_info_instance import JobInfoInstance
    from .job_item import JobItem
    from .job_status import JobStatus
    from .legacy_error_response import LegacyErrorResponse
    from .link_info import LinkInfo
    from .list_api_version_response import ListApiVersionResponse
    from .list_available_rds_for_migrate_response import ListAvailableRdsForMigrateResponse
    from .list_available_rds_list_response import ListAvailableRdsListResponse
    from .list_available_rds_response import ListAvailableRdsResponse
    from .list_backups_response import ListBackupsResponse
    from .list_configuration_apply_histories_response import ListConfigurationApplyHistoriesResponse
    from .list_database_available_versions_response import ListDatabaseAvailableVersionsResponse
    from .list_databases_response import ListDatabasesResponse
    from .list_ddm_configurations_response import ListDdmConfigurationsResponse
    from .list_ddm_engines_response import ListDdmEnginesResponse
    from .list_ddm_flavors_response import ListDdmFlavorsResponse
    from .list_ddm_users_response import ListDdmUsersResponse
    from .list_engines_response import ListEnginesResponse
    from .list_flavors_response import ListFlavorsResponse
    from .list_group_response import ListGroupResponse
    from .list_instances_configurations_response import ListInstancesConfigurationsResponse
    from .list_instances_response import ListInstancesResponse
    from .list_nodes_response import ListNodesResponse
    from .list_slow_log_response import ListSlowLogResponse
    from .list_tasks_response import ListTasksResponse
    from .list_users_response import ListUsersResponse
    from .logical_processes_info import LogicalProcessesInfo
    from .migrate_dn_info_open_response import MigrateDnInfoOpenResponse
    from .migrate_logic_db_data_node import MigrateLogicDbDataNode
    from .migrate_logic_db_request import MigrateLogicDbRequest
    from .migrate_logic_db_response import MigrateLogicDbResponse
    from .migrate_results_response import MigrateResultsResponse
    from .modify_configuration_request import ModifyConfigurationRequest
    from .modify_configuration_request_values import ModifyConfigurationRequestValues
    from .modify_configuration_response import ModifyConfigurationResponse
    from .modify_eip_request import ModifyEipRequest
    from .modify_eip_response import ModifyEipResponse
    from .move_tmlog_files_request import MoveTmlogFilesRequest
    from .move_tmlog_files_response import MoveTmlogFilesResponse
    from .node_info import NodeInfo
    from .node_list import NodeList
    from .node_status import NodeStatus
    from .param_group_parameter_diff_v3 import ParamGroupParameterDiffV3
    from .physical_process_info import PhysicalProcessInfo
    from .pre_check_result import PreCheckResult
    from .pre_check_result_status import PreCheckResultStatus
    from .project_tag import ProjectTag
    from .query_available_rds_list import QueryAvailableRdsList
    from .rebuild_config_request import RebuildConfigRequest
    from .rebuild_config_response import RebuildConfigResponse
    from .rebuild_ddm_config_request import RebuildDdmConfigRequest
    from .rebuild_ddm_config_response import RebuildDdmConfigResponse
    from .related_dn import RelatedDn
    from .related_dn_vo import RelatedDnVO
    from .reset_administrator_request import ResetAdministratorRequest
    from .reset_ddm_user_password_request import ResetDdmUserPasswordRequest
    from .reset_parameter_group_request import ResetParameterGroupRequest
    from .reset_parameter_group_request_values import ResetParameterGroupRequestValues
    from .reset_parameter_group_response import ResetParameterGroupResponse
    from .reset_user_password_request import ResetUserPasswordRequest
    from .reset_user_password_response import ResetUserPasswordResponse
    from .resize_flavor_request import ResizeFlavorRequest
    from .resize_flavor_response import ResizeFlavorResponse
    from .restart_ddm_instance_response import RestartDdmInstanceResponse
    from .restart_instance_info import RestartInstanceInfo
    from .restart_instance_info_type import RestartInstanceInfoType
    from .restart_instance_request import RestartInstanceRequest
    from .restart_instance_response import RestartInstanceResponse
    from .restart_node_response import RestartNodeResponse
    from .restore_2_exist_request import Restore2ExistRequest
    from .restore_2_exist_response import Restore2ExistResponse
    from .restore_inst_source import RestoreInstSource
    from .restore_inst_target import RestoreInstTarget
    from .restore_meta_data_source import RestoreMetaDataSource
    from .restore_meta_data_target import RestoreMetaDataTarget
    from .restore_metadata_request import RestoreMetadataRequest
    from .restore_metadata_response import RestoreMetadataResponse
    from .restore_time_interval import RestoreTimeInterval
    from .retry_migration_response import RetryMigrationResponse
    from .risk_info import RiskInfo
    from .roll_back_database_version_response import RollBackDatabaseVersionResponse
    from .rollback_migration_response import RollbackMigrationResponse
    from .schema_status import SchemaStatus
    from .set_read_only_status_request import SetReadOnlyStatusRequest
    from .set_read_only_status_response import SetReadOnlyStatusResponse
    from .shard_mode import ShardMode
    from .show_avalible_ddms_response import ShowAvalibleDdmsResponse
    from .show_avalible_rds_response import ShowAvalibleRdsResponse
    from .show_avalible_time_response import ShowAvalibleTimeResponse
    from .show_backup_response import ShowBackupResponse
    from .show_configuration_response import ShowConfigurationResponse
    from .show_database_response import ShowDatabaseResponse
    from .show_ddm_job_result_response import ShowDdmJobResultResponse
    from .show_ddm_node_detail_response import ShowDdmNodeDetailResponse
    from .show_instance_bean_response import ShowInstanceBeanResponse
    from .show_instance_database_data_nodes import ShowInstanceDatabaseDataNodes
    from .show_instance_database_response import ShowInstanceDatabaseResponse
    from .show_instance_database_response_status import ShowInstanceDatabaseResponseStatus
    from .show_instance_database_shards import ShowInstanceDatabaseShards
    from .show_instance_param_response import ShowInstanceParamResponse
    from .show_instance_param_x_language import ShowInstanceParamXLanguage
    from .show_instance_response import ShowInstanceResponse
    from .show_logical_processes_response import ShowLogicalProcessesResponse
    from .show_node_response import ShowNodeResponse
    from .show_physical_processes_response import ShowPhysicalProcessesResponse
    from .show_processes_audit_log_response import ShowProcessesAuditLogResponse
    from .show_related_dns_response import ShowRelatedDnsResponse
    from .show_risk_info_response import ShowRiskInfoResponse
    from .show_tmlog_infos_response import ShowTmlogInfosResponse
    from .shrink_instance_nodes_request import ShrinkInstanceNodesRequest
    from .shrink_instance_nodes_response import ShrinkInstanceNodesResponse
    from .slow_log_list import SlowLogList
    from .support_azs_info import SupportAzsInfo
    from .switch_ssl_request import SwitchSslRequest
    from .switch_ssl_response import SwitchSslResponse
    from .target_dn_4_restore import TargetDn4Restore
    from .tmlog_info import TmlogInfo
    from .unbind_eip_response import UnbindEipResponse
    from .update_database_info_response import UpdateDatabaseInfoResponse
    from .update_ddm_instance_name_request import UpdateDdmInstanceNameRequest
    from .update_ddm_instance_name_response import UpdateDdmInstanceNameResponse
    from .update_ddm_instance_security_group_request import UpdateDdmInstanceSecurityGroupRequest
    from .update_ddm_instance_security_group_response import UpdateDdmInstanceSecurityGroupResponse
    from .update_ddm_user_request import UpdateDdmUserRequest
    from .update_instance_name_request import UpdateInstanceNameRequest
    from .update_instance_name_response import UpdateInstanceNameResponse
    from .update_instance_param_request import UpdateInstanceParamRequest
    from .update_instance_param_response import UpdateInstanceParamResponse
    from .update_instance_param_values import UpdateInstanceParamValues
    from .update_instance_param_values_concurrent_execution_level import (
        UpdateInstanceParamValuesConcurrentExecutionLevel,
    )
    from .update_instance_param_values_transaction_policy import UpdateInstanceParamValuesTransactionPolicy
    from .update_instance_param_x_language import UpdateInstanceParamXLanguage
    from .update_instance_port_request import UpdateInstancePortRequest
    from .update_instance_port_response import UpdateInstancePortResponse
    from .update_instance_security_group_request import UpdateInstanceSecurityGroupRequest
    from .update_instance_security_group_response import UpdateInstanceSecurityGroupResponse
    from .update_read_and_write_strategy_request import UpdateReadAndWriteStrategyRequest
    from .update_read_and_write_strategy_request_read_weight import UpdateReadAndWriteStrategyRequestReadWeight
    from .update_read_and_write_strategy_response import UpdateReadAndWriteStrategyResponse
    from .update_user_detail_req import UpdateUserDetailReq
    from .update_user_related_logic_db_v3 import UpdateUserRelatedLogicDbV3
    from .update_user_request import UpdateUserRequest
    from .update_user_response import UpdateUserResponse
    from .update_users_databases import UpdateUsersDatabases
    from .upload_schema_metadata_request import UploadSchemaMetadataRequest
    from .upload_schema_metadata_response import UploadSchemaMetadataResponse
    from .user_process_audit_log import UserProcessAuditLog
    from .validate_weak_password_request import ValidateWeakPasswordRequest
    from .validate_weak_password_response import ValidateWeakPasswordResponse

__all__ = (
    "AccountV3EmptyResponse",
    "ApiVersion",
    "ApiVersionStatus",
    "ApplicableInstance",
    "ApplyHistory",
    "ApplyHistoryApplyResult",
    "AvailableDnInstance",
    "AvailableZone",
    "AvailableZoneStatus",
    "BackupInfo",
    "BackupInfoBackupType",
    "BaseAuthority",
    "BindEipRequest",
    "BindEipResponse",
    "CancelMigrationResponse",
    "ChangeDatabaseVersionRequest",
    "ChangeDatabaseVersionResponse",
    "ChangeStrategyRequest",
    "ChangeStrategyResponse",
    "CheckDataNodeConnectionRequest",
    "CheckDataNodeConnectionResponse",
    "CheckMigrateLogicDbRequest",
    "CheckMigrateLogicDbResponse",
    "CheckPreliminaryResultsResponse",
    "CheckRdsConnectionResqVO",
    "CheckRdsConnectionResqVOSuccess",
    "CleanMigrationResponse",
    "CompareParameterGroupsRequest",
    "CompareParameterGroupsResponse",
    "ComputeFlavorGroupsInfo",
    "ComputeFlavors",
    "ComputeFlavorsAzStatus",
    "ComputeFlavorsAzStatusAdditionalProperty",
    "ComputeFlavorsExtendFields",
    "ComputeFlavorsGroupType",
    "ConfigurationInfo",
    "ConfigurationParameterList",
    "ConfigurationParameters",
    "ConfigurationParametersType",
    "CopyConfigurationRequest",
    "CopyConfigurationResponse",
    "CpuArchitecture",
    "CreateDatabaseDetail",
    "CreateDatabaseDetailResponses",
    "CreateDatabaseRequest",
    "CreateDatabaseResponse",
    "CreateDdmConfigurationsRequest",
    "CreateDdmConfigurationsRequestValues",
    "CreateDdmConfigurationsResponse",
    "CreateDdmDatabaseRequest",
    "CreateDdmDatabaseResponse",
    "CreateDdmUserRequest",
    "CreateGroupRequest",
    "CreateGroupRequestType",
    "CreateGroupResponse",
    "CreateInstanceDetail",
    "CreateInstanceDetailTimeZone",
    "CreateInstanceExtendParam",
    "CreateInstanceExtendParamChargeMode",
    "CreateInstanceExtendParamIsAutoPay",
    "CreateInstanceExtendParamIsAutoRenew",
    "CreateInstanceExtendParamPeriodType",
    "CreateInstanceRequest",
    "CreateInstanceResponse",
    "CreateUserRelatedLogicDbV3",
    "CreateUsersDatabases",
    "CreateUsersDetailResponses",
    "CreateUsersInfo",
    "CreateUsersRequest",
    "CreateUsersResponse",
    "DatabaseDnInstances",
    "DatabaseInstabcesParam",
    "DataNodeRelation",
    "DDMInstance4Restore",
    "DeleteBackupResponse",
    "DeleteConfigurationResponse",
    "DeleteDatabaseDeleteRdsData",
    "DeleteDatabaseResponse",
    "DeleteDdmDatabaseResponse",
    "DeleteDdmInstanceResponse",
    "DeleteGroupResponse",
    "DeleteInstanceDeleteRdsData",
    "DeleteInstanceResponse",
    "DeleteNodesRequest",
    "DeleteNodesResponse",
    "DeleteUserResponse",
    "DNInstance",
    "DnInstanceInfo",
    "DownloadSchemaMetadataResponse",
    "EngineGroupInfo",
    "EngineGroupsInfo",
    "EnlargeNodeInfo",
    "ErrorResponse",
    "EsdbCheckRdsConnectionRequestV3",
    "ExecuteKillLogicalProcessesRequest",
    "ExecuteKillLogicalProcessesResponse",
    "ExecuteKillPhysicalProcessesRequest",
    "ExecuteKillPhysicalProcessesResponse",
    "ExpandDdmInstanceNodesRequest",
    "ExpandDdmInstanceNodesResponse",
    "ExpandInstanceNodesRequest",
    "ExpandInstanceNodesResponse",
    "Flavor",
    "FlavorGroupInfo",
    "GetDatabaseInfo",
    "GetDatabaseResponseBean",
    "GetDatabases",
    "GetDatabaseUsedRds",
    "GetDetailNodesInfo",
    "GetUsersListdatabase",
    "GetUsersListdatabaseV3",
    "GetUsersListDetailResponses",
    "GetUsersListDetailResponsesExtendAuthorityItem",
    "GetUsersListDetailResponsesV3",
    "GroupInfo",
    "GroupInfoRole",
    "GroupNodeInfo",
    "InstanceStatus",
    "JobInfo",
    "JobInfoInstance",
    "JobItem",
    "JobStatus",
    "LegacyErrorResponse",
    "LinkInfo",
    "ListApiVersionResponse",
    "ListAvailableRdsForMigrateResponse",
    "ListAvailableRdsListResponse",
    "ListAvailableRdsResponse",
    "ListBackupsResponse",
    "ListConfigurationApplyHistoriesResponse",
    "ListDatabaseAvailableVersionsResponse",
    "ListDatabasesResponse",
    "ListDdmConfigurationsResponse",
    "ListDdmEnginesResponse",
    "ListDdmFlavorsResponse",
    "ListDdmUsersResponse",
    "ListEnginesResponse",
    "ListFlavorsResponse",
    "ListGroupResponse",
    "ListInstancesConfigurationsResponse",
    "ListInstancesResponse",
    "ListNodesResponse",
    "ListSlowLogResponse",
    "ListTasksResponse",
    "ListUsersResponse",
    "LogicalProcessesInfo",
    "MigrateDnInfoOpenResponse",
    "MigrateLogicDbDataNode",
    "MigrateLogicDbRequest",
    "MigrateLogicDbResponse",
    "MigrateResultsResponse",
    "ModifyConfigurationRequest",
    "ModifyConfigurationRequestValues",
    "ModifyConfigurationResponse",
    "ModifyEipRequest",
    "ModifyEipResponse",
    "MoveTmlogFilesRequest",
    "MoveTmlogFilesResponse",
    "NodeInfo",
    "NodeList",
    "NodeStatus",
    "ParamGroupParameterDiffV3",
    "PhysicalProcessInfo",
    "PreCheckResult",
    "PreCheckResultStatus",
    "ProjectTag",
    "QueryAvailableRdsList",
    "RebuildConfigRequest",
    "RebuildConfigResponse",
    "RebuildDdmConfigRequest",
    "RebuildDdmConfigResponse",
    "RelatedDn",
    "RelatedDnVO",
    "ResetAdministratorRequest",
    "ResetDdmUserPasswordRequest",
    "ResetParameterGroupRequest",
    "ResetParameterGroupRequestValues",
    "ResetParameterGroupResponse",
    "ResetUserPasswordRequest",
    "ResetUserPasswordResponse",
    "ResizeFlavorRequest",
    "ResizeFlavorResponse",
    "RestartDdmInstanceResponse",
    "RestartInstanceInfo",
    "RestartInstanceInfoType",
    "RestartInstanceRequest",
    "RestartInstanceResponse",
    "RestartNodeResponse",
    "Restore2ExistRequest",
    "Restore2ExistResponse",
    "RestoreInstSource",
    "RestoreInstTarget",
    "RestoreMetadataRequest",
    "RestoreMetadataResponse",
    "RestoreMetaDataSource",
    "RestoreMetaDataTarget",
    "RestoreTimeInterval",
    "RetryMigrationResponse",
    "RiskInfo",
    "RollBackDatabaseVersionResponse",
    "RollbackMigrationResponse",
    "SchemaStatus",
    "SetReadOnlyStatusRequest",
    "SetReadOnlyStatusResponse",
    "ShardMode",
    "ShowAvalibleDdmsResponse",
    "ShowAvalibleRdsResponse",
    "ShowAvalibleTimeResponse",
    "ShowBackupResponse",
    "ShowConfigurationResponse",
    "ShowDatabaseResponse",
    "ShowDdmJobResultResponse",
    "ShowDdmNodeDetailResponse",
    "ShowInstanceBeanResponse",
    "ShowInstanceDatabaseDataNodes",
    "ShowInstanceDatabaseResponse",
    "ShowInstanceDatabaseResponseStatus",
    "ShowInstanceDatabaseShards",
    "ShowInstanceParamResponse",
    "ShowInstanceParamXLanguage",
    "ShowInstanceResponse",
    "ShowLogicalProcessesResponse",
    "ShowNodeResponse",
    "ShowPhysicalProcessesResponse",
    "ShowProcessesAuditLogResponse",
    "ShowRelatedDnsResponse",
    "ShowRiskInfoResponse",
    "ShowTmlogInfosResponse",
    "ShrinkInstanceNodesRequest",
    "ShrinkInstanceNodesResponse",
    "SlowLogList",
    "SupportAzsInfo",
    "SwitchSslRequest",
    "SwitchSslResponse",
    "TargetDn4Restore",
    "TmlogInfo",
    "UnbindEipResponse",
    "UpdateDatabaseInfoResponse",
    "UpdateDdmInstanceNameRequest",
    "UpdateDdmInstanceNameResponse",
    "UpdateDdmInstanceSecurityGroupRequest",
    "UpdateDdmInstanceSecurityGroupResponse",
    "UpdateDdmUserRequest",
    "UpdateInstanceNameRequest",
    "UpdateInstanceNameResponse",
    "UpdateInstanceParamRequest",
    "UpdateInstanceParamResponse",
    "UpdateInstanceParamValues",
    "UpdateInstanceParamValuesConcurrentExecutionLevel",
    "UpdateInstanceParamValuesTransactionPolicy",
    "UpdateInstanceParamXLanguage",
    "UpdateInstancePortRequest",
    "UpdateInstancePortResponse",
    "UpdateInstanceSecurityGroupRequest",
    "UpdateInstanceSecurityGroupResponse",
    "UpdateReadAndWriteStrategyRequest",
    "UpdateReadAndWriteStrategyRequestReadWeight",
    "UpdateReadAndWriteStrategyResponse",
    "UpdateUserDetailReq",
    "UpdateUserRelatedLogicDbV3",
    "UpdateUserRequest",
    "UpdateUserResponse",
    "UpdateUsersDatabases",
    "UploadSchemaMetadataRequest",
    "UploadSchemaMetadataResponse",
    "UserProcessAuditLog",
    "ValidateWeakPasswordRequest",
    "ValidateWeakPasswordResponse",
)

# name -> defining module; opc's import lines all read "from .<module> import <Name>".
_MODULES = {
    "AccountV3EmptyResponse": ".account_v3_empty_response",
    "ApiVersion": ".api_version",
    "ApiVersionStatus": ".api_version_status",
    "ApplicableInstance": ".applicable_instance",
    "ApplyHistory": ".apply_history",
    "ApplyHistoryApplyResult": ".apply_history_apply_result",
    "AvailableDnInstance": ".available_dn_instance",
    "AvailableZone": ".available_zone",
    "AvailableZoneStatus": ".available_zone_status",
    "BackupInfo": ".backup_info",
    "BackupInfoBackupType": ".backup_info_backup_type",
    "BaseAuthority": ".base_authority",
    "BindEipRequest": ".bind_eip_request",
    "BindEipResponse": ".bind_eip_response",
    "CancelMigrationResponse": ".cancel_migration_response",
    "ChangeDatabaseVersionRequest": ".change_database_version_request",
    "ChangeDatabaseVersionResponse": ".change_database_version_response",
    "ChangeStrategyRequest": ".change_strategy_request",
    "ChangeStrategyResponse": ".change_strategy_response",
    "CheckDataNodeConnectionRequest": ".check_data_node_connection_request",
    "CheckDataNodeConnectionResponse": ".check_data_node_connection_response",
    "CheckMigrateLogicDbRequest": ".check_migrate_logic_db_request",
    "CheckMigrateLogicDbResponse": ".check_migrate_logic_db_response",
    "CheckPreliminaryResultsResponse": ".check_preliminary_results_response",
    "CheckRdsConnectionResqVO": ".check_rds_connection_resq_vo",
    "CheckRdsConnectionResqVOSuccess": ".check_rds_connection_resq_vo_success",
    "CleanMigrationResponse": ".clean_migration_response",
    "CompareParameterGroupsRequest": ".compare_parameter_groups_request",
    "CompareParameterGroupsResponse": ".compare_parameter_groups_response",
    "ComputeFlavorGroupsInfo": ".compute_flavor_groups_info",
    "ComputeFlavors": ".compute_flavors",
    "ComputeFlavorsAzStatus": ".compute_flavors_az_status",
    "ComputeFlavorsAzStatusAdditionalProperty": ".compute_flavors_az_status_additional_property",
    "ComputeFlavorsExtendFields": ".compute_flavors_extend_fields",
    "ComputeFlavorsGroupType": ".compute_flavors_group_type",
    "ConfigurationInfo": ".configuration_info",
    "ConfigurationParameterList": ".configuration_parameter_list",
    "ConfigurationParameters": ".configuration_parameters",
    "ConfigurationParametersType": ".configuration_parameters_type",
    "CopyConfigurationRequest": ".copy_configuration_request",
    "CopyConfigurationResponse": ".copy_configuration_response",
    "CpuArchitecture": ".cpu_architecture",
    "CreateDatabaseDetail": ".create_database_detail",
    "CreateDatabaseDetailResponses": ".create_database_detail_responses",
    "CreateDatabaseRequest": ".create_database_request",
    "CreateDatabaseResponse": ".create_database_response",
    "CreateDdmConfigurationsRequest": ".create_ddm_configurations_request",
    "CreateDdmConfigurationsRequestValues": ".create_ddm_configurations_request_values",
    "CreateDdmConfigurationsResponse": ".create_ddm_configurations_response",
    "CreateDdmDatabaseRequest": ".create_ddm_database_request",
    "CreateDdmDatabaseResponse": ".create_ddm_database_response",
    "CreateDdmUserRequest": ".create_ddm_user_request",
    "CreateGroupRequest": ".create_group_request",
    "CreateGroupRequestType": ".create_group_request_type",
    "CreateGroupResponse": ".create_group_response",
    "CreateInstanceDetail": ".create_instance_detail",
    "CreateInstanceDetailTimeZone": ".create_instance_detail_time_zone",
    "CreateInstanceExtendParam": ".create_instance_extend_param",
    "CreateInstanceExtendParamChargeMode": ".create_instance_extend_param_charge_mode",
    "CreateInstanceExtendParamIsAutoPay": ".create_instance_extend_param_is_auto_pay",
    "CreateInstanceExtendParamIsAutoRenew": ".create_instance_extend_param_is_auto_renew",
    "CreateInstanceExtendParamPeriodType": ".create_instance_extend_param_period_type",
    "CreateInstanceRequest": ".create_instance_request",
    "CreateInstanceResponse": ".create_instance_response",
    "CreateUserRelatedLogicDbV3": ".create_user_related_logic_db_v3",
    "CreateUsersDatabases": ".create_users_databases",
    "CreateUsersDetailResponses": ".create_users_detail_responses",
    "CreateUsersInfo": ".create_users_info",
    "CreateUsersRequest": ".create_users_request",
    "CreateUsersResponse": ".create_users_response",
    "DataNodeRelation": ".data_node_relation",
    "DatabaseDnInstances": ".database_dn_instances",
    "DatabaseInstabcesParam": ".database_instabces_param",
    "DDMInstance4Restore": ".ddm_instance_4_restore",
    "DeleteBackupResponse": ".delete_backup_response",
    "DeleteConfigurationResponse": ".delete_configuration_response",
    "DeleteDatabaseDeleteRdsData": ".delete_database_delete_rds_data",
    "DeleteDatabaseResponse": ".delete_database_response",
    "DeleteDdmDatabaseResponse": ".delete_ddm_database_response",
    "DeleteDdmInstanceResponse": ".delete_ddm_instance_response",
    "DeleteGroupResponse": ".delete_group_response",
    "DeleteInstanceDeleteRdsData": ".delete_instance_delete_rds_data",
    "DeleteInstanceResponse": ".delete_instance_response",
    "DeleteNodesRequest": ".delete_nodes_request",
    "DeleteNodesResponse": ".delete_nodes_response",
    "DeleteUserResponse": ".delete_user_response",
    "DNInstance": ".dn_instance",
    "DnInstanceInfo": ".dn_instance_info",
    "DownloadSchemaMetadataResponse": ".download_schema_metadata_response",
    "EngineGroupInfo": ".engine_group_info",
    "EngineGroupsInfo": ".engine_groups_info",
    "EnlargeNodeInfo": ".enlarge_node_info",
    "ErrorResponse": ".error_response",
    "EsdbCheckRdsConnectionRequestV3": ".esdb_check_rds_connection_request_v3",
    "ExecuteKillLogicalProcessesRequest": ".execute_kill_logical_processes_request",
    "ExecuteKillLogicalProcessesResponse": ".execute_kill_logical_processes_response",
    "ExecuteKillPhysicalProcessesRequest": ".execute_kill_physical_processes_request",
    "ExecuteKillPhysicalProcessesResponse": ".execute_kill_physical_processes_response",
    "ExpandDdmInstanceNodesRequest": ".expand_ddm_instance_nodes_request",
    "ExpandDdmInstanceNodesResponse": ".expand_ddm_instance_nodes_response",
    "ExpandInstanceNodesRequest": ".expand_instance_nodes_request",
    "ExpandInstanceNodesResponse": ".expand_instance_nodes_response",
    "Flavor": ".flavor",
    "FlavorGroupInfo": ".flavor_group_info",
    "GetDatabaseInfo": ".get_database_info",
    "GetDatabaseResponseBean": ".get_database_response_bean",
    "GetDatabaseUsedRds": ".get_database_used_rds",
    "GetDatabases": ".get_databases",
    "GetDetailNodesInfo": ".get_detail_nodes_info",
    "GetUsersListDetailResponses": ".get_users_list_detail_responses",
    "GetUsersListDetailResponsesExtendAuthorityItem": ".get_users_list_detail_responses_extend_authority_item",
    "GetUsersListDetailResponsesV3": ".get_users_list_detail_responses_v3",
    "GetUsersListdatabase": ".get_users_listdatabase",
    "GetUsersListdatabaseV3": ".get_users_listdatabase_v3",
    "GroupInfo": ".group_info",
    "GroupInfoRole": ".group_info_role",
    "GroupNodeInfo": ".group_node_info",
    "InstanceStatus": ".instance_status",
    "JobInfo": ".job_info",
    "JobInfoInstance": ".job_info_instance",
    "JobItem": ".job_item",
    "JobStatus": ".job_status",
    "LegacyErrorResponse": ".legacy_error_response",
    "LinkInfo": ".link_info",
    "ListApiVersionResponse": ".list_api_version_response",
    "ListAvailableRdsForMigrateResponse": ".list_available_rds_for_migrate_response",
    "ListAvailableRdsListResponse": ".list_available_rds_list_response",
    "ListAvailableRdsResponse": ".list_available_rds_response",
    "ListBackupsResponse": ".list_backups_response",
    "ListConfigurationApplyHistoriesResponse": ".list_configuration_apply_histories_response",
    "ListDatabaseAvailableVersionsResponse": ".list_database_available_versions_response",
    "ListDatabasesResponse": ".list_databases_response",
    "ListDdmConfigurationsResponse": ".list_ddm_configurations_response",
    "ListDdmEnginesResponse": ".list_ddm_engines_response",
    "ListDdmFlavorsResponse": ".list_ddm_flavors_response",
    "ListDdmUsersResponse": ".list_ddm_users_response",
    "ListEnginesResponse": ".list_engines_response",
    "ListFlavorsResponse": ".list_flavors_response",
    "ListGroupResponse": ".list_group_response",
    "ListInstancesConfigurationsResponse": ".list_instances_configurations_response",
    "ListInstancesResponse": ".list_instances_response",
    "ListNodesResponse": ".list_nodes_response",
    "ListSlowLogResponse": ".list_slow_log_response",
    "ListTasksResponse": ".list_tasks_response",
    "ListUsersResponse": ".list_users_response",
    "LogicalProcessesInfo": ".logical_processes_info",
    "MigrateDnInfoOpenResponse": ".migrate_dn_info_open_response",
    "MigrateLogicDbDataNode": ".migrate_logic_db_data_node",
    "MigrateLogicDbRequest": ".migrate_logic_db_request",
    "MigrateLogicDbResponse": ".migrate_logic_db_response",
    "MigrateResultsResponse": ".migrate_results_response",
    "ModifyConfigurationRequest": ".modify_configuration_request",
    "ModifyConfigurationRequestValues": ".modify_configuration_request_values",
    "ModifyConfigurationResponse": ".modify_configuration_response",
    "ModifyEipRequest": ".modify_eip_request",
    "ModifyEipResponse": ".modify_eip_response",
    "MoveTmlogFilesRequest": ".move_tmlog_files_request",
    "MoveTmlogFilesResponse": ".move_tmlog_files_response",
    "NodeInfo": ".node_info",
    "NodeList": ".node_list",
    "NodeStatus": ".node_status",
    "ParamGroupParameterDiffV3": ".param_group_parameter_diff_v3",
    "PhysicalProcessInfo": ".physical_process_info",
    "PreCheckResult": ".pre_check_result",
    "PreCheckResultStatus": ".pre_check_result_status",
    "ProjectTag": ".project_tag",
    "QueryAvailableRdsList": ".query_available_rds_list",
    "RebuildConfigRequest": ".rebuild_config_request",
    "RebuildConfigResponse": ".rebuild_config_response",
    "RebuildDdmConfigRequest": ".rebuild_ddm_config_request",
    "RebuildDdmConfigResponse": ".rebuild_ddm_config_response",
    "RelatedDn": ".related_dn",
    "RelatedDnVO": ".related_dn_vo",
    "ResetAdministratorRequest": ".reset_administrator_request",
    "ResetDdmUserPasswordRequest": ".reset_ddm_user_password_request",
    "ResetParameterGroupRequest": ".reset_parameter_group_request",
    "ResetParameterGroupRequestValues": ".reset_parameter_group_request_values",
    "ResetParameterGroupResponse": ".reset_parameter_group_response",
    "ResetUserPasswordRequest": ".reset_user_password_request",
    "ResetUserPasswordResponse": ".reset_user_password_response",
    "ResizeFlavorRequest": ".resize_flavor_request",
    "ResizeFlavorResponse": ".resize_flavor_response",
    "RestartDdmInstanceResponse": ".restart_ddm_instance_response",
    "RestartInstanceInfo": ".restart_instance_info",
    "RestartInstanceInfoType": ".restart_instance_info_type",
    "RestartInstanceRequest": ".restart_instance_request",
    "RestartInstanceResponse": ".restart_instance_response",
    "RestartNodeResponse": ".restart_node_response",
    "Restore2ExistRequest": ".restore_2_exist_request",
    "Restore2ExistResponse": ".restore_2_exist_response",
    "RestoreInstSource": ".restore_inst_source",
    "RestoreInstTarget": ".restore_inst_target",
    "RestoreMetaDataSource": ".restore_meta_data_source",
    "RestoreMetaDataTarget": ".restore_meta_data_target",
    "RestoreMetadataRequest": ".restore_metadata_request",
    "RestoreMetadataResponse": ".restore_metadata_response",
    "RestoreTimeInterval": ".restore_time_interval",
    "RetryMigrationResponse": ".retry_migration_response",
    "RiskInfo": ".risk_info",
    "RollBackDatabaseVersionResponse": ".roll_back_database_version_response",
    "RollbackMigrationResponse": ".rollback_migration_response",
    "SchemaStatus": ".schema_status",
    "SetReadOnlyStatusRequest": ".set_read_only_status_request",
    "SetReadOnlyStatusResponse": ".set_read_only_status_response",
    "ShardMode": ".shard_mode",
    "ShowAvalibleDdmsResponse": ".show_avalible_ddms_response",
    "ShowAvalibleRdsResponse": ".show_avalible_rds_response",
    "ShowAvalibleTimeResponse": ".show_avalible_time_response",
    "ShowBackupResponse": ".show_backup_response",
    "ShowConfigurationResponse": ".show_configuration_response",
    "ShowDatabaseResponse": ".show_database_response",
    "ShowDdmJobResultResponse": ".show_ddm_job_result_response",
    "ShowDdmNodeDetailResponse": ".show_ddm_node_detail_response",
    "ShowInstanceBeanResponse": ".show_instance_bean_response",
    "ShowInstanceDatabaseDataNodes": ".show_instance_database_data_nodes",
    "ShowInstanceDatabaseResponse": ".show_instance_database_response",
    "ShowInstanceDatabaseResponseStatus": ".show_instance_database_response_status",
    "ShowInstanceDatabaseShards": ".show_instance_database_shards",
    "ShowInstanceParamResponse": ".show_instance_param_response",
    "ShowInstanceParamXLanguage": ".show_instance_param_x_language",
    "ShowInstanceResponse": ".show_instance_response",
    "ShowLogicalProcessesResponse": ".show_logical_processes_response",
    "ShowNodeResponse": ".show_node_response",
    "ShowPhysicalProcessesResponse": ".show_physical_processes_response",
    "ShowProcessesAuditLogResponse": ".show_processes_audit_log_response",
    "ShowRelatedDnsResponse": ".show_related_dns_response",
    "ShowRiskInfoResponse": ".show_risk_info_response",
    "ShowTmlogInfosResponse": ".show_tmlog_infos_response",
    "ShrinkInstanceNodesRequest": ".shrink_instance_nodes_request",
    "ShrinkInstanceNodesResponse": ".shrink_instance_nodes_response",
    "SlowLogList": ".slow_log_list",
    "SupportAzsInfo": ".support_azs_info",
    "SwitchSslRequest": ".switch_ssl_request",
    "SwitchSslResponse": ".switch_ssl_response",
    "TargetDn4Restore": ".target_dn_4_restore",
    "TmlogInfo": ".tmlog_info",
    "UnbindEipResponse": ".unbind_eip_response",
    "UpdateDatabaseInfoResponse": ".update_database_info_response",
    "UpdateDdmInstanceNameRequest": ".update_ddm_instance_name_request",
    "UpdateDdmInstanceNameResponse": ".update_ddm_instance_name_response",
    "UpdateDdmInstanceSecurityGroupRequest": ".update_ddm_instance_security_group_request",
    "UpdateDdmInstanceSecurityGroupResponse": ".update_ddm_instance_security_group_response",
    "UpdateDdmUserRequest": ".update_ddm_user_request",
    "UpdateInstanceNameRequest": ".update_instance_name_request",
    "UpdateInstanceNameResponse": ".update_instance_name_response",
    "UpdateInstanceParamRequest": ".update_instance_param_request",
    "UpdateInstanceParamResponse": ".update_instance_param_response",
    "UpdateInstanceParamValues": ".update_instance_param_values",
    "UpdateInstanceParamValuesConcurrentExecutionLevel": ".update_instance_param_values_concurrent_execution_level",
    "UpdateInstanceParamValuesTransactionPolicy": ".update_instance_param_values_transaction_policy",
    "UpdateInstanceParamXLanguage": ".update_instance_param_x_language",
    "UpdateInstancePortRequest": ".update_instance_port_request",
    "UpdateInstancePortResponse": ".update_instance_port_response",
    "UpdateInstanceSecurityGroupRequest": ".update_instance_security_group_request",
    "UpdateInstanceSecurityGroupResponse": ".update_instance_security_group_response",
    "UpdateReadAndWriteStrategyRequest": ".update_read_and_write_strategy_request",
    "UpdateReadAndWriteStrategyRequestReadWeight": ".update_read_and_write_strategy_request_read_weight",
    "UpdateReadAndWriteStrategyResponse": ".update_read_and_write_strategy_response",
    "UpdateUserDetailReq": ".update_user_detail_req",
    "UpdateUserRelatedLogicDbV3": ".update_user_related_logic_db_v3",
    "UpdateUserRequest": ".update_user_request",
    "UpdateUserResponse": ".update_user_response",
    "UpdateUsersDatabases": ".update_users_databases",
    "UploadSchemaMetadataRequest": ".upload_schema_metadata_request",
    "UploadSchemaMetadataResponse": ".upload_schema_metadata_response",
    "UserProcessAuditLog": ".user_process_audit_log",
    "ValidateWeakPasswordRequest": ".validate_weak_password_request",
    "ValidateWeakPasswordResponse": ".validate_weak_password_response",
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
