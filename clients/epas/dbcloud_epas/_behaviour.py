# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Behaviour declared in the spec, as plain data for the generic engines of dbcloud_core."""

from __future__ import annotations

from typing import Any, Final

SERVICE: Final = "epas"
VERSION: Final = "0.1.0"
SERVERS: Final[list[dict[str, Any]]] = [
    {
        "description": 'EPAS endpoint. Valid environment/region pairs (reference "Environment and Region '
        'List"): s with kr-west1 or kr-east1; g with kr-south1, kr-south2 or kr-south3; e '
        "with kr-west1 or kr-east1.",
        "url": "https://epas.{region}.{environment}.samsungsdscloud.com",
        "variables": {
            "environment": {
                "default": "s",
                "description": "One-letter operating environment code of the Samsung Cloud Platform.",
                "enum": ["s", "g", "e"],
            },
            "region": {
                "default": "kr-west1",
                "description": "Region code; kr-south1..3 exist only in environment g, "
                "kr-west1/kr-east1 only in s and e.",
                "enum": ["kr-west1", "kr-east1", "kr-south1", "kr-south2", "kr-south3"],
            },
        },
        "x-environment-regions": {
            "e": ["kr-west1", "kr-east1"],
            "g": ["kr-south1", "kr-south2", "kr-south3"],
            "s": ["kr-west1", "kr-east1"],
        },
    }
]
SECURITY_SCHEMES: Final[dict[str, dict[str, Any]]] = {
    "scp_accesskey": {
        "description": "Access key of the SCP user.",
        "in": "header",
        "name": "Scp-Accesskey",
        "type": "apiKey",
    },
    "scp_client_type": {
        "description": "Client type; always Openapi.",
        "in": "header",
        "name": "Scp-ClientType",
        "type": "apiKey",
    },
    "scp_signature": {
        "description": "Base64 HMAC-SHA256 signature of method, URL, timestamp, access "
        "key, account id and client type.",
        "in": "header",
        "name": "Scp-Signature",
        "type": "apiKey",
    },
    "scp_timestamp": {
        "description": "Request time in Unix milliseconds, as signed.",
        "in": "header",
        "name": "Scp-Timestamp",
        "type": "apiKey",
    },
}

