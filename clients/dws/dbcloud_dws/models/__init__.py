# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_progress import ActionProgress
    from .cluster import Cluster
    from .cluster_detail import ClusterDetail
    from .cluster_info import ClusterInfo
    from .cluster_status import ClusterStatus
    from .cluster_sub_status import ClusterSubStatus
    from .cluster_task_status import ClusterTaskStatus
    from .create_cluster_info import CreateClusterInfo
    from .create_cluster_request import CreateClusterRequest
    from .create_cluster_response import CreateClusterResponse
    from .create_snapshot_request import CreateSnapshotRequest
    from .create_snapshot_response import CreateSnapshotResponse
    from .datastore import Datastore
    from .delete_cluster_request import DeleteClusterRequest
    from .elb_resp import ElbResp
    from .endpoints import Endpoints
    from .error_response import ErrorResponse
    from .failed_reasons import FailedReasons
    from .failed_reasons_error_code import FailedReasonsErrorCode
    from .fine_grained_snapshot_detail import FineGrainedSnapshotDetail
    from .list_cluster_details_response import ListClusterDetailsResponse
    from .list_clusters_datastore_type import ListClustersDatastoreType
    from .list_clusters_response import ListClustersResponse
    from .list_node_types_detail import ListNodeTypesDetail
    from .list_node_types_response import ListNodeTypesResponse
    from .list_snapshot_details_response import ListSnapshotDetailsResponse
    from .list_snapshots_response import ListSnapshotsResponse
    from .maintain_window import MaintainWindow
    from .maintain_window_day import MaintainWindowDay
    from .node_type_available_zones import NodeTypeAvailableZones
    from .node_type_datastores import NodeTypeDatastores
    from .node_type_datastores_attachments import NodeTypeDatastoresAttachments
    from .node_type_elastic_volume_specs import NodeTypeElasticVolumeSpecs
    from .node_types import NodeTypes
    from .nodes import Nodes
    from .parameter_group import ParameterGroup
    from .parameter_group_status import ParameterGroupStatus
    from .public_endpoints import PublicEndpoints
    from .public_ip import PublicIp
    from .public_ip_public_bind_type import PublicIpPublicBindType
    from .public_ip_status import PublicIpStatus
    from .redis_conf_req import RedisConfReq
    from .reset_password_request import ResetPasswordRequest
    from .resize import Resize
    from .resize_cluster_request import ResizeClusterRequest
    from .resize_info import ResizeInfo
    from .resize_info_resize_status import ResizeInfoResizeStatus
    from .resize_info_status import ResizeInfoStatus
    from .restart_cluster_request import RestartClusterRequest
    from .restart_cluster_request_restart import RestartClusterRequestRestart
    from .restore import Restore
    from .restore_cluster import RestoreCluster
    from .restore_cluster_request import RestoreClusterRequest
    from .restore_cluster_response import RestoreClusterResponse
    from .scale_out import ScaleOut
    from .snapshot import Snapshot
    from .snapshot_detail import SnapshotDetail
    from .snapshot_resp import SnapshotResp
    from .snapshot_status import SnapshotStatus
    from .snapshots import Snapshots
    from .tags import Tags
    from .volume_resp import VolumeResp

__all__ = (
    "ActionProgress",
    "Cluster",
    "ClusterDetail",
    "ClusterInfo",
    "ClusterStatus",
    "ClusterSubStatus",
    "ClusterTaskStatus",
    "CreateClusterInfo",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "CreateSnapshotRequest",
    "CreateSnapshotResponse",
    "Datastore",
    "DeleteClusterRequest",
    "ElbResp",
    "Endpoints",
    "ErrorResponse",
    "FailedReasons",
    "FailedReasonsErrorCode",
    "FineGrainedSnapshotDetail",
    "ListClusterDetailsResponse",
    "ListClustersDatastoreType",
    "ListClustersResponse",
    "ListNodeTypesDetail",
    "ListNodeTypesResponse",
    "ListSnapshotDetailsResponse",
    "ListSnapshotsResponse",
    "MaintainWindow",
    "MaintainWindowDay",
    "Nodes",
    "NodeTypeAvailableZones",
    "NodeTypeDatastores",
    "NodeTypeDatastoresAttachments",
    "NodeTypeElasticVolumeSpecs",
    "NodeTypes",
    "ParameterGroup",
    "ParameterGroupStatus",
    "PublicEndpoints",
    "PublicIp",
    "PublicIpPublicBindType",
    "PublicIpStatus",
    "RedisConfReq",
    "ResetPasswordRequest",
    "Resize",
    "ResizeClusterRequest",
    "ResizeInfo",
    "ResizeInfoResizeStatus",
    "ResizeInfoStatus",
    "RestartClusterRequest",
    "RestartClusterRequestRestart",
    "Restore",
    "RestoreCluster",
    "RestoreClusterRequest",
    "RestoreClusterResponse",
    "ScaleOut",
    "Snapshot",
    "SnapshotDetail",
    "SnapshotResp",
    "Snapshots",
    "SnapshotStatus",
    "Tags",
    "VolumeResp",
)

