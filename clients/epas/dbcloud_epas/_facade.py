# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""EpasClient / AsyncEpasClient: every operation of the Samsung SDS Cloud Platform EPAS (DBaaS) API as a typed method.

Methods only bind the generated operation modules to dbcloud_core's base client, which resolves the
endpoint, signs, validates the body before sending, retries, and raises typed errors
(``dbcloud_core.errors``): RequestValidationError / ConfigurationError before anything is sent,
an APIError subclass for an error reply, TransportError when the network fails.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
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
    from dbcloud_core.credentials import ScpCredentials
    from dbcloud_core.retries import RetryPolicy
    from dbcloud_core.waiters import WaitProgress

    from .models import (
        AddBlockStoragesRequest,
        ArchiveConfigDetailResponse,
        ArchiveConfigSetRequest,
        AsyncResponse,
        AuditLogRequest,
        BackupHistoryApiItem,
        BackupHistoryListApiResponse,
        BackupHistoryNumberRequest,
        BackupSettingRequest,
        ClusterRestoreRequest,
        EngineListResponse,
        EnginePropertyListResponse,
        EpasClusterCreateRequest,
        EpasClusterDetailResponse,
        ExportLogLogType,
        InstanceGroupResizeRequest,
        ListEngineVersionsProductImageTypeType0,
        ListLogExportConfigsTypeType0,
        LogExportConfigCreateRequest,
        LogExportConfigListResponse,
        LogExportConfigModifyRequest,
        MaintenanceRequest,
        MinorPatchRequest,
        ParameterGroupListResponse,
        ParameterPageResponse,
        Parameters,
        ParametersRequest,
        ParametersResponse,
        RdbClusterPageResponse,
        RdbClusterResponse,
        ReplicasCreateRequest,
        ReplicasListResponse,
        RequestStateResponse,
        ResizeBlockStorageGroupRequest,
        ServerTypeListResponse,
        SetLogExportConfigLogType,
        UnregisterLogExportConfigLogType,
        UpdateSecurityGroupRulesRequest,
    )

__all__ = [
    "AsyncEpasClient",
    "AsyncEpasClientWithRawResponse",
    "EpasClient",
    "EpasClientWithRawResponse",
]


@cache
def _module(tag: str, operation_id: str) -> ModuleType:
    # Imported on first use: a client pays only for the operations it calls; then looked up once.
    import importlib

    return importlib.import_module(f"{__package__}.api.{tag}.{operation_id}")