#: operationId -> how it is called: method, path, tag, whether a retry is safe, the body schema name.
OPERATIONS: Final[dict[str, dict[str, Any]]] = {
    "add_block_storages": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/instance-groups/{instance_group_id}/block-storage-groups",
        "request_schema": "AddBlockStoragesRequest",
        "tag": "block_storages",
    },
    "create_cluster": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters",
        "request_schema": "EpasClusterCreateRequest",
        "tag": "clusters",
    },
    "create_replica": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/replicas",
        "request_schema": "ReplicasCreateRequest",
        "tag": "replicas",
    },
    "create_restore_cluster": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/restore",
        "request_schema": "ClusterRestoreRequest",
        "tag": "backups",
    },
    "delete_archive_log": {
        "idempotent": True,
        "method": "delete",
        "path": "/v1/clusters/{cluster_id}/archive",
        "request_schema": None,
        "tag": "archive",
    },
    "export_log": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/log-export-configs/{log_type}/export",
        "request_schema": None,
        "tag": "logs",
    },
    "list_backup_histories": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/clusters/{cluster_id}/backup-histories",
        "request_schema": None,
        "tag": "backups",
    },
    "list_clusters": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/clusters",
        "request_schema": None,
        "tag": "clusters",
    },
    "list_engine_version_properties": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/engine-versions/{dbaas_engine_version_id}/properties",
        "request_schema": None,
        "tag": "engines",
    },
    "list_engine_versions": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/engine-versions",
        "request_schema": None,
        "tag": "engines",
    },
    "list_log_export_configs": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/clusters/{cluster_id}/log-export-configs",
        "request_schema": None,
        "tag": "logs",
    },
    "list_parameter_groups": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/parameter-groups",
        "request_schema": None,
        "tag": "parameters",
    },
    "list_parameter_values": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/clusters/{cluster_id}/parameters",
        "request_schema": None,
        "tag": "parameters",
    },
    "list_parameters": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/parameters",
        "request_schema": None,
        "tag": "parameters",
    },
    "list_replicas": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/clusters/{cluster_id}/replicas",
        "request_schema": None,
        "tag": "replicas",
    },
    "list_server_types": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/server-types",
        "request_schema": None,
        "tag": "server_types",
    },
    "patch_minor_version": {
        "idempotent": True,
        "method": "put",
        "path": "/v1/clusters/{cluster_id}/patch",
        "request_schema": "MinorPatchRequest",
        "tag": "clusters",
    },
    "promote_replica_cluster": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/promote",
        "request_schema": None,
        "tag": "replicas",
    },
    "register_log_export_config": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/log-export-configs",
        "request_schema": "LogExportConfigCreateRequest",
        "tag": "logs",
    },
    "remove_backup_histories": {
        "idempotent": True,
        "method": "put",
        "path": "/v1/clusters/{cluster_id}/backup-histories",
        "request_schema": "BackupHistoryNumberRequest",
        "tag": "backups",
    },
    "reset_replica": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{replica_cluster_id}/reset-replica",
        "request_schema": None,
        "tag": "replicas",
    },
    "restart_cluster": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/restart",
        "request_schema": None,
        "tag": "clusters",
    },
    "set_archive_config": {
        "idempotent": True,
        "method": "put",
        "path": "/v1/clusters/{cluster_id}/archive",
        "request_schema": "ArchiveConfigSetRequest",
        "tag": "archive",
    },
    "set_audit_log": {
        "idempotent": True,
        "method": "put",
        "path": "/v1/clusters/{cluster_id}/audit-log",
        "request_schema": "AuditLogRequest",
        "tag": "logs",
    },
    "set_backup": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/backups",
        "request_schema": "BackupSettingRequest",
        "tag": "backups",
    },
    "set_block_storage_size": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/block-storage-groups/{block_storage_group_id}/resize",
        "request_schema": "ResizeBlockStorageGroupRequest",
        "tag": "block_storages",
    },
    "set_log_export_config": {
        "idempotent": True,
        "method": "put",
        "path": "/v1/clusters/{cluster_id}/log-export-configs/{log_type}",
        "request_schema": "LogExportConfigModifyRequest",
        "tag": "logs",
    },
    "set_maintenance": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/maintenance",
        "request_schema": "MaintenanceRequest",
        "tag": "clusters",
    },
    "set_parameter_values": {
        "idempotent": True,
        "method": "put",
        "path": "/v1/clusters/{cluster_id}/parameters",
        "request_schema": "ParametersRequest",
        "tag": "parameters",
    },
    "set_security_group_rules": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/security-group-rules",
        "request_schema": "UpdateSecurityGroupRulesRequest",
        "tag": "clusters",
    },
    "set_server_type": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/instance-groups/{instance_group_id}/resize",
        "request_schema": "InstanceGroupResizeRequest",
        "tag": "server_types",
    },
    "show_archive_config": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/clusters/{cluster_id}/archive",
        "request_schema": None,
        "tag": "archive",
    },
    "show_cluster": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/clusters/{cluster_id}",
        "request_schema": None,
        "tag": "clusters",
    },
    "show_request": {
        "idempotent": True,
        "method": "get",
        "path": "/v1/requests/{request_id}",
        "request_schema": None,
        "tag": "requests",
    },
    "start_cluster": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/start",
        "request_schema": None,
        "tag": "clusters",
    },
    "stop_cluster": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/stop",
        "request_schema": None,
        "tag": "clusters",
    },
    "switchover_cluster": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/switchover",
        "request_schema": None,
        "tag": "clusters",
    },
    "synchronize_archive_config": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/archive/sync",
        "request_schema": None,
        "tag": "archive",
    },
    "synchronize_cluster_state": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/sync-state",
        "request_schema": None,
        "tag": "clusters",
    },
    "synchronize_parameter_values": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{cluster_id}/parameters/sync",
        "request_schema": None,
        "tag": "parameters",
    },
    "synchronize_replica_state": {
        "idempotent": False,
        "method": "post",
        "path": "/v1/clusters/{origin_cluster_id}/sync-replica-state",
        "request_schema": None,
        "tag": "replicas",
    },
    "terminate_cluster": {
        "idempotent": True,
        "method": "delete",
        "path": "/v1/clusters/{cluster_id}",
        "request_schema": None,
        "tag": "clusters",
    },
    "unregister_log_export_config": {
        "idempotent": True,
        "method": "delete",
        "path": "/v1/clusters/{cluster_id}/log-export-configs/{log_type}",
        "request_schema": None,
        "tag": "logs",
    },
    "unset_backup": {
        "idempotent": True,
        "method": "delete",
        "path": "/v1/clusters/{cluster_id}/backups",
        "request_schema": None,
        "tag": "backups",
    },
    "unset_maintenance": {
        "idempotent": True,
        "method": "delete",
        "path": "/v1/clusters/{cluster_id}/maintenance",
        "request_schema": None,
        "tag": "clusters",
    },
}

#: Property names marked ``format: password`` or ``x-sensitive`` anywhere in the spec.
SENSITIVE_FIELDS: Final[frozenset[str]] = frozenset(["access_key", "database_user_password", "secret_key"])

#: errors.yaml: vendor error code -> (HTTP status, message, retryable).
ERROR_CODES: Final[dict[str, tuple[int, str, bool]]] = {}

#: Required header parameters with a default (API-version pins): sent on every request.
DEFAULT_HEADERS: Final[dict[str, str]] = {"Scp-Api-Version": "epas 1.0"}

