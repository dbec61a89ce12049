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
from typing import TYPE_CHECKING, cast

from dbcloud_core.base_client import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    AsyncRawMethod,
    RawMethod,
    RawResponses,
    SyncAPIClient,
)

from . import _behaviour
from .types import UNSET, Unset

if TYPE_CHECKING:
    import ssl
    from collections.abc import Mapping

    import httpx
    from dbcloud_core.credentials import HuaweiCredentials
    from dbcloud_core.retries import RetryPolicy
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

__all__ = [
    "AsyncDwsClient",
    "AsyncDwsClientWithRawResponse",
    "DwsClient",
    "DwsClientWithRawResponse",
]


@cache
def _module(tag: str, operation_id: str) -> ModuleType:
    # Imported on first use: a client pays only for the operations it calls; then looked up once.
    import importlib

    return importlib.import_module(f"{__package__}.api.{tag}.{operation_id}")


class DwsClient(SyncAPIClient):
    """Blocking client for the Huawei Cloud GaussDB(DWS) API.

    One connection pool per instance: use it as a context manager, or call ``close()``.

    Args:
        region: region code; otherwise HUAWEICLOUD_SDK_REGION, then ``region`` in the profile file.
            There is no default: none found is a ConfigurationError listing the regions.
        credentials: explicit credentials; otherwise the vendor's environment variables
            (HUAWEICLOUD_SDK_...), then the profile file.
        base_url: overrides the endpoint (e.g. the local simulator).
        project_id: default for every operation with a ``project_id`` path parameter.
        auth: an httpx auth flow used instead of the credentials.
        retry: retry policy (default: ``RetryPolicy()``).
        timeout: seconds, or an ``httpx.Timeout``.
        headers: headers sent with every request.
        verify: TLS verification: True (certifi's CA bundle), a CA bundle path, an
            ``ssl.SSLContext``, or False.
        cert: client certificate: a PEM file, or (cert file, key file[, key password]).
        proxy: proxy URL for every request; otherwise HTTP(S)_PROXY/ALL_PROXY and NO_PROXY from the
            environment.
        http_client: an httpx client you own (not closed by this one); its own timeout, TLS and
            proxy settings apply.
        transport: an httpx transport (e.g. ``dbcloud_simulator``'s in-process one); no environment
            proxy then.
        strict: True raises ResponseValidationError for a reply that drifts from the spec, instead
            of keeping the value and logging a warning (dbcloud_core.parsing).

    Raises:
        ConfigurationError: no region (or credentials) found, a region the service does not list, or
            connection options that contradict each other.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        credentials: HuaweiCredentials | None = None,
        base_url: str | None = None,
        project_id: str | None = None,
        auth: httpx.Auth | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        verify: bool | str | ssl.SSLContext = True,
        cert: str | tuple[str, str] | tuple[str, str, str] | None = None,
        proxy: str | httpx.Proxy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            _behaviour,
            region=region,
            credentials=credentials,
            base_url=base_url,
            project_id=project_id,
            auth=auth,
            retry=retry,
            timeout=timeout,
            headers=headers,
            verify=verify,
            cert=cert,
            proxy=proxy,
            http_client=http_client,
            transport=transport,
            strict=strict,
        )

    @property
    def with_raw_response(self) -> DwsClientWithRawResponse:
        """This client's operations, each returning a typed ``RawResponse`` (``status_code``, ``headers``,
        ``request_id``, ``http_response`` and ``parse()`` giving the model the plain call returns)."""
        return DwsClientWithRawResponse(self)

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
    """asyncio twin of :class:`DwsClient`; use it with ``async with``, or ``await close()``.

    Args:
        region: region code; otherwise HUAWEICLOUD_SDK_REGION, then ``region`` in the profile file.
            There is no default: none found is a ConfigurationError listing the regions.
        credentials: explicit credentials; otherwise the vendor's environment variables
            (HUAWEICLOUD_SDK_...), then the profile file.
        base_url: overrides the endpoint (e.g. the local simulator).
        project_id: default for every operation with a ``project_id`` path parameter.
        auth: an httpx auth flow used instead of the credentials.
        retry: retry policy (default: ``RetryPolicy()``).
        timeout: seconds, or an ``httpx.Timeout``.
        headers: headers sent with every request.
        verify: TLS verification: True (certifi's CA bundle), a CA bundle path, an
            ``ssl.SSLContext``, or False.
        cert: client certificate: a PEM file, or (cert file, key file[, key password]).
        proxy: proxy URL for every request; otherwise HTTP(S)_PROXY/ALL_PROXY and NO_PROXY from the
            environment.
        http_client: an httpx client you own (not closed by this one); its own timeout, TLS and
            proxy settings apply.
        transport: an httpx transport (e.g. ``dbcloud_simulator``'s in-process one); no environment
            proxy then.
        max_concurrency: requests on the wire at once (default 100); more calls wait their turn, a
            retry's backoff holds no slot. None lifts the cap
            (dbcloud_core.concurrency).
        strict: True raises ResponseValidationError for a reply that drifts from the spec, instead
            of keeping the value and logging a warning (dbcloud_core.parsing).

    Raises:
        ConfigurationError: as :class:`DwsClient`.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        credentials: HuaweiCredentials | None = None,
        base_url: str | None = None,
        project_id: str | None = None,
        auth: httpx.Auth | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        verify: bool | str | ssl.SSLContext = True,
        cert: str | tuple[str, str] | tuple[str, str, str] | None = None,
        proxy: str | httpx.Proxy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_concurrency: int | None = DEFAULT_MAX_CONCURRENCY,
        strict: bool = False,
    ) -> None:
        super().__init__(
            _behaviour,
            region=region,
            credentials=credentials,
            base_url=base_url,
            project_id=project_id,
            auth=auth,
            retry=retry,
            timeout=timeout,
            headers=headers,
            verify=verify,
            cert=cert,
            proxy=proxy,
            http_client=http_client,
            transport=transport,
            max_concurrency=max_concurrency,
            strict=strict,
        )

    @property
    def with_raw_response(self) -> AsyncDwsClientWithRawResponse:
        """This client's operations, each returning a typed ``RawResponse`` (``status_code``, ``headers``,
        ``request_id``, ``http_response`` and ``parse()`` giving the model the plain call returns)."""
        return AsyncDwsClientWithRawResponse(self)

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


class DwsClientWithRawResponse(RawResponses):
    """``DwsClient.with_raw_response``: every operation with the same parameters, returning
    ``RawResponse[<its model>]``."""

    __slots__ = ()
    create_cluster = RawMethod(DwsClient.create_cluster)
    list_clusters = RawMethod(DwsClient.list_clusters)
    list_cluster_details = RawMethod(DwsClient.list_cluster_details)
    delete_cluster = RawMethod(DwsClient.delete_cluster)
    list_node_types = RawMethod(DwsClient.list_node_types)
    list_node_types_v1 = RawMethod(DwsClient.list_node_types_v1)
    restart_cluster = RawMethod(DwsClient.restart_cluster)
    resize_cluster = RawMethod(DwsClient.resize_cluster)
    reset_password = RawMethod(DwsClient.reset_password)
    create_snapshot = RawMethod(DwsClient.create_snapshot)
    list_snapshots = RawMethod(DwsClient.list_snapshots)
    list_snapshot_details = RawMethod(DwsClient.list_snapshot_details)
    delete_snapshot = RawMethod(DwsClient.delete_snapshot)
    restore_cluster = RawMethod(DwsClient.restore_cluster)


class AsyncDwsClientWithRawResponse(RawResponses):
    """``AsyncDwsClient.with_raw_response``: ``await`` each operation for a ``RawResponse``."""

    __slots__ = ()
    create_cluster = AsyncRawMethod(AsyncDwsClient.create_cluster)
    list_clusters = AsyncRawMethod(AsyncDwsClient.list_clusters)
    list_cluster_details = AsyncRawMethod(AsyncDwsClient.list_cluster_details)
    delete_cluster = AsyncRawMethod(AsyncDwsClient.delete_cluster)
    list_node_types = AsyncRawMethod(AsyncDwsClient.list_node_types)
    list_node_types_v1 = AsyncRawMethod(AsyncDwsClient.list_node_types_v1)
    restart_cluster = AsyncRawMethod(AsyncDwsClient.restart_cluster)
    resize_cluster = AsyncRawMethod(AsyncDwsClient.resize_cluster)
    reset_password = AsyncRawMethod(AsyncDwsClient.reset_password)
    create_snapshot = AsyncRawMethod(AsyncDwsClient.create_snapshot)
    list_snapshots = AsyncRawMethod(AsyncDwsClient.list_snapshots)
    list_snapshot_details = AsyncRawMethod(AsyncDwsClient.list_snapshot_details)
    delete_snapshot = AsyncRawMethod(AsyncDwsClient.delete_snapshot)
    restore_cluster = AsyncRawMethod(AsyncDwsClient.restore_cluster)