class EpasClient(SyncAPIClient):
    """Blocking client for the Samsung SDS Cloud Platform EPAS (DBaaS) API.

    One connection pool per instance: use it as a context manager, or call ``close()``.

    Args:
        region: region code; otherwise SCP_REGION, then ``scp_region`` in the profile file. There is
            no default: none found is a ConfigurationError listing the regions.
        environment: environment code of the server URL; otherwise SCP_ENVIRONMENT, then
            ``scp_environment`` in the profile.
        credentials: explicit credentials; otherwise the vendor's environment variables (SCP_...),
            then the profile file.
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
        environment: str | None = None,
        credentials: ScpCredentials | None = None,
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
            environment=environment,
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
    def with_raw_response(self) -> EpasClientWithRawResponse:
        """This client's operations, each returning a typed ``RawResponse`` (``status_code``, ``headers``,
        ``request_id``, ``http_response`` and ``parse()`` giving the model the plain call returns)."""
        return EpasClientWithRawResponse(self)

    def add_block_storages(
        self,
        *,
        instance_group_id: str,
        body: AddBlockStoragesRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Add block storage to an instance group.

        Adds a block storage group of the given role, size and volume type to an instance group. The call is
        asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/instance-groups/{instance_group_id}/block-storage-groups``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "add_block_storages",
                _module("block_storages", "add_block_storages"),
                instance_group_id=instance_group_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def create_cluster(
        self,
        *,
        body: EpasClusterCreateRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Create an EPAS cluster.

        Provisions a new EDB Postgres Advanced Server cluster with its instance groups, storage, network and
        initial database settings. The call is asynchronous: it answers 202 with an AsyncResponse whose
        request_id is polled with show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "create_cluster",
                _module("clusters", "create_cluster"),
                body=body,
                accept_language=accept_language,
            ),
        )

    def list_clusters(
        self,
        *,
        size: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        service_state: None | str | Unset = UNSET,
        database_name: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> RdbClusterPageResponse:
        """List EPAS clusters.

        Returns one page of the EPAS clusters of the account, optionally filtered by name, service state or
        database name.

        ``GET /v1/clusters``
        """
        return cast(
            "RdbClusterPageResponse",
            self.call(
                "list_clusters",
                _module("clusters", "list_clusters"),
                size=size,
                page=page,
                sort=sort,
                name=name,
                service_state=service_state,
                database_name=database_name,
                accept_language=accept_language,
            ),
        )

    def create_replica(
        self,
        *,
        cluster_id: str,
        body: ReplicasCreateRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Create read replicas.

        Adds one or more replica clusters that follow the given origin cluster. The call is asynchronous: it
        answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/replicas``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "create_replica",
                _module("replicas", "create_replica"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def list_replicas(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> ReplicasListResponse:
        """List replicas.

        Returns the replica clusters of the cluster with their replication state.

        ``GET /v1/clusters/{cluster_id}/replicas``
        """
        return cast(
            "ReplicasListResponse",
            self.call(
                "list_replicas",
                _module("replicas", "list_replicas"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def create_restore_cluster(
        self,
        *,
        cluster_id: str,
        body: ClusterRestoreRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Restore a cluster into a new cluster.

        Builds a new cluster from a backup of the given cluster, selected by backup number or by a recovery
        point in time. The call is asynchronous: it answers 202 with an AsyncResponse whose request_id is
        polled with show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/restore``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "create_restore_cluster",
                _module("backups", "create_restore_cluster"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def delete_archive_log(
        self,
        *,
        cluster_id: str,
        type_: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Delete archive logs.

        Removes archived WAL logs of the cluster; the type query parameter selects which archive logs are
        removed. The call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled
        with show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``DELETE /v1/clusters/{cluster_id}/archive``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "delete_archive_log",
                _module("archive", "delete_archive_log"),
                cluster_id=cluster_id,
                type_=type_,
                accept_language=accept_language,
            ),
        )

    def set_archive_config(
        self,
        *,
        cluster_id: str,
        body: ArchiveConfigSetRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Configure WAL archiving.

        Turns WAL log archiving of the cluster on or off and sets how many days archived logs are kept. The
        call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with
        show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``PUT /v1/clusters/{cluster_id}/archive``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_archive_config",
                _module("archive", "set_archive_config"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def show_archive_config(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> ArchiveConfigDetailResponse:
        """Show WAL archiving settings.

        Returns whether WAL archiving is enabled for the cluster and the retention of archived logs.

        ``GET /v1/clusters/{cluster_id}/archive``
        """
        return cast(
            "ArchiveConfigDetailResponse",
            self.call(
                "show_archive_config",
                _module("archive", "show_archive_config"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def export_log(
        self,
        *,
        cluster_id: str,
        log_type: ExportLogLogType,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Export a log type now.

        Exports one log type of the cluster now, to the bucket registered in its log export configuration.
        The call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with
        show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/log-export-configs/{log_type}/export``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "export_log",
                _module("logs", "export_log"),
                cluster_id=cluster_id,
                log_type=log_type,
                accept_language=accept_language,
            ),
        )

    def list_backup_histories(
        self,
        *,
        cluster_id: str,
        limit: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> BackupHistoryListApiResponse:
        """List backup histories.

        Returns the backups taken for the cluster, page by page.

        ``GET /v1/clusters/{cluster_id}/backup-histories``
        """
        return cast(
            "BackupHistoryListApiResponse",
            self.call(
                "list_backup_histories",
                _module("backups", "list_backup_histories"),
                cluster_id=cluster_id,
                limit=limit,
                page=page,
                accept_language=accept_language,
            ),
        )

    def remove_backup_histories(
        self,
        *,
        cluster_id: str,
        body: BackupHistoryNumberRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Delete backups.

        Deletes the listed backups of the cluster, identified by their backup numbers. The call is
        asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``PUT /v1/clusters/{cluster_id}/backup-histories``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "remove_backup_histories",
                _module("backups", "remove_backup_histories"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def list_engine_version_properties(
        self,
        *,
        dbaas_engine_version_id: str,
        accept_language: str | Unset = UNSET,
    ) -> EnginePropertyListResponse:
        """List engine version properties.

        Returns the name/value properties of one DBaaS engine version.

        ``GET /v1/engine-versions/{dbaas_engine_version_id}/properties``
        """
        return cast(
            "EnginePropertyListResponse",
            self.call(
                "list_engine_version_properties",
                _module("engines", "list_engine_version_properties"),
                dbaas_engine_version_id=dbaas_engine_version_id,
                accept_language=accept_language,
            ),
        )

    def list_engine_versions(
        self,
        *,
        id: None | str | Unset = UNSET,
        product_image_type: ListEngineVersionsProductImageTypeType0 | None | Unset = UNSET,
        eos_included: bool | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> EngineListResponse:
        """List engine versions.

        Returns the DBaaS engine versions that clusters can be created with, optionally including versions
        past end of service.

        ``GET /v1/engine-versions``
        """
        return cast(
            "EngineListResponse",
            self.call(
                "list_engine_versions",
                _module("engines", "list_engine_versions"),
                id=id,
                product_image_type=product_image_type,
                eos_included=eos_included,
                accept_language=accept_language,
            ),
        )

    def list_log_export_configs(
        self,
        *,
        cluster_id: str,
        type_: ListLogExportConfigsTypeType0 | None | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> LogExportConfigListResponse:
        """List log export configurations.

        Returns the log export settings of the cluster per log type, optionally for one log type only.

        ``GET /v1/clusters/{cluster_id}/log-export-configs``
        """
        return cast(
            "LogExportConfigListResponse",
            self.call(
                "list_log_export_configs",
                _module("logs", "list_log_export_configs"),
                cluster_id=cluster_id,
                type_=type_,
                accept_language=accept_language,
            ),
        )

    def register_log_export_config(
        self,
        *,
        cluster_id: str,
        body: LogExportConfigCreateRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Register a log export configuration.

        Registers a bucket, its access credentials and a schedule for exporting one log type of the cluster.
        The call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with
        show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/log-export-configs``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "register_log_export_config",
                _module("logs", "register_log_export_config"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def list_parameter_groups(
        self,
        *,
        major_version: None | str | Unset = UNSET,
        product_image_type: None | str | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> ParameterGroupListResponse:
        """List parameter groups.

        Returns the database parameter groups, optionally filtered by major version and product image type.

        ``GET /v1/parameter-groups``
        """
        return cast(
            "ParameterGroupListResponse",
            self.call(
                "list_parameter_groups",
                _module("parameters", "list_parameter_groups"),
                major_version=major_version,
                product_image_type=product_image_type,
                sort=sort,
                accept_language=accept_language,
            ),
        )

    def list_parameter_values(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> ParametersResponse:
        """List cluster parameter values.

        Returns the database parameters of the cluster with their applied, default and allowed values.

        ``GET /v1/clusters/{cluster_id}/parameters``
        """
        return cast(
            "ParametersResponse",
            self.call(
                "list_parameter_values",
                _module("parameters", "list_parameter_values"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def set_parameter_values(
        self,
        *,
        cluster_id: str,
        body: ParametersRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Change cluster parameter values.

        Changes database parameters of the cluster; each entry gives the parameter id with its old and new
        value. The call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled
        with show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``PUT /v1/clusters/{cluster_id}/parameters``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_parameter_values",
                _module("parameters", "set_parameter_values"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def list_parameters(
        self,
        *,
        dbaas_parameter_group_id: str,
        size: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> ParameterPageResponse:
        """List parameters of a parameter group.

        Returns one page of the parameters defined in the given parameter group.

        ``GET /v1/parameters``
        """
        return cast(
            "ParameterPageResponse",
            self.call(
                "list_parameters",
                _module("parameters", "list_parameters"),
                dbaas_parameter_group_id=dbaas_parameter_group_id,
                size=size,
                page=page,
                sort=sort,
                accept_language=accept_language,
            ),
        )

    def list_server_types(
        self,
        *,
        name: None | str | Unset = UNSET,
        product_image_type: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> ServerTypeListResponse:
        """List server types.

        Returns the server types (CPU and memory sizes) available for database servers.

        ``GET /v1/server-types``
        """
        return cast(
            "ServerTypeListResponse",
            self.call(
                "list_server_types",
                _module("server_types", "list_server_types"),
                name=name,
                product_image_type=product_image_type,
                accept_language=accept_language,
            ),
        )

    def patch_minor_version(
        self,
        *,
        cluster_id: str,
        body: MinorPatchRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Upgrade the minor version.

        Patches the cluster to another minor software version, optionally taking a backup first. The call is
        asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``PUT /v1/clusters/{cluster_id}/patch``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "patch_minor_version",
                _module("clusters", "patch_minor_version"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def promote_replica_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Promote a replica.

        Detaches a replica cluster from its origin and turns it into a standalone cluster. The call is
        asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/promote``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "promote_replica_cluster",
                _module("replicas", "promote_replica_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def reset_replica(
        self,
        *,
        replica_cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Reset a replica.

        Resets the replication of a replica cluster from its origin cluster. The call is asynchronous: it
        answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{replica_cluster_id}/reset-replica``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "reset_replica",
                _module("replicas", "reset_replica"),
                replica_cluster_id=replica_cluster_id,
                accept_language=accept_language,
            ),
        )

    def restart_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Restart a cluster.

        Restarts the database servers of the cluster. The call is asynchronous: it answers 202 with an
        AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id}) until the
        work finishes.

        ``POST /v1/clusters/{cluster_id}/restart``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "restart_cluster",
                _module("clusters", "restart_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def set_audit_log(
        self,
        *,
        cluster_id: str,
        body: AuditLogRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Turn audit logging on or off.

        Enables or disables database audit logging for the cluster. The call is asynchronous: it answers 202
        with an AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id})
        until the work finishes.

        ``PUT /v1/clusters/{cluster_id}/audit-log``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_audit_log",
                _module("logs", "set_audit_log"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def set_backup(
        self,
        *,
        cluster_id: str,
        body: BackupSettingRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Configure automatic backup.

        Enables automatic backup of the cluster with the given start hour, retention period and archive
        frequency. The call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled
        with show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/backups``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_backup",
                _module("backups", "set_backup"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def unset_backup(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Disable automatic backup.

        Turns automatic backup of the cluster off. The call is asynchronous: it answers 202 with an
        AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id}) until the
        work finishes.

        ``DELETE /v1/clusters/{cluster_id}/backups``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "unset_backup",
                _module("backups", "unset_backup"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def set_block_storage_size(
        self,
        *,
        block_storage_group_id: str,
        body: ResizeBlockStorageGroupRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Resize a block storage group.

        Changes the size of the volumes of one block storage group. The call is asynchronous: it answers 202
        with an AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id})
        until the work finishes.

        ``POST /v1/block-storage-groups/{block_storage_group_id}/resize``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_block_storage_size",
                _module("block_storages", "set_block_storage_size"),
                block_storage_group_id=block_storage_group_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def set_log_export_config(
        self,
        *,
        cluster_id: str,
        log_type: SetLogExportConfigLogType,
        body: LogExportConfigModifyRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Modify a log export configuration.

        Changes the credentials, schedule or delete-after-export option of the export of one log type. The
        call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with
        show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``PUT /v1/clusters/{cluster_id}/log-export-configs/{log_type}``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_log_export_config",
                _module("logs", "set_log_export_config"),
                cluster_id=cluster_id,
                log_type=log_type,
                body=body,
                accept_language=accept_language,
            ),
        )

    def unregister_log_export_config(
        self,
        *,
        cluster_id: str,
        log_type: UnregisterLogExportConfigLogType,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Unregister a log export configuration.

        Stops exporting one log type of the cluster and removes its export configuration. The call is
        asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``DELETE /v1/clusters/{cluster_id}/log-export-configs/{log_type}``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "unregister_log_export_config",
                _module("logs", "unregister_log_export_config"),
                cluster_id=cluster_id,
                log_type=log_type,
                accept_language=accept_language,
            ),
        )

    def set_maintenance(
        self,
        *,
        cluster_id: str,
        body: MaintenanceRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Set the maintenance window.

        Sets the weekly maintenance window of the cluster (day of week, start time and duration). The call
        is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request
        (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/maintenance``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_maintenance",
                _module("clusters", "set_maintenance"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def unset_maintenance(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Remove the maintenance window.

        Removes the maintenance window of the cluster. The call is asynchronous: it answers 202 with an
        AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id}) until the
        work finishes.

        ``DELETE /v1/clusters/{cluster_id}/maintenance``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "unset_maintenance",
                _module("clusters", "unset_maintenance"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def set_security_group_rules(
        self,
        *,
        cluster_id: str,
        body: UpdateSecurityGroupRulesRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Change allowed IP addresses.

        Adds and removes IP addresses allowed to reach the cluster. The call is asynchronous: it answers 202
        with an AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id})
        until the work finishes.

        ``POST /v1/clusters/{cluster_id}/security-group-rules``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_security_group_rules",
                _module("clusters", "set_security_group_rules"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def set_server_type(
        self,
        *,
        instance_group_id: str,
        body: InstanceGroupResizeRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Change the server type of an instance group.

        Resizes the servers of an instance group to another server type. The call is asynchronous: it
        answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/instance-groups/{instance_group_id}/resize``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "set_server_type",
                _module("server_types", "set_server_type"),
                instance_group_id=instance_group_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    def show_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> EpasClusterDetailResponse:
        """Show an EPAS cluster.

        Returns the full description of one cluster: instance groups, instances, storage, network,
        maintenance and initial configuration.

        ``GET /v1/clusters/{cluster_id}``
        """
        return cast(
            "EpasClusterDetailResponse",
            self.call(
                "show_cluster",
                _module("clusters", "show_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def terminate_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Terminate a cluster.

        Deletes the cluster and its servers. The call is asynchronous: it answers 202 with an AsyncResponse
        whose request_id is polled with show_request (GET /v1/requests/{request_id}) until the work
        finishes.

        ``DELETE /v1/clusters/{cluster_id}``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "terminate_cluster",
                _module("clusters", "terminate_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def show_request(
        self,
        *,
        request_id: str,
        accept_language: str | Unset = UNSET,
    ) -> RequestStateResponse:
        """Show the state of an asynchronous request.

        Returns the current state of a request started by an asynchronous operation; poll it with the
        request_id from the AsyncResponse.

        ``GET /v1/requests/{request_id}``
        """
        return cast(
            "RequestStateResponse",
            self.call(
                "show_request",
                _module("requests", "show_request"),
                request_id=request_id,
                accept_language=accept_language,
            ),
        )

    def start_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Start a cluster.

        Starts the stopped database servers of the cluster. The call is asynchronous: it answers 202 with an
        AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id}) until the
        work finishes.

        ``POST /v1/clusters/{cluster_id}/start``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "start_cluster",
                _module("clusters", "start_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def stop_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Stop a cluster.

        Stops the database servers of the cluster. The call is asynchronous: it answers 202 with an
        AsyncResponse whose request_id is polled with show_request (GET /v1/requests/{request_id}) until the
        work finishes.

        ``POST /v1/clusters/{cluster_id}/stop``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "stop_cluster",
                _module("clusters", "stop_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def switchover_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Switch over to the standby.

        Swaps the roles of the active and standby servers of a high-availability cluster. The call is
        asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/switchover``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "switchover_cluster",
                _module("clusters", "switchover_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def synchronize_archive_config(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh archiving settings.

        Synchronizes the archiving settings recorded by the service with those of the database servers. The
        call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with
        show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/archive/sync``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "synchronize_archive_config",
                _module("archive", "synchronize_archive_config"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def synchronize_cluster_state(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh the cluster state.

        Synchronizes the service state recorded for the cluster with the actual state of its servers. The
        call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with
        show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/sync-state``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "synchronize_cluster_state",
                _module("clusters", "synchronize_cluster_state"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def synchronize_parameter_values(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh parameter values.

        Synchronizes the parameter values recorded by the service with those set on the database servers.
        The call is asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with
        show_request (GET /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{cluster_id}/parameters/sync``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "synchronize_parameter_values",
                _module("parameters", "synchronize_parameter_values"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def synchronize_replica_state(
        self,
        *,
        origin_cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh the replica states.

        Synchronizes the recorded replication state of the replicas of an origin cluster. The call is
        asynchronous: it answers 202 with an AsyncResponse whose request_id is polled with show_request (GET
        /v1/requests/{request_id}) until the work finishes.

        ``POST /v1/clusters/{origin_cluster_id}/sync-replica-state``
        """
        return cast(
            "AsyncResponse",
            self.call(
                "synchronize_replica_state",
                _module("replicas", "synchronize_replica_state"),
                origin_cluster_id=origin_cluster_id,
                accept_language=accept_language,
            ),
        )

    def wait_until_cluster_running(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> EpasClusterDetailResponse | None:
        """ClusterRunning: The cluster's service state is RUNNING; FAILED, ERROR or TERMINATED fails.

        Polls ``show_cluster`` every 30 s, at most 120 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: create_cluster, restart_cluster, start_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "EpasClusterDetailResponse | None",
            self.wait(
                "ClusterRunning",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def wait_until_cluster_stopped(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> EpasClusterDetailResponse | None:
        """ClusterStopped: The cluster's service state is STOPPED; FAILED, ERROR or TERMINATED fails.

        Polls ``show_cluster`` every 15 s, at most 120 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: stop_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "EpasClusterDetailResponse | None",
            self.wait(
                "ClusterStopped",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def wait_until_cluster_deleted(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> EpasClusterDetailResponse | None:
        """ClusterDeleted: The cluster is gone (404) or its service state is TERMINATED.

        Polls ``show_cluster`` every 30 s, at most 120 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: terminate_cluster.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "EpasClusterDetailResponse | None",
            self.wait(
                "ClusterDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def wait_until_request_finished(
        self,
        *,
        request_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> RequestStateResponse | None:
        """RequestFinished: An asynchronous request has ended: COMPLETED, or FAILED (fails); see the erratum on
        request states.

        Polls ``show_request`` every 10 s, at most 360 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: add_block_storages, create_cluster, create_replica, create_restore_cluster,
        delete_archive_log, export_log, patch_minor_version, promote_replica_cluster,
        register_log_export_config, remove_backup_histories, reset_replica,
        restart_cluster, set_archive_config, set_audit_log, set_backup,
        set_block_storage_size, set_log_export_config, set_maintenance,
        set_parameter_values, set_security_group_rules, set_server_type, start_cluster,
        stop_cluster, switchover_cluster, synchronize_archive_config,
        synchronize_cluster_state, synchronize_parameter_values,
        synchronize_replica_state, terminate_cluster, unregister_log_export_config,
        unset_backup, unset_maintenance.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "RequestStateResponse | None",
            self.wait(
                "RequestFinished",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                request_id=request_id,
                accept_language=accept_language,
            ),
        )

    def paginate_list_clusters(
        self,
        *,
        sort: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        service_state: None | str | Unset = UNSET,
        database_name: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[RdbClusterResponse]:
        """Every item of ``list_clusters`` (List EPAS clusters), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[RdbClusterResponse]",
            self.paginate(
                "list_clusters",
                page_size=page_size,
                sort=sort,
                name=name,
                service_state=service_state,
                database_name=database_name,
                accept_language=accept_language,
            ),
        )

    def paginate_list_backup_histories(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[BackupHistoryApiItem]:
        """Every item of ``list_backup_histories`` (List backup histories), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[BackupHistoryApiItem]",
            self.paginate(
                "list_backup_histories",
                page_size=page_size,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def paginate_list_parameters(
        self,
        *,
        dbaas_parameter_group_id: str,
        sort: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[Parameters]:
        """Every item of ``list_parameters`` (List parameters of a parameter group), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[Parameters]",
            self.paginate(
                "list_parameters",
                page_size=page_size,
                dbaas_parameter_group_id=dbaas_parameter_group_id,
                sort=sort,
                accept_language=accept_language,
            ),
        )


class AsyncEpasClient(AsyncAPIClient):
    """asyncio twin of :class:`EpasClient`; use it with ``async with``, or ``await close()``.

    Args:
        region: region code; otherwise SCP_REGION, then ``scp_region`` in the profile file. There is
            no default: none found is a ConfigurationError listing the regions.
        environment: environment code of the server URL; otherwise SCP_ENVIRONMENT, then
            ``scp_environment`` in the profile.
        credentials: explicit credentials; otherwise the vendor's environment variables (SCP_...),
            then the profile file.
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
        ConfigurationError: as :class:`EpasClient`.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        environment: str | None = None,
        credentials: ScpCredentials | None = None,
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
            environment=environment,
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
    def with_raw_response(self) -> AsyncEpasClientWithRawResponse:
        """This client's operations, each returning a typed ``RawResponse`` (``status_code``, ``headers``,
        ``request_id``, ``http_response`` and ``parse()`` giving the model the plain call returns)."""
        return AsyncEpasClientWithRawResponse(self)

    async def add_block_storages(
        self,
        *,
        instance_group_id: str,
        body: AddBlockStoragesRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Add block storage to an instance group: see :meth:`EpasClient.add_block_storages`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "add_block_storages",
                _module("block_storages", "add_block_storages"),
                instance_group_id=instance_group_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def create_cluster(
        self,
        *,
        body: EpasClusterCreateRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Create an EPAS cluster: see :meth:`EpasClient.create_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "create_cluster",
                _module("clusters", "create_cluster"),
                body=body,
                accept_language=accept_language,
            ),
        )

    async def list_clusters(
        self,
        *,
        size: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        service_state: None | str | Unset = UNSET,
        database_name: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> RdbClusterPageResponse:
        """List EPAS clusters: see :meth:`EpasClient.list_clusters`."""
        return cast(
            "RdbClusterPageResponse",
            await self.call(
                "list_clusters",
                _module("clusters", "list_clusters"),
                size=size,
                page=page,
                sort=sort,
                name=name,
                service_state=service_state,
                database_name=database_name,
                accept_language=accept_language,
            ),
        )

    async def create_replica(
        self,
        *,
        cluster_id: str,
        body: ReplicasCreateRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Create read replicas: see :meth:`EpasClient.create_replica`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "create_replica",
                _module("replicas", "create_replica"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def list_replicas(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> ReplicasListResponse:
        """List replicas: see :meth:`EpasClient.list_replicas`."""
        return cast(
            "ReplicasListResponse",
            await self.call(
                "list_replicas",
                _module("replicas", "list_replicas"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def create_restore_cluster(
        self,
        *,
        cluster_id: str,
        body: ClusterRestoreRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Restore a cluster into a new cluster: see :meth:`EpasClient.create_restore_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "create_restore_cluster",
                _module("backups", "create_restore_cluster"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def delete_archive_log(
        self,
        *,
        cluster_id: str,
        type_: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Delete archive logs: see :meth:`EpasClient.delete_archive_log`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "delete_archive_log",
                _module("archive", "delete_archive_log"),
                cluster_id=cluster_id,
                type_=type_,
                accept_language=accept_language,
            ),
        )

    async def set_archive_config(
        self,
        *,
        cluster_id: str,
        body: ArchiveConfigSetRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Configure WAL archiving: see :meth:`EpasClient.set_archive_config`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_archive_config",
                _module("archive", "set_archive_config"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def show_archive_config(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> ArchiveConfigDetailResponse:
        """Show WAL archiving settings: see :meth:`EpasClient.show_archive_config`."""
        return cast(
            "ArchiveConfigDetailResponse",
            await self.call(
                "show_archive_config",
                _module("archive", "show_archive_config"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def export_log(
        self,
        *,
        cluster_id: str,
        log_type: ExportLogLogType,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Export a log type now: see :meth:`EpasClient.export_log`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "export_log",
                _module("logs", "export_log"),
                cluster_id=cluster_id,
                log_type=log_type,
                accept_language=accept_language,
            ),
        )

    async def list_backup_histories(
        self,
        *,
        cluster_id: str,
        limit: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> BackupHistoryListApiResponse:
        """List backup histories: see :meth:`EpasClient.list_backup_histories`."""
        return cast(
            "BackupHistoryListApiResponse",
            await self.call(
                "list_backup_histories",
                _module("backups", "list_backup_histories"),
                cluster_id=cluster_id,
                limit=limit,
                page=page,
                accept_language=accept_language,
            ),
        )

    async def remove_backup_histories(
        self,
        *,
        cluster_id: str,
        body: BackupHistoryNumberRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Delete backups: see :meth:`EpasClient.remove_backup_histories`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "remove_backup_histories",
                _module("backups", "remove_backup_histories"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def list_engine_version_properties(
        self,
        *,
        dbaas_engine_version_id: str,
        accept_language: str | Unset = UNSET,
    ) -> EnginePropertyListResponse:
        """List engine version properties: see :meth:`EpasClient.list_engine_version_properties`."""
        return cast(
            "EnginePropertyListResponse",
            await self.call(
                "list_engine_version_properties",
                _module("engines", "list_engine_version_properties"),
                dbaas_engine_version_id=dbaas_engine_version_id,
                accept_language=accept_language,
            ),
        )

    async def list_engine_versions(
        self,
        *,
        id: None | str | Unset = UNSET,
        product_image_type: ListEngineVersionsProductImageTypeType0 | None | Unset = UNSET,
        eos_included: bool | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> EngineListResponse:
        """List engine versions: see :meth:`EpasClient.list_engine_versions`."""
        return cast(
            "EngineListResponse",
            await self.call(
                "list_engine_versions",
                _module("engines", "list_engine_versions"),
                id=id,
                product_image_type=product_image_type,
                eos_included=eos_included,
                accept_language=accept_language,
            ),
        )

    async def list_log_export_configs(
        self,
        *,
        cluster_id: str,
        type_: ListLogExportConfigsTypeType0 | None | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> LogExportConfigListResponse:
        """List log export configurations: see :meth:`EpasClient.list_log_export_configs`."""
        return cast(
            "LogExportConfigListResponse",
            await self.call(
                "list_log_export_configs",
                _module("logs", "list_log_export_configs"),
                cluster_id=cluster_id,
                type_=type_,
                accept_language=accept_language,
            ),
        )

    async def register_log_export_config(
        self,
        *,
        cluster_id: str,
        body: LogExportConfigCreateRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Register a log export configuration: see :meth:`EpasClient.register_log_export_config`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "register_log_export_config",
                _module("logs", "register_log_export_config"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def list_parameter_groups(
        self,
        *,
        major_version: None | str | Unset = UNSET,
        product_image_type: None | str | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> ParameterGroupListResponse:
        """List parameter groups: see :meth:`EpasClient.list_parameter_groups`."""
        return cast(
            "ParameterGroupListResponse",
            await self.call(
                "list_parameter_groups",
                _module("parameters", "list_parameter_groups"),
                major_version=major_version,
                product_image_type=product_image_type,
                sort=sort,
                accept_language=accept_language,
            ),
        )

    async def list_parameter_values(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> ParametersResponse:
        """List cluster parameter values: see :meth:`EpasClient.list_parameter_values`."""
        return cast(
            "ParametersResponse",
            await self.call(
                "list_parameter_values",
                _module("parameters", "list_parameter_values"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def set_parameter_values(
        self,
        *,
        cluster_id: str,
        body: ParametersRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Change cluster parameter values: see :meth:`EpasClient.set_parameter_values`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_parameter_values",
                _module("parameters", "set_parameter_values"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def list_parameters(
        self,
        *,
        dbaas_parameter_group_id: str,
        size: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> ParameterPageResponse:
        """List parameters of a parameter group: see :meth:`EpasClient.list_parameters`."""
        return cast(
            "ParameterPageResponse",
            await self.call(
                "list_parameters",
                _module("parameters", "list_parameters"),
                dbaas_parameter_group_id=dbaas_parameter_group_id,
                size=size,
                page=page,
                sort=sort,
                accept_language=accept_language,
            ),
        )

    async def list_server_types(
        self,
        *,
        name: None | str | Unset = UNSET,
        product_image_type: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
    ) -> ServerTypeListResponse:
        """List server types: see :meth:`EpasClient.list_server_types`."""
        return cast(
            "ServerTypeListResponse",
            await self.call(
                "list_server_types",
                _module("server_types", "list_server_types"),
                name=name,
                product_image_type=product_image_type,
                accept_language=accept_language,
            ),
        )

    async def patch_minor_version(
        self,
        *,
        cluster_id: str,
        body: MinorPatchRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Upgrade the minor version: see :meth:`EpasClient.patch_minor_version`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "patch_minor_version",
                _module("clusters", "patch_minor_version"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def promote_replica_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Promote a replica: see :meth:`EpasClient.promote_replica_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "promote_replica_cluster",
                _module("replicas", "promote_replica_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def reset_replica(
        self,
        *,
        replica_cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Reset a replica: see :meth:`EpasClient.reset_replica`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "reset_replica",
                _module("replicas", "reset_replica"),
                replica_cluster_id=replica_cluster_id,
                accept_language=accept_language,
            ),
        )

    async def restart_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Restart a cluster: see :meth:`EpasClient.restart_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "restart_cluster",
                _module("clusters", "restart_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def set_audit_log(
        self,
        *,
        cluster_id: str,
        body: AuditLogRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Turn audit logging on or off: see :meth:`EpasClient.set_audit_log`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_audit_log",
                _module("logs", "set_audit_log"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def set_backup(
        self,
        *,
        cluster_id: str,
        body: BackupSettingRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Configure automatic backup: see :meth:`EpasClient.set_backup`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_backup",
                _module("backups", "set_backup"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def unset_backup(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Disable automatic backup: see :meth:`EpasClient.unset_backup`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "unset_backup",
                _module("backups", "unset_backup"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def set_block_storage_size(
        self,
        *,
        block_storage_group_id: str,
        body: ResizeBlockStorageGroupRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Resize a block storage group: see :meth:`EpasClient.set_block_storage_size`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_block_storage_size",
                _module("block_storages", "set_block_storage_size"),
                block_storage_group_id=block_storage_group_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def set_log_export_config(
        self,
        *,
        cluster_id: str,
        log_type: SetLogExportConfigLogType,
        body: LogExportConfigModifyRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Modify a log export configuration: see :meth:`EpasClient.set_log_export_config`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_log_export_config",
                _module("logs", "set_log_export_config"),
                cluster_id=cluster_id,
                log_type=log_type,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def unregister_log_export_config(
        self,
        *,
        cluster_id: str,
        log_type: UnregisterLogExportConfigLogType,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Unregister a log export configuration: see :meth:`EpasClient.unregister_log_export_config`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "unregister_log_export_config",
                _module("logs", "unregister_log_export_config"),
                cluster_id=cluster_id,
                log_type=log_type,
                accept_language=accept_language,
            ),
        )

    async def set_maintenance(
        self,
        *,
        cluster_id: str,
        body: MaintenanceRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Set the maintenance window: see :meth:`EpasClient.set_maintenance`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_maintenance",
                _module("clusters", "set_maintenance"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def unset_maintenance(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Remove the maintenance window: see :meth:`EpasClient.unset_maintenance`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "unset_maintenance",
                _module("clusters", "unset_maintenance"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def set_security_group_rules(
        self,
        *,
        cluster_id: str,
        body: UpdateSecurityGroupRulesRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Change allowed IP addresses: see :meth:`EpasClient.set_security_group_rules`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_security_group_rules",
                _module("clusters", "set_security_group_rules"),
                cluster_id=cluster_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def set_server_type(
        self,
        *,
        instance_group_id: str,
        body: InstanceGroupResizeRequest,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Change the server type of an instance group: see :meth:`EpasClient.set_server_type`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "set_server_type",
                _module("server_types", "set_server_type"),
                instance_group_id=instance_group_id,
                body=body,
                accept_language=accept_language,
            ),
        )

    async def show_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> EpasClusterDetailResponse:
        """Show an EPAS cluster: see :meth:`EpasClient.show_cluster`."""
        return cast(
            "EpasClusterDetailResponse",
            await self.call(
                "show_cluster",
                _module("clusters", "show_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def terminate_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Terminate a cluster: see :meth:`EpasClient.terminate_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "terminate_cluster",
                _module("clusters", "terminate_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def show_request(
        self,
        *,
        request_id: str,
        accept_language: str | Unset = UNSET,
    ) -> RequestStateResponse:
        """Show the state of an asynchronous request: see :meth:`EpasClient.show_request`."""
        return cast(
            "RequestStateResponse",
            await self.call(
                "show_request",
                _module("requests", "show_request"),
                request_id=request_id,
                accept_language=accept_language,
            ),
        )

    async def start_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Start a cluster: see :meth:`EpasClient.start_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "start_cluster",
                _module("clusters", "start_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def stop_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Stop a cluster: see :meth:`EpasClient.stop_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "stop_cluster",
                _module("clusters", "stop_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def switchover_cluster(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Switch over to the standby: see :meth:`EpasClient.switchover_cluster`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "switchover_cluster",
                _module("clusters", "switchover_cluster"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def synchronize_archive_config(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh archiving settings: see :meth:`EpasClient.synchronize_archive_config`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "synchronize_archive_config",
                _module("archive", "synchronize_archive_config"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def synchronize_cluster_state(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh the cluster state: see :meth:`EpasClient.synchronize_cluster_state`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "synchronize_cluster_state",
                _module("clusters", "synchronize_cluster_state"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def synchronize_parameter_values(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh parameter values: see :meth:`EpasClient.synchronize_parameter_values`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "synchronize_parameter_values",
                _module("parameters", "synchronize_parameter_values"),
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def synchronize_replica_state(
        self,
        *,
        origin_cluster_id: str,
        accept_language: str | Unset = UNSET,
    ) -> AsyncResponse:
        """Refresh the replica states: see :meth:`EpasClient.synchronize_replica_state`."""
        return cast(
            "AsyncResponse",
            await self.call(
                "synchronize_replica_state",
                _module("replicas", "synchronize_replica_state"),
                origin_cluster_id=origin_cluster_id,
                accept_language=accept_language,
            ),
        )

    async def wait_until_cluster_running(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> EpasClusterDetailResponse | None:
        """ClusterRunning: see :meth:`EpasClient.wait_until_cluster_running`; cancelling the task stops it."""
        return cast(
            "EpasClusterDetailResponse | None",
            await self.wait(
                "ClusterRunning",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def wait_until_cluster_stopped(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> EpasClusterDetailResponse | None:
        """ClusterStopped: see :meth:`EpasClient.wait_until_cluster_stopped`; cancelling the task stops it."""
        return cast(
            "EpasClusterDetailResponse | None",
            await self.wait(
                "ClusterStopped",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def wait_until_cluster_deleted(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> EpasClusterDetailResponse | None:
        """ClusterDeleted: see :meth:`EpasClient.wait_until_cluster_deleted`; cancelling the task stops it."""
        return cast(
            "EpasClusterDetailResponse | None",
            await self.wait(
                "ClusterDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    async def wait_until_request_finished(
        self,
        *,
        request_id: str,
        accept_language: str | Unset = UNSET,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> RequestStateResponse | None:
        """RequestFinished: see :meth:`EpasClient.wait_until_request_finished`; cancelling the task stops it."""
        return cast(
            "RequestStateResponse | None",
            await self.wait(
                "RequestFinished",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                request_id=request_id,
                accept_language=accept_language,
            ),
        )

    def paginate_list_clusters(
        self,
        *,
        sort: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        service_state: None | str | Unset = UNSET,
        database_name: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[RdbClusterResponse]:
        """``async for`` twin of :meth:`EpasClient.paginate_list_clusters`."""
        return cast(
            "AsyncIterator[RdbClusterResponse]",
            self.paginate(
                "list_clusters",
                page_size=page_size,
                sort=sort,
                name=name,
                service_state=service_state,
                database_name=database_name,
                accept_language=accept_language,
            ),
        )

    def paginate_list_backup_histories(
        self,
        *,
        cluster_id: str,
        accept_language: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[BackupHistoryApiItem]:
        """``async for`` twin of :meth:`EpasClient.paginate_list_backup_histories`."""
        return cast(
            "AsyncIterator[BackupHistoryApiItem]",
            self.paginate(
                "list_backup_histories",
                page_size=page_size,
                cluster_id=cluster_id,
                accept_language=accept_language,
            ),
        )

    def paginate_list_parameters(
        self,
        *,
        dbaas_parameter_group_id: str,
        sort: None | str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[Parameters]:
        """``async for`` twin of :meth:`EpasClient.paginate_list_parameters`."""
        return cast(
            "AsyncIterator[Parameters]",
            self.paginate(
                "list_parameters",
                page_size=page_size,
                dbaas_parameter_group_id=dbaas_parameter_group_id,
                sort=sort,
                accept_language=accept_language,
            ),
        )


class EpasClientWithRawResponse(RawResponses):
    """``EpasClient.with_raw_response``: every operation with the same parameters, returning
    ``RawResponse[<its model>]``."""

    __slots__ = ()
    add_block_storages = RawMethod(EpasClient.add_block_storages)
    create_cluster = RawMethod(EpasClient.create_cluster)
    list_clusters = RawMethod(EpasClient.list_clusters)
    create_replica = RawMethod(EpasClient.create_replica)
    list_replicas = RawMethod(EpasClient.list_replicas)
    create_restore_cluster = RawMethod(EpasClient.create_restore_cluster)
    delete_archive_log = RawMethod(EpasClient.delete_archive_log)
    set_archive_config = RawMethod(EpasClient.set_archive_config)
    show_archive_config = RawMethod(EpasClient.show_archive_config)
    export_log = RawMethod(EpasClient.export_log)
    list_backup_histories = RawMethod(EpasClient.list_backup_histories)
    remove_backup_histories = RawMethod(EpasClient.remove_backup_histories)
    list_engine_version_properties = RawMethod(EpasClient.list_engine_version_properties)
    list_engine_versions = RawMethod(EpasClient.list_engine_versions)
    list_log_export_configs = RawMethod(EpasClient.list_log_export_configs)
    register_log_export_config = RawMethod(EpasClient.register_log_export_config)
    list_parameter_groups = RawMethod(EpasClient.list_parameter_groups)
    list_parameter_values = RawMethod(EpasClient.list_parameter_values)
    set_parameter_values = RawMethod(EpasClient.set_parameter_values)
    list_parameters = RawMethod(EpasClient.list_parameters)
    list_server_types = RawMethod(EpasClient.list_server_types)
    patch_minor_version = RawMethod(EpasClient.patch_minor_version)
    promote_replica_cluster = RawMethod(EpasClient.promote_replica_cluster)
    reset_replica = RawMethod(EpasClient.reset_replica)
    restart_cluster = RawMethod(EpasClient.restart_cluster)
    set_audit_log = RawMethod(EpasClient.set_audit_log)
    set_backup = RawMethod(EpasClient.set_backup)
    unset_backup = RawMethod(EpasClient.unset_backup)
    set_block_storage_size = RawMethod(EpasClient.set_block_storage_size)
    set_log_export_config = RawMethod(EpasClient.set_log_export_config)
    unregister_log_export_config = RawMethod(EpasClient.unregister_log_export_config)
    set_maintenance = RawMethod(EpasClient.set_maintenance)
    unset_maintenance = RawMethod(EpasClient.unset_maintenance)
    set_security_group_rules = RawMethod(EpasClient.set_security_group_rules)
    set_server_type = RawMethod(EpasClient.set_server_type)
    show_cluster = RawMethod(EpasClient.show_cluster)
    terminate_cluster = RawMethod(EpasClient.terminate_cluster)
    show_request = RawMethod(EpasClient.show_request)
    start_cluster = RawMethod(EpasClient.start_cluster)
    stop_cluster = RawMethod(EpasClient.stop_cluster)
    switchover_cluster = RawMethod(EpasClient.switchover_cluster)
    synchronize_archive_config = RawMethod(EpasClient.synchronize_archive_config)
    synchronize_cluster_state = RawMethod(EpasClient.synchronize_cluster_state)
    synchronize_parameter_values = RawMethod(EpasClient.synchronize_parameter_values)
    synchronize_replica_state = RawMethod(EpasClient.synchronize_replica_state)


class AsyncEpasClientWithRawResponse(RawResponses):
    """``AsyncEpasClient.with_raw_response``: ``await`` each operation for a ``RawResponse``."""

    __slots__ = ()
    add_block_storages = AsyncRawMethod(AsyncEpasClient.add_block_storages)
    create_cluster = AsyncRawMethod(AsyncEpasClient.create_cluster)
    list_clusters = AsyncRawMethod(AsyncEpasClient.list_clusters)
    create_replica = AsyncRawMethod(AsyncEpasClient.create_replica)
    list_replicas = AsyncRawMethod(AsyncEpasClient.list_replicas)
    create_restore_cluster = AsyncRawMethod(AsyncEpasClient.create_restore_cluster)
    delete_archive_log = AsyncRawMethod(AsyncEpasClient.delete_archive_log)
    set_archive_config = AsyncRawMethod(AsyncEpasClient.set_archive_config)
    show_archive_config = AsyncRawMethod(AsyncEpasClient.show_archive_config)
    export_log = AsyncRawMethod(AsyncEpasClient.export_log)
    list_backup_histories = AsyncRawMethod(AsyncEpasClient.list_backup_histories)
    remove_backup_histories = AsyncRawMethod(AsyncEpasClient.remove_backup_histories)
    list_engine_version_properties = AsyncRawMethod(AsyncEpasClient.list_engine_version_properties)
    list_engine_versions = AsyncRawMethod(AsyncEpasClient.list_engine_versions)
    list_log_export_configs = AsyncRawMethod(AsyncEpasClient.list_log_export_configs)
    register_log_export_config = AsyncRawMethod(AsyncEpasClient.register_log_export_config)
    list_parameter_groups = AsyncRawMethod(AsyncEpasClient.list_parameter_groups)
    list_parameter_values = AsyncRawMethod(AsyncEpasClient.list_parameter_values)
    set_parameter_values = AsyncRawMethod(AsyncEpasClient.set_parameter_values)
    list_parameters = AsyncRawMethod(AsyncEpasClient.list_parameters)
    list_server_types = AsyncRawMethod(AsyncEpasClient.list_server_types)
    patch_minor_version = AsyncRawMethod(AsyncEpasClient.patch_minor_version)
    promote_replica_cluster = AsyncRawMethod(AsyncEpasClient.promote_replica_cluster)
    reset_replica = AsyncRawMethod(AsyncEpasClient.reset_replica)
    restart_cluster = AsyncRawMethod(AsyncEpasClient.restart_cluster)
    set_audit_log = AsyncRawMethod(AsyncEpasClient.set_audit_log)
    set_backup = AsyncRawMethod(AsyncEpasClient.set_backup)
    unset_backup = AsyncRawMethod(AsyncEpasClient.unset_backup)
    set_block_storage_size = AsyncRawMethod(AsyncEpasClient.set_block_storage_size)
    set_log_export_config = AsyncRawMethod(AsyncEpasClient.set_log_export_config)
    unregister_log_export_config = AsyncRawMethod(AsyncEpasClient.unregister_log_export_config)
    set_maintenance = AsyncRawMethod(AsyncEpasClient.set_maintenance)
    unset_maintenance = AsyncRawMethod(AsyncEpasClient.unset_maintenance)
    set_security_group_rules = AsyncRawMethod(AsyncEpasClient.set_security_group_rules)
    set_server_type = AsyncRawMethod(AsyncEpasClient.set_server_type)
    show_cluster = AsyncRawMethod(AsyncEpasClient.show_cluster)
    terminate_cluster = AsyncRawMethod(AsyncEpasClient.terminate_cluster)
    show_request = AsyncRawMethod(AsyncEpasClient.show_request)
    start_cluster = AsyncRawMethod(AsyncEpasClient.start_cluster)
    stop_cluster = AsyncRawMethod(AsyncEpasClient.stop_cluster)
    switchover_cluster = AsyncRawMethod(AsyncEpasClient.switchover_cluster)
    synchronize_archive_config = AsyncRawMethod(AsyncEpasClient.synchronize_archive_config)
    synchronize_cluster_state = AsyncRawMethod(AsyncEpasClient.synchronize_cluster_state)
    synchronize_parameter_values = AsyncRawMethod(AsyncEpasClient.synchronize_parameter_values)
    synchronize_replica_state = AsyncRawMethod(AsyncEpasClient.synchronize_replica_state)
