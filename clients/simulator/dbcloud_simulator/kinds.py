"""Which resources each service holds and how its operations act on them — data, read by ``app``.

Durations are simulated seconds (the reference gives none; they are short on purpose). A kind is
addressed by its path parameter(s); ``seed`` names where in the create request its fields live
(``"cluster"`` → ``body["cluster"]``, ``""`` → the whole body, a list there creates one per item).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Lifecycle:
    field: str
    transient: str
    final: str
    failed: str
    seconds: float
    failure: dict[str, Any] = dataclasses.field(default_factory=dict)  # set with the failed status (reasons)


@dataclass(frozen=True)
class Kind:
    name: str
    id_params: tuple[str, ...]
    create: tuple[str, ...] = ()
    seed: str = ""
    show: tuple[str, ...] = ()
    wrap: str = ""  # response key wrapping one resource in show ("cluster"); "" = top level
    lists: dict[str, str] = field(default_factory=dict)  # list operationId -> key of its items array
    delete: tuple[str, ...] = ()
    parent: str = ""  # id parameter of the parent kind ("instance_id")
    key: str = "id"  # field holding the identifier
    lifecycle: Lifecycle | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    id_suffix: str = ""  # ids are 32 hex digits + this suffix (the id pattern asks for it) instead of a UUID


@dataclass(frozen=True)
class Action:
    """An operation that moves a resource through a temporary state and back."""

    kind: str
    during: dict[str, Any]
    after: dict[str, Any]
    seconds: float = 20.0
    copy: dict[str, str] = field(default_factory=dict)  # field -> dotted path in the body, applied at once


@dataclass(frozen=True)
class Tracker:
    """How a service reports asynchronous work: DDM jobs, EPAS requests."""

    kind: str
    key: str  # response field carrying the tracker id (``job_id``, ``request_id``)
    field: str
    running: str
    done: str
    failed: str
    aliases: tuple[str, ...] = ()  # other spellings of ``key`` in replies (DDM v1/v2 ``jobId``)
    failure: dict[str, Any] = dataclasses.field(default_factory=dict)  # set with the failed status


@dataclass(frozen=True)
class ServiceBehaviour:
    kinds: tuple[Kind, ...]
    actions: dict[str, Action]
    # situation (invalid, not_found, server) -> vendor code from errors.yaml; rejected credentials always
    # answer APIGW.0301, the gateway code in front of every Huawei service
    errors: dict[str, str]
    tracker: Tracker | None = None
    project_param: str = "project_id"
    error_keys: tuple[str, str] = ("error_code", "error_msg")
    # reply field -> dotted path in the operation's context, for fields named apart from the stored
    # ones (DDM v1 ``instanceId``): without it the reference example's value would be answered
    aliases: dict[str, str] = field(default_factory=dict)


DWS = ServiceBehaviour(
    kinds=(
        Kind(
            "cluster",
            ("cluster_id",),
            create=("create_cluster", "restore_cluster"),
            seed="cluster",
            show=("list_cluster_details",),
            wrap="cluster",
            lists={"list_clusters": "clusters"},
            delete=("delete_cluster",),
            lifecycle=Lifecycle(
                "status",
                "CREATING",
                "AVAILABLE",
                "CREATION FAILED",
                60,
                {"failed_reasons": {"error_code": "DWS.6000", "error_msg": "Creation failed (simulated outcome)."}},
            ),
        ),
        Kind(
            "snapshot",
            ("snapshot_id",),
            create=("create_snapshot",),
            seed="snapshot",
            show=("list_snapshot_details",),
            wrap="snapshot",
            lists={"list_snapshots": "snapshots"},
            delete=("delete_snapshot",),
            lifecycle=Lifecycle("status", "CREATING", "AVAILABLE", "UNAVAILABLE", 30),
            defaults={"type": "MANUAL"},
        ),
    ),
    actions={
        "restart_cluster": Action("cluster", {"task_status": "REBOOTING"}, {"task_status": None}),
        "resize_cluster": Action(
            "cluster",
            {"task_status": "GROWING", "sub_status": "REDISTRIBUTING"},
            {"task_status": None, "sub_status": "NORMAL"},
            seconds=120,
        ),
        "reset_password": Action("cluster", {"task_status": "SETTING_CONFIGURATION"}, {"task_status": None}, 5),
    },
    errors={"invalid": "DWS.0001", "not_found": "DWS.0022", "server": "DWS.0005"},
)

DDM = ServiceBehaviour(
    kinds=(
        Kind(
            "instance",
            ("instance_id",),
            create=("create_instance",),
            seed="instance",
            show=("show_instance",),
            lists={"list_instances": "instances"},
            delete=("delete_instance", "delete_ddm_instance"),
            lifecycle=Lifecycle("status", "CREATING", "RUNNING", "CREATEFAILED", 60),
        ),
        Kind(
            "database",
            ("ddm_dbname", "database_name", "db_name"),
            create=("create_database", "create_ddm_database"),
            seed="databases",
            show=("show_database", "show_instance_database"),
            wrap="database",
            lists={"list_databases": "databases"},
            delete=("delete_database", "delete_ddm_database"),
            parent="instance_id",
            key="name",
            lifecycle=Lifecycle("status", "CREATING", "RUNNING", "CREATEFAILED", 10),
        ),
        Kind(
            "user",
            ("username",),
            create=("create_users", "create_ddm_user"),
            seed="users",
            lists={"list_users": "users", "list_ddm_users": "users"},
            delete=("delete_user", "delete_ddm_user"),
            parent="instance_id",
            key="name",
        ),
        Kind(
            "configuration",
            ("config_id",),
            create=("create_ddm_configurations",),
            show=("show_configuration",),
            lists={"list_ddm_configurations": "configurations"},
            delete=("delete_configuration",),
            id_suffix="pr09",  # config_id is ^[A-Za-z0-9]{36}$, like the reference's 08142a7d...c6660cpr09
        ),
        Kind(
            "job",
            ("job_id",),
            show=("show_ddm_job_result",),
            wrap="job",
            lists={"list_tasks": "jobs"},
        ),
    ),
    actions={
        "restart_instance": Action("instance", {"status": "RESTARTING"}, {"status": "RUNNING"}),
        "restart_ddm_instance": Action("instance", {"status": "RESTARTING"}, {"status": "RUNNING"}),
        "resize_flavor": Action("instance", {"status": "RESIZING"}, {"status": "RUNNING"}, 60),
        "expand_instance_nodes": Action("instance", {"status": "GROWING"}, {"status": "RUNNING"}, 60),
        "expand_ddm_instance_nodes": Action("instance", {"status": "GROWING"}, {"status": "RUNNING"}, 60),
        "shrink_instance_nodes": Action("instance", {"status": "REDUCING"}, {"status": "RUNNING"}, 60),
        "delete_nodes": Action("instance", {"status": "REDUCING"}, {"status": "RUNNING"}, 60),
        "update_instance_name": Action("instance", {}, {}, 1, copy={"name": "name"}),
        "update_database_info": Action("instance", {}, {}, 5),
        "update_ddm_instance_name": Action(
            "instance", {"status": "MODIFY_NAME"}, {"status": "RUNNING"}, 5, copy={"name": "name"}
        ),
    },
    errors={"invalid": "DBS.280001", "not_found": "DBS.300350"},  # the DDM table has no 5xx code
    tracker=Tracker(
        "job",
        "job_id",
        "status",
        "Running",
        "Completed",
        "Failed",
        aliases=("jobId",),  # JobInfo documents no failure reason, so a failed job carries none
    ),
    aliases={"instanceId": "resource.id", "instanceName": "name"},
)

EPAS = ServiceBehaviour(
    kinds=(
        Kind(
            "cluster",
            ("cluster_id", "origin_cluster_id"),
            create=("create_cluster",),
            show=("show_cluster",),
            lists={"list_clusters": "contents"},
            delete=("terminate_cluster",),
            lifecycle=Lifecycle("service_state", "CREATING", "RUNNING", "FAILED", 60),
        ),
        Kind(
            "request",
            ("request_id",),
            show=("show_request",),
            key="request_id",
        ),
    ),
    actions={
        "restart_cluster": Action("cluster", {"service_state": "RESTARTING"}, {"service_state": "RUNNING"}),
        "start_cluster": Action("cluster", {"service_state": "STARTING"}, {"service_state": "RUNNING"}),
        "stop_cluster": Action("cluster", {"service_state": "STOPPING"}, {"service_state": "STOPPED"}),
        "patch_minor_version": Action("cluster", {"service_state": "UPGRADING"}, {"service_state": "RUNNING"}, 60),
        "set_parameter_values": Action("cluster", {"service_state": "EDITING"}, {"service_state": "RUNNING"}),
        "switchover_cluster": Action("cluster", {"service_state": "EDITING"}, {"service_state": "RUNNING"}),
        "synchronize_cluster_state": Action(
            "cluster", {"service_state": "SYNCHRONIZING"}, {"service_state": "RUNNING"}, 5
        ),
    },
    # The EPAS reference publishes no error codes: errors carry the HTTP status alone.
    errors={},
    # The reference leaves request states open; these are the simulator's own values (docs/simulator.md).
    tracker=Tracker("request", "request_id", "state", "IN_PROGRESS", "COMPLETED", "FAILED"),
    project_param="",
    error_keys=("code", "message"),
)

BEHAVIOUR = {"dws": DWS, "ddm": DDM, "epas": EPAS}