# name -> defining module; opc's import lines all read "from .<module> import <Name>".
_MODULES = {
    "ActionProgress": ".action_progress",
    "Cluster": ".cluster",
    "ClusterDetail": ".cluster_detail",
    "ClusterInfo": ".cluster_info",
    "ClusterStatus": ".cluster_status",
    "ClusterSubStatus": ".cluster_sub_status",
    "ClusterTaskStatus": ".cluster_task_status",
    "CreateClusterInfo": ".create_cluster_info",
    "CreateClusterRequest": ".create_cluster_request",
    "CreateClusterResponse": ".create_cluster_response",
    "CreateSnapshotRequest": ".create_snapshot_request",
    "CreateSnapshotResponse": ".create_snapshot_response",
    "Datastore": ".datastore",
    "DeleteClusterRequest": ".delete_cluster_request",
    "ElbResp": ".elb_resp",
    "Endpoints": ".endpoints",
    "ErrorResponse": ".error_response",
    "FailedReasons": ".failed_reasons",
    "FailedReasonsErrorCode": ".failed_reasons_error_code",
    "FineGrainedSnapshotDetail": ".fine_grained_snapshot_detail",
    "ListClusterDetailsResponse": ".list_cluster_details_response",
    "ListClustersDatastoreType": ".list_clusters_datastore_type",
    "ListClustersResponse": ".list_clusters_response",
    "ListNodeTypesDetail": ".list_node_types_detail",
    "ListNodeTypesResponse": ".list_node_types_response",
    "ListSnapshotDetailsResponse": ".list_snapshot_details_response",
    "ListSnapshotsResponse": ".list_snapshots_response",
    "MaintainWindow": ".maintain_window",
    "MaintainWindowDay": ".maintain_window_day",
    "NodeTypeAvailableZones": ".node_type_available_zones",
    "NodeTypeDatastores": ".node_type_datastores",
    "NodeTypeDatastoresAttachments": ".node_type_datastores_attachments",
    "NodeTypeElasticVolumeSpecs": ".node_type_elastic_volume_specs",
    "NodeTypes": ".node_types",
    "Nodes": ".nodes",
    "ParameterGroup": ".parameter_group",
    "ParameterGroupStatus": ".parameter_group_status",
    "PublicEndpoints": ".public_endpoints",
    "PublicIp": ".public_ip",
    "PublicIpPublicBindType": ".public_ip_public_bind_type",
    "PublicIpStatus": ".public_ip_status",
    "RedisConfReq": ".redis_conf_req",
    "ResetPasswordRequest": ".reset_password_request",
    "Resize": ".resize",
    "ResizeClusterRequest": ".resize_cluster_request",
    "ResizeInfo": ".resize_info",
    "ResizeInfoResizeStatus": ".resize_info_resize_status",
    "ResizeInfoStatus": ".resize_info_status",
    "RestartClusterRequest": ".restart_cluster_request",
    "RestartClusterRequestRestart": ".restart_cluster_request_restart",
    "Restore": ".restore",
    "RestoreCluster": ".restore_cluster",
    "RestoreClusterRequest": ".restore_cluster_request",
    "RestoreClusterResponse": ".restore_cluster_response",
    "ScaleOut": ".scale_out",
    "Snapshot": ".snapshot",
    "SnapshotDetail": ".snapshot_detail",
    "SnapshotResp": ".snapshot_resp",
    "SnapshotStatus": ".snapshot_status",
    "Snapshots": ".snapshots",
    "Tags": ".tags",
    "VolumeResp": ".volume_resp",
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
