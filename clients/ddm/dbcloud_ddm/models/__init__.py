# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
"""Contains all the data models used in inputs/outputs"""

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
from .configuration_info import ConfigurationInfo
from .configuration_parameter_list import ConfigurationParameterList
from .configuration_parameters import ConfigurationParameters
from .configuration_parameters_type import ConfigurationParametersType
from .copy_configuration_request import CopyConfigurationRequest
from .copy_configuration_response import CopyConfigurationResponse
from .create_database_detail import CreateDatabaseDetail
from .create_database_detail_responses import CreateDatabaseDetailResponses
from .create_database_detail_shard_mode import CreateDatabaseDetailShardMode
from .create_database_request import CreateDatabaseRequest
from .create_database_response import CreateDatabaseResponse
from .create_ddm_configurations_request import CreateDdmConfigurationsRequest
from .create_ddm_configurations_request_values import CreateDdmConfigurationsRequestValues
from .create_ddm_configurations_response import CreateDdmConfigurationsResponse
from .create_ddm_database_request import CreateDdmDatabaseRequest
from .create_ddm_database_request_shard_mode import CreateDdmDatabaseRequestShardMode
from .create_ddm_database_response import CreateDdmDatabaseResponse
from .create_ddm_user_request import CreateDdmUserRequest
from .create_ddm_user_request_base_authority_item import CreateDdmUserRequestBaseAuthorityItem
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
from .create_users_info_base_authority_item import CreateUsersInfoBaseAuthorityItem
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
from .flavor_group_info_group_type import FlavorGroupInfoGroupType
from .get_database_info import GetDatabaseInfo
from .get_database_info_shard_mode import GetDatabaseInfoShardMode
from .get_database_response_bean import GetDatabaseResponseBean
from .get_database_response_bean_shard_mode import GetDatabaseResponseBeanShardMode
from .get_database_used_rds import GetDatabaseUsedRds
from .get_databases import GetDatabases
from .get_detail_nodes_info import GetDetailNodesInfo
from .get_users_list_detail_responses import GetUsersListDetailResponses
from .get_users_list_detail_responses_base_authority_item import GetUsersListDetailResponsesBaseAuthorityItem
from .get_users_list_detail_responses_extend_authority_item import GetUsersListDetailResponsesExtendAuthorityItem
from .get_users_list_detail_responses_v3 import GetUsersListDetailResponsesV3
from .get_users_list_detail_responses_v3_base_authority_item import GetUsersListDetailResponsesV3BaseAuthorityItem
from .get_users_listdatabase import GetUsersListdatabase
from .get_users_listdatabase_v3 import GetUsersListdatabaseV3
from .group_info import GroupInfo
from .group_info_role import GroupInfoRole
from .group_node_info import GroupNodeInfo
from .instance_status import InstanceStatus
from .job_info import JobInfo
from .job_info_instance import JobInfoInstance
from .job_info_status import JobInfoStatus
from .job_item import JobItem
from .job_item_status import JobItemStatus
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
from .show_instance_database_response_shard_mode import ShowInstanceDatabaseResponseShardMode
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
from .update_ddm_user_request_base_authority_item import UpdateDdmUserRequestBaseAuthorityItem
from .update_instance_name_request import UpdateInstanceNameRequest
from .update_instance_name_response import UpdateInstanceNameResponse
from .update_instance_param_request import UpdateInstanceParamRequest
from .update_instance_param_response import UpdateInstanceParamResponse
from .update_instance_param_values import UpdateInstanceParamValues
from .update_instance_param_values_concurrent_execution_level import UpdateInstanceParamValuesConcurrentExecutionLevel
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
from .update_user_detail_req_base_authority_item import UpdateUserDetailReqBaseAuthorityItem
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
    "ConfigurationInfo",
    "ConfigurationParameterList",
    "ConfigurationParameters",
    "ConfigurationParametersType",
    "CopyConfigurationRequest",
    "CopyConfigurationResponse",
    "CreateDatabaseDetail",
    "CreateDatabaseDetailResponses",
    "CreateDatabaseDetailShardMode",
    "CreateDatabaseRequest",
    "CreateDatabaseResponse",
    "CreateDdmConfigurationsRequest",
    "CreateDdmConfigurationsRequestValues",
    "CreateDdmConfigurationsResponse",
    "CreateDdmDatabaseRequest",
    "CreateDdmDatabaseRequestShardMode",
    "CreateDdmDatabaseResponse",
    "CreateDdmUserRequest",
    "CreateDdmUserRequestBaseAuthorityItem",
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
    "CreateUsersInfoBaseAuthorityItem",
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
    "FlavorGroupInfoGroupType",
    "GetDatabaseInfo",
    "GetDatabaseInfoShardMode",
    "GetDatabaseResponseBean",
    "GetDatabaseResponseBeanShardMode",
    "GetDatabases",
    "GetDatabaseUsedRds",
    "GetDetailNodesInfo",
    "GetUsersListdatabase",
    "GetUsersListdatabaseV3",
    "GetUsersListDetailResponses",
    "GetUsersListDetailResponsesBaseAuthorityItem",
    "GetUsersListDetailResponsesExtendAuthorityItem",
    "GetUsersListDetailResponsesV3",
    "GetUsersListDetailResponsesV3BaseAuthorityItem",
    "GroupInfo",
    "GroupInfoRole",
    "GroupNodeInfo",
    "InstanceStatus",
    "JobInfo",
    "JobInfoInstance",
    "JobInfoStatus",
    "JobItem",
    "JobItemStatus",
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
    "ShowInstanceDatabaseResponseShardMode",
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
    "UpdateDdmUserRequestBaseAuthorityItem",
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
    "UpdateUserDetailReqBaseAuthorityItem",
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
