# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.cluster_status import ClusterStatus
from ..models.cluster_sub_status import ClusterSubStatus
from ..models.cluster_task_status import ClusterTaskStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ClusterDetail")


class ClusterDetail(_Model):
    """Full description of one cluster (Table 5-18).

    Attributes:
        id (str | None): Cluster ID.
        status (ClusterStatus | None): Cluster state.
        name (str | None): Cluster name.
        updated (str | None): Time of the last change, ISO 8601 (YYYY-MM-DDThh:mm:ssZ; the Getting Started replies omit
            the zone).
        created (str | None): Creation time, ISO 8601 (YYYY-MM-DDThh:mm:ssZ; the Getting Started replies omit the zone).
        user_name (str | None): Administrator user name.
        sub_status (ClusterSubStatus | None): Sub-state of an AVAILABLE cluster (read-only, degraded, redistribution and
            balance flags).
        task_status (ClusterTaskStatus | None): Management task running on the cluster; null when none runs.
        action_progress (ActionProgress | None): Progress of the running tasks; null when none runs.
        node_type (str | None): Node flavor.
        subnet_id (str | None): Subnet ID.
        security_group_id (str | None): Security group ID.
        number_of_node (int | None): Number of nodes.
        availability_zone (str | None): Availability zone.
        port (int | None): Database service port. Default: 8000.
        vpc_id (str | None): VPC ID.
        public_ip (PublicIp | None): Elastic IP settings of a cluster (Tables 5-4, 5-11, 5-19). eip_address, status and
            error_message are only reported in responses and only documented in the Chinese edition.
        private_ip (list[str] | None): Private IP addresses of the cluster.
        public_endpoints (list[PublicEndpoints] | None): Public connection data; absent when the cluster has no public
            access.
        endpoints (list[Endpoints] | None): Private-network connection data.
        version (str | None): Data warehouse version.
        maintain_window (MaintainWindow | None): Weekly maintenance window of a cluster, in GMT+0 (Table 5-22).
        resize_info (ResizeInfo | None): State of a running or failed scale-out (Table 5-23). origin_node_type,
            target_node_type and the old name status are only in the Chinese edition.
        enterprise_project_id (str | None): Enterprise project ID; 0 is the default enterprise project.
        recent_event (int | None): Number of events.
        tags (list[Tags] | None): Tags of the cluster; null when it has none.
        parameter_group (ParameterGroup | None): Parameter group bound to the cluster (Table 5-25).
        node_type_id (str | None): ID of the node flavor.
        failed_reasons (FailedReasons | None): Why the last operation on the cluster failed; absent or empty when the
            cluster is healthy (Chinese edition tables 5-12, 5-21).
        nodes (list[Nodes] | None): Instances (nodes) of the cluster, one per node.
        order_id (str | None): Order ID; returned only for yearly/monthly clusters, so a non-empty value marks one.
        elb (ElbResp | None): Load balancer bound to the cluster (vendor SDK model ElbResp; not in the references).
    """

    __slots__ = (
        "id",
        "status",
        "name",
        "updated",
        "created",
        "user_name",
        "sub_status",
        "task_status",
        "action_progress",
        "node_type",
        "subnet_id",
        "security_group_id",
        "number_of_node",
        "availability_zone",
        "port",
        "vpc_id",
        "public_ip",
        "private_ip",
        "public_endpoints",
        "endpoints",
        "version",
        "maintain_window",
        "resize_info",
        "enterprise_project_id",
        "recent_event",
        "tags",
        "parameter_group",
        "node_type_id",
        "failed_reasons",
        "nodes",
        "order_id",
        "elb",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "status",
        "name",
        "updated",
        "created",
        "user_name",
        "sub_status",
        "task_status",
        "action_progress",
        "node_type",
        "subnet_id",
        "security_group_id",
        "number_of_node",
        "availability_zone",
        "port",
        "vpc_id",
        "public_ip",
        "private_ip",
        "public_endpoints",
        "endpoints",
        "version",
        "maintain_window",
        "resize_info",
        "enterprise_project_id",
        "recent_event",
        "tags",
        "parameter_group",
        "node_type_id",
        "failed_reasons",
        "nodes",
        "order_id",
        "elb",
    )

    id: str | None
    status: ClusterStatus | None
    name: str | None
    updated: str | None
    created: str | None
    user_name: str | None
    sub_status: ClusterSubStatus | None
    task_status: ClusterTaskStatus | None
    action_progress: ActionProgress | None
    node_type: str | None
    subnet_id: str | None
    security_group_id: str | None
    number_of_node: int | None
    availability_zone: str | None
    port: int | None
    vpc_id: str | None
    public_ip: PublicIp | None
    private_ip: list[str] | None
    public_endpoints: list[PublicEndpoints] | None
    endpoints: list[Endpoints] | None
    version: str | None
    maintain_window: MaintainWindow | None
    resize_info: ResizeInfo | None
    enterprise_project_id: str | None
    recent_event: int | None
    tags: list[Tags] | None
    parameter_group: ParameterGroup | None
    node_type_id: str | None
    failed_reasons: FailedReasons | None
    nodes: list[Nodes] | None
    order_id: str | None
    elb: ElbResp | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        status: ClusterStatus | None = None,
        name: str | None = None,
        updated: str | None = None,
        created: str | None = None,
        user_name: str | None = None,
        sub_status: ClusterSubStatus | None = None,
        task_status: ClusterTaskStatus | None = None,
        action_progress: ActionProgress | None = None,
        node_type: str | None = None,
        subnet_id: str | None = None,
        security_group_id: str | None = None,
        number_of_node: int | None = None,
        availability_zone: str | None = None,
        port: int | None = None,
        vpc_id: str | None = None,
        public_ip: PublicIp | None = None,
        private_ip: list[str] | None = None,
        public_endpoints: list[PublicEndpoints] | None = None,
        endpoints: list[Endpoints] | None = None,
        version: str | None = None,
        maintain_window: MaintainWindow | None = None,
        resize_info: ResizeInfo | None = None,
        enterprise_project_id: str | None = None,
        recent_event: int | None = None,
        tags: list[Tags] | None = None,
        parameter_group: ParameterGroup | None = None,
        node_type_id: str | None = None,
        failed_reasons: FailedReasons | None = None,
        nodes: list[Nodes] | None = None,
        order_id: str | None = None,
        elb: ElbResp | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.name = name
        self.updated = updated
        self.created = created
        self.user_name = user_name
        self.sub_status = sub_status
        self.task_status = task_status
        self.action_progress = action_progress
        self.node_type = node_type
        self.subnet_id = subnet_id
        self.security_group_id = security_group_id
        self.number_of_node = number_of_node
        self.availability_zone = availability_zone
        self.port = port
        self.vpc_id = vpc_id
        self.public_ip = public_ip
        self.private_ip = private_ip
        self.public_endpoints = public_endpoints
        self.endpoints = endpoints
        self.version = version
        self.maintain_window = maintain_window
        self.resize_info = resize_info
        self.enterprise_project_id = enterprise_project_id
        self.recent_event = recent_event
        self.tags = tags
        self.parameter_group = parameter_group
        self.node_type_id = node_type_id
        self.failed_reasons = failed_reasons
        self.nodes = nodes
        self.order_id = order_id
        self.elb = elb
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.status is not None:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.updated is not None:
            updated = self.updated
            field_dict["updated"] = updated
        elif "updated" in self._present:  # null in the reply: sent back as null
            field_dict["updated"] = None
        if self.created is not None:
            created = self.created
            field_dict["created"] = created
        elif "created" in self._present:  # null in the reply: sent back as null
            field_dict["created"] = None
        if self.user_name is not None:
            user_name = self.user_name
            field_dict["user_name"] = user_name
        elif "user_name" in self._present:  # null in the reply: sent back as null
            field_dict["user_name"] = None
        if self.sub_status is not None:
            try:
                sub_status: str | Unset = UNSET
                if not isinstance(self.sub_status, Unset):
                    sub_status = self.sub_status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                sub_status = _cast(Any, self.sub_status)
            field_dict["sub_status"] = sub_status
        elif "sub_status" in self._present:  # null in the reply: sent back as null
            field_dict["sub_status"] = None
        if self.task_status is not None:
            try:
                task_status: None | str | Unset
                if isinstance(self.task_status, Unset):
                    task_status = UNSET
                elif isinstance(self.task_status, ClusterTaskStatus):
                    task_status = self.task_status.value
                else:
                    task_status = self.task_status
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                task_status = _cast(Any, self.task_status)
            field_dict["task_status"] = task_status
        elif "task_status" in self._present:  # null in the reply: sent back as null
            field_dict["task_status"] = None
        if self.action_progress is not None:
            try:
                action_progress: dict[str, Any] | None | Unset
                if isinstance(self.action_progress, Unset):
                    action_progress = UNSET
                elif isinstance(self.action_progress, ActionProgress):
                    action_progress = self.action_progress.to_dict()
                else:
                    action_progress = self.action_progress
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                action_progress = _cast(Any, self.action_progress)
            field_dict["action_progress"] = action_progress
        elif "action_progress" in self._present:  # null in the reply: sent back as null
            field_dict["action_progress"] = None
        if self.node_type is not None:
            node_type = self.node_type
            field_dict["node_type"] = node_type
        elif "node_type" in self._present:  # null in the reply: sent back as null
            field_dict["node_type"] = None
        if self.subnet_id is not None:
            subnet_id = self.subnet_id
            field_dict["subnet_id"] = subnet_id
        elif "subnet_id" in self._present:  # null in the reply: sent back as null
            field_dict["subnet_id"] = None
        if self.security_group_id is not None:
            security_group_id = self.security_group_id
            field_dict["security_group_id"] = security_group_id
        elif "security_group_id" in self._present:  # null in the reply: sent back as null
            field_dict["security_group_id"] = None
        if self.number_of_node is not None:
            number_of_node = self.number_of_node
            field_dict["number_of_node"] = number_of_node
        elif "number_of_node" in self._present:  # null in the reply: sent back as null
            field_dict["number_of_node"] = None
        if self.availability_zone is not None:
            availability_zone = self.availability_zone
            field_dict["availability_zone"] = availability_zone
        elif "availability_zone" in self._present:  # null in the reply: sent back as null
            field_dict["availability_zone"] = None
        if self.port is not None:
            port = self.port
            field_dict["port"] = port
        elif "port" in self._present:  # null in the reply: sent back as null
            field_dict["port"] = None
        if self.vpc_id is not None:
            vpc_id = self.vpc_id
            field_dict["vpc_id"] = vpc_id
        elif "vpc_id" in self._present:  # null in the reply: sent back as null
            field_dict["vpc_id"] = None
        if self.public_ip is not None:
            try:
                public_ip: dict[str, Any] | Unset = UNSET
                if not isinstance(self.public_ip, Unset):
                    public_ip = self.public_ip.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                public_ip = _cast(Any, self.public_ip)
            field_dict["public_ip"] = public_ip
        elif "public_ip" in self._present:  # null in the reply: sent back as null
            field_dict["public_ip"] = None
        if self.private_ip is not None:
            try:
                private_ip: list[str] | Unset = UNSET
                if not isinstance(self.private_ip, Unset):
                    private_ip = self.private_ip

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                private_ip = _cast(Any, self.private_ip)
            field_dict["private_ip"] = private_ip
        elif "private_ip" in self._present:  # null in the reply: sent back as null
            field_dict["private_ip"] = None
        if self.public_endpoints is not None:
            try:
                public_endpoints: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.public_endpoints, Unset):
                    public_endpoints = []
                    for public_endpoints_item_data in self.public_endpoints:
                        public_endpoints_item = public_endpoints_item_data.to_dict()
                        public_endpoints.append(public_endpoints_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                public_endpoints = _cast(Any, self.public_endpoints)
            field_dict["public_endpoints"] = public_endpoints
        elif "public_endpoints" in self._present:  # null in the reply: sent back as null
            field_dict["public_endpoints"] = None
        if self.endpoints is not None:
            try:
                endpoints: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.endpoints, Unset):
                    endpoints = []
                    for endpoints_item_data in self.endpoints:
                        endpoints_item = endpoints_item_data.to_dict()
                        endpoints.append(endpoints_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                endpoints = _cast(Any, self.endpoints)
            field_dict["endpoints"] = endpoints
        elif "endpoints" in self._present:  # null in the reply: sent back as null
            field_dict["endpoints"] = None
        if self.version is not None:
            version = self.version
            field_dict["version"] = version
        elif "version" in self._present:  # null in the reply: sent back as null
            field_dict["version"] = None
        if self.maintain_window is not None:
            try:
                maintain_window: dict[str, Any] | Unset = UNSET
                if not isinstance(self.maintain_window, Unset):
                    maintain_window = self.maintain_window.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                maintain_window = _cast(Any, self.maintain_window)
            field_dict["maintain_window"] = maintain_window
        elif "maintain_window" in self._present:  # null in the reply: sent back as null
            field_dict["maintain_window"] = None
        if self.resize_info is not None:
            try:
                resize_info: dict[str, Any] | Unset = UNSET
                if not isinstance(self.resize_info, Unset):
                    resize_info = self.resize_info.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                resize_info = _cast(Any, self.resize_info)
            field_dict["resize_info"] = resize_info
        elif "resize_info" in self._present:  # null in the reply: sent back as null
            field_dict["resize_info"] = None
        if self.enterprise_project_id is not None:
            enterprise_project_id = self.enterprise_project_id
            field_dict["enterprise_project_id"] = enterprise_project_id
        elif "enterprise_project_id" in self._present:  # null in the reply: sent back as null
            field_dict["enterprise_project_id"] = None
        if self.recent_event is not None:
            recent_event = self.recent_event
            field_dict["recent_event"] = recent_event
        elif "recent_event" in self._present:  # null in the reply: sent back as null
            field_dict["recent_event"] = None
        if self.tags is not None:
            try:
                tags: list[dict[str, Any]] | None | Unset
                if isinstance(self.tags, Unset):
                    tags = UNSET
                elif isinstance(self.tags, list):
                    tags = []
                    for tags_type_0_item_data in self.tags:
                        tags_type_0_item = tags_type_0_item_data.to_dict()
                        tags.append(tags_type_0_item)

                else:
                    tags = self.tags
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                tags = _cast(Any, self.tags)
            field_dict["tags"] = tags
        elif "tags" in self._present:  # null in the reply: sent back as null
            field_dict["tags"] = None
        if self.parameter_group is not None:
            try:
                parameter_group: dict[str, Any] | Unset = UNSET
                if not isinstance(self.parameter_group, Unset):
                    parameter_group = self.parameter_group.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                parameter_group = _cast(Any, self.parameter_group)
            field_dict["parameter_group"] = parameter_group
        elif "parameter_group" in self._present:  # null in the reply: sent back as null
            field_dict["parameter_group"] = None
        if self.node_type_id is not None:
            node_type_id = self.node_type_id
            field_dict["node_type_id"] = node_type_id
        elif "node_type_id" in self._present:  # null in the reply: sent back as null
            field_dict["node_type_id"] = None
        if self.failed_reasons is not None:
            try:
                failed_reasons: dict[str, Any] | Unset = UNSET
                if not isinstance(self.failed_reasons, Unset):
                    failed_reasons = self.failed_reasons.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                failed_reasons = _cast(Any, self.failed_reasons)
            field_dict["failed_reasons"] = failed_reasons
        elif "failed_reasons" in self._present:  # null in the reply: sent back as null
            field_dict["failed_reasons"] = None
        if self.nodes is not None:
            try:
                nodes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.nodes, Unset):
                    nodes = []
                    for nodes_item_data in self.nodes:
                        nodes_item = nodes_item_data.to_dict()
                        nodes.append(nodes_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                nodes = _cast(Any, self.nodes)
            field_dict["nodes"] = nodes
        elif "nodes" in self._present:  # null in the reply: sent back as null
            field_dict["nodes"] = None
        if self.order_id is not None:
            order_id = self.order_id
            field_dict["order_id"] = order_id
        elif "order_id" in self._present:  # null in the reply: sent back as null
            field_dict["order_id"] = None
        if self.elb is not None:
            try:
                elb: dict[str, Any] | Unset = UNSET
                if not isinstance(self.elb, Unset):
                    elb = self.elb.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                elb = _cast(Any, self.elb)
            field_dict["elb"] = elb
        elif "elb" in self._present:  # null in the reply: sent back as null
            field_dict["elb"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        try:
            _status = d.pop("status", UNSET)
            status: ClusterStatus | Unset = UNSET if _status is UNSET else enum_member(ClusterStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "ClusterStatus")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        created = d.pop("created", UNSET)
        if created.__class__ is not str and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "string")

        user_name = d.pop("user_name", UNSET)
        if user_name.__class__ is not str and user_name is not UNSET:
            user_name = _drift(cls, src_dict, "user_name", user_name, "string")

        try:
            _sub_status = d.pop("sub_status", UNSET)
            sub_status: ClusterSubStatus | Unset = (
                UNSET if _sub_status is UNSET else enum_member(ClusterSubStatus, _sub_status)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            sub_status = _drift(cls, src_dict, "sub_status", src_dict.get("sub_status", UNSET), "ClusterSubStatus")

        try:

            def _parse_task_status(data: object) -> ClusterTaskStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    task_status_type_0 = ClusterTaskStatus(data)

                    return task_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ClusterTaskStatus | None | Unset, data)

            task_status = _parse_task_status(d.pop("task_status", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            task_status = _drift(
                cls, src_dict, "task_status", src_dict.get("task_status", UNSET), "ClusterTaskStatus or null"
            )

        try:

            def _parse_action_progress(data: object) -> ActionProgress | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    action_progress_type_0 = ActionProgress.from_dict(data)

                    return action_progress_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ActionProgress | None | Unset, data)

            action_progress = _parse_action_progress(d.pop("action_progress", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            action_progress = _drift(
                cls, src_dict, "action_progress", src_dict.get("action_progress", UNSET), "ActionProgress or null"
            )

        node_type = d.pop("node_type", UNSET)
        if node_type.__class__ is not str and node_type is not UNSET:
            node_type = _drift(cls, src_dict, "node_type", node_type, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        security_group_id = d.pop("security_group_id", UNSET)
        if security_group_id.__class__ is not str and security_group_id is not UNSET:
            security_group_id = _drift(cls, src_dict, "security_group_id", security_group_id, "string")

        number_of_node = d.pop("number_of_node", UNSET)
        if number_of_node.__class__ is not int and number_of_node is not UNSET:
            number_of_node = _drift(cls, src_dict, "number_of_node", number_of_node, "integer")

        availability_zone = d.pop("availability_zone", UNSET)
        if availability_zone.__class__ is not str and availability_zone is not UNSET:
            availability_zone = _drift(cls, src_dict, "availability_zone", availability_zone, "string")

        port = d.pop("port", UNSET)
        if port.__class__ is not int and port is not UNSET:
            port = _drift(cls, src_dict, "port", port, "integer")

        vpc_id = d.pop("vpc_id", UNSET)
        if vpc_id.__class__ is not str and vpc_id is not UNSET:
            vpc_id = _drift(cls, src_dict, "vpc_id", vpc_id, "string")

        try:
            _public_ip = d.pop("public_ip", UNSET)
            public_ip: PublicIp | Unset
            if isinstance(_public_ip, Unset):
                public_ip = UNSET
            else:
                public_ip = PublicIp.from_dict(_public_ip)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            public_ip = _drift(cls, src_dict, "public_ip", src_dict.get("public_ip", UNSET), "PublicIp")

        private_ip = d.pop("private_ip", UNSET)
        if private_ip.__class__ is not list and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "private_ip", private_ip, "array")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("public_endpoints").__class__ is not list:
                _public_endpoints = d.pop("public_endpoints", UNSET)
                public_endpoints: list[PublicEndpoints] | Unset = UNSET
                if _public_endpoints is not UNSET:
                    public_endpoints = []
                    for public_endpoints_item_data in _public_endpoints:
                        public_endpoints_item = PublicEndpoints.from_dict(public_endpoints_item_data)

                        public_endpoints.append(public_endpoints_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                public_endpoints = _LazyList(d.pop("public_endpoints"), PublicEndpoints.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            public_endpoints = _drift(
                cls, src_dict, "public_endpoints", src_dict.get("public_endpoints", UNSET), "array"
            )

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("endpoints").__class__ is not list:
                _endpoints = d.pop("endpoints", UNSET)
                endpoints: list[Endpoints] | Unset = UNSET
                if _endpoints is not UNSET:
                    endpoints = []
                    for endpoints_item_data in _endpoints:
                        endpoints_item = Endpoints.from_dict(endpoints_item_data)

                        endpoints.append(endpoints_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                endpoints = _LazyList(d.pop("endpoints"), Endpoints.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            endpoints = _drift(cls, src_dict, "endpoints", src_dict.get("endpoints", UNSET), "array")

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _drift(cls, src_dict, "version", version, "string")

        try:
            _maintain_window = d.pop("maintain_window", UNSET)
            maintain_window: MaintainWindow | Unset
            if isinstance(_maintain_window, Unset):
                maintain_window = UNSET
            else:
                maintain_window = MaintainWindow.from_dict(_maintain_window)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            maintain_window = _drift(
                cls, src_dict, "maintain_window", src_dict.get("maintain_window", UNSET), "MaintainWindow"
            )

        try:
            _resize_info = d.pop("resize_info", UNSET)
            resize_info: ResizeInfo | Unset
            if isinstance(_resize_info, Unset):
                resize_info = UNSET
            else:
                resize_info = ResizeInfo.from_dict(_resize_info)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            resize_info = _drift(cls, src_dict, "resize_info", src_dict.get("resize_info", UNSET), "ResizeInfo")

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)
        if enterprise_project_id.__class__ is not str and enterprise_project_id is not UNSET:
            enterprise_project_id = _drift(cls, src_dict, "enterprise_project_id", enterprise_project_id, "string")

        recent_event = d.pop("recent_event", UNSET)
        if recent_event.__class__ is not int and recent_event is not UNSET:
            recent_event = _drift(cls, src_dict, "recent_event", recent_event, "integer")

        try:

            def _parse_tags(data: object) -> list[Tags] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tags_type_0 = []
                    _tags_type_0 = data
                    for tags_type_0_item_data in _tags_type_0:
                        tags_type_0_item = Tags.from_dict(tags_type_0_item_data)

                        tags_type_0.append(tags_type_0_item)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Tags] | None | Unset, data)

            tags = _parse_tags(d.pop("tags", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            tags = _drift(cls, src_dict, "tags", src_dict.get("tags", UNSET), "array or null")

        try:
            _parameter_group = d.pop("parameter_group", UNSET)
            parameter_group: ParameterGroup | Unset
            if isinstance(_parameter_group, Unset):
                parameter_group = UNSET
            else:
                parameter_group = ParameterGroup.from_dict(_parameter_group)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            parameter_group = _drift(
                cls, src_dict, "parameter_group", src_dict.get("parameter_group", UNSET), "ParameterGroup"
            )

        node_type_id = d.pop("node_type_id", UNSET)
        if node_type_id.__class__ is not str and node_type_id is not UNSET:
            node_type_id = _drift(cls, src_dict, "node_type_id", node_type_id, "string")

        try:
            _failed_reasons = d.pop("failed_reasons", UNSET)
            failed_reasons: FailedReasons | Unset
            if isinstance(_failed_reasons, Unset):
                failed_reasons = UNSET
            else:
                failed_reasons = FailedReasons.from_dict(_failed_reasons)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            failed_reasons = _drift(
                cls, src_dict, "failed_reasons", src_dict.get("failed_reasons", UNSET), "FailedReasons"
            )

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("nodes").__class__ is not list:
                _nodes = d.pop("nodes", UNSET)
                nodes: list[Nodes] | Unset = UNSET
                if _nodes is not UNSET:
                    nodes = []
                    for nodes_item_data in _nodes:
                        nodes_item = Nodes.from_dict(nodes_item_data)

                        nodes.append(nodes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                nodes = _LazyList(d.pop("nodes"), Nodes.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            nodes = _drift(cls, src_dict, "nodes", src_dict.get("nodes", UNSET), "array")

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str and order_id is not UNSET:
            order_id = _drift(cls, src_dict, "order_id", order_id, "string")

        try:
            _elb = d.pop("elb", UNSET)
            elb: ElbResp | Unset
            if isinstance(_elb, Unset):
                elb = UNSET
            else:
                elb = ElbResp.from_dict(_elb)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            elb = _drift(cls, src_dict, "elb", src_dict.get("elb", UNSET), "ElbResp")

        cluster_detail = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if status is UNSET else status,
            None if name is UNSET else name,
            None if updated is UNSET else updated,
            None if created is UNSET else created,
            None if user_name is UNSET else user_name,
            None if sub_status is UNSET else sub_status,
            None if task_status is UNSET else task_status,
            None if action_progress is UNSET else action_progress,
            None if node_type is UNSET else node_type,
            None if subnet_id is UNSET else subnet_id,
            None if security_group_id is UNSET else security_group_id,
            None if number_of_node is UNSET else number_of_node,
            None if availability_zone is UNSET else availability_zone,
            None if port is UNSET else port,
            None if vpc_id is UNSET else vpc_id,
            None if public_ip is UNSET else public_ip,
            None if private_ip is UNSET else private_ip,
            None if public_endpoints is UNSET else public_endpoints,
            None if endpoints is UNSET else endpoints,
            None if version is UNSET else version,
            None if maintain_window is UNSET else maintain_window,
            None if resize_info is UNSET else resize_info,
            None if enterprise_project_id is UNSET else enterprise_project_id,
            None if recent_event is UNSET else recent_event,
            None if tags is UNSET else tags,
            None if parameter_group is UNSET else parameter_group,
            None if node_type_id is UNSET else node_type_id,
            None if failed_reasons is UNSET else failed_reasons,
            None if nodes is UNSET else nodes,
            None if order_id is UNSET else order_id,
            None if elb is UNSET else elb,
        )
        cluster_detail._present = frozenset(src_dict)

        cluster_detail.additional_properties = d
        return cluster_detail

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("status", "status"),
            ("name", "name"),
            ("updated", "updated"),
            ("created", "created"),
            ("user_name", "user_name"),
            ("sub_status", "sub_status"),
            ("task_status", "task_status"),
            ("action_progress", "action_progress"),
            ("node_type", "node_type"),
            ("subnet_id", "subnet_id"),
            ("security_group_id", "security_group_id"),
            ("number_of_node", "number_of_node"),
            ("availability_zone", "availability_zone"),
            ("port", "port"),
            ("vpc_id", "vpc_id"),
            ("public_ip", "public_ip"),
            ("private_ip", "private_ip"),
            ("public_endpoints", "public_endpoints"),
            ("endpoints", "endpoints"),
            ("version", "version"),
            ("maintain_window", "maintain_window"),
            ("resize_info", "resize_info"),
            ("enterprise_project_id", "enterprise_project_id"),
            ("recent_event", "recent_event"),
            ("tags", "tags"),
            ("parameter_group", "parameter_group"),
            ("node_type_id", "node_type_id"),
            ("failed_reasons", "failed_reasons"),
            ("nodes", "nodes"),
            ("order_id", "order_id"),
            ("elb", "elb"),
        )
        return frozenset(attr for member, attr in names if member in self._present or getattr(self, attr) is not None)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        # dbcloud override: fields marked format: password / x-sensitive are masked in reprs.
        from dbcloud_core.redaction import model_repr

        from .._behaviour import SENSITIVE_FIELDS

        return model_repr(self, SENSITIVE_FIELDS)


# Last, so that circular references between models find this module's class already defined.
from ..models.action_progress import ActionProgress  # noqa: E402
from ..models.elb_resp import ElbResp  # noqa: E402
from ..models.endpoints import Endpoints  # noqa: E402
from ..models.failed_reasons import FailedReasons  # noqa: E402
from ..models.maintain_window import MaintainWindow  # noqa: E402
from ..models.nodes import Nodes  # noqa: E402
from ..models.parameter_group import ParameterGroup  # noqa: E402
from ..models.public_endpoints import PublicEndpoints  # noqa: E402
from ..models.public_ip import PublicIp  # noqa: E402
from ..models.resize_info import ResizeInfo  # noqa: E402
from ..models.tags import Tags  # noqa: E402
