# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
"""DwsClient / AsyncDwsClient: every operation of the Huawei Cloud GaussDB(DWS) API as a typed method.

Methods only bind the generated operation modules to dbcloud_core's base client, which resolves the
endpoint, signs, validates the body before sending, retries, and raises typed errors
(``dbcloud_core.errors``): RequestValidationError / ConfigurationError before anything is sent,
an APIError subclass for an error reply, TransportError when the network fails.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from dbcloud_core.base_client import AsyncAPIClient, SyncAPIClient

from . import _behaviour
from .types import UNSET, Unset

if TYPE_CHECKING:
    from dbcloud_core.waiters import WaitProgress

    from .models import (
        CreateClusterRequest,
        CreateClusterResponse,
        CreateSnapshotRequest,
        CreateSnapshotResponse,
        DeleteClusterRequest,
        ListClusterDetailsResponse,
        ListClustersDatastoreType,
        ListClustersResponse,
        ListNodeTypesResponse,
        ListSnapshotDetailsResponse,
        ListSnapshotsResponse,
        ResetPasswordRequest,
        ResizeClusterRequest,
        RestartClusterRequest,
        RestoreClusterRequest,
        RestoreClusterResponse,
    )

__all__ = ["AsyncDwsClient", "DwsClient"]


@cache
def _module(tag: str, operation_id: str) -> ModuleType:
    # Imported on first use: a client pays only for the operations it calls; then looked up once.
    import importlib

    return importlib.import_module(f"{__package__}.api.{tag}.{operation_id}")


class DwsClient(SyncAPIClient):
    """Blocking client for the Huawei Cloud GaussDB(DWS) API.

    Args:
        region: region code, for the spec's server URL (default: the spec's default).
        credentials: explicit credentials; otherwise environment variables, then the profile file.
        base_url: overrides the endpoint (e.g. the local simulator).
        project_id: default for every operation with a ``project_id`` path parameter.
        strict: True raises ResponseValidationError for a reply that drifts from the spec, instead of
            keeping the value and logging a warning (dbcloud_core.parsing).
        retry, timeout, auth, transport, headers, verify: see dbcloud_core.base_client.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(_behaviour, **options)

    def create_cluster(
        self,
        *,
        body: CreateClusterRequest,
        project_id: str | None = None,
    ) -> CreateClusterResponse:
        """Create a cluster.

        Starts the asynchronous creation of a data warehouse cluster inside an existing VPC and subnet; the
        cluster becomes usable after roughly 10 to 15 minutes.

        ``POST /v1.0/{project_id}/clusters``
        """
        return cast(
            "CreateClusterResponse",
            self.call(
                "create_cluster",
                _module("clusters", "create_cluster"),
                body=body,
                project_id=project_id,
            ),
        )

    def list_clusters(
        self,
        *,
        project_id: str | None = None,
        datastore_type: ListClustersDatastoreType | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
    ) -> ListClustersResponse:
        """List clusters.

        Returns every cluster of the project together with its state and connection data.

        ``GET /v1.0/{project_id}/clusters``
        """
        return cast(
            "ListClustersResponse",
            self.call(
                "list_clusters",
                _module("clusters", "list_clusters"),
                project_id=project_id,
                datastore_type=datastore_type,
                enterprise_project_id=enterprise_project_id,
            ),
        )

    def list_cluster_details(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
    ) -> ListClusterDetailsResponse:
        """Show cluster details.

        Returns the full description of one cluster, including network, maintenance window, scale-out
        progress and parameter group.

        ``GET /v1.0/{project_id}/clusters/{cluster_id}``
        """
        return cast(
            "ListClusterDetailsResponse",
            self.call(
                "list_cluster_details",
                _module("clusters", "list_cluster_details"),
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    def delete_cluster(
        self,
        *,
        cluster_id: str,
        body: DeleteClusterRequest,
        project_id: str | None = None,
    ) -> None:
        """Delete a cluster.

        Deletes the cluster and releases all of its resources, including the stored data; take a snapshot
        first if the data is still needed.

        ``DELETE /v1.0/{project_id}/clusters/{cluster_id}``
        """
        return cast(
            "None",
            self.call(
                "delete_cluster",
                _module("clusters", "delete_cluster"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_node_types(
        self,
        *,
        project_id: str | None = None,
    ) -> ListNodeTypesResponse:
        """List node types.

        Returns the node flavors that can be used for clusters, with their CPU, memory and disk attributes.

        ``GET /v2/{project_id}/node-types``
        """
        return cast(
            "ListNodeTypesResponse",
            self.call(
                "list_node_types",
                _module("clusters", "list_node_types"),
                project_id=project_id,
            ),
        )

    def list_node_types_v1(
        self,
        *,
        project_id: str | None = None,
    ) -> ListNodeTypesResponse:
        """List node types (old path) (deprecated).

        Older path of the node-type listing documented only in the Chinese edition; superseded by GET
        /v2/{project_id}/node-types, which returns the same body.

        ``GET /v1.0/{project_id}/node_types``
        """
        return cast(
            "ListNodeTypesResponse",
            self.call(
                "list_node_types_v1",
                _module("clusters", "list_node_types_v1"),
                project_id=project_id,
            ),
        )

    def restart_cluster(
        self,
        *,
        cluster_id: str,
        body: RestartClusterRequest,
        project_id: str | None = None,
    ) -> None:
        """Restart a cluster.

        Reboots the cluster; the body only carries an empty restart marker.

        ``POST /v1.0/{project_id}/clusters/{cluster_id}/restart``
        """
        return cast(
            "None",
            self.call(
                "restart_cluster",
                _module("clusters", "restart_cluster"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    def resize_cluster(
        self,
        *,
        cluster_id: str,
        body: ResizeClusterRequest,
        project_id: str | None = None,
    ) -> None:
        """Scale out or resize a cluster.

        Adds nodes to a cluster (scale_out). The Chinese edition also documents a resize form that sets a
        target node type and node count for clusters of version 1.5.0 or later; send exactly one of the two
        members.

        ``POST /v1.0/{project_id}/clusters/{cluster_id}/resize``
        """
        return cast(
            "None",
            self.call(
                "resize_cluster",
                _module("clusters", "resize_cluster"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    def reset_password(
        self,
        *,
        cluster_id: str,
        body: ResetPasswordRequest,
        project_id: str | None = None,
    ) -> None:
        """Reset the administrator password.

        Sets a new password for the cluster's database administrator.

        ``POST /v1.0/{project_id}/clusters/{cluster_id}/reset-password``
        """
        return cast(
            "None",
            self.call(
                "reset_password",
                _module("clusters", "reset_password"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    def create_snapshot(
        self,
        *,
        body: CreateSnapshotRequest,
        project_id: str | None = None,
    ) -> CreateSnapshotResponse:
        """Create a snapshot.

        Starts a manual, full backup (snapshot) of the given cluster; the snapshot is kept in OBS.

        ``POST /v1.0/{project_id}/snapshots``
        """
        return cast(
            "CreateSnapshotResponse",
            self.call(
                "create_snapshot",
                _module("snapshots", "create_snapshot"),
                body=body,
                project_id=project_id,
            ),
        )

    def list_snapshots(
        self,
        *,
        project_id: str | None = None,
    ) -> ListSnapshotsResponse:
        """List snapshots.

        Returns all snapshots of the project together with their total count.

        ``GET /v1.0/{project_id}/snapshots``
        """
        return cast(
            "ListSnapshotsResponse",
            self.call(
                "list_snapshots",
                _module("snapshots", "list_snapshots"),
                project_id=project_id,
            ),
        )

    def list_snapshot_details(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
    ) -> ListSnapshotDetailsResponse:
        """Show snapshot details.

        Returns the details of one snapshot, looked up by its ID.

        ``GET /v1.0/{project_id}/snapshots/{snapshot_id}``
        """
        return cast(
            "ListSnapshotDetailsResponse",
            self.call(
                "list_snapshot_details",
                _module("snapshots", "list_snapshot_details"),
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )

    def delete_snapshot(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
    ) -> None:
        """Delete a manual snapshot.

        Removes one manually created snapshot; the deletion runs asynchronously.

        ``DELETE /v1.0/{project_id}/snapshots/{snapshot_id}``
        """
        return cast(
            "None",
            self.call(
                "delete_snapshot",
                _module("snapshots", "delete_snapshot"),
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )

    def restore_cluster(
        self,
        *,
        snapshot_id: str,
        body: RestoreClusterRequest,
        project_id: str | None = None,
    ) -> RestoreClusterResponse:
        """Restore a cluster from a snapshot.

        Creates a new cluster with the flavor of the snapshot's source cluster and loads the snapshot into
        it; restoring into an existing cluster is not supported.

        ``POST /v1.0/{project_id}/snapshots/{snapshot_id}/actions``
        """
        return cast(
            "RestoreClusterResponse",
            self.call(
                "restore_cluster",
                _module("snapshots", "restore_cluster"),
                snapshot_id=snapshot_id,
                body=body,
                project_id=project_id,
            ),
        )

    def wait_until_cluster_available(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterAvailable: The cluster is AVAILABLE after its creation (10 to 15 minutes by the reference); CREATION
        FAILED fails.

        Polls ``list_cluster_details`` every 30 s, at most 60 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: create_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ListClusterDetailsResponse | None",
            self.wait(
                "ClusterAvailable",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    def wait_until_cluster_restored(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterRestored: The cluster restored from a snapshot has finished RESTORING and is AVAILABLE.

        Polls ``list_cluster_details`` every 30 s, at most 120 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: restore_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ListClusterDetailsResponse | None",
            self.wait(
                "ClusterRestored",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    def wait_until_cluster_resized(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterResized: A scale-out has finished: no GROWING task and no redistribution running; a resize or
        redistribution failure fails.

        Polls ``list_cluster_details`` every 30 s, at most 240 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: resize_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ListClusterDetailsResponse | None",
            self.wait(
                "ClusterResized",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    def wait_until_cluster_restarted(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterRestarted: A restart has finished: the REBOOTING task is over and the cluster is AVAILABLE;
        REBOOT_FAILURE fails.

        Polls ``list_cluster_details`` every 15 s, at most 80 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: restart_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ListClusterDetailsResponse | None",
            self.wait(
                "ClusterRestarted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    def wait_until_cluster_deleted(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterDeleted: The cluster is gone: the details call answers 404.

        Polls ``list_cluster_details`` every 15 s, at most 80 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: delete_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ListClusterDetailsResponse | None",
            self.wait(
                "ClusterDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    def wait_until_snapshot_available(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListSnapshotDetailsResponse | None:
        """SnapshotAvailable: The snapshot is AVAILABLE; UNAVAILABLE fails.

        Polls ``list_snapshot_details`` every 15 s, at most 240 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: create_snapshot.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ListSnapshotDetailsResponse | None",
            self.wait(
                "SnapshotAvailable",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )

    def wait_until_snapshot_deleted(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListSnapshotDetailsResponse | None:
        """SnapshotDeleted: The snapshot is gone: the details call answers 404.

        Polls ``list_snapshot_details`` every 10 s, at most 60 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: delete_snapshot.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ListSnapshotDetailsResponse | None",
            self.wait(
                "SnapshotDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )


class AsyncDwsClient(AsyncAPIClient):
    """asyncio twin of :class:`DwsClient`; same arguments."""

    def __init__(self, **options: Any) -> None:
        super().__init__(_behaviour, **options)

    async def create_cluster(
        self,
        *,
        body: CreateClusterRequest,
        project_id: str | None = None,
    ) -> CreateClusterResponse:
        """Create a cluster: see :meth:`DwsClient.create_cluster`."""
        return cast(
            "CreateClusterResponse",
            await self.call(
                "create_cluster",
                _module("clusters", "create_cluster"),
                body=body,
                project_id=project_id,
            ),
        )

    async def list_clusters(
        self,
        *,
        project_id: str | None = None,
        datastore_type: ListClustersDatastoreType | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
    ) -> ListClustersResponse:
        """List clusters: see :meth:`DwsClient.list_clusters`."""
        return cast(
            "ListClustersResponse",
            await self.call(
                "list_clusters",
                _module("clusters", "list_clusters"),
                project_id=project_id,
                datastore_type=datastore_type,
                enterprise_project_id=enterprise_project_id,
            ),
        )

    async def list_cluster_details(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
    ) -> ListClusterDetailsResponse:
        """Show cluster details: see :meth:`DwsClient.list_cluster_details`."""
        return cast(
            "ListClusterDetailsResponse",
            await self.call(
                "list_cluster_details",
                _module("clusters", "list_cluster_details"),
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    async def delete_cluster(
        self,
        *,
        cluster_id: str,
        body: DeleteClusterRequest,
        project_id: str | None = None,
    ) -> None:
        """Delete a cluster: see :meth:`DwsClient.delete_cluster`."""
        return cast(
            "None",
            await self.call(
                "delete_cluster",
                _module("clusters", "delete_cluster"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_node_types(
        self,
        *,
        project_id: str | None = None,
    ) -> ListNodeTypesResponse:
        """List node types: see :meth:`DwsClient.list_node_types`."""
        return cast(
            "ListNodeTypesResponse",
            await self.call(
                "list_node_types",
                _module("clusters", "list_node_types"),
                project_id=project_id,
            ),
        )

    async def list_node_types_v1(
        self,
        *,
        project_id: str | None = None,
    ) -> ListNodeTypesResponse:
        """List node types (old path) (deprecated): see :meth:`DwsClient.list_node_types_v1`."""
        return cast(
            "ListNodeTypesResponse",
            await self.call(
                "list_node_types_v1",
                _module("clusters", "list_node_types_v1"),
                project_id=project_id,
            ),
        )

    async def restart_cluster(
        self,
        *,
        cluster_id: str,
        body: RestartClusterRequest,
        project_id: str | None = None,
    ) -> None:
        """Restart a cluster: see :meth:`DwsClient.restart_cluster`."""
        return cast(
            "None",
            await self.call(
                "restart_cluster",
                _module("clusters", "restart_cluster"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def resize_cluster(
        self,
        *,
        cluster_id: str,
        body: ResizeClusterRequest,
        project_id: str | None = None,
    ) -> None:
        """Scale out or resize a cluster: see :meth:`DwsClient.resize_cluster`."""
        return cast(
            "None",
            await self.call(
                "resize_cluster",
                _module("clusters", "resize_cluster"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def reset_password(
        self,
        *,
        cluster_id: str,
        body: ResetPasswordRequest,
        project_id: str | None = None,
    ) -> None:
        """Reset the administrator password: see :meth:`DwsClient.reset_password`."""
        return cast(
            "None",
            await self.call(
                "reset_password",
                _module("clusters", "reset_password"),
                cluster_id=cluster_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def create_snapshot(
        self,
        *,
        body: CreateSnapshotRequest,
        project_id: str | None = None,
    ) -> CreateSnapshotResponse:
        """Create a snapshot: see :meth:`DwsClient.create_snapshot`."""
        return cast(
            "CreateSnapshotResponse",
            await self.call(
                "create_snapshot",
                _module("snapshots", "create_snapshot"),
                body=body,
                project_id=project_id,
            ),
        )

    async def list_snapshots(
        self,
        *,
        project_id: str | None = None,
    ) -> ListSnapshotsResponse:
        """List snapshots: see :meth:`DwsClient.list_snapshots`."""
        return cast(
            "ListSnapshotsResponse",
            await self.call(
                "list_snapshots",
                _module("snapshots", "list_snapshots"),
                project_id=project_id,
            ),
        )

    async def list_snapshot_details(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
    ) -> ListSnapshotDetailsResponse:
        """Show snapshot details: see :meth:`DwsClient.list_snapshot_details`."""
        return cast(
            "ListSnapshotDetailsResponse",
            await self.call(
                "list_snapshot_details",
                _module("snapshots", "list_snapshot_details"),
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )

    async def delete_snapshot(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
    ) -> None:
        """Delete a manual snapshot: see :meth:`DwsClient.delete_snapshot`."""
        return cast(
            "None",
            await self.call(
                "delete_snapshot",
                _module("snapshots", "delete_snapshot"),
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )

    async def restore_cluster(
        self,
        *,
        snapshot_id: str,
        body: RestoreClusterRequest,
        project_id: str | None = None,
    ) -> RestoreClusterResponse:
        """Restore a cluster from a snapshot: see :meth:`DwsClient.restore_cluster`."""
        return cast(
            "RestoreClusterResponse",
            await self.call(
                "restore_cluster",
                _module("snapshots", "restore_cluster"),
                snapshot_id=snapshot_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def wait_until_cluster_available(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterAvailable: see :meth:`DwsClient.wait_until_cluster_available`; cancelling the task stops it."""
        return cast(
            "ListClusterDetailsResponse | None",
            await self.wait(
                "ClusterAvailable",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    async def wait_until_cluster_restored(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterRestored: see :meth:`DwsClient.wait_until_cluster_restored`; cancelling the task stops it."""
        return cast(
            "ListClusterDetailsResponse | None",
            await self.wait(
                "ClusterRestored",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    async def wait_until_cluster_resized(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterResized: see :meth:`DwsClient.wait_until_cluster_resized`; cancelling the task stops it."""
        return cast(
            "ListClusterDetailsResponse | None",
            await self.wait(
                "ClusterResized",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    async def wait_until_cluster_restarted(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterRestarted: see :meth:`DwsClient.wait_until_cluster_restarted`; cancelling the task stops it."""
        return cast(
            "ListClusterDetailsResponse | None",
            await self.wait(
                "ClusterRestarted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    async def wait_until_cluster_deleted(
        self,
        *,
        cluster_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListClusterDetailsResponse | None:
        """ClusterDeleted: see :meth:`DwsClient.wait_until_cluster_deleted`; cancelling the task stops it."""
        return cast(
            "ListClusterDetailsResponse | None",
            await self.wait(
                "ClusterDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                project_id=project_id,
            ),
        )

    async def wait_until_snapshot_available(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListSnapshotDetailsResponse | None:
        """SnapshotAvailable: see :meth:`DwsClient.wait_until_snapshot_available`; cancelling the task stops it."""
        return cast(
            "ListSnapshotDetailsResponse | None",
            await self.wait(
                "SnapshotAvailable",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )

    async def wait_until_snapshot_deleted(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ListSnapshotDetailsResponse | None:
        """SnapshotDeleted: see :meth:`DwsClient.wait_until_snapshot_deleted`; cancelling the task stops it."""
        return cast(
            "ListSnapshotDetailsResponse | None",
            await self.wait(
                "SnapshotDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                snapshot_id=snapshot_id,
                project_id=project_id,
            ),
        )
