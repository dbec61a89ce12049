# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
"""DdmClient / AsyncDdmClient: every operation of the Huawei Cloud Distributed Database Middleware (DDM) API as a typed method.

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
    from dbcloud_core.credentials import HuaweiCredentials
    from dbcloud_core.retries import RetryPolicy
    from dbcloud_core.waiters import WaitProgress

    from .models import (
        AccountV3EmptyResponse,
        ApplicableInstance,
        ApplyHistory,
        AvailableDnInstance,
        BackupInfo,
        BindEipRequest,
        BindEipResponse,
        CancelMigrationResponse,
        ChangeDatabaseVersionRequest,
        ChangeDatabaseVersionResponse,
        ChangeStrategyRequest,
        ChangeStrategyResponse,
        CheckDataNodeConnectionRequest,
        CheckDataNodeConnectionResponse,
        CheckMigrateLogicDbRequest,
        CheckMigrateLogicDbResponse,
        CheckPreliminaryResultsResponse,
        CleanMigrationResponse,
        CompareParameterGroupsRequest,
        CompareParameterGroupsResponse,
        ComputeFlavorGroupsInfo,
        ConfigurationInfo,
        ConfigurationParameterList,
        CopyConfigurationRequest,
        CopyConfigurationResponse,
        CreateDatabaseRequest,
        CreateDatabaseResponse,
        CreateDdmConfigurationsRequest,
        CreateDdmConfigurationsResponse,
        CreateDdmDatabaseRequest,
        CreateDdmDatabaseResponse,
        CreateDdmUserRequest,
        CreateGroupRequest,
        CreateGroupResponse,
        CreateInstanceRequest,
        CreateInstanceResponse,
        CreateUsersRequest,
        CreateUsersResponse,
        DDMInstance4Restore,
        DeleteBackupResponse,
        DeleteConfigurationResponse,
        DeleteDatabaseDeleteRdsData,
        DeleteDatabaseResponse,
        DeleteDdmDatabaseResponse,
        DeleteDdmInstanceResponse,
        DeleteGroupResponse,
        DeleteInstanceDeleteRdsData,
        DeleteInstanceResponse,
        DeleteNodesRequest,
        DeleteNodesResponse,
        DeleteUserResponse,
        DownloadSchemaMetadataResponse,
        EngineGroupInfo,
        EngineGroupsInfo,
        ExecuteKillLogicalProcessesRequest,
        ExecuteKillLogicalProcessesResponse,
        ExecuteKillPhysicalProcessesRequest,
        ExecuteKillPhysicalProcessesResponse,
        ExpandDdmInstanceNodesRequest,
        ExpandDdmInstanceNodesResponse,
        ExpandInstanceNodesRequest,
        ExpandInstanceNodesResponse,
        FlavorGroupInfo,
        GetDatabaseInfo,
        GetUsersListDetailResponses,
        GetUsersListDetailResponsesV3,
        GroupInfo,
        JobItem,
        ListApiVersionResponse,
        ListAvailableRdsForMigrateResponse,
        ListAvailableRdsListResponse,
        ListAvailableRdsResponse,
        ListBackupsResponse,
        ListConfigurationApplyHistoriesResponse,
        ListDatabaseAvailableVersionsResponse,
        ListDatabasesResponse,
        ListDdmConfigurationsResponse,
        ListDdmEnginesResponse,
        ListDdmFlavorsResponse,
        ListDdmUsersResponse,
        ListEnginesResponse,
        ListFlavorsResponse,
        ListGroupResponse,
        ListInstancesConfigurationsResponse,
        ListInstancesResponse,
        ListNodesResponse,
        ListSlowLogResponse,
        ListTasksResponse,
        ListUsersResponse,
        LogicalProcessesInfo,
        MigrateLogicDbRequest,
        MigrateLogicDbResponse,
        MigrateResultsResponse,
        ModifyConfigurationRequest,
        ModifyConfigurationResponse,
        ModifyEipRequest,
        ModifyEipResponse,
        MoveTmlogFilesRequest,
        MoveTmlogFilesResponse,
        NodeList,
        PhysicalProcessInfo,
        QueryAvailableRdsList,
        RebuildConfigRequest,
        RebuildConfigResponse,
        RebuildDdmConfigRequest,
        RebuildDdmConfigResponse,
        RelatedDnVO,
        ResetAdministratorRequest,
        ResetDdmUserPasswordRequest,
        ResetParameterGroupRequest,
        ResetParameterGroupResponse,
        ResetUserPasswordRequest,
        ResetUserPasswordResponse,
        ResizeFlavorRequest,
        ResizeFlavorResponse,
        RestartDdmInstanceResponse,
        RestartInstanceRequest,
        RestartInstanceResponse,
        RestartNodeResponse,
        Restore2ExistRequest,
        Restore2ExistResponse,
        RestoreMetadataRequest,
        RestoreMetadataResponse,
        RestoreTimeInterval,
        RetryMigrationResponse,
        RollBackDatabaseVersionResponse,
        RollbackMigrationResponse,
        SetReadOnlyStatusRequest,
        SetReadOnlyStatusResponse,
        ShowAvalibleDdmsResponse,
        ShowAvalibleRdsResponse,
        ShowAvalibleTimeResponse,
        ShowBackupResponse,
        ShowConfigurationResponse,
        ShowDatabaseResponse,
        ShowDdmJobResultResponse,
        ShowDdmNodeDetailResponse,
        ShowInstanceBeanResponse,
        ShowInstanceDatabaseResponse,
        ShowInstanceParamResponse,
        ShowInstanceParamXLanguage,
        ShowInstanceResponse,
        ShowLogicalProcessesResponse,
        ShowNodeResponse,
        ShowPhysicalProcessesResponse,
        ShowProcessesAuditLogResponse,
        ShowRelatedDnsResponse,
        ShowRiskInfoResponse,
        ShowTmlogInfosResponse,
        ShrinkInstanceNodesRequest,
        ShrinkInstanceNodesResponse,
        SlowLogList,
        SwitchSslRequest,
        SwitchSslResponse,
        TargetDn4Restore,
        TmlogInfo,
        UnbindEipResponse,
        UpdateDatabaseInfoResponse,
        UpdateDdmInstanceNameRequest,
        UpdateDdmInstanceNameResponse,
        UpdateDdmInstanceSecurityGroupRequest,
        UpdateDdmInstanceSecurityGroupResponse,
        UpdateDdmUserRequest,
        UpdateInstanceNameRequest,
        UpdateInstanceNameResponse,
        UpdateInstanceParamRequest,
        UpdateInstanceParamResponse,
        UpdateInstanceParamXLanguage,
        UpdateInstancePortRequest,
        UpdateInstancePortResponse,
        UpdateInstanceSecurityGroupRequest,
        UpdateInstanceSecurityGroupResponse,
        UpdateReadAndWriteStrategyRequest,
        UpdateReadAndWriteStrategyResponse,
        UpdateUserRequest,
        UpdateUserResponse,
        UploadSchemaMetadataRequest,
        UploadSchemaMetadataResponse,
        UserProcessAuditLog,
        ValidateWeakPasswordRequest,
        ValidateWeakPasswordResponse,
    )

__all__ = [
    "AsyncDdmClient",
    "AsyncDdmClientWithRawResponse",
    "DdmClient",
    "DdmClientWithRawResponse",
]


@cache
def _module(tag: str, operation_id: str) -> ModuleType:
    # Imported on first use: a client pays only for the operations it calls; then looked up once.
    import importlib

    return importlib.import_module(f"{__package__}.api.{tag}.{operation_id}")


class DdmClient(SyncAPIClient):
    """Blocking client for the Huawei Cloud Distributed Database Middleware (DDM) API.

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
    def with_raw_response(self) -> DdmClientWithRawResponse:
        """This client's operations, each returning a typed ``RawResponse`` (``status_code``, ``headers``,
        ``request_id``, ``http_response`` and ``parse()`` giving the model the plain call returns)."""
        return DdmClientWithRawResponse(self)

    def list_api_version(
        self,
    ) -> ListApiVersionResponse:
        """List API versions.

        Returns the API versions offered by the DDM endpoint and their status.

        ``GET /``
        """
        return cast(
            "ListApiVersionResponse",
            self.call(
                "list_api_version",
                _module("api_versions", "list_api_version"),
            ),
        )

    def create_instance(
        self,
        *,
        body: CreateInstanceRequest,
        project_id: str | None = None,
    ) -> CreateInstanceResponse:
        """Buy a DDM instance.

        Creates a pay-per-use or yearly/monthly DDM instance in an existing VPC, subnet and security group.

        ``POST /v1/{project_id}/instances``
        """
        return cast(
            "CreateInstanceResponse",
            self.call(
                "create_instance",
                _module("instances", "create_instance"),
                body=body,
                project_id=project_id,
            ),
        )

    def list_instances(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListInstancesResponse:
        """List DDM instances.

        Returns a page of the tenant's DDM instances.

        ``GET /v1/{project_id}/instances``
        """
        return cast(
            "ListInstancesResponse",
            self.call(
                "list_instances",
                _module("instances", "list_instances"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def show_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> ShowInstanceResponse:
        """Show a DDM instance.

        Returns the details of one DDM instance, including its nodes.

        ``GET /v1/{project_id}/instances/{instance_id}``
        """
        return cast(
            "ShowInstanceResponse",
            self.call(
                "show_instance",
                _module("instances", "show_instance"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def delete_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        delete_rds_data: DeleteInstanceDeleteRdsData | Unset = UNSET,
    ) -> DeleteInstanceResponse:
        """Delete a DDM instance.

        Deletes a pay-per-use DDM instance and releases its resources; yearly/monthly instances cannot be
        deleted.

        ``DELETE /v1/{project_id}/instances/{instance_id}``
        """
        return cast(
            "DeleteInstanceResponse",
            self.call(
                "delete_instance",
                _module("instances", "delete_instance"),
                instance_id=instance_id,
                project_id=project_id,
                delete_rds_data=delete_rds_data,
            ),
        )

    def update_instance_name(
        self,
        *,
        instance_id: str,
        body: UpdateInstanceNameRequest,
        project_id: str | None = None,
    ) -> UpdateInstanceNameResponse:
        """Rename a DDM instance.

        Changes the name of a DDM instance.

        ``PUT /v1/{project_id}/instances/{instance_id}/modify-name``
        """
        return cast(
            "UpdateInstanceNameResponse",
            self.call(
                "update_instance_name",
                _module("instances", "update_instance_name"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def update_instance_security_group(
        self,
        *,
        instance_id: str,
        body: UpdateInstanceSecurityGroupRequest,
        project_id: str | None = None,
    ) -> UpdateInstanceSecurityGroupResponse:
        """Change the security group of a DDM instance.

        Assigns another security group to a DDM instance.

        ``PUT /v1/{project_id}/instances/{instance_id}/modify-security-group``
        """
        return cast(
            "UpdateInstanceSecurityGroupResponse",
            self.call(
                "update_instance_security_group",
                _module("instances", "update_instance_security_group"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def restart_instance(
        self,
        *,
        instance_id: str,
        body: RestartInstanceRequest,
        project_id: str | None = None,
    ) -> RestartInstanceResponse:
        """Restart a DDM instance.

        Restarts the processes (soft) or the VMs (hard) of a DDM instance.

        ``POST /v1/{project_id}/instances/{instance_id}/action``
        """
        return cast(
            "RestartInstanceResponse",
            self.call(
                "restart_instance",
                _module("instances", "restart_instance"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def rebuild_config(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        body: RebuildConfigRequest | Unset = UNSET,
    ) -> RebuildConfigResponse:
        """Reload table data.

        Reloads the table data of the destination DDM instance used for cross-region disaster recovery.

        ``POST /v1/{project_id}/instances/{instance_id}/reload-config``
        """
        return cast(
            "RebuildConfigResponse",
            self.call(
                "rebuild_config",
                _module("instances", "rebuild_config"),
                instance_id=instance_id,
                project_id=project_id,
                body=body,
            ),
        )

    def expand_instance_nodes(
        self,
        *,
        instance_id: str,
        body: ExpandInstanceNodesRequest,
        project_id: str | None = None,
    ) -> ExpandInstanceNodesResponse:
        """Scale out a DDM instance.

        Adds nodes to a pay-per-use or yearly/monthly DDM instance; the associated RDS instances must be
        available.

        ``POST /v2/{project_id}/instances/{instance_id}/action/enlarge``
        """
        return cast(
            "ExpandInstanceNodesResponse",
            self.call(
                "expand_instance_nodes",
                _module("instances", "expand_instance_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def shrink_instance_nodes(
        self,
        *,
        instance_id: str,
        body: ShrinkInstanceNodesRequest,
        project_id: str | None = None,
    ) -> ShrinkInstanceNodesResponse:
        """Scale in a DDM instance.

        Removes nodes from a pay-per-use DDM instance; the associated RDS instances must be available.

        ``POST /v2/{project_id}/instances/{instance_id}/action/reduce``
        """
        return cast(
            "ShrinkInstanceNodesResponse",
            self.call(
                "shrink_instance_nodes",
                _module("instances", "shrink_instance_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def update_read_and_write_strategy(
        self,
        *,
        instance_id: str,
        body: UpdateReadAndWriteStrategyRequest,
        project_id: str | None = None,
    ) -> UpdateReadAndWriteStrategyResponse:
        """Change the read policy of associated DB instances.

        Sets the read weights of the primary DB instance and read replicas associated with a DDM instance.

        ``PUT /v2/{project_id}/instances/{instance_id}/action/read-write-strategy``
        """
        return cast(
            "UpdateReadAndWriteStrategyResponse",
            self.call(
                "update_read_and_write_strategy",
                _module("instances", "update_read_and_write_strategy"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def update_database_info(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> UpdateDatabaseInfoResponse:
        """Synchronize data node information.

        Synchronizes the configuration of all data nodes associated with a DDM instance; the request has no
        body.

        ``POST /v1/{project_id}/instances/{instance_id}/rds/sync``
        """
        return cast(
            "UpdateDatabaseInfoResponse",
            self.call(
                "update_database_info",
                _module("instances", "update_database_info"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def list_nodes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListNodesResponse:
        """List nodes of a DDM instance.

        Returns a page of the nodes of a DDM instance.

        ``GET /v1/{project_id}/instances/{instance_id}/nodes``
        """
        return cast(
            "ListNodesResponse",
            self.call(
                "list_nodes",
                _module("instances", "list_nodes"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def show_node(
        self,
        *,
        instance_id: str,
        node_id: str,
        project_id: str | None = None,
    ) -> ShowNodeResponse:
        """Show a node of a DDM instance.

        Returns the details of one node of a DDM instance.

        ``GET /v1/{project_id}/instances/{instance_id}/nodes/{node_id}``
        """
        return cast(
            "ShowNodeResponse",
            self.call(
                "show_node",
                _module("instances", "show_node"),
                instance_id=instance_id,
                node_id=node_id,
                project_id=project_id,
            ),
        )

    def list_engines(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListEnginesResponse:
        """List DDM engines.

        Returns the available DDM engine versions and the AZs where they can be used.

        ``GET /v2/{project_id}/engines``
        """
        return cast(
            "ListEnginesResponse",
            self.call(
                "list_engines",
                _module("instances", "list_engines"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def list_flavors(
        self,
        *,
        engine_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListFlavorsResponse:
        """List DDM node classes.

        Returns the node classes of an engine and their availability in each AZ.

        ``GET /v2/{project_id}/flavors``
        """
        return cast(
            "ListFlavorsResponse",
            self.call(
                "list_flavors",
                _module("instances", "list_flavors"),
                engine_id=engine_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def resize_flavor(
        self,
        *,
        instance_id: str,
        body: ResizeFlavorRequest,
        project_id: str | None = None,
    ) -> ResizeFlavorResponse:
        """Change the node class of a DDM instance.

        Changes the node class of a DDM instance (or of one of its node groups); the instance must be in
        normal state.

        ``PUT /v3/{project_id}/instances/{instance_id}/flavor``
        """
        return cast(
            "ResizeFlavorResponse",
            self.call(
                "resize_flavor",
                _module("instances", "resize_flavor"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_group(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListGroupResponse:
        """List groups of a DDM instance.

        Returns the node groups of a DDM instance with their nodes.

        ``GET /v3/{project_id}/instances/{instance_id}/groups``
        """
        return cast(
            "ListGroupResponse",
            self.call(
                "list_group",
                _module("instances", "list_group"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def create_group(
        self,
        *,
        instance_id: str,
        body: CreateGroupRequest,
        project_id: str | None = None,
    ) -> CreateGroupResponse:
        """Create an instance group.

        Creates a read/write or read-only node group in a DDM instance.

        ``POST /v3/{project_id}/instances/{instance_id}/groups``
        """
        return cast(
            "CreateGroupResponse",
            self.call(
                "create_group",
                _module("instances", "create_group"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def delete_group(
        self,
        *,
        instance_id: str,
        group_id: str,
        project_id: str | None = None,
    ) -> DeleteGroupResponse:
        """Delete an instance group.

        Deletes a node group of a DDM instance.

        ``DELETE /v3/{project_id}/instances/{instance_id}/groups/{group_id}``
        """
        return cast(
            "DeleteGroupResponse",
            self.call(
                "delete_group",
                _module("instances", "delete_group"),
                instance_id=instance_id,
                group_id=group_id,
                project_id=project_id,
            ),
        )

    def list_ddm_engines(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmEnginesResponse:
        """List DDM engines (v3).

        Returns the DDM engine versions that can be used for new instances, page by page.

        ``GET /v3/{project_id}/engines``
        """
        return cast(
            "ListDdmEnginesResponse",
            self.call(
                "list_ddm_engines",
                _module("instances", "list_ddm_engines"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def list_ddm_flavors(
        self,
        *,
        project_id: str | None = None,
        engine_id: str | Unset = UNSET,
        engine_version: str | Unset = UNSET,
        available_zones: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmFlavorsResponse:
        """List DDM node classes per AZ (v3).

        Returns the node classes (flavors) of a DDM engine, grouped by CPU architecture, with their
        availability in each AZ. Give at least one of engine_id and engine_version.

        ``GET /v3/{project_id}/flavors``
        """
        return cast(
            "ListDdmFlavorsResponse",
            self.call(
                "list_ddm_flavors",
                _module("instances", "list_ddm_flavors"),
                project_id=project_id,
                engine_id=engine_id,
                engine_version=engine_version,
                available_zones=available_zones,
                offset=offset,
                limit=limit,
            ),
        )

    def show_instance_param(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        x_language: ShowInstanceParamXLanguage | Unset = UNSET,
    ) -> ShowInstanceParamResponse:
        """Show instance parameters.

        Returns the parameter template applied to a DDM instance and its parameter values, page by page.

        ``GET /v3/{project_id}/instances/{instance_id}/configurations``
        """
        return cast(
            "ShowInstanceParamResponse",
            self.call(
                "show_instance_param",
                _module("instances", "show_instance_param"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
                x_language=x_language,
            ),
        )

    def update_instance_param(
        self,
        *,
        instance_id: str,
        body: UpdateInstanceParamRequest,
        project_id: str | None = None,
        x_language: UpdateInstanceParamXLanguage | Unset = UNSET,
    ) -> UpdateInstanceParamResponse:
        """Modify instance parameters (v3).

        Sets parameter values of a DDM instance through the v3 path; values must lie in the ranges the
        console allows.

        ``PUT /v3/{project_id}/instances/{instance_id}/configurations``
        """
        return cast(
            "UpdateInstanceParamResponse",
            self.call(
                "update_instance_param",
                _module("parameters", "update_instance_param"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
                x_language=x_language,
            ),
        )

    def expand_ddm_instance_nodes(
        self,
        *,
        instance_id: str,
        body: ExpandDdmInstanceNodesRequest,
        project_id: str | None = None,
    ) -> ExpandDdmInstanceNodesResponse:
        """Scale out a DDM instance (v3).

        Adds nodes to a DDM instance, pay-per-use or yearly/monthly. The associated RDS instances must be
        available and idle.

        ``POST /v3/{project_id}/instances/{instance_id}/nodes``
        """
        return cast(
            "ExpandDdmInstanceNodesResponse",
            self.call(
                "expand_ddm_instance_nodes",
                _module("instances", "expand_ddm_instance_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def delete_nodes(
        self,
        *,
        instance_id: str,
        body: DeleteNodesRequest,
        project_id: str | None = None,
    ) -> DeleteNodesResponse:
        """Delete instance nodes.

        Removes the listed nodes from a DDM instance. All nodes must belong to one group, and the group must
        keep at least one node.

        ``DELETE /v3/{project_id}/instances/{instance_id}/nodes``
        """
        return cast(
            "DeleteNodesResponse",
            self.call(
                "delete_nodes",
                _module("instances", "delete_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def delete_ddm_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        delete_dn_data: bool | Unset = UNSET,
    ) -> DeleteDdmInstanceResponse:
        """Delete a DDM instance (v3).

        Deletes a pay-per-use DDM instance and releases its resources, optionally also deleting the data on
        the associated DB instances. Yearly/monthly instances cannot be deleted.

        ``DELETE /v3/{project_id}/instances/{instance_id}``
        """
        return cast(
            "DeleteDdmInstanceResponse",
            self.call(
                "delete_ddm_instance",
                _module("instances", "delete_ddm_instance"),
                instance_id=instance_id,
                project_id=project_id,
                delete_dn_data=delete_dn_data,
            ),
        )

    def switch_ssl(
        self,
        *,
        instance_id: str,
        body: SwitchSslRequest,
        project_id: str | None = None,
    ) -> SwitchSslResponse:
        """Enable or disable SSL.

        Turns SSL encryption of client connections to the instance on or off.

        ``POST /v3/{project_id}/instances/{instance_id}/switch-ssl``
        """
        return cast(
            "SwitchSslResponse",
            self.call(
                "switch_ssl",
                _module("instances", "switch_ssl"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def update_instance_port(
        self,
        *,
        instance_id: str,
        body: UpdateInstancePortRequest,
        project_id: str | None = None,
    ) -> UpdateInstancePortResponse:
        """Change the instance port.

        Sets the port on which the DDM instance accepts connections.

        ``PUT /v3/{project_id}/instances/{instance_id}/port``
        """
        return cast(
            "UpdateInstancePortResponse",
            self.call(
                "update_instance_port",
                _module("instances", "update_instance_port"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def restart_ddm_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> RestartDdmInstanceResponse:
        """Restart a DDM instance (v3).

        Restarts all nodes of a DDM instance. No request body.

        ``POST /v3/{project_id}/instances/{instance_id}/restart``
        """
        return cast(
            "RestartDdmInstanceResponse",
            self.call(
                "restart_ddm_instance",
                _module("instances", "restart_ddm_instance"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def restart_node(
        self,
        *,
        instance_id: str,
        node_id: str,
        project_id: str | None = None,
    ) -> RestartNodeResponse:
        """Restart a node.

        Restarts a single node of a DDM instance. No request body.

        ``POST /v3/{project_id}/instances/{instance_id}/nodes/{node_id}/restart``
        """
        return cast(
            "RestartNodeResponse",
            self.call(
                "restart_node",
                _module("instances", "restart_node"),
                instance_id=instance_id,
                node_id=node_id,
                project_id=project_id,
            ),
        )

    def bind_eip(
        self,
        *,
        instance_id: str,
        body: BindEipRequest,
        project_id: str | None = None,
    ) -> BindEipResponse:
        """Bind an EIP.

        Associates an elastic IP address with the DDM instance.

        ``POST /v3/{project_id}/instances/{instance_id}/eip``
        """
        return cast(
            "BindEipResponse",
            self.call(
                "bind_eip",
                _module("instances", "bind_eip"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def unbind_eip(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> UnbindEipResponse:
        """Unbind an EIP.

        Detaches the elastic IP address from the DDM instance. No request body.

        ``DELETE /v3/{project_id}/instances/{instance_id}/eip``
        """
        return cast(
            "UnbindEipResponse",
            self.call(
                "unbind_eip",
                _module("instances", "unbind_eip"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def modify_eip(
        self,
        *,
        instance_id: str,
        body: ModifyEipRequest,
        project_id: str | None = None,
    ) -> ModifyEipResponse:
        """Change the ELB IP address.

        Replaces the IP address of the ELB load balancer in front of an instance group.

        ``PUT /v3/{project_id}/instances/{instance_id}/elb/ip``
        """
        return cast(
            "ModifyEipResponse",
            self.call(
                "modify_eip",
                _module("instances", "modify_eip"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def show_ddm_node_detail(
        self,
        *,
        instance_id: str,
        node_id: str,
        project_id: str | None = None,
    ) -> ShowDdmNodeDetailResponse:
        """Show a node (v3).

        Returns the status, address, group, AZ and subnet of one node of a DDM instance.

        ``GET /v3/{project_id}/instances/{instance_id}/nodes/{node_id}``
        """
        return cast(
            "ShowDdmNodeDetailResponse",
            self.call(
                "show_ddm_node_detail",
                _module("instances", "show_ddm_node_detail"),
                instance_id=instance_id,
                node_id=node_id,
                project_id=project_id,
            ),
        )

    def update_ddm_instance_name(
        self,
        *,
        instance_id: str,
        body: UpdateDdmInstanceNameRequest,
        project_id: str | None = None,
    ) -> UpdateDdmInstanceNameResponse:
        """Rename an instance (v3).

        Changes the name of a DDM instance.

        ``PUT /v3/{project_id}/instances/{instance_id}/name``
        """
        return cast(
            "UpdateDdmInstanceNameResponse",
            self.call(
                "update_ddm_instance_name",
                _module("instances", "update_ddm_instance_name"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def update_ddm_instance_security_group(
        self,
        *,
        instance_id: str,
        body: UpdateDdmInstanceSecurityGroupRequest,
        project_id: str | None = None,
    ) -> UpdateDdmInstanceSecurityGroupResponse:
        """Change the security group (v3).

        Moves a DDM instance to another security group. Answers with an empty object.

        ``PUT /v3/{project_id}/instances/{instance_id}/security-group``
        """
        return cast(
            "UpdateDdmInstanceSecurityGroupResponse",
            self.call(
                "update_ddm_instance_security_group",
                _module("instances", "update_ddm_instance_security_group"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def rebuild_ddm_config(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        body: RebuildDdmConfigRequest | Unset = UNSET,
    ) -> RebuildDdmConfigResponse:
        """Reload table data (v3).

        Makes the DDM instance reload its table metadata. The body, if sent, is an empty object; the answer
        is an empty object.

        ``POST /v3/{project_id}/instances/{instance_id}/reload-config``
        """
        return cast(
            "RebuildDdmConfigResponse",
            self.call(
                "rebuild_ddm_config",
                _module("instances", "rebuild_ddm_config"),
                instance_id=instance_id,
                project_id=project_id,
                body=body,
            ),
        )

    def check_data_node_connection(
        self,
        *,
        instance_id: str,
        body: CheckDataNodeConnectionRequest,
        project_id: str | None = None,
    ) -> CheckDataNodeConnectionResponse:
        """Check RDS connectivity (v3).

        Tests whether the DDM instance can log in to each listed RDS instance with the given account, and
        reports the result per RDS instance.

        ``POST /v3/{project_id}/instances/{instance_id}/rds/connection``
        """
        return cast(
            "CheckDataNodeConnectionResponse",
            self.call(
                "check_data_node_connection",
                _module("instances", "check_data_node_connection"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def set_read_only_status(
        self,
        *,
        instance_id: str,
        body: SetReadOnlyStatusRequest,
        project_id: str | None = None,
    ) -> SetReadOnlyStatusResponse:
        """Set or clear read-only.

        Makes all existing schemas of the instance read-only, or lifts that state. Schemas created later are
        writable until the call is repeated; while read-only, schema SQL blacklists cannot be edited.

        ``PUT /v3/{project_id}/instances/{instance_id}/readonly-status``
        """
        return cast(
            "SetReadOnlyStatusResponse",
            self.call(
                "set_read_only_status",
                _module("instances", "set_read_only_status"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def show_tmlog_infos(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowTmlogInfosResponse:
        """List TMLog information.

        Returns, per node, the TMLog files (XA transaction logs used for transaction recovery) and their
        size.

        ``GET /v3/{project_id}/instances/{instance_id}/tmlogs``
        """
        return cast(
            "ShowTmlogInfosResponse",
            self.call(
                "show_tmlog_infos",
                _module("instances", "show_tmlog_infos"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def move_tmlog_files(
        self,
        *,
        instance_id: str,
        body: MoveTmlogFilesRequest,
        project_id: str | None = None,
    ) -> MoveTmlogFilesResponse:
        """Move TMLog files.

        Compresses the TMLog files of the given nodes and moves them into a backup directory.

        ``POST /v3/{project_id}/instances/{instance_id}/tmlogs``
        """
        return cast(
            "MoveTmlogFilesResponse",
            self.call(
                "move_tmlog_files",
                _module("instances", "move_tmlog_files"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def create_database(
        self,
        *,
        instance_id: str,
        body: CreateDatabaseRequest,
        project_id: str | None = None,
    ) -> CreateDatabaseResponse:
        """Create schemas.

        Creates one or more schemas on a DDM instance from RDS instances that are associated with it and
        with no other DDM instance. The v3 variant is create_ddm_database.

        ``POST /v1/{project_id}/instances/{instance_id}/databases``
        """
        return cast(
            "CreateDatabaseResponse",
            self.call(
                "create_database",
                _module("schemas", "create_database"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_databases(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDatabasesResponse:
        """List schemas.

        Lists the schemas of a DDM instance page by page.

        ``GET /v1/{project_id}/instances/{instance_id}/databases``
        """
        return cast(
            "ListDatabasesResponse",
            self.call(
                "list_databases",
                _module("schemas", "list_databases"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def show_database(
        self,
        *,
        instance_id: str,
        ddm_dbname: str,
        project_id: str | None = None,
    ) -> ShowDatabaseResponse:
        """Show a schema.

        Returns a schema with its shards, connection addresses and RDS instances. The v3 variant is
        show_instance_database.

        ``GET /v1/{project_id}/instances/{instance_id}/databases/{ddm_dbname}``
        """
        return cast(
            "ShowDatabaseResponse",
            self.call(
                "show_database",
                _module("schemas", "show_database"),
                instance_id=instance_id,
                ddm_dbname=ddm_dbname,
                project_id=project_id,
            ),
        )

    def delete_database(
        self,
        *,
        instance_id: str,
        ddm_dbname: str,
        project_id: str | None = None,
        delete_rds_data: DeleteDatabaseDeleteRdsData | Unset = UNSET,
    ) -> DeleteDatabaseResponse:
        """Delete a schema.

        Deletes a schema and releases its resources, optionally dropping its data on the associated DB
        instances. The v3 variant is delete_ddm_database.

        ``DELETE /v1/{project_id}/instances/{instance_id}/databases/{ddm_dbname}``
        """
        return cast(
            "DeleteDatabaseResponse",
            self.call(
                "delete_database",
                _module("schemas", "delete_database"),
                instance_id=instance_id,
                ddm_dbname=ddm_dbname,
                project_id=project_id,
                delete_rds_data=delete_rds_data,
            ),
        )

    def list_available_rds_list(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListAvailableRdsListResponse:
        """List DB instances available for schemas.

        Lists the DB instances that can be used to create a schema on the DDM instance. The v3 variant is
        list_available_rds.

        ``GET /v1/{project_id}/instances/{instance_id}/rds``
        """
        return cast(
            "ListAvailableRdsListResponse",
            self.call(
                "list_available_rds_list",
                _module("schemas", "list_available_rds_list"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def create_ddm_database(
        self,
        *,
        instance_id: str,
        body: CreateDdmDatabaseRequest,
        project_id: str | None = None,
    ) -> CreateDdmDatabaseResponse:
        """Create a schema (v3).

        Starts creating a schema on a DDM instance from the given data nodes and returns the workflow ID.
        The v1 variant is create_database.

        ``POST /v3/{project_id}/instances/{instance_id}/databases``
        """
        return cast(
            "CreateDdmDatabaseResponse",
            self.call(
                "create_ddm_database",
                _module("schemas", "create_ddm_database"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def delete_ddm_database(
        self,
        *,
        instance_id: str,
        database_name: str,
        delete_dn_data: bool,
        project_id: str | None = None,
    ) -> DeleteDdmDatabaseResponse:
        """Delete a schema (v3).

        Starts deleting a schema, optionally dropping its data on the associated DB instances. The v1
        variant is delete_database.

        ``DELETE /v3/{project_id}/instances/{instance_id}/databases/{database_name}``
        """
        return cast(
            "DeleteDdmDatabaseResponse",
            self.call(
                "delete_ddm_database",
                _module("schemas", "delete_ddm_database"),
                instance_id=instance_id,
                database_name=database_name,
                delete_dn_data=delete_dn_data,
                project_id=project_id,
            ),
        )

    def show_instance_database(
        self,
        *,
        instance_id: str,
        database_name: str,
        project_id: str | None = None,
    ) -> ShowInstanceDatabaseResponse:
        """Show a schema (v3).

        Returns a schema with its physical shards and associated data nodes. The v1 variant is
        show_database.

        ``GET /v3/{project_id}/instances/{instance_id}/databases/{database_name}``
        """
        return cast(
            "ShowInstanceDatabaseResponse",
            self.call(
                "show_instance_database",
                _module("schemas", "show_instance_database"),
                instance_id=instance_id,
                database_name=database_name,
                project_id=project_id,
            ),
        )

    def download_schema_metadata(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> DownloadSchemaMetadataResponse:
        """Export schema metadata.

        Exports the metadata describing how the physical shards of all schemas are placed on data nodes.

        ``GET /v3/{project_id}/instances/{instance_id}/schema-metadata``
        """
        return cast(
            "DownloadSchemaMetadataResponse",
            self.call(
                "download_schema_metadata",
                _module("schemas", "download_schema_metadata"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def upload_schema_metadata(
        self,
        *,
        instance_id: str,
        body: UploadSchemaMetadataRequest,
        project_id: str | None = None,
    ) -> UploadSchemaMetadataResponse:
        """Import schema metadata.

        Imports exported shard-distribution metadata and creates schemas with the same physical shards and
        placement.

        ``POST /v3/{project_id}/instances/{instance_id}/schema-metadata``
        """
        return cast(
            "UploadSchemaMetadataResponse",
            self.call(
                "upload_schema_metadata",
                _module("schemas", "upload_schema_metadata"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_available_rds(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListAvailableRdsResponse:
        """List data nodes available for schemas.

        Lists the data nodes that can be used to create a schema on the DDM instance. The v1 variant is
        list_available_rds_list.

        ``GET /v3/{project_id}/instances/{instance_id}/available-data-nodes``
        """
        return cast(
            "ListAvailableRdsResponse",
            self.call(
                "list_available_rds",
                _module("schemas", "list_available_rds"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def list_available_rds_for_migrate(
        self,
        *,
        instance_id: str,
        db_name: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListAvailableRdsForMigrateResponse:
        """List data nodes available for shard configuration.

        Lists the data nodes that can be added when reconfiguring the shards of a schema.

        ``GET /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/available-data-nodes``
        """
        return cast(
            "ListAvailableRdsForMigrateResponse",
            self.call(
                "list_available_rds_for_migrate",
                _module("schemas", "list_available_rds_for_migrate"),
                instance_id=instance_id,
                db_name=db_name,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def check_migrate_logic_db(
        self,
        *,
        instance_id: str,
        db_name: str,
        body: CheckMigrateLogicDbRequest,
        project_id: str | None = None,
    ) -> CheckMigrateLogicDbResponse:
        """Pre-check shard configuration.

        Checks whether a schema can be reconfigured to the given shards and data nodes and returns the check
        results with the pre-check workflow ID.

        ``POST /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/precheck``
        """
        return cast(
            "CheckMigrateLogicDbResponse",
            self.call(
                "check_migrate_logic_db",
                _module("schemas", "check_migrate_logic_db"),
                instance_id=instance_id,
                db_name=db_name,
                body=body,
                project_id=project_id,
            ),
        )

    def check_preliminary_results(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> CheckPreliminaryResultsResponse:
        """Show shard configuration pre-check results.

        Returns the results of an asynchronous shard-configuration pre-check.

        ``GET /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/precheck/{job_id}``
        """
        return cast(
            "CheckPreliminaryResultsResponse",
            self.call(
                "check_preliminary_results",
                _module("schemas", "check_preliminary_results"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def migrate_logic_db(
        self,
        *,
        instance_id: str,
        db_name: str,
        body: MigrateLogicDbRequest,
        project_id: str | None = None,
    ) -> MigrateLogicDbResponse:
        """Configure shards.

        Starts changing the number of shards and/or data nodes of a schema and returns the task ID.

        ``POST /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration``
        """
        return cast(
            "MigrateLogicDbResponse",
            self.call(
                "migrate_logic_db",
                _module("schemas", "migrate_logic_db"),
                instance_id=instance_id,
                db_name=db_name,
                body=body,
                project_id=project_id,
            ),
        )

    def migrate_results(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> MigrateResultsResponse:
        """Show a shard configuration task.

        Returns the shard counts, data nodes and route switching settings of a shard-configuration task.

        ``GET /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/jobs/{job_id}``
        """
        return cast(
            "MigrateResultsResponse",
            self.call(
                "migrate_results",
                _module("schemas", "migrate_results"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def cancel_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> CancelMigrationResponse:
        """Cancel shard configuration.

        Cancels a running shard-configuration task.

        ``PUT /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/jobs/{job_id}/cancel``
        """
        return cast(
            "CancelMigrationResponse",
            self.call(
                "cancel_migration",
                _module("schemas", "cancel_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def rollback_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> RollbackMigrationResponse:
        """Roll back shard configuration.

        Rolls back a shard-configuration task.

        ``PUT /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/jobs/{job_id}/rollback``
        """
        return cast(
            "RollbackMigrationResponse",
            self.call(
                "rollback_migration",
                _module("schemas", "rollback_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def clean_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> CleanMigrationResponse:
        """Clear shard configuration data.

        Clears the data left by a shard-configuration task.

        ``PUT /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/jobs/{job_id}/clean``
        """
        return cast(
            "CleanMigrationResponse",
            self.call(
                "clean_migration",
                _module("schemas", "clean_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def retry_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> RetryMigrationResponse:
        """Retry shard configuration.

        Retries a failed shard-configuration task.

        ``PUT /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/jobs/{job_id}/retry``
        """
        return cast(
            "RetryMigrationResponse",
            self.call(
                "retry_migration",
                _module("schemas", "retry_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def change_strategy(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
        body: ChangeStrategyRequest | Unset = UNSET,
    ) -> ChangeStrategyResponse:
        """Change the route switching policy.

        Sets an automatic route switchover window for a shard-configuration task, or switches it to manual
        route switching when no window is given.

        ``PUT /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/jobs/{job_id}/route-switch-strategy``
        """
        return cast(
            "ChangeStrategyResponse",
            self.call(
                "change_strategy",
                _module("schemas", "change_strategy"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
                body=body,
            ),
        )

    def switch_route(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> None:
        """Switch the route.

        Switches the routes of a shard-configuration task to the new shards now.

        ``PUT /v3/{project_id}/instances/{instance_id}/databases/{db_name}/migration/jobs/{job_id}/route-switch``
        """
        return cast(
            "None",
            self.call(
                "switch_route",
                _module("schemas", "switch_route"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def create_users(
        self,
        *,
        instance_id: str,
        body: CreateUsersRequest,
        project_id: str | None = None,
    ) -> CreateUsersResponse:
        """Create DDM accounts.

        Creates one or more DDM accounts for connecting to and managing schemas (v1). An instance holds at
        most 100 accounts; an account may be bound to several schemas.

        ``POST /v1/{project_id}/instances/{instance_id}/users``
        """
        return cast(
            "CreateUsersResponse",
            self.call(
                "create_users",
                _module("accounts", "create_users"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListUsersResponse:
        """List DDM accounts.

        Returns a page of the DDM accounts of an instance (v1).

        ``GET /v1/{project_id}/instances/{instance_id}/users``
        """
        return cast(
            "ListUsersResponse",
            self.call(
                "list_users",
                _module("accounts", "list_users"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def update_user(
        self,
        *,
        instance_id: str,
        username: str,
        body: UpdateUserRequest,
        project_id: str | None = None,
    ) -> UpdateUserResponse:
        """Modify a DDM account.

        Changes the privileges, description or bound schemas of a DDM account (v1).

        ``PUT /v1/{project_id}/instances/{instance_id}/users/{username}``
        """
        return cast(
            "UpdateUserResponse",
            self.call(
                "update_user",
                _module("accounts", "update_user"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    def delete_user(
        self,
        *,
        instance_id: str,
        username: str,
        project_id: str | None = None,
    ) -> DeleteUserResponse:
        """Delete a DDM account.

        Deletes a DDM account and unbinds it from its schemas (v1).

        ``DELETE /v1/{project_id}/instances/{instance_id}/users/{username}``
        """
        return cast(
            "DeleteUserResponse",
            self.call(
                "delete_user",
                _module("accounts", "delete_user"),
                instance_id=instance_id,
                username=username,
                project_id=project_id,
            ),
        )

    def reset_user_password(
        self,
        *,
        instance_id: str,
        username: str,
        body: ResetUserPasswordRequest,
        project_id: str | None = None,
    ) -> ResetUserPasswordResponse:
        """Reset a DDM account password.

        Sets a new password for a DDM account (v2).

        ``POST /v2/{project_id}/instances/{instance_id}/users/{username}/password``
        """
        return cast(
            "ResetUserPasswordResponse",
            self.call(
                "reset_user_password",
                _module("accounts", "reset_user_password"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    def reset_administrator(
        self,
        *,
        instance_id: str,
        body: ResetAdministratorRequest,
        project_id: str | None = None,
    ) -> None:
        """Create or update the administrator.

        On first use creates the instance administrator and sets its password; afterwards only changes that
        password. Requires DDM 3.0.9 or later.

        ``PUT /v3/{project_id}/instances/{instance_id}/admin-user``
        """
        return cast(
            "None",
            self.call(
                "reset_administrator",
                _module("accounts", "reset_administrator"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def validate_weak_password(
        self,
        *,
        body: ValidateWeakPasswordRequest,
        project_id: str | None = None,
    ) -> ValidateWeakPasswordResponse:
        """Check password strength.

        Reports whether a candidate instance password is considered weak.

        ``POST /v3/{project_id}/weak-password-verification``
        """
        return cast(
            "ValidateWeakPasswordResponse",
            self.call(
                "validate_weak_password",
                _module("accounts", "validate_weak_password"),
                body=body,
                project_id=project_id,
            ),
        )

    def create_ddm_user(
        self,
        *,
        instance_id: str,
        body: CreateDdmUserRequest,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Create an account (v3).

        Creates a DDM account for connecting to and managing schemas; it may be bound to several schemas.

        ``POST /v3/{project_id}/instances/{instance_id}/users``
        """
        return cast(
            "AccountV3EmptyResponse",
            self.call(
                "create_ddm_user",
                _module("accounts", "create_ddm_user"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_ddm_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmUsersResponse:
        """List accounts (v3).

        Returns a page of the DDM accounts of an instance.

        ``GET /v3/{project_id}/instances/{instance_id}/users``
        """
        return cast(
            "ListDdmUsersResponse",
            self.call(
                "list_ddm_users",
                _module("accounts", "list_ddm_users"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def update_ddm_user(
        self,
        *,
        instance_id: str,
        username: str,
        body: UpdateDdmUserRequest,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Modify an account (v3).

        Changes the privileges, description, password validity or bound schemas of a DDM account.

        ``PUT /v3/{project_id}/instances/{instance_id}/users/{username}``
        """
        return cast(
            "AccountV3EmptyResponse",
            self.call(
                "update_ddm_user",
                _module("accounts", "update_ddm_user"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    def delete_ddm_user(
        self,
        *,
        instance_id: str,
        username: str,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Delete an account (v3).

        Deletes a DDM account.

        ``DELETE /v3/{project_id}/instances/{instance_id}/users/{username}``
        """
        return cast(
            "AccountV3EmptyResponse",
            self.call(
                "delete_ddm_user",
                _module("accounts", "delete_ddm_user"),
                instance_id=instance_id,
                username=username,
                project_id=project_id,
            ),
        )

    def reset_ddm_user_password(
        self,
        *,
        instance_id: str,
        username: str,
        body: ResetDdmUserPasswordRequest,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Reset an account password (v3).

        Sets a new password for a DDM account.

        ``POST /v3/{project_id}/instances/{instance_id}/users/{username}/password``
        """
        return cast(
            "AccountV3EmptyResponse",
            self.call(
                "reset_ddm_user_password",
                _module("accounts", "reset_ddm_user_password"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    def show_ddm_job_result(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
    ) -> ShowDdmJobResultResponse:
        """Show a task.

        Returns a task of the DDM task center by its ID.

        ``GET /v3/{project_id}/jobs/{job_id}``
        """
        return cast(
            "ShowDdmJobResultResponse",
            self.call(
                "show_ddm_job_result",
                _module("tasks", "show_ddm_job_result"),
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def list_tasks(
        self,
        *,
        start_time: int,
        end_time: int,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListTasksResponse:
        """List tasks.

        Returns a page of tasks created in a time window of at most the last 30 days.

        ``GET /v3/{project_id}/jobs``
        """
        return cast(
            "ListTasksResponse",
            self.call(
                "list_tasks",
                _module("tasks", "list_tasks"),
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def list_slow_log(
        self,
        *,
        instance_id: str,
        cur_page: str,
        per_page: str,
        start_date: str,
        end_date: str,
        project_id: str | None = None,
    ) -> ListSlowLogResponse:
        """List slow queries.

        Returns the SQL statements that ran slowly on the instance within a window of at most 7 days.

        ``GET /v2/{project_id}/instances/{instance_id}/slowlog``
        """
        return cast(
            "ListSlowLogResponse",
            self.call(
                "list_slow_log",
                _module("monitoring", "list_slow_log"),
                instance_id=instance_id,
                cur_page=cur_page,
                per_page=per_page,
                start_date=start_date,
                end_date=end_date,
                project_id=project_id,
            ),
        )

    def show_logical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
    ) -> ShowLogicalProcessesResponse:
        """List logical sessions.

        Returns the logical sessions of a DDM instance.

        ``GET /v3/{project_id}/instances/{instance_id}/logical-processes``
        """
        return cast(
            "ShowLogicalProcessesResponse",
            self.call(
                "show_logical_processes",
                _module("sessions", "show_logical_processes"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
                keyword=keyword,
            ),
        )

    def execute_kill_logical_processes(
        self,
        *,
        instance_id: str,
        body: ExecuteKillLogicalProcessesRequest,
        project_id: str | None = None,
    ) -> ExecuteKillLogicalProcessesResponse:
        """Kill logical sessions.

        Terminates logical sessions of a DDM instance.

        ``DELETE /v3/{project_id}/instances/{instance_id}/logical-processes``
        """
        return cast(
            "ExecuteKillLogicalProcessesResponse",
            self.call(
                "execute_kill_logical_processes",
                _module("sessions", "execute_kill_logical_processes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def show_physical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
    ) -> ShowPhysicalProcessesResponse:
        """List physical sessions.

        Returns the physical sessions on the data nodes of a DDM instance.

        ``GET /v3/{project_id}/instances/{instance_id}/physical-processes``
        """
        return cast(
            "ShowPhysicalProcessesResponse",
            self.call(
                "show_physical_processes",
                _module("sessions", "show_physical_processes"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
                keyword=keyword,
            ),
        )

    def execute_kill_physical_processes(
        self,
        *,
        instance_id: str,
        body: ExecuteKillPhysicalProcessesRequest,
        project_id: str | None = None,
    ) -> ExecuteKillPhysicalProcessesResponse:
        """Kill physical sessions.

        Terminates physical sessions of a DDM instance.

        ``DELETE /v3/{project_id}/instances/{instance_id}/physical-processes``
        """
        return cast(
            "ExecuteKillPhysicalProcessesResponse",
            self.call(
                "execute_kill_physical_processes",
                _module("sessions", "execute_kill_physical_processes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def show_processes_audit_log(
        self,
        *,
        instance_id: str,
        start_time: str,
        end_time: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowProcessesAuditLogResponse:
        """List session-kill audit logs.

        Returns audit records of killed sessions within a window of at most 7 days.

        ``GET /v3/{project_id}/instances/{instance_id}/processes-audit-log``
        """
        return cast(
            "ShowProcessesAuditLogResponse",
            self.call(
                "show_processes_audit_log",
                _module("sessions", "show_processes_audit_log"),
                instance_id=instance_id,
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def list_database_available_versions(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> ListDatabaseAvailableVersionsResponse:
        """List available kernel versions.

        Returns the kernel versions a DDM instance can be upgraded or downgraded to.

        ``GET /v3/{project_id}/instances/{instance_id}/database-version/available-versions``
        """
        return cast(
            "ListDatabaseAvailableVersionsResponse",
            self.call(
                "list_database_available_versions",
                _module("versions", "list_database_available_versions"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def change_database_version(
        self,
        *,
        instance_id: str,
        body: ChangeDatabaseVersionRequest,
        project_id: str | None = None,
    ) -> ChangeDatabaseVersionResponse:
        """Change the kernel version.

        Upgrades or downgrades the DDM kernel of an instance to a chosen version; runs as an asynchronous
        task.

        ``POST /v3/{project_id}/instances/{instance_id}/database-version/change-version``
        """
        return cast(
            "ChangeDatabaseVersionResponse",
            self.call(
                "change_database_version",
                _module("versions", "change_database_version"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def roll_back_database_version(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> RollBackDatabaseVersionResponse:
        """Roll back the kernel version.

        Returns the DDM kernel of an instance to the version it had before the last upgrade; runs as an
        asynchronous task.

        ``POST /v3/{project_id}/instances/{instance_id}/database-version/rollback-version``
        """
        return cast(
            "RollBackDatabaseVersionResponse",
            self.call(
                "roll_back_database_version",
                _module("versions", "roll_back_database_version"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def show_risk_info(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> ShowRiskInfoResponse:
        """Show kernel version risks.

        Returns known risks of the instance's current kernel version with upgrade advice.

        ``GET /v3/{project_id}/instances/{instance_id}/show-risk-info``
        """
        return cast(
            "ShowRiskInfoResponse",
            self.call(
                "show_risk_info",
                _module("versions", "show_risk_info"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def list_backups(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        instance_id: str | Unset = UNSET,
        instance_name: str | Unset = UNSET,
        backup_name: str | Unset = UNSET,
    ) -> ListBackupsResponse:
        """List backups.

        Returns a page of the metadata backups in the project.

        ``GET /v3/{project_id}/backups``
        """
        return cast(
            "ListBackupsResponse",
            self.call(
                "list_backups",
                _module("backups", "list_backups"),
                project_id=project_id,
                offset=offset,
                limit=limit,
                instance_id=instance_id,
                instance_name=instance_name,
                backup_name=backup_name,
            ),
        )

    def delete_backup(
        self,
        *,
        backup_id: str,
        project_id: str | None = None,
    ) -> DeleteBackupResponse:
        """Delete a backup.

        Removes one backup; the deletion runs as an asynchronous job.

        ``DELETE /v3/{project_id}/backups/{backup_id}``
        """
        return cast(
            "DeleteBackupResponse",
            self.call(
                "delete_backup",
                _module("backups", "delete_backup"),
                backup_id=backup_id,
                project_id=project_id,
            ),
        )

    def show_backup(
        self,
        *,
        instance_id: str,
        backup_id: str,
        project_id: str | None = None,
    ) -> ShowBackupResponse:
        """Show backup details.

        Returns one backup of an instance together with the data nodes it covers.

        ``GET /v3/{project_id}/instances/{instance_id}/backups/{backup_id}``
        """
        return cast(
            "ShowBackupResponse",
            self.call(
                "show_backup",
                _module("backups", "show_backup"),
                instance_id=instance_id,
                backup_id=backup_id,
                project_id=project_id,
            ),
        )

    def show_related_dns(
        self,
        *,
        instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowRelatedDnsResponse:
        """List data nodes related at a restore time.

        Returns the data nodes that were associated with the instance at the given restoration point.

        ``GET /v3/{project_id}/instances/{instance_id}/backups/related-dn``
        """
        return cast(
            "ShowRelatedDnsResponse",
            self.call(
                "show_related_dns",
                _module("backups", "show_related_dns"),
                instance_id=instance_id,
                restore_time=restore_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def show_avalible_time(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowAvalibleTimeResponse:
        """Show restorable time range.

        Returns the time windows to which the instance's data can be restored.

        ``GET /v3/{project_id}/instances/{instance_id}/backups/restorable-time-interval``
        """
        return cast(
            "ShowAvalibleTimeResponse",
            self.call(
                "show_avalible_time",
                _module("backups", "show_avalible_time"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def show_avalible_rds(
        self,
        *,
        instance_id: str,
        target_instance_id: str,
        source_dn_instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowAvalibleRdsResponse:
        """List data nodes available for point-in-time restore.

        Returns the data nodes of a target instance that can receive a point-in-time restore of a source
        data node.

        ``GET /v3/{project_id}/instances/{instance_id}/backups/restorable-data-node``
        """
        return cast(
            "ShowAvalibleRdsResponse",
            self.call(
                "show_avalible_rds",
                _module("backups", "show_avalible_rds"),
                instance_id=instance_id,
                target_instance_id=target_instance_id,
                source_dn_instance_id=source_dn_instance_id,
                restore_time=restore_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def show_avalible_ddms(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowAvalibleDdmsResponse:
        """List instances usable as restore targets.

        Returns the DDM instances into which the source instance's data can be restored.

        ``GET /v3/{project_id}/instances/{instance_id}/backups/restorable-instances``
        """
        return cast(
            "ShowAvalibleDdmsResponse",
            self.call(
                "show_avalible_ddms",
                _module("backups", "show_avalible_ddms"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def restore_metadata(
        self,
        *,
        instance_id: str,
        body: RestoreMetadataRequest,
        project_id: str | None = None,
    ) -> RestoreMetadataResponse:
        """Restore metadata.

        Restores the metadata of the source instance, from a backup or a point in time, onto a target
        instance and its data nodes.

        ``POST /v3/{project_id}/instances/{instance_id}/backups/metadata-recovery``
        """
        return cast(
            "RestoreMetadataResponse",
            self.call(
                "restore_metadata",
                _module("backups", "restore_metadata"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def restore2_exist(
        self,
        *,
        instance_id: str,
        body: Restore2ExistRequest,
        project_id: str | None = None,
    ) -> Restore2ExistResponse:
        """Restore data to a new instance.

        Restores the source instance's data at a point in time onto another DDM instance, mapping each
        source data node to a target data node.

        ``POST /v3/{project_id}/instances/{instance_id}/backups/recovery``
        """
        return cast(
            "Restore2ExistResponse",
            self.call(
                "restore2_exist",
                _module("backups", "restore2_exist"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_ddm_configurations(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmConfigurationsResponse:
        """List parameter templates.

        Returns a page of the parameter templates, both default and custom ones.

        ``GET /v3/{project_id}/configurations``
        """
        return cast(
            "ListDdmConfigurationsResponse",
            self.call(
                "list_ddm_configurations",
                _module("parameters", "list_ddm_configurations"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def create_ddm_configurations(
        self,
        *,
        body: CreateDdmConfigurationsRequest,
        project_id: str | None = None,
    ) -> CreateDdmConfigurationsResponse:
        """Create a parameter template.

        Creates a custom parameter template, optionally overriding parameter values of the default template.

        ``POST /v3/{project_id}/configurations``
        """
        return cast(
            "CreateDdmConfigurationsResponse",
            self.call(
                "create_ddm_configurations",
                _module("parameters", "create_ddm_configurations"),
                body=body,
                project_id=project_id,
            ),
        )

    def show_configuration(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
    ) -> ShowConfigurationResponse:
        """Show a parameter template.

        Returns one parameter template with all of its parameters.

        ``GET /v3/{project_id}/configurations/{config_id}``
        """
        return cast(
            "ShowConfigurationResponse",
            self.call(
                "show_configuration",
                _module("parameters", "show_configuration"),
                config_id=config_id,
                project_id=project_id,
            ),
        )

    def reset_parameter_group(
        self,
        *,
        config_id: str,
        body: ResetParameterGroupRequest,
        project_id: str | None = None,
    ) -> ResetParameterGroupResponse:
        """Update a parameter template.

        Changes parameter values, and optionally the name and description, of a custom parameter template.

        ``PUT /v3/{project_id}/configurations/{config_id}``
        """
        return cast(
            "ResetParameterGroupResponse",
            self.call(
                "reset_parameter_group",
                _module("parameters", "reset_parameter_group"),
                config_id=config_id,
                body=body,
                project_id=project_id,
            ),
        )

    def delete_configuration(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
    ) -> DeleteConfigurationResponse:
        """Delete a parameter template.

        Removes a parameter template.

        ``DELETE /v3/{project_id}/configurations/{config_id}``
        """
        return cast(
            "DeleteConfigurationResponse",
            self.call(
                "delete_configuration",
                _module("parameters", "delete_configuration"),
                config_id=config_id,
                project_id=project_id,
            ),
        )

    def modify_configuration(
        self,
        *,
        instance_id: str,
        body: ModifyConfigurationRequest,
        project_id: str | None = None,
    ) -> ModifyConfigurationResponse:
        """Modify instance parameters (v3.1).

        Sets parameter values of a DDM instance through the v3.1 path, which takes a free-form map and
        answers only whether a restart is needed.

        ``PUT /v3.1/{project_id}/instances/{instance_id}/configurations``
        """
        return cast(
            "ModifyConfigurationResponse",
            self.call(
                "modify_configuration",
                _module("parameters", "modify_configuration"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_configuration_apply_histories(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListConfigurationApplyHistoriesResponse:
        """List template application records.

        Returns the records of applying a parameter template to instances.

        ``GET /v3/{project_id}/configurations/{config_id}/apply-histories``
        """
        return cast(
            "ListConfigurationApplyHistoriesResponse",
            self.call(
                "list_configuration_apply_histories",
                _module("parameters", "list_configuration_apply_histories"),
                config_id=config_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def copy_configuration(
        self,
        *,
        config_id: str,
        body: CopyConfigurationRequest,
        project_id: str | None = None,
    ) -> CopyConfigurationResponse:
        """Replicate a parameter template.

        Creates a new custom parameter template as a copy of an existing custom one.

        ``POST /v3/{project_id}/configurations/{config_id}/copy``
        """
        return cast(
            "CopyConfigurationResponse",
            self.call(
                "copy_configuration",
                _module("parameters", "copy_configuration"),
                config_id=config_id,
                body=body,
                project_id=project_id,
            ),
        )

    def list_instances_configurations(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListInstancesConfigurationsResponse:
        """List instances a template can be applied to.

        Returns the DDM instances to which the parameter template can be applied.

        ``GET /v3/{project_id}/configurations/{config_id}/query-instances``
        """
        return cast(
            "ListInstancesConfigurationsResponse",
            self.call(
                "list_instances_configurations",
                _module("parameters", "list_instances_configurations"),
                config_id=config_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    def compare_parameter_groups(
        self,
        *,
        body: CompareParameterGroupsRequest,
        project_id: str | None = None,
    ) -> CompareParameterGroupsResponse:
        """Compare two parameter templates.

        Returns the parameters whose values differ between a source and a target parameter template.

        ``PUT /v3/{project_id}/configurations/diff``
        """
        return cast(
            "CompareParameterGroupsResponse",
            self.call(
                "compare_parameter_groups",
                _module("parameters", "compare_parameter_groups"),
                body=body,
                project_id=project_id,
            ),
        )

    def wait_until_instance_running(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ShowInstanceResponse | None:
        """InstanceRunning: The instance is RUNNING, after its creation or an administrator password reset
        (RESET_PASSWORD); CREATEFAILED or ERROR fails.

        Polls ``show_instance`` every 20 s, at most 90 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: create_instance, reset_administrator.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ShowInstanceResponse | None",
            self.wait(
                "InstanceRunning",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def wait_until_instance_deleted(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ShowInstanceResponse | None:
        """InstanceDeleted: The instance is gone: 404, or the service's DBS.300350 (the data does not exist).

        Polls ``show_instance`` every 15 s, at most 80 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: delete_ddm_instance, delete_instance.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ShowInstanceResponse | None",
            self.wait(
                "InstanceDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def wait_until_job_finished(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ShowDdmJobResultResponse | None:
        """JobFinished: A task of the task center has ended: Completed, or ToBeSwitched (a migration waiting for
        its route switch); Failed fails.

        Polls ``show_ddm_job_result`` every 10 s, at most 360 times (``delay``,
        ``max_attempts`` override; ``timeout`` caps the seconds). Returns the last reply (None when a
        404 or error code ended the wait). Follows: bind_eip, cancel_migration, change_database_version, check_migrate_logic_db,
        clean_migration, create_ddm_database, create_group, create_instance,
        delete_backup, delete_ddm_database, delete_ddm_instance, delete_group,
        delete_instance, delete_nodes, expand_ddm_instance_nodes, expand_instance_nodes,
        migrate_logic_db, modify_eip, move_tmlog_files, resize_flavor,
        restart_ddm_instance, restart_instance, restart_node, restore2_exist,
        restore_metadata, retry_migration, roll_back_database_version,
        rollback_migration, set_read_only_status, shrink_instance_nodes, switch_ssl,
        unbind_eip, update_database_info, update_ddm_instance_name,
        update_instance_param, update_instance_port, upload_schema_metadata.

        Raises:
            WaiterFailureError: a failure state was reached (with the resource's own reasons).
            WaiterTimeoutError: attempts or time ran out; the message names the last status seen.
        """
        return cast(
            "ShowDdmJobResultResponse | None",
            self.wait(
                "JobFinished",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def paginate_list_instances(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[ShowInstanceBeanResponse]:
        """Every item of ``list_instances`` (List DDM instances), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[ShowInstanceBeanResponse]",
            self.paginate(
                "list_instances",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_nodes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[NodeList]:
        """Every item of ``list_nodes`` (List nodes of a DDM instance), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[NodeList]",
            self.paginate(
                "list_nodes",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_engines(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[EngineGroupsInfo]:
        """Every item of ``list_engines`` (List DDM engines), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[EngineGroupsInfo]",
            self.paginate(
                "list_engines",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_flavors(
        self,
        *,
        engine_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[ComputeFlavorGroupsInfo]:
        """Every item of ``list_flavors`` (List DDM node classes), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[ComputeFlavorGroupsInfo]",
            self.paginate(
                "list_flavors",
                page_size=page_size,
                engine_id=engine_id,
                project_id=project_id,
            ),
        )

    def paginate_list_group(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[GroupInfo]:
        """Every item of ``list_group`` (List groups of a DDM instance), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[GroupInfo]",
            self.paginate(
                "list_group",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_engines(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[EngineGroupInfo]:
        """Every item of ``list_ddm_engines`` (List DDM engines (v3)), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[EngineGroupInfo]",
            self.paginate(
                "list_ddm_engines",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_flavors(
        self,
        *,
        project_id: str | None = None,
        engine_id: str | Unset = UNSET,
        engine_version: str | Unset = UNSET,
        available_zones: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[FlavorGroupInfo]:
        """Every item of ``list_ddm_flavors`` (List DDM node classes per AZ (v3)), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[FlavorGroupInfo]",
            self.paginate(
                "list_ddm_flavors",
                page_size=page_size,
                project_id=project_id,
                engine_id=engine_id,
                engine_version=engine_version,
                available_zones=available_zones,
            ),
        )

    def paginate_show_instance_param(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        x_language: ShowInstanceParamXLanguage | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[ConfigurationParameterList]:
        """Every item of ``show_instance_param`` (Show instance parameters), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[ConfigurationParameterList]",
            self.paginate(
                "show_instance_param",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
                x_language=x_language,
            ),
        )

    def paginate_show_tmlog_infos(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[TmlogInfo]:
        """Every item of ``show_tmlog_infos`` (List TMLog information), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[TmlogInfo]",
            self.paginate(
                "show_tmlog_infos",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_databases(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetDatabaseInfo]:
        """Every item of ``list_databases`` (List schemas), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[GetDatabaseInfo]",
            self.paginate(
                "list_databases",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_available_rds_list(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[QueryAvailableRdsList]:
        """Every item of ``list_available_rds_list`` (List DB instances available for schemas), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[QueryAvailableRdsList]",
            self.paginate(
                "list_available_rds_list",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_available_rds(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[AvailableDnInstance]:
        """Every item of ``list_available_rds`` (List data nodes available for schemas), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[AvailableDnInstance]",
            self.paginate(
                "list_available_rds",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_available_rds_for_migrate(
        self,
        *,
        instance_id: str,
        db_name: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[AvailableDnInstance]:
        """Every item of ``list_available_rds_for_migrate`` (List data nodes available for shard configuration), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[AvailableDnInstance]",
            self.paginate(
                "list_available_rds_for_migrate",
                page_size=page_size,
                instance_id=instance_id,
                db_name=db_name,
                project_id=project_id,
            ),
        )

    def paginate_list_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetUsersListDetailResponses]:
        """Every item of ``list_users`` (List DDM accounts), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[GetUsersListDetailResponses]",
            self.paginate(
                "list_users",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetUsersListDetailResponsesV3]:
        """Every item of ``list_ddm_users`` (List accounts (v3)), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[GetUsersListDetailResponsesV3]",
            self.paginate(
                "list_ddm_users",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_tasks(
        self,
        *,
        start_time: int,
        end_time: int,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[JobItem]:
        """Every item of ``list_tasks`` (List tasks), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[JobItem]",
            self.paginate(
                "list_tasks",
                page_size=page_size,
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
            ),
        )

    def paginate_list_slow_log(
        self,
        *,
        instance_id: str,
        start_date: str,
        end_date: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[SlowLogList]:
        """Every item of ``list_slow_log`` (List slow queries), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[SlowLogList]",
            self.paginate(
                "list_slow_log",
                page_size=page_size,
                instance_id=instance_id,
                start_date=start_date,
                end_date=end_date,
                project_id=project_id,
            ),
        )

    def paginate_show_logical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        keyword: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[LogicalProcessesInfo]:
        """Every item of ``show_logical_processes`` (List logical sessions), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[LogicalProcessesInfo]",
            self.paginate(
                "show_logical_processes",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
                keyword=keyword,
            ),
        )

    def paginate_show_physical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        keyword: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[PhysicalProcessInfo]:
        """Every item of ``show_physical_processes`` (List physical sessions), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[PhysicalProcessInfo]",
            self.paginate(
                "show_physical_processes",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
                keyword=keyword,
            ),
        )

    def paginate_show_processes_audit_log(
        self,
        *,
        instance_id: str,
        start_time: str,
        end_time: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[UserProcessAuditLog]:
        """Every item of ``show_processes_audit_log`` (List session-kill audit logs), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[UserProcessAuditLog]",
            self.paginate(
                "show_processes_audit_log",
                page_size=page_size,
                instance_id=instance_id,
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
            ),
        )

    def paginate_list_backups(
        self,
        *,
        project_id: str | None = None,
        instance_id: str | Unset = UNSET,
        instance_name: str | Unset = UNSET,
        backup_name: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> Iterator[BackupInfo]:
        """Every item of ``list_backups`` (List backups), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[BackupInfo]",
            self.paginate(
                "list_backups",
                page_size=page_size,
                project_id=project_id,
                instance_id=instance_id,
                instance_name=instance_name,
                backup_name=backup_name,
            ),
        )

    def paginate_show_related_dns(
        self,
        *,
        instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[RelatedDnVO]:
        """Every item of ``show_related_dns`` (List data nodes related at a restore time), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[RelatedDnVO]",
            self.paginate(
                "show_related_dns",
                page_size=page_size,
                instance_id=instance_id,
                restore_time=restore_time,
                project_id=project_id,
            ),
        )

    def paginate_show_avalible_time(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[RestoreTimeInterval]:
        """Every item of ``show_avalible_time`` (Show restorable time range), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[RestoreTimeInterval]",
            self.paginate(
                "show_avalible_time",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_show_avalible_rds(
        self,
        *,
        instance_id: str,
        target_instance_id: str,
        source_dn_instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[TargetDn4Restore]:
        """Every item of ``show_avalible_rds`` (List data nodes available for point-in-time restore), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[TargetDn4Restore]",
            self.paginate(
                "show_avalible_rds",
                page_size=page_size,
                instance_id=instance_id,
                target_instance_id=target_instance_id,
                source_dn_instance_id=source_dn_instance_id,
                restore_time=restore_time,
                project_id=project_id,
            ),
        )

    def paginate_show_avalible_ddms(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[DDMInstance4Restore]:
        """Every item of ``show_avalible_ddms`` (List instances usable as restore targets), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[DDMInstance4Restore]",
            self.paginate(
                "show_avalible_ddms",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_configurations(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[ConfigurationInfo]:
        """Every item of ``list_ddm_configurations`` (List parameter templates), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[ConfigurationInfo]",
            self.paginate(
                "list_ddm_configurations",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_configuration_apply_histories(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[ApplyHistory]:
        """Every item of ``list_configuration_apply_histories`` (List template application records), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[ApplyHistory]",
            self.paginate(
                "list_configuration_apply_histories",
                page_size=page_size,
                config_id=config_id,
                project_id=project_id,
            ),
        )

    def paginate_list_instances_configurations(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[ApplicableInstance]:
        """Every item of ``list_instances_configurations`` (List instances a template can be applied to), page after page, each once.

        Pages are fetched lazily, ``page_size`` items at a time (None: the service's default size).
        """
        return cast(
            "Iterator[ApplicableInstance]",
            self.paginate(
                "list_instances_configurations",
                page_size=page_size,
                config_id=config_id,
                project_id=project_id,
            ),
        )


class AsyncDdmClient(AsyncAPIClient):
    """asyncio twin of :class:`DdmClient`; use it with ``async with``, or ``await close()``.

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
        ConfigurationError: as :class:`DdmClient`.
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
    def with_raw_response(self) -> AsyncDdmClientWithRawResponse:
        """This client's operations, each returning a typed ``RawResponse`` (``status_code``, ``headers``,
        ``request_id``, ``http_response`` and ``parse()`` giving the model the plain call returns)."""
        return AsyncDdmClientWithRawResponse(self)

    async def list_api_version(
        self,
    ) -> ListApiVersionResponse:
        """List API versions: see :meth:`DdmClient.list_api_version`."""
        return cast(
            "ListApiVersionResponse",
            await self.call(
                "list_api_version",
                _module("api_versions", "list_api_version"),
            ),
        )

    async def create_instance(
        self,
        *,
        body: CreateInstanceRequest,
        project_id: str | None = None,
    ) -> CreateInstanceResponse:
        """Buy a DDM instance: see :meth:`DdmClient.create_instance`."""
        return cast(
            "CreateInstanceResponse",
            await self.call(
                "create_instance",
                _module("instances", "create_instance"),
                body=body,
                project_id=project_id,
            ),
        )

    async def list_instances(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListInstancesResponse:
        """List DDM instances: see :meth:`DdmClient.list_instances`."""
        return cast(
            "ListInstancesResponse",
            await self.call(
                "list_instances",
                _module("instances", "list_instances"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def show_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> ShowInstanceResponse:
        """Show a DDM instance: see :meth:`DdmClient.show_instance`."""
        return cast(
            "ShowInstanceResponse",
            await self.call(
                "show_instance",
                _module("instances", "show_instance"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def delete_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        delete_rds_data: DeleteInstanceDeleteRdsData | Unset = UNSET,
    ) -> DeleteInstanceResponse:
        """Delete a DDM instance: see :meth:`DdmClient.delete_instance`."""
        return cast(
            "DeleteInstanceResponse",
            await self.call(
                "delete_instance",
                _module("instances", "delete_instance"),
                instance_id=instance_id,
                project_id=project_id,
                delete_rds_data=delete_rds_data,
            ),
        )

    async def update_instance_name(
        self,
        *,
        instance_id: str,
        body: UpdateInstanceNameRequest,
        project_id: str | None = None,
    ) -> UpdateInstanceNameResponse:
        """Rename a DDM instance: see :meth:`DdmClient.update_instance_name`."""
        return cast(
            "UpdateInstanceNameResponse",
            await self.call(
                "update_instance_name",
                _module("instances", "update_instance_name"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def update_instance_security_group(
        self,
        *,
        instance_id: str,
        body: UpdateInstanceSecurityGroupRequest,
        project_id: str | None = None,
    ) -> UpdateInstanceSecurityGroupResponse:
        """Change the security group of a DDM instance: see :meth:`DdmClient.update_instance_security_group`."""
        return cast(
            "UpdateInstanceSecurityGroupResponse",
            await self.call(
                "update_instance_security_group",
                _module("instances", "update_instance_security_group"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def restart_instance(
        self,
        *,
        instance_id: str,
        body: RestartInstanceRequest,
        project_id: str | None = None,
    ) -> RestartInstanceResponse:
        """Restart a DDM instance: see :meth:`DdmClient.restart_instance`."""
        return cast(
            "RestartInstanceResponse",
            await self.call(
                "restart_instance",
                _module("instances", "restart_instance"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def rebuild_config(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        body: RebuildConfigRequest | Unset = UNSET,
    ) -> RebuildConfigResponse:
        """Reload table data: see :meth:`DdmClient.rebuild_config`."""
        return cast(
            "RebuildConfigResponse",
            await self.call(
                "rebuild_config",
                _module("instances", "rebuild_config"),
                instance_id=instance_id,
                project_id=project_id,
                body=body,
            ),
        )

    async def expand_instance_nodes(
        self,
        *,
        instance_id: str,
        body: ExpandInstanceNodesRequest,
        project_id: str | None = None,
    ) -> ExpandInstanceNodesResponse:
        """Scale out a DDM instance: see :meth:`DdmClient.expand_instance_nodes`."""
        return cast(
            "ExpandInstanceNodesResponse",
            await self.call(
                "expand_instance_nodes",
                _module("instances", "expand_instance_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def shrink_instance_nodes(
        self,
        *,
        instance_id: str,
        body: ShrinkInstanceNodesRequest,
        project_id: str | None = None,
    ) -> ShrinkInstanceNodesResponse:
        """Scale in a DDM instance: see :meth:`DdmClient.shrink_instance_nodes`."""
        return cast(
            "ShrinkInstanceNodesResponse",
            await self.call(
                "shrink_instance_nodes",
                _module("instances", "shrink_instance_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def update_read_and_write_strategy(
        self,
        *,
        instance_id: str,
        body: UpdateReadAndWriteStrategyRequest,
        project_id: str | None = None,
    ) -> UpdateReadAndWriteStrategyResponse:
        """Change the read policy of associated DB instances: see :meth:`DdmClient.update_read_and_write_strategy`."""
        return cast(
            "UpdateReadAndWriteStrategyResponse",
            await self.call(
                "update_read_and_write_strategy",
                _module("instances", "update_read_and_write_strategy"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def update_database_info(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> UpdateDatabaseInfoResponse:
        """Synchronize data node information: see :meth:`DdmClient.update_database_info`."""
        return cast(
            "UpdateDatabaseInfoResponse",
            await self.call(
                "update_database_info",
                _module("instances", "update_database_info"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def list_nodes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListNodesResponse:
        """List nodes of a DDM instance: see :meth:`DdmClient.list_nodes`."""
        return cast(
            "ListNodesResponse",
            await self.call(
                "list_nodes",
                _module("instances", "list_nodes"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def show_node(
        self,
        *,
        instance_id: str,
        node_id: str,
        project_id: str | None = None,
    ) -> ShowNodeResponse:
        """Show a node of a DDM instance: see :meth:`DdmClient.show_node`."""
        return cast(
            "ShowNodeResponse",
            await self.call(
                "show_node",
                _module("instances", "show_node"),
                instance_id=instance_id,
                node_id=node_id,
                project_id=project_id,
            ),
        )

    async def list_engines(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListEnginesResponse:
        """List DDM engines: see :meth:`DdmClient.list_engines`."""
        return cast(
            "ListEnginesResponse",
            await self.call(
                "list_engines",
                _module("instances", "list_engines"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def list_flavors(
        self,
        *,
        engine_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListFlavorsResponse:
        """List DDM node classes: see :meth:`DdmClient.list_flavors`."""
        return cast(
            "ListFlavorsResponse",
            await self.call(
                "list_flavors",
                _module("instances", "list_flavors"),
                engine_id=engine_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def resize_flavor(
        self,
        *,
        instance_id: str,
        body: ResizeFlavorRequest,
        project_id: str | None = None,
    ) -> ResizeFlavorResponse:
        """Change the node class of a DDM instance: see :meth:`DdmClient.resize_flavor`."""
        return cast(
            "ResizeFlavorResponse",
            await self.call(
                "resize_flavor",
                _module("instances", "resize_flavor"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_group(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListGroupResponse:
        """List groups of a DDM instance: see :meth:`DdmClient.list_group`."""
        return cast(
            "ListGroupResponse",
            await self.call(
                "list_group",
                _module("instances", "list_group"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def create_group(
        self,
        *,
        instance_id: str,
        body: CreateGroupRequest,
        project_id: str | None = None,
    ) -> CreateGroupResponse:
        """Create an instance group: see :meth:`DdmClient.create_group`."""
        return cast(
            "CreateGroupResponse",
            await self.call(
                "create_group",
                _module("instances", "create_group"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def delete_group(
        self,
        *,
        instance_id: str,
        group_id: str,
        project_id: str | None = None,
    ) -> DeleteGroupResponse:
        """Delete an instance group: see :meth:`DdmClient.delete_group`."""
        return cast(
            "DeleteGroupResponse",
            await self.call(
                "delete_group",
                _module("instances", "delete_group"),
                instance_id=instance_id,
                group_id=group_id,
                project_id=project_id,
            ),
        )

    async def list_ddm_engines(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmEnginesResponse:
        """List DDM engines (v3): see :meth:`DdmClient.list_ddm_engines`."""
        return cast(
            "ListDdmEnginesResponse",
            await self.call(
                "list_ddm_engines",
                _module("instances", "list_ddm_engines"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def list_ddm_flavors(
        self,
        *,
        project_id: str | None = None,
        engine_id: str | Unset = UNSET,
        engine_version: str | Unset = UNSET,
        available_zones: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmFlavorsResponse:
        """List DDM node classes per AZ (v3): see :meth:`DdmClient.list_ddm_flavors`."""
        return cast(
            "ListDdmFlavorsResponse",
            await self.call(
                "list_ddm_flavors",
                _module("instances", "list_ddm_flavors"),
                project_id=project_id,
                engine_id=engine_id,
                engine_version=engine_version,
                available_zones=available_zones,
                offset=offset,
                limit=limit,
            ),
        )

    async def show_instance_param(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        x_language: ShowInstanceParamXLanguage | Unset = UNSET,
    ) -> ShowInstanceParamResponse:
        """Show instance parameters: see :meth:`DdmClient.show_instance_param`."""
        return cast(
            "ShowInstanceParamResponse",
            await self.call(
                "show_instance_param",
                _module("instances", "show_instance_param"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
                x_language=x_language,
            ),
        )

    async def update_instance_param(
        self,
        *,
        instance_id: str,
        body: UpdateInstanceParamRequest,
        project_id: str | None = None,
        x_language: UpdateInstanceParamXLanguage | Unset = UNSET,
    ) -> UpdateInstanceParamResponse:
        """Modify instance parameters (v3): see :meth:`DdmClient.update_instance_param`."""
        return cast(
            "UpdateInstanceParamResponse",
            await self.call(
                "update_instance_param",
                _module("parameters", "update_instance_param"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
                x_language=x_language,
            ),
        )

    async def expand_ddm_instance_nodes(
        self,
        *,
        instance_id: str,
        body: ExpandDdmInstanceNodesRequest,
        project_id: str | None = None,
    ) -> ExpandDdmInstanceNodesResponse:
        """Scale out a DDM instance (v3): see :meth:`DdmClient.expand_ddm_instance_nodes`."""
        return cast(
            "ExpandDdmInstanceNodesResponse",
            await self.call(
                "expand_ddm_instance_nodes",
                _module("instances", "expand_ddm_instance_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def delete_nodes(
        self,
        *,
        instance_id: str,
        body: DeleteNodesRequest,
        project_id: str | None = None,
    ) -> DeleteNodesResponse:
        """Delete instance nodes: see :meth:`DdmClient.delete_nodes`."""
        return cast(
            "DeleteNodesResponse",
            await self.call(
                "delete_nodes",
                _module("instances", "delete_nodes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def delete_ddm_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        delete_dn_data: bool | Unset = UNSET,
    ) -> DeleteDdmInstanceResponse:
        """Delete a DDM instance (v3): see :meth:`DdmClient.delete_ddm_instance`."""
        return cast(
            "DeleteDdmInstanceResponse",
            await self.call(
                "delete_ddm_instance",
                _module("instances", "delete_ddm_instance"),
                instance_id=instance_id,
                project_id=project_id,
                delete_dn_data=delete_dn_data,
            ),
        )

    async def switch_ssl(
        self,
        *,
        instance_id: str,
        body: SwitchSslRequest,
        project_id: str | None = None,
    ) -> SwitchSslResponse:
        """Enable or disable SSL: see :meth:`DdmClient.switch_ssl`."""
        return cast(
            "SwitchSslResponse",
            await self.call(
                "switch_ssl",
                _module("instances", "switch_ssl"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def update_instance_port(
        self,
        *,
        instance_id: str,
        body: UpdateInstancePortRequest,
        project_id: str | None = None,
    ) -> UpdateInstancePortResponse:
        """Change the instance port: see :meth:`DdmClient.update_instance_port`."""
        return cast(
            "UpdateInstancePortResponse",
            await self.call(
                "update_instance_port",
                _module("instances", "update_instance_port"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def restart_ddm_instance(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> RestartDdmInstanceResponse:
        """Restart a DDM instance (v3): see :meth:`DdmClient.restart_ddm_instance`."""
        return cast(
            "RestartDdmInstanceResponse",
            await self.call(
                "restart_ddm_instance",
                _module("instances", "restart_ddm_instance"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def restart_node(
        self,
        *,
        instance_id: str,
        node_id: str,
        project_id: str | None = None,
    ) -> RestartNodeResponse:
        """Restart a node: see :meth:`DdmClient.restart_node`."""
        return cast(
            "RestartNodeResponse",
            await self.call(
                "restart_node",
                _module("instances", "restart_node"),
                instance_id=instance_id,
                node_id=node_id,
                project_id=project_id,
            ),
        )

    async def bind_eip(
        self,
        *,
        instance_id: str,
        body: BindEipRequest,
        project_id: str | None = None,
    ) -> BindEipResponse:
        """Bind an EIP: see :meth:`DdmClient.bind_eip`."""
        return cast(
            "BindEipResponse",
            await self.call(
                "bind_eip",
                _module("instances", "bind_eip"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def unbind_eip(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> UnbindEipResponse:
        """Unbind an EIP: see :meth:`DdmClient.unbind_eip`."""
        return cast(
            "UnbindEipResponse",
            await self.call(
                "unbind_eip",
                _module("instances", "unbind_eip"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def modify_eip(
        self,
        *,
        instance_id: str,
        body: ModifyEipRequest,
        project_id: str | None = None,
    ) -> ModifyEipResponse:
        """Change the ELB IP address: see :meth:`DdmClient.modify_eip`."""
        return cast(
            "ModifyEipResponse",
            await self.call(
                "modify_eip",
                _module("instances", "modify_eip"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def show_ddm_node_detail(
        self,
        *,
        instance_id: str,
        node_id: str,
        project_id: str | None = None,
    ) -> ShowDdmNodeDetailResponse:
        """Show a node (v3): see :meth:`DdmClient.show_ddm_node_detail`."""
        return cast(
            "ShowDdmNodeDetailResponse",
            await self.call(
                "show_ddm_node_detail",
                _module("instances", "show_ddm_node_detail"),
                instance_id=instance_id,
                node_id=node_id,
                project_id=project_id,
            ),
        )

    async def update_ddm_instance_name(
        self,
        *,
        instance_id: str,
        body: UpdateDdmInstanceNameRequest,
        project_id: str | None = None,
    ) -> UpdateDdmInstanceNameResponse:
        """Rename an instance (v3): see :meth:`DdmClient.update_ddm_instance_name`."""
        return cast(
            "UpdateDdmInstanceNameResponse",
            await self.call(
                "update_ddm_instance_name",
                _module("instances", "update_ddm_instance_name"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def update_ddm_instance_security_group(
        self,
        *,
        instance_id: str,
        body: UpdateDdmInstanceSecurityGroupRequest,
        project_id: str | None = None,
    ) -> UpdateDdmInstanceSecurityGroupResponse:
        """Change the security group (v3): see :meth:`DdmClient.update_ddm_instance_security_group`."""
        return cast(
            "UpdateDdmInstanceSecurityGroupResponse",
            await self.call(
                "update_ddm_instance_security_group",
                _module("instances", "update_ddm_instance_security_group"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def rebuild_ddm_config(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        body: RebuildDdmConfigRequest | Unset = UNSET,
    ) -> RebuildDdmConfigResponse:
        """Reload table data (v3): see :meth:`DdmClient.rebuild_ddm_config`."""
        return cast(
            "RebuildDdmConfigResponse",
            await self.call(
                "rebuild_ddm_config",
                _module("instances", "rebuild_ddm_config"),
                instance_id=instance_id,
                project_id=project_id,
                body=body,
            ),
        )

    async def check_data_node_connection(
        self,
        *,
        instance_id: str,
        body: CheckDataNodeConnectionRequest,
        project_id: str | None = None,
    ) -> CheckDataNodeConnectionResponse:
        """Check RDS connectivity (v3): see :meth:`DdmClient.check_data_node_connection`."""
        return cast(
            "CheckDataNodeConnectionResponse",
            await self.call(
                "check_data_node_connection",
                _module("instances", "check_data_node_connection"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def set_read_only_status(
        self,
        *,
        instance_id: str,
        body: SetReadOnlyStatusRequest,
        project_id: str | None = None,
    ) -> SetReadOnlyStatusResponse:
        """Set or clear read-only: see :meth:`DdmClient.set_read_only_status`."""
        return cast(
            "SetReadOnlyStatusResponse",
            await self.call(
                "set_read_only_status",
                _module("instances", "set_read_only_status"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def show_tmlog_infos(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowTmlogInfosResponse:
        """List TMLog information: see :meth:`DdmClient.show_tmlog_infos`."""
        return cast(
            "ShowTmlogInfosResponse",
            await self.call(
                "show_tmlog_infos",
                _module("instances", "show_tmlog_infos"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def move_tmlog_files(
        self,
        *,
        instance_id: str,
        body: MoveTmlogFilesRequest,
        project_id: str | None = None,
    ) -> MoveTmlogFilesResponse:
        """Move TMLog files: see :meth:`DdmClient.move_tmlog_files`."""
        return cast(
            "MoveTmlogFilesResponse",
            await self.call(
                "move_tmlog_files",
                _module("instances", "move_tmlog_files"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def create_database(
        self,
        *,
        instance_id: str,
        body: CreateDatabaseRequest,
        project_id: str | None = None,
    ) -> CreateDatabaseResponse:
        """Create schemas: see :meth:`DdmClient.create_database`."""
        return cast(
            "CreateDatabaseResponse",
            await self.call(
                "create_database",
                _module("schemas", "create_database"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_databases(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDatabasesResponse:
        """List schemas: see :meth:`DdmClient.list_databases`."""
        return cast(
            "ListDatabasesResponse",
            await self.call(
                "list_databases",
                _module("schemas", "list_databases"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def show_database(
        self,
        *,
        instance_id: str,
        ddm_dbname: str,
        project_id: str | None = None,
    ) -> ShowDatabaseResponse:
        """Show a schema: see :meth:`DdmClient.show_database`."""
        return cast(
            "ShowDatabaseResponse",
            await self.call(
                "show_database",
                _module("schemas", "show_database"),
                instance_id=instance_id,
                ddm_dbname=ddm_dbname,
                project_id=project_id,
            ),
        )

    async def delete_database(
        self,
        *,
        instance_id: str,
        ddm_dbname: str,
        project_id: str | None = None,
        delete_rds_data: DeleteDatabaseDeleteRdsData | Unset = UNSET,
    ) -> DeleteDatabaseResponse:
        """Delete a schema: see :meth:`DdmClient.delete_database`."""
        return cast(
            "DeleteDatabaseResponse",
            await self.call(
                "delete_database",
                _module("schemas", "delete_database"),
                instance_id=instance_id,
                ddm_dbname=ddm_dbname,
                project_id=project_id,
                delete_rds_data=delete_rds_data,
            ),
        )

    async def list_available_rds_list(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListAvailableRdsListResponse:
        """List DB instances available for schemas: see :meth:`DdmClient.list_available_rds_list`."""
        return cast(
            "ListAvailableRdsListResponse",
            await self.call(
                "list_available_rds_list",
                _module("schemas", "list_available_rds_list"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def create_ddm_database(
        self,
        *,
        instance_id: str,
        body: CreateDdmDatabaseRequest,
        project_id: str | None = None,
    ) -> CreateDdmDatabaseResponse:
        """Create a schema (v3): see :meth:`DdmClient.create_ddm_database`."""
        return cast(
            "CreateDdmDatabaseResponse",
            await self.call(
                "create_ddm_database",
                _module("schemas", "create_ddm_database"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def delete_ddm_database(
        self,
        *,
        instance_id: str,
        database_name: str,
        delete_dn_data: bool,
        project_id: str | None = None,
    ) -> DeleteDdmDatabaseResponse:
        """Delete a schema (v3): see :meth:`DdmClient.delete_ddm_database`."""
        return cast(
            "DeleteDdmDatabaseResponse",
            await self.call(
                "delete_ddm_database",
                _module("schemas", "delete_ddm_database"),
                instance_id=instance_id,
                database_name=database_name,
                delete_dn_data=delete_dn_data,
                project_id=project_id,
            ),
        )

    async def show_instance_database(
        self,
        *,
        instance_id: str,
        database_name: str,
        project_id: str | None = None,
    ) -> ShowInstanceDatabaseResponse:
        """Show a schema (v3): see :meth:`DdmClient.show_instance_database`."""
        return cast(
            "ShowInstanceDatabaseResponse",
            await self.call(
                "show_instance_database",
                _module("schemas", "show_instance_database"),
                instance_id=instance_id,
                database_name=database_name,
                project_id=project_id,
            ),
        )

    async def download_schema_metadata(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> DownloadSchemaMetadataResponse:
        """Export schema metadata: see :meth:`DdmClient.download_schema_metadata`."""
        return cast(
            "DownloadSchemaMetadataResponse",
            await self.call(
                "download_schema_metadata",
                _module("schemas", "download_schema_metadata"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def upload_schema_metadata(
        self,
        *,
        instance_id: str,
        body: UploadSchemaMetadataRequest,
        project_id: str | None = None,
    ) -> UploadSchemaMetadataResponse:
        """Import schema metadata: see :meth:`DdmClient.upload_schema_metadata`."""
        return cast(
            "UploadSchemaMetadataResponse",
            await self.call(
                "upload_schema_metadata",
                _module("schemas", "upload_schema_metadata"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_available_rds(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListAvailableRdsResponse:
        """List data nodes available for schemas: see :meth:`DdmClient.list_available_rds`."""
        return cast(
            "ListAvailableRdsResponse",
            await self.call(
                "list_available_rds",
                _module("schemas", "list_available_rds"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def list_available_rds_for_migrate(
        self,
        *,
        instance_id: str,
        db_name: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListAvailableRdsForMigrateResponse:
        """List data nodes available for shard configuration: see :meth:`DdmClient.list_available_rds_for_migrate`."""
        return cast(
            "ListAvailableRdsForMigrateResponse",
            await self.call(
                "list_available_rds_for_migrate",
                _module("schemas", "list_available_rds_for_migrate"),
                instance_id=instance_id,
                db_name=db_name,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def check_migrate_logic_db(
        self,
        *,
        instance_id: str,
        db_name: str,
        body: CheckMigrateLogicDbRequest,
        project_id: str | None = None,
    ) -> CheckMigrateLogicDbResponse:
        """Pre-check shard configuration: see :meth:`DdmClient.check_migrate_logic_db`."""
        return cast(
            "CheckMigrateLogicDbResponse",
            await self.call(
                "check_migrate_logic_db",
                _module("schemas", "check_migrate_logic_db"),
                instance_id=instance_id,
                db_name=db_name,
                body=body,
                project_id=project_id,
            ),
        )

    async def check_preliminary_results(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> CheckPreliminaryResultsResponse:
        """Show shard configuration pre-check results: see :meth:`DdmClient.check_preliminary_results`."""
        return cast(
            "CheckPreliminaryResultsResponse",
            await self.call(
                "check_preliminary_results",
                _module("schemas", "check_preliminary_results"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def migrate_logic_db(
        self,
        *,
        instance_id: str,
        db_name: str,
        body: MigrateLogicDbRequest,
        project_id: str | None = None,
    ) -> MigrateLogicDbResponse:
        """Configure shards: see :meth:`DdmClient.migrate_logic_db`."""
        return cast(
            "MigrateLogicDbResponse",
            await self.call(
                "migrate_logic_db",
                _module("schemas", "migrate_logic_db"),
                instance_id=instance_id,
                db_name=db_name,
                body=body,
                project_id=project_id,
            ),
        )

    async def migrate_results(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> MigrateResultsResponse:
        """Show a shard configuration task: see :meth:`DdmClient.migrate_results`."""
        return cast(
            "MigrateResultsResponse",
            await self.call(
                "migrate_results",
                _module("schemas", "migrate_results"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def cancel_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> CancelMigrationResponse:
        """Cancel shard configuration: see :meth:`DdmClient.cancel_migration`."""
        return cast(
            "CancelMigrationResponse",
            await self.call(
                "cancel_migration",
                _module("schemas", "cancel_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def rollback_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> RollbackMigrationResponse:
        """Roll back shard configuration: see :meth:`DdmClient.rollback_migration`."""
        return cast(
            "RollbackMigrationResponse",
            await self.call(
                "rollback_migration",
                _module("schemas", "rollback_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def clean_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> CleanMigrationResponse:
        """Clear shard configuration data: see :meth:`DdmClient.clean_migration`."""
        return cast(
            "CleanMigrationResponse",
            await self.call(
                "clean_migration",
                _module("schemas", "clean_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def retry_migration(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> RetryMigrationResponse:
        """Retry shard configuration: see :meth:`DdmClient.retry_migration`."""
        return cast(
            "RetryMigrationResponse",
            await self.call(
                "retry_migration",
                _module("schemas", "retry_migration"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def change_strategy(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
        body: ChangeStrategyRequest | Unset = UNSET,
    ) -> ChangeStrategyResponse:
        """Change the route switching policy: see :meth:`DdmClient.change_strategy`."""
        return cast(
            "ChangeStrategyResponse",
            await self.call(
                "change_strategy",
                _module("schemas", "change_strategy"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
                body=body,
            ),
        )

    async def switch_route(
        self,
        *,
        instance_id: str,
        db_name: str,
        job_id: str,
        project_id: str | None = None,
    ) -> None:
        """Switch the route: see :meth:`DdmClient.switch_route`."""
        return cast(
            "None",
            await self.call(
                "switch_route",
                _module("schemas", "switch_route"),
                instance_id=instance_id,
                db_name=db_name,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def create_users(
        self,
        *,
        instance_id: str,
        body: CreateUsersRequest,
        project_id: str | None = None,
    ) -> CreateUsersResponse:
        """Create DDM accounts: see :meth:`DdmClient.create_users`."""
        return cast(
            "CreateUsersResponse",
            await self.call(
                "create_users",
                _module("accounts", "create_users"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListUsersResponse:
        """List DDM accounts: see :meth:`DdmClient.list_users`."""
        return cast(
            "ListUsersResponse",
            await self.call(
                "list_users",
                _module("accounts", "list_users"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def update_user(
        self,
        *,
        instance_id: str,
        username: str,
        body: UpdateUserRequest,
        project_id: str | None = None,
    ) -> UpdateUserResponse:
        """Modify a DDM account: see :meth:`DdmClient.update_user`."""
        return cast(
            "UpdateUserResponse",
            await self.call(
                "update_user",
                _module("accounts", "update_user"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    async def delete_user(
        self,
        *,
        instance_id: str,
        username: str,
        project_id: str | None = None,
    ) -> DeleteUserResponse:
        """Delete a DDM account: see :meth:`DdmClient.delete_user`."""
        return cast(
            "DeleteUserResponse",
            await self.call(
                "delete_user",
                _module("accounts", "delete_user"),
                instance_id=instance_id,
                username=username,
                project_id=project_id,
            ),
        )

    async def reset_user_password(
        self,
        *,
        instance_id: str,
        username: str,
        body: ResetUserPasswordRequest,
        project_id: str | None = None,
    ) -> ResetUserPasswordResponse:
        """Reset a DDM account password: see :meth:`DdmClient.reset_user_password`."""
        return cast(
            "ResetUserPasswordResponse",
            await self.call(
                "reset_user_password",
                _module("accounts", "reset_user_password"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    async def reset_administrator(
        self,
        *,
        instance_id: str,
        body: ResetAdministratorRequest,
        project_id: str | None = None,
    ) -> None:
        """Create or update the administrator: see :meth:`DdmClient.reset_administrator`."""
        return cast(
            "None",
            await self.call(
                "reset_administrator",
                _module("accounts", "reset_administrator"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def validate_weak_password(
        self,
        *,
        body: ValidateWeakPasswordRequest,
        project_id: str | None = None,
    ) -> ValidateWeakPasswordResponse:
        """Check password strength: see :meth:`DdmClient.validate_weak_password`."""
        return cast(
            "ValidateWeakPasswordResponse",
            await self.call(
                "validate_weak_password",
                _module("accounts", "validate_weak_password"),
                body=body,
                project_id=project_id,
            ),
        )

    async def create_ddm_user(
        self,
        *,
        instance_id: str,
        body: CreateDdmUserRequest,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Create an account (v3): see :meth:`DdmClient.create_ddm_user`."""
        return cast(
            "AccountV3EmptyResponse",
            await self.call(
                "create_ddm_user",
                _module("accounts", "create_ddm_user"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_ddm_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmUsersResponse:
        """List accounts (v3): see :meth:`DdmClient.list_ddm_users`."""
        return cast(
            "ListDdmUsersResponse",
            await self.call(
                "list_ddm_users",
                _module("accounts", "list_ddm_users"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def update_ddm_user(
        self,
        *,
        instance_id: str,
        username: str,
        body: UpdateDdmUserRequest,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Modify an account (v3): see :meth:`DdmClient.update_ddm_user`."""
        return cast(
            "AccountV3EmptyResponse",
            await self.call(
                "update_ddm_user",
                _module("accounts", "update_ddm_user"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    async def delete_ddm_user(
        self,
        *,
        instance_id: str,
        username: str,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Delete an account (v3): see :meth:`DdmClient.delete_ddm_user`."""
        return cast(
            "AccountV3EmptyResponse",
            await self.call(
                "delete_ddm_user",
                _module("accounts", "delete_ddm_user"),
                instance_id=instance_id,
                username=username,
                project_id=project_id,
            ),
        )

    async def reset_ddm_user_password(
        self,
        *,
        instance_id: str,
        username: str,
        body: ResetDdmUserPasswordRequest,
        project_id: str | None = None,
    ) -> AccountV3EmptyResponse:
        """Reset an account password (v3): see :meth:`DdmClient.reset_ddm_user_password`."""
        return cast(
            "AccountV3EmptyResponse",
            await self.call(
                "reset_ddm_user_password",
                _module("accounts", "reset_ddm_user_password"),
                instance_id=instance_id,
                username=username,
                body=body,
                project_id=project_id,
            ),
        )

    async def show_ddm_job_result(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
    ) -> ShowDdmJobResultResponse:
        """Show a task: see :meth:`DdmClient.show_ddm_job_result`."""
        return cast(
            "ShowDdmJobResultResponse",
            await self.call(
                "show_ddm_job_result",
                _module("tasks", "show_ddm_job_result"),
                job_id=job_id,
                project_id=project_id,
            ),
        )

    async def list_tasks(
        self,
        *,
        start_time: int,
        end_time: int,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListTasksResponse:
        """List tasks: see :meth:`DdmClient.list_tasks`."""
        return cast(
            "ListTasksResponse",
            await self.call(
                "list_tasks",
                _module("tasks", "list_tasks"),
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def list_slow_log(
        self,
        *,
        instance_id: str,
        cur_page: str,
        per_page: str,
        start_date: str,
        end_date: str,
        project_id: str | None = None,
    ) -> ListSlowLogResponse:
        """List slow queries: see :meth:`DdmClient.list_slow_log`."""
        return cast(
            "ListSlowLogResponse",
            await self.call(
                "list_slow_log",
                _module("monitoring", "list_slow_log"),
                instance_id=instance_id,
                cur_page=cur_page,
                per_page=per_page,
                start_date=start_date,
                end_date=end_date,
                project_id=project_id,
            ),
        )

    async def show_logical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
    ) -> ShowLogicalProcessesResponse:
        """List logical sessions: see :meth:`DdmClient.show_logical_processes`."""
        return cast(
            "ShowLogicalProcessesResponse",
            await self.call(
                "show_logical_processes",
                _module("sessions", "show_logical_processes"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
                keyword=keyword,
            ),
        )

    async def execute_kill_logical_processes(
        self,
        *,
        instance_id: str,
        body: ExecuteKillLogicalProcessesRequest,
        project_id: str | None = None,
    ) -> ExecuteKillLogicalProcessesResponse:
        """Kill logical sessions: see :meth:`DdmClient.execute_kill_logical_processes`."""
        return cast(
            "ExecuteKillLogicalProcessesResponse",
            await self.call(
                "execute_kill_logical_processes",
                _module("sessions", "execute_kill_logical_processes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def show_physical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
    ) -> ShowPhysicalProcessesResponse:
        """List physical sessions: see :meth:`DdmClient.show_physical_processes`."""
        return cast(
            "ShowPhysicalProcessesResponse",
            await self.call(
                "show_physical_processes",
                _module("sessions", "show_physical_processes"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
                keyword=keyword,
            ),
        )

    async def execute_kill_physical_processes(
        self,
        *,
        instance_id: str,
        body: ExecuteKillPhysicalProcessesRequest,
        project_id: str | None = None,
    ) -> ExecuteKillPhysicalProcessesResponse:
        """Kill physical sessions: see :meth:`DdmClient.execute_kill_physical_processes`."""
        return cast(
            "ExecuteKillPhysicalProcessesResponse",
            await self.call(
                "execute_kill_physical_processes",
                _module("sessions", "execute_kill_physical_processes"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def show_processes_audit_log(
        self,
        *,
        instance_id: str,
        start_time: str,
        end_time: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowProcessesAuditLogResponse:
        """List session-kill audit logs: see :meth:`DdmClient.show_processes_audit_log`."""
        return cast(
            "ShowProcessesAuditLogResponse",
            await self.call(
                "show_processes_audit_log",
                _module("sessions", "show_processes_audit_log"),
                instance_id=instance_id,
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def list_database_available_versions(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> ListDatabaseAvailableVersionsResponse:
        """List available kernel versions: see :meth:`DdmClient.list_database_available_versions`."""
        return cast(
            "ListDatabaseAvailableVersionsResponse",
            await self.call(
                "list_database_available_versions",
                _module("versions", "list_database_available_versions"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def change_database_version(
        self,
        *,
        instance_id: str,
        body: ChangeDatabaseVersionRequest,
        project_id: str | None = None,
    ) -> ChangeDatabaseVersionResponse:
        """Change the kernel version: see :meth:`DdmClient.change_database_version`."""
        return cast(
            "ChangeDatabaseVersionResponse",
            await self.call(
                "change_database_version",
                _module("versions", "change_database_version"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def roll_back_database_version(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> RollBackDatabaseVersionResponse:
        """Roll back the kernel version: see :meth:`DdmClient.roll_back_database_version`."""
        return cast(
            "RollBackDatabaseVersionResponse",
            await self.call(
                "roll_back_database_version",
                _module("versions", "roll_back_database_version"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def show_risk_info(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
    ) -> ShowRiskInfoResponse:
        """Show kernel version risks: see :meth:`DdmClient.show_risk_info`."""
        return cast(
            "ShowRiskInfoResponse",
            await self.call(
                "show_risk_info",
                _module("versions", "show_risk_info"),
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def list_backups(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        instance_id: str | Unset = UNSET,
        instance_name: str | Unset = UNSET,
        backup_name: str | Unset = UNSET,
    ) -> ListBackupsResponse:
        """List backups: see :meth:`DdmClient.list_backups`."""
        return cast(
            "ListBackupsResponse",
            await self.call(
                "list_backups",
                _module("backups", "list_backups"),
                project_id=project_id,
                offset=offset,
                limit=limit,
                instance_id=instance_id,
                instance_name=instance_name,
                backup_name=backup_name,
            ),
        )

    async def delete_backup(
        self,
        *,
        backup_id: str,
        project_id: str | None = None,
    ) -> DeleteBackupResponse:
        """Delete a backup: see :meth:`DdmClient.delete_backup`."""
        return cast(
            "DeleteBackupResponse",
            await self.call(
                "delete_backup",
                _module("backups", "delete_backup"),
                backup_id=backup_id,
                project_id=project_id,
            ),
        )

    async def show_backup(
        self,
        *,
        instance_id: str,
        backup_id: str,
        project_id: str | None = None,
    ) -> ShowBackupResponse:
        """Show backup details: see :meth:`DdmClient.show_backup`."""
        return cast(
            "ShowBackupResponse",
            await self.call(
                "show_backup",
                _module("backups", "show_backup"),
                instance_id=instance_id,
                backup_id=backup_id,
                project_id=project_id,
            ),
        )

    async def show_related_dns(
        self,
        *,
        instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowRelatedDnsResponse:
        """List data nodes related at a restore time: see :meth:`DdmClient.show_related_dns`."""
        return cast(
            "ShowRelatedDnsResponse",
            await self.call(
                "show_related_dns",
                _module("backups", "show_related_dns"),
                instance_id=instance_id,
                restore_time=restore_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def show_avalible_time(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowAvalibleTimeResponse:
        """Show restorable time range: see :meth:`DdmClient.show_avalible_time`."""
        return cast(
            "ShowAvalibleTimeResponse",
            await self.call(
                "show_avalible_time",
                _module("backups", "show_avalible_time"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def show_avalible_rds(
        self,
        *,
        instance_id: str,
        target_instance_id: str,
        source_dn_instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowAvalibleRdsResponse:
        """List data nodes available for point-in-time restore: see :meth:`DdmClient.show_avalible_rds`."""
        return cast(
            "ShowAvalibleRdsResponse",
            await self.call(
                "show_avalible_rds",
                _module("backups", "show_avalible_rds"),
                instance_id=instance_id,
                target_instance_id=target_instance_id,
                source_dn_instance_id=source_dn_instance_id,
                restore_time=restore_time,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def show_avalible_ddms(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ShowAvalibleDdmsResponse:
        """List instances usable as restore targets: see :meth:`DdmClient.show_avalible_ddms`."""
        return cast(
            "ShowAvalibleDdmsResponse",
            await self.call(
                "show_avalible_ddms",
                _module("backups", "show_avalible_ddms"),
                instance_id=instance_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def restore_metadata(
        self,
        *,
        instance_id: str,
        body: RestoreMetadataRequest,
        project_id: str | None = None,
    ) -> RestoreMetadataResponse:
        """Restore metadata: see :meth:`DdmClient.restore_metadata`."""
        return cast(
            "RestoreMetadataResponse",
            await self.call(
                "restore_metadata",
                _module("backups", "restore_metadata"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def restore2_exist(
        self,
        *,
        instance_id: str,
        body: Restore2ExistRequest,
        project_id: str | None = None,
    ) -> Restore2ExistResponse:
        """Restore data to a new instance: see :meth:`DdmClient.restore2_exist`."""
        return cast(
            "Restore2ExistResponse",
            await self.call(
                "restore2_exist",
                _module("backups", "restore2_exist"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_ddm_configurations(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListDdmConfigurationsResponse:
        """List parameter templates: see :meth:`DdmClient.list_ddm_configurations`."""
        return cast(
            "ListDdmConfigurationsResponse",
            await self.call(
                "list_ddm_configurations",
                _module("parameters", "list_ddm_configurations"),
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def create_ddm_configurations(
        self,
        *,
        body: CreateDdmConfigurationsRequest,
        project_id: str | None = None,
    ) -> CreateDdmConfigurationsResponse:
        """Create a parameter template: see :meth:`DdmClient.create_ddm_configurations`."""
        return cast(
            "CreateDdmConfigurationsResponse",
            await self.call(
                "create_ddm_configurations",
                _module("parameters", "create_ddm_configurations"),
                body=body,
                project_id=project_id,
            ),
        )

    async def show_configuration(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
    ) -> ShowConfigurationResponse:
        """Show a parameter template: see :meth:`DdmClient.show_configuration`."""
        return cast(
            "ShowConfigurationResponse",
            await self.call(
                "show_configuration",
                _module("parameters", "show_configuration"),
                config_id=config_id,
                project_id=project_id,
            ),
        )

    async def reset_parameter_group(
        self,
        *,
        config_id: str,
        body: ResetParameterGroupRequest,
        project_id: str | None = None,
    ) -> ResetParameterGroupResponse:
        """Update a parameter template: see :meth:`DdmClient.reset_parameter_group`."""
        return cast(
            "ResetParameterGroupResponse",
            await self.call(
                "reset_parameter_group",
                _module("parameters", "reset_parameter_group"),
                config_id=config_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def delete_configuration(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
    ) -> DeleteConfigurationResponse:
        """Delete a parameter template: see :meth:`DdmClient.delete_configuration`."""
        return cast(
            "DeleteConfigurationResponse",
            await self.call(
                "delete_configuration",
                _module("parameters", "delete_configuration"),
                config_id=config_id,
                project_id=project_id,
            ),
        )

    async def modify_configuration(
        self,
        *,
        instance_id: str,
        body: ModifyConfigurationRequest,
        project_id: str | None = None,
    ) -> ModifyConfigurationResponse:
        """Modify instance parameters (v3.1): see :meth:`DdmClient.modify_configuration`."""
        return cast(
            "ModifyConfigurationResponse",
            await self.call(
                "modify_configuration",
                _module("parameters", "modify_configuration"),
                instance_id=instance_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_configuration_apply_histories(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListConfigurationApplyHistoriesResponse:
        """List template application records: see :meth:`DdmClient.list_configuration_apply_histories`."""
        return cast(
            "ListConfigurationApplyHistoriesResponse",
            await self.call(
                "list_configuration_apply_histories",
                _module("parameters", "list_configuration_apply_histories"),
                config_id=config_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def copy_configuration(
        self,
        *,
        config_id: str,
        body: CopyConfigurationRequest,
        project_id: str | None = None,
    ) -> CopyConfigurationResponse:
        """Replicate a parameter template: see :meth:`DdmClient.copy_configuration`."""
        return cast(
            "CopyConfigurationResponse",
            await self.call(
                "copy_configuration",
                _module("parameters", "copy_configuration"),
                config_id=config_id,
                body=body,
                project_id=project_id,
            ),
        )

    async def list_instances_configurations(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListInstancesConfigurationsResponse:
        """List instances a template can be applied to: see :meth:`DdmClient.list_instances_configurations`."""
        return cast(
            "ListInstancesConfigurationsResponse",
            await self.call(
                "list_instances_configurations",
                _module("parameters", "list_instances_configurations"),
                config_id=config_id,
                project_id=project_id,
                offset=offset,
                limit=limit,
            ),
        )

    async def compare_parameter_groups(
        self,
        *,
        body: CompareParameterGroupsRequest,
        project_id: str | None = None,
    ) -> CompareParameterGroupsResponse:
        """Compare two parameter templates: see :meth:`DdmClient.compare_parameter_groups`."""
        return cast(
            "CompareParameterGroupsResponse",
            await self.call(
                "compare_parameter_groups",
                _module("parameters", "compare_parameter_groups"),
                body=body,
                project_id=project_id,
            ),
        )

    async def wait_until_instance_running(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ShowInstanceResponse | None:
        """InstanceRunning: see :meth:`DdmClient.wait_until_instance_running`; cancelling the task stops it."""
        return cast(
            "ShowInstanceResponse | None",
            await self.wait(
                "InstanceRunning",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def wait_until_instance_deleted(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ShowInstanceResponse | None:
        """InstanceDeleted: see :meth:`DdmClient.wait_until_instance_deleted`; cancelling the task stops it."""
        return cast(
            "ShowInstanceResponse | None",
            await self.wait(
                "InstanceDeleted",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    async def wait_until_job_finished(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
    ) -> ShowDdmJobResultResponse | None:
        """JobFinished: see :meth:`DdmClient.wait_until_job_finished`; cancelling the task stops it."""
        return cast(
            "ShowDdmJobResultResponse | None",
            await self.wait(
                "JobFinished",
                timeout=timeout,
                delay=delay,
                max_attempts=max_attempts,
                on_progress=on_progress,
                job_id=job_id,
                project_id=project_id,
            ),
        )

    def paginate_list_instances(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ShowInstanceBeanResponse]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_instances`."""
        return cast(
            "AsyncIterator[ShowInstanceBeanResponse]",
            self.paginate(
                "list_instances",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_nodes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[NodeList]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_nodes`."""
        return cast(
            "AsyncIterator[NodeList]",
            self.paginate(
                "list_nodes",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_engines(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[EngineGroupsInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_engines`."""
        return cast(
            "AsyncIterator[EngineGroupsInfo]",
            self.paginate(
                "list_engines",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_flavors(
        self,
        *,
        engine_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ComputeFlavorGroupsInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_flavors`."""
        return cast(
            "AsyncIterator[ComputeFlavorGroupsInfo]",
            self.paginate(
                "list_flavors",
                page_size=page_size,
                engine_id=engine_id,
                project_id=project_id,
            ),
        )

    def paginate_list_group(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GroupInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_group`."""
        return cast(
            "AsyncIterator[GroupInfo]",
            self.paginate(
                "list_group",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_engines(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[EngineGroupInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_ddm_engines`."""
        return cast(
            "AsyncIterator[EngineGroupInfo]",
            self.paginate(
                "list_ddm_engines",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_flavors(
        self,
        *,
        project_id: str | None = None,
        engine_id: str | Unset = UNSET,
        engine_version: str | Unset = UNSET,
        available_zones: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[FlavorGroupInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_ddm_flavors`."""
        return cast(
            "AsyncIterator[FlavorGroupInfo]",
            self.paginate(
                "list_ddm_flavors",
                page_size=page_size,
                project_id=project_id,
                engine_id=engine_id,
                engine_version=engine_version,
                available_zones=available_zones,
            ),
        )

    def paginate_show_instance_param(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        x_language: ShowInstanceParamXLanguage | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[ConfigurationParameterList]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_instance_param`."""
        return cast(
            "AsyncIterator[ConfigurationParameterList]",
            self.paginate(
                "show_instance_param",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
                x_language=x_language,
            ),
        )

    def paginate_show_tmlog_infos(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[TmlogInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_tmlog_infos`."""
        return cast(
            "AsyncIterator[TmlogInfo]",
            self.paginate(
                "show_tmlog_infos",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_databases(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetDatabaseInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_databases`."""
        return cast(
            "AsyncIterator[GetDatabaseInfo]",
            self.paginate(
                "list_databases",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_available_rds_list(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[QueryAvailableRdsList]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_available_rds_list`."""
        return cast(
            "AsyncIterator[QueryAvailableRdsList]",
            self.paginate(
                "list_available_rds_list",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_available_rds(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[AvailableDnInstance]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_available_rds`."""
        return cast(
            "AsyncIterator[AvailableDnInstance]",
            self.paginate(
                "list_available_rds",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_available_rds_for_migrate(
        self,
        *,
        instance_id: str,
        db_name: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[AvailableDnInstance]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_available_rds_for_migrate`."""
        return cast(
            "AsyncIterator[AvailableDnInstance]",
            self.paginate(
                "list_available_rds_for_migrate",
                page_size=page_size,
                instance_id=instance_id,
                db_name=db_name,
                project_id=project_id,
            ),
        )

    def paginate_list_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetUsersListDetailResponses]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_users`."""
        return cast(
            "AsyncIterator[GetUsersListDetailResponses]",
            self.paginate(
                "list_users",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_users(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetUsersListDetailResponsesV3]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_ddm_users`."""
        return cast(
            "AsyncIterator[GetUsersListDetailResponsesV3]",
            self.paginate(
                "list_ddm_users",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_tasks(
        self,
        *,
        start_time: int,
        end_time: int,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[JobItem]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_tasks`."""
        return cast(
            "AsyncIterator[JobItem]",
            self.paginate(
                "list_tasks",
                page_size=page_size,
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
            ),
        )

    def paginate_list_slow_log(
        self,
        *,
        instance_id: str,
        start_date: str,
        end_date: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[SlowLogList]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_slow_log`."""
        return cast(
            "AsyncIterator[SlowLogList]",
            self.paginate(
                "list_slow_log",
                page_size=page_size,
                instance_id=instance_id,
                start_date=start_date,
                end_date=end_date,
                project_id=project_id,
            ),
        )

    def paginate_show_logical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        keyword: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[LogicalProcessesInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_logical_processes`."""
        return cast(
            "AsyncIterator[LogicalProcessesInfo]",
            self.paginate(
                "show_logical_processes",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
                keyword=keyword,
            ),
        )

    def paginate_show_physical_processes(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        keyword: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[PhysicalProcessInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_physical_processes`."""
        return cast(
            "AsyncIterator[PhysicalProcessInfo]",
            self.paginate(
                "show_physical_processes",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
                keyword=keyword,
            ),
        )

    def paginate_show_processes_audit_log(
        self,
        *,
        instance_id: str,
        start_time: str,
        end_time: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[UserProcessAuditLog]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_processes_audit_log`."""
        return cast(
            "AsyncIterator[UserProcessAuditLog]",
            self.paginate(
                "show_processes_audit_log",
                page_size=page_size,
                instance_id=instance_id,
                start_time=start_time,
                end_time=end_time,
                project_id=project_id,
            ),
        )

    def paginate_list_backups(
        self,
        *,
        project_id: str | None = None,
        instance_id: str | Unset = UNSET,
        instance_name: str | Unset = UNSET,
        backup_name: str | Unset = UNSET,
        page_size: int | None = None,
    ) -> AsyncIterator[BackupInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_backups`."""
        return cast(
            "AsyncIterator[BackupInfo]",
            self.paginate(
                "list_backups",
                page_size=page_size,
                project_id=project_id,
                instance_id=instance_id,
                instance_name=instance_name,
                backup_name=backup_name,
            ),
        )

    def paginate_show_related_dns(
        self,
        *,
        instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[RelatedDnVO]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_related_dns`."""
        return cast(
            "AsyncIterator[RelatedDnVO]",
            self.paginate(
                "show_related_dns",
                page_size=page_size,
                instance_id=instance_id,
                restore_time=restore_time,
                project_id=project_id,
            ),
        )

    def paginate_show_avalible_time(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[RestoreTimeInterval]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_avalible_time`."""
        return cast(
            "AsyncIterator[RestoreTimeInterval]",
            self.paginate(
                "show_avalible_time",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_show_avalible_rds(
        self,
        *,
        instance_id: str,
        target_instance_id: str,
        source_dn_instance_id: str,
        restore_time: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[TargetDn4Restore]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_avalible_rds`."""
        return cast(
            "AsyncIterator[TargetDn4Restore]",
            self.paginate(
                "show_avalible_rds",
                page_size=page_size,
                instance_id=instance_id,
                target_instance_id=target_instance_id,
                source_dn_instance_id=source_dn_instance_id,
                restore_time=restore_time,
                project_id=project_id,
            ),
        )

    def paginate_show_avalible_ddms(
        self,
        *,
        instance_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[DDMInstance4Restore]:
        """``async for`` twin of :meth:`DdmClient.paginate_show_avalible_ddms`."""
        return cast(
            "AsyncIterator[DDMInstance4Restore]",
            self.paginate(
                "show_avalible_ddms",
                page_size=page_size,
                instance_id=instance_id,
                project_id=project_id,
            ),
        )

    def paginate_list_ddm_configurations(
        self,
        *,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ConfigurationInfo]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_ddm_configurations`."""
        return cast(
            "AsyncIterator[ConfigurationInfo]",
            self.paginate(
                "list_ddm_configurations",
                page_size=page_size,
                project_id=project_id,
            ),
        )

    def paginate_list_configuration_apply_histories(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ApplyHistory]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_configuration_apply_histories`."""
        return cast(
            "AsyncIterator[ApplyHistory]",
            self.paginate(
                "list_configuration_apply_histories",
                page_size=page_size,
                config_id=config_id,
                project_id=project_id,
            ),
        )

    def paginate_list_instances_configurations(
        self,
        *,
        config_id: str,
        project_id: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ApplicableInstance]:
        """``async for`` twin of :meth:`DdmClient.paginate_list_instances_configurations`."""
        return cast(
            "AsyncIterator[ApplicableInstance]",
            self.paginate(
                "list_instances_configurations",
                page_size=page_size,
                config_id=config_id,
                project_id=project_id,
            ),
        )


class DdmClientWithRawResponse(RawResponses):
    """``DdmClient.with_raw_response``: every operation with the same parameters, returning
    ``RawResponse[<its model>]``."""

    __slots__ = ()
    list_api_version = RawMethod(DdmClient.list_api_version)
    create_instance = RawMethod(DdmClient.create_instance)
    list_instances = RawMethod(DdmClient.list_instances)
    show_instance = RawMethod(DdmClient.show_instance)
    delete_instance = RawMethod(DdmClient.delete_instance)
    update_instance_name = RawMethod(DdmClient.update_instance_name)
    update_instance_security_group = RawMethod(DdmClient.update_instance_security_group)
    restart_instance = RawMethod(DdmClient.restart_instance)
    rebuild_config = RawMethod(DdmClient.rebuild_config)
    expand_instance_nodes = RawMethod(DdmClient.expand_instance_nodes)
    shrink_instance_nodes = RawMethod(DdmClient.shrink_instance_nodes)
    update_read_and_write_strategy = RawMethod(DdmClient.update_read_and_write_strategy)
    update_database_info = RawMethod(DdmClient.update_database_info)
    list_nodes = RawMethod(DdmClient.list_nodes)
    show_node = RawMethod(DdmClient.show_node)
    list_engines = RawMethod(DdmClient.list_engines)
    list_flavors = RawMethod(DdmClient.list_flavors)
    resize_flavor = RawMethod(DdmClient.resize_flavor)
    list_group = RawMethod(DdmClient.list_group)
    create_group = RawMethod(DdmClient.create_group)
    delete_group = RawMethod(DdmClient.delete_group)
    list_ddm_engines = RawMethod(DdmClient.list_ddm_engines)
    list_ddm_flavors = RawMethod(DdmClient.list_ddm_flavors)
    show_instance_param = RawMethod(DdmClient.show_instance_param)
    update_instance_param = RawMethod(DdmClient.update_instance_param)
    expand_ddm_instance_nodes = RawMethod(DdmClient.expand_ddm_instance_nodes)
    delete_nodes = RawMethod(DdmClient.delete_nodes)
    delete_ddm_instance = RawMethod(DdmClient.delete_ddm_instance)
    switch_ssl = RawMethod(DdmClient.switch_ssl)
    update_instance_port = RawMethod(DdmClient.update_instance_port)
    restart_ddm_instance = RawMethod(DdmClient.restart_ddm_instance)
    restart_node = RawMethod(DdmClient.restart_node)
    bind_eip = RawMethod(DdmClient.bind_eip)
    unbind_eip = RawMethod(DdmClient.unbind_eip)
    modify_eip = RawMethod(DdmClient.modify_eip)
    show_ddm_node_detail = RawMethod(DdmClient.show_ddm_node_detail)
    update_ddm_instance_name = RawMethod(DdmClient.update_ddm_instance_name)
    update_ddm_instance_security_group = RawMethod(DdmClient.update_ddm_instance_security_group)
    rebuild_ddm_config = RawMethod(DdmClient.rebuild_ddm_config)
    check_data_node_connection = RawMethod(DdmClient.check_data_node_connection)
    set_read_only_status = RawMethod(DdmClient.set_read_only_status)
    show_tmlog_infos = RawMethod(DdmClient.show_tmlog_infos)
    move_tmlog_files = RawMethod(DdmClient.move_tmlog_files)
    create_database = RawMethod(DdmClient.create_database)
    list_databases = RawMethod(DdmClient.list_databases)
    show_database = RawMethod(DdmClient.show_database)
    delete_database = RawMethod(DdmClient.delete_database)
    list_available_rds_list = RawMethod(DdmClient.list_available_rds_list)
    create_ddm_database = RawMethod(DdmClient.create_ddm_database)
    delete_ddm_database = RawMethod(DdmClient.delete_ddm_database)
    show_instance_database = RawMethod(DdmClient.show_instance_database)
    download_schema_metadata = RawMethod(DdmClient.download_schema_metadata)
    upload_schema_metadata = RawMethod(DdmClient.upload_schema_metadata)
    list_available_rds = RawMethod(DdmClient.list_available_rds)
    list_available_rds_for_migrate = RawMethod(DdmClient.list_available_rds_for_migrate)
    check_migrate_logic_db = RawMethod(DdmClient.check_migrate_logic_db)
    check_preliminary_results = RawMethod(DdmClient.check_preliminary_results)
    migrate_logic_db = RawMethod(DdmClient.migrate_logic_db)
    migrate_results = RawMethod(DdmClient.migrate_results)
    cancel_migration = RawMethod(DdmClient.cancel_migration)
    rollback_migration = RawMethod(DdmClient.rollback_migration)
    clean_migration = RawMethod(DdmClient.clean_migration)
    retry_migration = RawMethod(DdmClient.retry_migration)
    change_strategy = RawMethod(DdmClient.change_strategy)
    switch_route = RawMethod(DdmClient.switch_route)
    create_users = RawMethod(DdmClient.create_users)
    list_users = RawMethod(DdmClient.list_users)
    update_user = RawMethod(DdmClient.update_user)
    delete_user = RawMethod(DdmClient.delete_user)
    reset_user_password = RawMethod(DdmClient.reset_user_password)
    reset_administrator = RawMethod(DdmClient.reset_administrator)
    validate_weak_password = RawMethod(DdmClient.validate_weak_password)
    create_ddm_user = RawMethod(DdmClient.create_ddm_user)
    list_ddm_users = RawMethod(DdmClient.list_ddm_users)
    update_ddm_user = RawMethod(DdmClient.update_ddm_user)
    delete_ddm_user = RawMethod(DdmClient.delete_ddm_user)
    reset_ddm_user_password = RawMethod(DdmClient.reset_ddm_user_password)
    show_ddm_job_result = RawMethod(DdmClient.show_ddm_job_result)
    list_tasks = RawMethod(DdmClient.list_tasks)
    list_slow_log = RawMethod(DdmClient.list_slow_log)
    show_logical_processes = RawMethod(DdmClient.show_logical_processes)
    execute_kill_logical_processes = RawMethod(DdmClient.execute_kill_logical_processes)
    show_physical_processes = RawMethod(DdmClient.show_physical_processes)
    execute_kill_physical_processes = RawMethod(DdmClient.execute_kill_physical_processes)
    show_processes_audit_log = RawMethod(DdmClient.show_processes_audit_log)
    list_database_available_versions = RawMethod(DdmClient.list_database_available_versions)
    change_database_version = RawMethod(DdmClient.change_database_version)
    roll_back_database_version = RawMethod(DdmClient.roll_back_database_version)
    show_risk_info = RawMethod(DdmClient.show_risk_info)
    list_backups = RawMethod(DdmClient.list_backups)
    delete_backup = RawMethod(DdmClient.delete_backup)
    show_backup = RawMethod(DdmClient.show_backup)
    show_related_dns = RawMethod(DdmClient.show_related_dns)
    show_avalible_time = RawMethod(DdmClient.show_avalible_time)
    show_avalible_rds = RawMethod(DdmClient.show_avalible_rds)
    show_avalible_ddms = RawMethod(DdmClient.show_avalible_ddms)
    restore_metadata = RawMethod(DdmClient.restore_metadata)
    restore2_exist = RawMethod(DdmClient.restore2_exist)
    list_ddm_configurations = RawMethod(DdmClient.list_ddm_configurations)
    create_ddm_configurations = RawMethod(DdmClient.create_ddm_configurations)
    show_configuration = RawMethod(DdmClient.show_configuration)
    reset_parameter_group = RawMethod(DdmClient.reset_parameter_group)
    delete_configuration = RawMethod(DdmClient.delete_configuration)
    modify_configuration = RawMethod(DdmClient.modify_configuration)
    list_configuration_apply_histories = RawMethod(DdmClient.list_configuration_apply_histories)
    copy_configuration = RawMethod(DdmClient.copy_configuration)
    list_instances_configurations = RawMethod(DdmClient.list_instances_configurations)
    compare_parameter_groups = RawMethod(DdmClient.compare_parameter_groups)


class AsyncDdmClientWithRawResponse(RawResponses):
    """``AsyncDdmClient.with_raw_response``: ``await`` each operation for a ``RawResponse``."""

    __slots__ = ()
    list_api_version = AsyncRawMethod(AsyncDdmClient.list_api_version)
    create_instance = AsyncRawMethod(AsyncDdmClient.create_instance)
    list_instances = AsyncRawMethod(AsyncDdmClient.list_instances)
    show_instance = AsyncRawMethod(AsyncDdmClient.show_instance)
    delete_instance = AsyncRawMethod(AsyncDdmClient.delete_instance)
    update_instance_name = AsyncRawMethod(AsyncDdmClient.update_instance_name)
    update_instance_security_group = AsyncRawMethod(AsyncDdmClient.update_instance_security_group)
    restart_instance = AsyncRawMethod(AsyncDdmClient.restart_instance)
    rebuild_config = AsyncRawMethod(AsyncDdmClient.rebuild_config)
    expand_instance_nodes = AsyncRawMethod(AsyncDdmClient.expand_instance_nodes)
    shrink_instance_nodes = AsyncRawMethod(AsyncDdmClient.shrink_instance_nodes)
    update_read_and_write_strategy = AsyncRawMethod(AsyncDdmClient.update_read_and_write_strategy)
    update_database_info = AsyncRawMethod(AsyncDdmClient.update_database_info)
    list_nodes = AsyncRawMethod(AsyncDdmClient.list_nodes)
    show_node = AsyncRawMethod(AsyncDdmClient.show_node)
    list_engines = AsyncRawMethod(AsyncDdmClient.list_engines)
    list_flavors = AsyncRawMethod(AsyncDdmClient.list_flavors)
    resize_flavor = AsyncRawMethod(AsyncDdmClient.resize_flavor)
    list_group = AsyncRawMethod(AsyncDdmClient.list_group)
    create_group = AsyncRawMethod(AsyncDdmClient.create_group)
    delete_group = AsyncRawMethod(AsyncDdmClient.delete_group)
    list_ddm_engines = AsyncRawMethod(AsyncDdmClient.list_ddm_engines)
    list_ddm_flavors = AsyncRawMethod(AsyncDdmClient.list_ddm_flavors)
    show_instance_param = AsyncRawMethod(AsyncDdmClient.show_instance_param)
    update_instance_param = AsyncRawMethod(AsyncDdmClient.update_instance_param)
    expand_ddm_instance_nodes = AsyncRawMethod(AsyncDdmClient.expand_ddm_instance_nodes)
    delete_nodes = AsyncRawMethod(AsyncDdmClient.delete_nodes)
    delete_ddm_instance = AsyncRawMethod(AsyncDdmClient.delete_ddm_instance)
    switch_ssl = AsyncRawMethod(AsyncDdmClient.switch_ssl)
    update_instance_port = AsyncRawMethod(AsyncDdmClient.update_instance_port)
    restart_ddm_instance = AsyncRawMethod(AsyncDdmClient.restart_ddm_instance)
    restart_node = AsyncRawMethod(AsyncDdmClient.restart_node)
    bind_eip = AsyncRawMethod(AsyncDdmClient.bind_eip)
    unbind_eip = AsyncRawMethod(AsyncDdmClient.unbind_eip)
    modify_eip = AsyncRawMethod(AsyncDdmClient.modify_eip)
    show_ddm_node_detail = AsyncRawMethod(AsyncDdmClient.show_ddm_node_detail)
    update_ddm_instance_name = AsyncRawMethod(AsyncDdmClient.update_ddm_instance_name)
    update_ddm_instance_security_group = AsyncRawMethod(AsyncDdmClient.update_ddm_instance_security_group)
    rebuild_ddm_config = AsyncRawMethod(AsyncDdmClient.rebuild_ddm_config)
    check_data_node_connection = AsyncRawMethod(AsyncDdmClient.check_data_node_connection)
    set_read_only_status = AsyncRawMethod(AsyncDdmClient.set_read_only_status)
    show_tmlog_infos = AsyncRawMethod(AsyncDdmClient.show_tmlog_infos)
    move_tmlog_files = AsyncRawMethod(AsyncDdmClient.move_tmlog_files)
    create_database = AsyncRawMethod(AsyncDdmClient.create_database)
    list_databases = AsyncRawMethod(AsyncDdmClient.list_databases)
    show_database = AsyncRawMethod(AsyncDdmClient.show_database)
    delete_database = AsyncRawMethod(AsyncDdmClient.delete_database)
    list_available_rds_list = AsyncRawMethod(AsyncDdmClient.list_available_rds_list)
    create_ddm_database = AsyncRawMethod(AsyncDdmClient.create_ddm_database)
    delete_ddm_database = AsyncRawMethod(AsyncDdmClient.delete_ddm_database)
    show_instance_database = AsyncRawMethod(AsyncDdmClient.show_instance_database)
    download_schema_metadata = AsyncRawMethod(AsyncDdmClient.download_schema_metadata)
    upload_schema_metadata = AsyncRawMethod(AsyncDdmClient.upload_schema_metadata)
    list_available_rds = AsyncRawMethod(AsyncDdmClient.list_available_rds)
    list_available_rds_for_migrate = AsyncRawMethod(AsyncDdmClient.list_available_rds_for_migrate)
    check_migrate_logic_db = AsyncRawMethod(AsyncDdmClient.check_migrate_logic_db)
    check_preliminary_results = AsyncRawMethod(AsyncDdmClient.check_preliminary_results)
    migrate_logic_db = AsyncRawMethod(AsyncDdmClient.migrate_logic_db)
    migrate_results = AsyncRawMethod(AsyncDdmClient.migrate_results)
    cancel_migration = AsyncRawMethod(AsyncDdmClient.cancel_migration)
    rollback_migration = AsyncRawMethod(AsyncDdmClient.rollback_migration)
    clean_migration = AsyncRawMethod(AsyncDdmClient.clean_migration)
    retry_migration = AsyncRawMethod(AsyncDdmClient.retry_migration)
    change_strategy = AsyncRawMethod(AsyncDdmClient.change_strategy)
    switch_route = AsyncRawMethod(AsyncDdmClient.switch_route)
    create_users = AsyncRawMethod(AsyncDdmClient.create_users)
    list_users = AsyncRawMethod(AsyncDdmClient.list_users)
    update_user = AsyncRawMethod(AsyncDdmClient.update_user)
    delete_user = AsyncRawMethod(AsyncDdmClient.delete_user)
    reset_user_password = AsyncRawMethod(AsyncDdmClient.reset_user_password)
    reset_administrator = AsyncRawMethod(AsyncDdmClient.reset_administrator)
    validate_weak_password = AsyncRawMethod(AsyncDdmClient.validate_weak_password)
    create_ddm_user = AsyncRawMethod(AsyncDdmClient.create_ddm_user)
    list_ddm_users = AsyncRawMethod(AsyncDdmClient.list_ddm_users)
    update_ddm_user = AsyncRawMethod(AsyncDdmClient.update_ddm_user)
    delete_ddm_user = AsyncRawMethod(AsyncDdmClient.delete_ddm_user)
    reset_ddm_user_password = AsyncRawMethod(AsyncDdmClient.reset_ddm_user_password)
    show_ddm_job_result = AsyncRawMethod(AsyncDdmClient.show_ddm_job_result)
    list_tasks = AsyncRawMethod(AsyncDdmClient.list_tasks)
    list_slow_log = AsyncRawMethod(AsyncDdmClient.list_slow_log)
    show_logical_processes = AsyncRawMethod(AsyncDdmClient.show_logical_processes)
    execute_kill_logical_processes = AsyncRawMethod(AsyncDdmClient.execute_kill_logical_processes)
    show_physical_processes = AsyncRawMethod(AsyncDdmClient.show_physical_processes)
    execute_kill_physical_processes = AsyncRawMethod(AsyncDdmClient.execute_kill_physical_processes)
    show_processes_audit_log = AsyncRawMethod(AsyncDdmClient.show_processes_audit_log)
    list_database_available_versions = AsyncRawMethod(AsyncDdmClient.list_database_available_versions)
    change_database_version = AsyncRawMethod(AsyncDdmClient.change_database_version)
    roll_back_database_version = AsyncRawMethod(AsyncDdmClient.roll_back_database_version)
    show_risk_info = AsyncRawMethod(AsyncDdmClient.show_risk_info)
    list_backups = AsyncRawMethod(AsyncDdmClient.list_backups)
    delete_backup = AsyncRawMethod(AsyncDdmClient.delete_backup)
    show_backup = AsyncRawMethod(AsyncDdmClient.show_backup)
    show_related_dns = AsyncRawMethod(AsyncDdmClient.show_related_dns)
    show_avalible_time = AsyncRawMethod(AsyncDdmClient.show_avalible_time)
    show_avalible_rds = AsyncRawMethod(AsyncDdmClient.show_avalible_rds)
    show_avalible_ddms = AsyncRawMethod(AsyncDdmClient.show_avalible_ddms)
    restore_metadata = AsyncRawMethod(AsyncDdmClient.restore_metadata)
    restore2_exist = AsyncRawMethod(AsyncDdmClient.restore2_exist)
    list_ddm_configurations = AsyncRawMethod(AsyncDdmClient.list_ddm_configurations)
    create_ddm_configurations = AsyncRawMethod(AsyncDdmClient.create_ddm_configurations)
    show_configuration = AsyncRawMethod(AsyncDdmClient.show_configuration)
    reset_parameter_group = AsyncRawMethod(AsyncDdmClient.reset_parameter_group)
    delete_configuration = AsyncRawMethod(AsyncDdmClient.delete_configuration)
    modify_configuration = AsyncRawMethod(AsyncDdmClient.modify_configuration)
    list_configuration_apply_histories = AsyncRawMethod(AsyncDdmClient.list_configuration_apply_histories)
    copy_configuration = AsyncRawMethod(AsyncDdmClient.copy_configuration)
    list_instances_configurations = AsyncRawMethod(AsyncDdmClient.list_instances_configurations)
    compare_parameter_groups = AsyncRawMethod(AsyncDdmClient.compare_parameter_groups)