#: x-waiters: waiter name -> what to poll and which outcomes end the wait (dbcloud_core.waiters).
WAITERS: Final[dict[str, dict[str, Any]]] = {
    "ClusterDeleted": {
        "acceptors": [
            {"state": "success", "status": 404},
            {"expected": "TERMINATED", "path": "service_state", "state": "success"},
        ],
        "delay_s": 30,
        "description": "The cluster is gone (404) or its service state is TERMINATED.",
        "follows": {"terminate_cluster": {"cluster_id": "$request.path.cluster_id"}},
        "max_attempts": 120,
        "operation": "show_cluster",
    },
    "ClusterRunning": {
        "acceptors": [
            {"expected": "RUNNING", "path": "service_state", "state": "success"},
            {"expected": ["FAILED", "ERROR", "TERMINATED"], "path": "service_state", "state": "failure"},
        ],
        "delay_s": 30,
        "description": "The cluster's service state is RUNNING; FAILED, ERROR or TERMINATED fails.",
        "follows": {
            "create_cluster": {"cluster_id": "$response.body#/resource/id"},
            "restart_cluster": {"cluster_id": "$request.path.cluster_id"},
            "start_cluster": {"cluster_id": "$request.path.cluster_id"},
        },
        "max_attempts": 120,
        "operation": "show_cluster",
    },
    "ClusterStopped": {
        "acceptors": [
            {"expected": "STOPPED", "path": "service_state", "state": "success"},
            {"expected": ["FAILED", "ERROR", "TERMINATED"], "path": "service_state", "state": "failure"},
        ],
        "delay_s": 15,
        "description": "The cluster's service state is STOPPED; FAILED, ERROR or TERMINATED fails.",
        "follows": {"stop_cluster": {"cluster_id": "$request.path.cluster_id"}},
        "max_attempts": 120,
        "operation": "show_cluster",
    },
    "RequestFinished": {
        "acceptors": [
            {"expected": "COMPLETED", "path": "state", "state": "success"},
            {"expected": "FAILED", "path": "state", "state": "failure"},
        ],
        "delay_s": 10,
        "description": "An asynchronous request has ended: COMPLETED, or FAILED "
        "(fails); see the erratum on request states.",
        "follows": {
            "add_block_storages": {"request_id": "$response.body#/request_id"},
            "create_cluster": {"request_id": "$response.body#/request_id"},
            "create_replica": {"request_id": "$response.body#/request_id"},
            "create_restore_cluster": {"request_id": "$response.body#/request_id"},
            "delete_archive_log": {"request_id": "$response.body#/request_id"},
            "export_log": {"request_id": "$response.body#/request_id"},
            "patch_minor_version": {"request_id": "$response.body#/request_id"},
            "promote_replica_cluster": {"request_id": "$response.body#/request_id"},
            "register_log_export_config": {"request_id": "$response.body#/request_id"},
            "remove_backup_histories": {"request_id": "$response.body#/request_id"},
            "reset_replica": {"request_id": "$response.body#/request_id"},
            "restart_cluster": {"request_id": "$response.body#/request_id"},
            "set_archive_config": {"request_id": "$response.body#/request_id"},
            "set_audit_log": {"request_id": "$response.body#/request_id"},
            "set_backup": {"request_id": "$response.body#/request_id"},
            "set_block_storage_size": {"request_id": "$response.body#/request_id"},
            "set_log_export_config": {"request_id": "$response.body#/request_id"},
            "set_maintenance": {"request_id": "$response.body#/request_id"},
            "set_parameter_values": {"request_id": "$response.body#/request_id"},
            "set_security_group_rules": {"request_id": "$response.body#/request_id"},
            "set_server_type": {"request_id": "$response.body#/request_id"},
            "start_cluster": {"request_id": "$response.body#/request_id"},
            "stop_cluster": {"request_id": "$response.body#/request_id"},
            "switchover_cluster": {"request_id": "$response.body#/request_id"},
            "synchronize_archive_config": {"request_id": "$response.body#/request_id"},
            "synchronize_cluster_state": {"request_id": "$response.body#/request_id"},
            "synchronize_parameter_values": {"request_id": "$response.body#/request_id"},
            "synchronize_replica_state": {"request_id": "$response.body#/request_id"},
            "terminate_cluster": {"request_id": "$response.body#/request_id"},
            "unregister_log_export_config": {"request_id": "$response.body#/request_id"},
            "unset_backup": {"request_id": "$response.body#/request_id"},
            "unset_maintenance": {"request_id": "$response.body#/request_id"},
        },
        "max_attempts": 360,
        "operation": "show_request",
    },
}

#: operationId -> its x-pagination (parameter names as the facade's keywords) and the items' model.
PAGINATORS: Final[dict[str, dict[str, Any]]] = {
    "list_backup_histories": {
        "item_model": "BackupHistoryApiItem",
        "pagination": {
            "first_page": 0,
            "items": "/contents",
            "page_param": "page",
            "size_param": "limit",
            "style": "page",
            "total": "/total_count",
        },
    },
    "list_clusters": {
        "item_model": "RdbClusterResponse",
        "pagination": {
            "first_page": 0,
            "items": "/contents",
            "page_param": "page",
            "size_param": "size",
            "style": "page",
        },
    },
    "list_parameters": {
        "item_model": "Parameters",
        "pagination": {
            "first_page": 0,
            "items": "/contents",
            "page_param": "page",
            "size_param": "size",
            "style": "page",
        },
    },
}
