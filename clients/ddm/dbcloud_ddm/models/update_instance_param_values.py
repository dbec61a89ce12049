# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.update_instance_param_values_concurrent_execution_level import (
    UpdateInstanceParamValuesConcurrentExecutionLevel,
)
from ..models.update_instance_param_values_transaction_policy import UpdateInstanceParamValuesTransactionPolicy
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="UpdateInstanceParamValues")


class UpdateInstanceParamValues(_Model):
    """Map of parameter name to new value (Table 4-530 "values"); the listed names are the documented ones, other parameter
    names are passed through as strings. A parameter left out keeps its value.

        Attributes:
            bind_table (str | Unset): Associations between columns of sharded tables used to push JOINs down to MySQL,
                written as [{tb.col1,tb2.col2},{tb.col2,tb3.col1},...].
            character_set_server (str | Unset): Server character set; use utf8mb4 here and on RDS to store emoji. Change
                collation_server with it.
            collation_server (str | Unset): Server collation; change character_set_server with it.
            concurrent_execution_level (UpdateInstanceParamValuesConcurrentExecutionLevel | Unset): How table shards of a
                logical table are scanned: DATA_NODE (database shards in parallel, their table shards serially), RDS_INSTANCE
                (RDS instances in parallel, their shards serially), PHY_TABLE (all table shards in parallel).
            connection_idle_timeout (str | Unset): Seconds an idle connection is kept before it is closed, 60 to 28800.
                Default: "28800".
            enable_table_recycle (str | Unset): Whether the table recycle bin is on.
            insert_to_load_data (str | Unset): Whether constant INSERT values are loaded with LOAD DATA.
            live_transaction_timeout_on_shutdown (str | Unset): Seconds an in-flight transaction is waited for on shutdown,
                0 to 100. Default: "1".
            long_query_time (str | Unset): Seconds from which a query is logged as slow, 0.01 to 10. Default: "1".
            max_allowed_packet (str | Unset): Largest packet or intermediate string in bytes; a multiple of 1024 from 1024
                to 1073741824. Default: "16777216".
            max_backend_connections (str | Unset): Most concurrent RDS client connections per DDM instance, 0 to 10000000; 0
                means (RDS maximum connections - 20) / number of DDM nodes. Default: "0".
            max_connections (str | Unset): Concurrent client connections per DDM instance, 10 to 40000. Default: "20000".
            min_backend_connections (str | Unset): Fewest concurrent connections from a DDM node to an RDS instance, 0 to
                10000000. Default: "10".
            not_from_pushdown (str | Unset): Whether SELECT statements without FROM are pushed down.
            seconds_behind_master (str | Unset): Replication lag in seconds (0 to 7200) above which reads are no longer sent
                to read replicas. Default: "30".
            sql_audit (str | Unset): Whether SQL audit is on.
            sql_execute_timeout (str | Unset): Seconds a SQL statement may run before it times out, 100 to 28800. Default:
                "28800".
            support_ddl_binlog_hint (str | Unset): Whether a binlog hint is added to every DDL statement.
            transaction_policy (UpdateInstanceParamValuesTransactionPolicy | Unset): Distributed transaction mode: XA
                (atomic and isolated), FREE (best-effort multi-shard commit, not atomic), NO_DTX (single-shard only).
            ultimate_optimize (str | Unset): Whether execution plans are optimised using parameter values.
    """

    __slots__ = (
        "bind_table",
        "character_set_server",
        "collation_server",
        "concurrent_execution_level",
        "connection_idle_timeout",
        "enable_table_recycle",
        "insert_to_load_data",
        "live_transaction_timeout_on_shutdown",
        "long_query_time",
        "max_allowed_packet",
        "max_backend_connections",
        "max_connections",
        "min_backend_connections",
        "not_from_pushdown",
        "seconds_behind_master",
        "sql_audit",
        "sql_execute_timeout",
        "support_ddl_binlog_hint",
        "transaction_policy",
        "ultimate_optimize",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "bind_table",
        "character_set_server",
        "collation_server",
        "concurrent_execution_level",
        "connection_idle_timeout",
        "enable_table_recycle",
        "insert_to_load_data",
        "live_transaction_timeout_on_shutdown",
        "long_query_time",
        "max_allowed_packet",
        "max_backend_connections",
        "max_connections",
        "min_backend_connections",
        "not_from_pushdown",
        "seconds_behind_master",
        "sql_audit",
        "sql_execute_timeout",
        "support_ddl_binlog_hint",
        "transaction_policy",
        "ultimate_optimize",
    )

    bind_table: str | Unset
    character_set_server: str | Unset
    collation_server: str | Unset
    concurrent_execution_level: UpdateInstanceParamValuesConcurrentExecutionLevel | Unset
    connection_idle_timeout: str | Unset
    enable_table_recycle: str | Unset
    insert_to_load_data: str | Unset
    live_transaction_timeout_on_shutdown: str | Unset
    long_query_time: str | Unset
    max_allowed_packet: str | Unset
    max_backend_connections: str | Unset
    max_connections: str | Unset
    min_backend_connections: str | Unset
    not_from_pushdown: str | Unset
    seconds_behind_master: str | Unset
    sql_audit: str | Unset
    sql_execute_timeout: str | Unset
    support_ddl_binlog_hint: str | Unset
    transaction_policy: UpdateInstanceParamValuesTransactionPolicy | Unset
    ultimate_optimize: str | Unset
    additional_properties: dict[str, str]
    _request_id: str | None

    def __init__(
        self,
        bind_table: str | Unset = UNSET,
        character_set_server: str | Unset = UNSET,
        collation_server: str | Unset = UNSET,
        concurrent_execution_level: UpdateInstanceParamValuesConcurrentExecutionLevel | Unset = UNSET,
        connection_idle_timeout: str | Unset = UNSET,
        enable_table_recycle: str | Unset = UNSET,
        insert_to_load_data: str | Unset = UNSET,
        live_transaction_timeout_on_shutdown: str | Unset = UNSET,
        long_query_time: str | Unset = UNSET,
        max_allowed_packet: str | Unset = UNSET,
        max_backend_connections: str | Unset = UNSET,
        max_connections: str | Unset = UNSET,
        min_backend_connections: str | Unset = UNSET,
        not_from_pushdown: str | Unset = UNSET,
        seconds_behind_master: str | Unset = UNSET,
        sql_audit: str | Unset = UNSET,
        sql_execute_timeout: str | Unset = UNSET,
        support_ddl_binlog_hint: str | Unset = UNSET,
        transaction_policy: UpdateInstanceParamValuesTransactionPolicy | Unset = UNSET,
        ultimate_optimize: str | Unset = UNSET,
    ) -> None:
        self.bind_table = bind_table
        self.character_set_server = character_set_server
        self.collation_server = collation_server
        self.concurrent_execution_level = concurrent_execution_level
        self.connection_idle_timeout = connection_idle_timeout
        self.enable_table_recycle = enable_table_recycle
        self.insert_to_load_data = insert_to_load_data
        self.live_transaction_timeout_on_shutdown = live_transaction_timeout_on_shutdown
        self.long_query_time = long_query_time
        self.max_allowed_packet = max_allowed_packet
        self.max_backend_connections = max_backend_connections
        self.max_connections = max_connections
        self.min_backend_connections = min_backend_connections
        self.not_from_pushdown = not_from_pushdown
        self.seconds_behind_master = seconds_behind_master
        self.sql_audit = sql_audit
        self.sql_execute_timeout = sql_execute_timeout
        self.support_ddl_binlog_hint = support_ddl_binlog_hint
        self.transaction_policy = transaction_policy
        self.ultimate_optimize = ultimate_optimize
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        bind_table = self.bind_table

        character_set_server = self.character_set_server

        collation_server = self.collation_server

        try:
            concurrent_execution_level: str | Unset = UNSET
            if not isinstance(self.concurrent_execution_level, Unset):
                concurrent_execution_level = self.concurrent_execution_level.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            concurrent_execution_level = _cast(Any, self.concurrent_execution_level)

        connection_idle_timeout = self.connection_idle_timeout

        enable_table_recycle = self.enable_table_recycle

        insert_to_load_data = self.insert_to_load_data

        live_transaction_timeout_on_shutdown = self.live_transaction_timeout_on_shutdown

        long_query_time = self.long_query_time

        max_allowed_packet = self.max_allowed_packet

        max_backend_connections = self.max_backend_connections

        max_connections = self.max_connections

        min_backend_connections = self.min_backend_connections

        not_from_pushdown = self.not_from_pushdown

        seconds_behind_master = self.seconds_behind_master

        sql_audit = self.sql_audit

        sql_execute_timeout = self.sql_execute_timeout

        support_ddl_binlog_hint = self.support_ddl_binlog_hint

        try:
            transaction_policy: str | Unset = UNSET
            if not isinstance(self.transaction_policy, Unset):
                transaction_policy = self.transaction_policy.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            transaction_policy = _cast(Any, self.transaction_policy)

        ultimate_optimize = self.ultimate_optimize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bind_table is not UNSET:
            field_dict["bind_table"] = bind_table
        if character_set_server is not UNSET:
            field_dict["character_set_server"] = character_set_server
        if collation_server is not UNSET:
            field_dict["collation_server"] = collation_server
        if concurrent_execution_level is not UNSET:
            field_dict["concurrent_execution_level"] = concurrent_execution_level
        if connection_idle_timeout is not UNSET:
            field_dict["connection_idle_timeout"] = connection_idle_timeout
        if enable_table_recycle is not UNSET:
            field_dict["enable_table_recycle"] = enable_table_recycle
        if insert_to_load_data is not UNSET:
            field_dict["insert_to_load_data"] = insert_to_load_data
        if live_transaction_timeout_on_shutdown is not UNSET:
            field_dict["live_transaction_timeout_on_shutdown"] = live_transaction_timeout_on_shutdown
        if long_query_time is not UNSET:
            field_dict["long_query_time"] = long_query_time
        if max_allowed_packet is not UNSET:
            field_dict["max_allowed_packet"] = max_allowed_packet
        if max_backend_connections is not UNSET:
            field_dict["max_backend_connections"] = max_backend_connections
        if max_connections is not UNSET:
            field_dict["max_connections"] = max_connections
        if min_backend_connections is not UNSET:
            field_dict["min_backend_connections"] = min_backend_connections
        if not_from_pushdown is not UNSET:
            field_dict["not_from_pushdown"] = not_from_pushdown
        if seconds_behind_master is not UNSET:
            field_dict["seconds_behind_master"] = seconds_behind_master
        if sql_audit is not UNSET:
            field_dict["sql_audit"] = sql_audit
        if sql_execute_timeout is not UNSET:
            field_dict["sql_execute_timeout"] = sql_execute_timeout
        if support_ddl_binlog_hint is not UNSET:
            field_dict["support_ddl_binlog_hint"] = support_ddl_binlog_hint
        if transaction_policy is not UNSET:
            field_dict["transaction_policy"] = transaction_policy
        if ultimate_optimize is not UNSET:
            field_dict["ultimate_optimize"] = ultimate_optimize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bind_table = d.pop("bind_table", UNSET)
        if bind_table.__class__ is not str and bind_table is not UNSET:
            bind_table = _drift(cls, src_dict, "bind_table", bind_table, "string")

        character_set_server = d.pop("character_set_server", UNSET)
        if character_set_server.__class__ is not str and character_set_server is not UNSET:
            character_set_server = _drift(cls, src_dict, "character_set_server", character_set_server, "string")

        collation_server = d.pop("collation_server", UNSET)
        if collation_server.__class__ is not str and collation_server is not UNSET:
            collation_server = _drift(cls, src_dict, "collation_server", collation_server, "string")

        try:
            _concurrent_execution_level = d.pop("concurrent_execution_level", UNSET)
            concurrent_execution_level: UpdateInstanceParamValuesConcurrentExecutionLevel | Unset = (
                UNSET
                if _concurrent_execution_level is UNSET
                else enum_member(UpdateInstanceParamValuesConcurrentExecutionLevel, _concurrent_execution_level)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            concurrent_execution_level = _drift(
                cls,
                src_dict,
                "concurrent_execution_level",
                src_dict.get("concurrent_execution_level", UNSET),
                "UpdateInstanceParamValuesConcurrentExecutionLevel",
            )

        connection_idle_timeout = d.pop("connection_idle_timeout", UNSET)
        if connection_idle_timeout.__class__ is not str and connection_idle_timeout is not UNSET:
            connection_idle_timeout = _drift(
                cls, src_dict, "connection_idle_timeout", connection_idle_timeout, "string"
            )

        enable_table_recycle = d.pop("enable_table_recycle", UNSET)
        if enable_table_recycle.__class__ is not str and enable_table_recycle is not UNSET:
            enable_table_recycle = _drift(cls, src_dict, "enable_table_recycle", enable_table_recycle, "string")

        insert_to_load_data = d.pop("insert_to_load_data", UNSET)
        if insert_to_load_data.__class__ is not str and insert_to_load_data is not UNSET:
            insert_to_load_data = _drift(cls, src_dict, "insert_to_load_data", insert_to_load_data, "string")

        live_transaction_timeout_on_shutdown = d.pop("live_transaction_timeout_on_shutdown", UNSET)
        if (
            live_transaction_timeout_on_shutdown.__class__ is not str
            and live_transaction_timeout_on_shutdown is not UNSET
        ):
            live_transaction_timeout_on_shutdown = _drift(
                cls, src_dict, "live_transaction_timeout_on_shutdown", live_transaction_timeout_on_shutdown, "string"
            )

        long_query_time = d.pop("long_query_time", UNSET)
        if long_query_time.__class__ is not str and long_query_time is not UNSET:
            long_query_time = _drift(cls, src_dict, "long_query_time", long_query_time, "string")

        max_allowed_packet = d.pop("max_allowed_packet", UNSET)
        if max_allowed_packet.__class__ is not str and max_allowed_packet is not UNSET:
            max_allowed_packet = _drift(cls, src_dict, "max_allowed_packet", max_allowed_packet, "string")

        max_backend_connections = d.pop("max_backend_connections", UNSET)
        if max_backend_connections.__class__ is not str and max_backend_connections is not UNSET:
            max_backend_connections = _drift(
                cls, src_dict, "max_backend_connections", max_backend_connections, "string"
            )

        max_connections = d.pop("max_connections", UNSET)
        if max_connections.__class__ is not str and max_connections is not UNSET:
            max_connections = _drift(cls, src_dict, "max_connections", max_connections, "string")

        min_backend_connections = d.pop("min_backend_connections", UNSET)
        if min_backend_connections.__class__ is not str and min_backend_connections is not UNSET:
            min_backend_connections = _drift(
                cls, src_dict, "min_backend_connections", min_backend_connections, "string"
            )

        not_from_pushdown = d.pop("not_from_pushdown", UNSET)
        if not_from_pushdown.__class__ is not str and not_from_pushdown is not UNSET:
            not_from_pushdown = _drift(cls, src_dict, "not_from_pushdown", not_from_pushdown, "string")

        seconds_behind_master = d.pop("seconds_behind_master", UNSET)
        if seconds_behind_master.__class__ is not str and seconds_behind_master is not UNSET:
            seconds_behind_master = _drift(cls, src_dict, "seconds_behind_master", seconds_behind_master, "string")

        sql_audit = d.pop("sql_audit", UNSET)
        if sql_audit.__class__ is not str and sql_audit is not UNSET:
            sql_audit = _drift(cls, src_dict, "sql_audit", sql_audit, "string")

        sql_execute_timeout = d.pop("sql_execute_timeout", UNSET)
        if sql_execute_timeout.__class__ is not str and sql_execute_timeout is not UNSET:
            sql_execute_timeout = _drift(cls, src_dict, "sql_execute_timeout", sql_execute_timeout, "string")

        support_ddl_binlog_hint = d.pop("support_ddl_binlog_hint", UNSET)
        if support_ddl_binlog_hint.__class__ is not str and support_ddl_binlog_hint is not UNSET:
            support_ddl_binlog_hint = _drift(
                cls, src_dict, "support_ddl_binlog_hint", support_ddl_binlog_hint, "string"
            )

        try:
            _transaction_policy = d.pop("transaction_policy", UNSET)
            transaction_policy: UpdateInstanceParamValuesTransactionPolicy | Unset = (
                UNSET
                if _transaction_policy is UNSET
                else enum_member(UpdateInstanceParamValuesTransactionPolicy, _transaction_policy)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            transaction_policy = _drift(
                cls,
                src_dict,
                "transaction_policy",
                src_dict.get("transaction_policy", UNSET),
                "UpdateInstanceParamValuesTransactionPolicy",
            )

        ultimate_optimize = d.pop("ultimate_optimize", UNSET)
        if ultimate_optimize.__class__ is not str and ultimate_optimize is not UNSET:
            ultimate_optimize = _drift(cls, src_dict, "ultimate_optimize", ultimate_optimize, "string")

        update_instance_param_values = cls(  # the fields in declaration order
            bind_table,
            character_set_server,
            collation_server,
            concurrent_execution_level,
            connection_idle_timeout,
            enable_table_recycle,
            insert_to_load_data,
            live_transaction_timeout_on_shutdown,
            long_query_time,
            max_allowed_packet,
            max_backend_connections,
            max_connections,
            min_backend_connections,
            not_from_pushdown,
            seconds_behind_master,
            sql_audit,
            sql_execute_timeout,
            support_ddl_binlog_hint,
            transaction_policy,
            ultimate_optimize,
        )

        update_instance_param_values.additional_properties = d
        return update_instance_param_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
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
