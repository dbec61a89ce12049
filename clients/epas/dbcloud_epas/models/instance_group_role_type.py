# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from enum import StrEnum
from typing import Any


class InstanceGroupRoleType(StrEnum):
    ACTIVE = "ACTIVE"
    ACTIVE_STANDBY = "ACTIVE_STANDBY"
    AKHQ = "AKHQ"
    BROKER = "BROKER"
    CONSOLE = "CONSOLE"
    DASHBOARDS = "DASHBOARDS"
    DATA = "DATA"
    KIBANA = "KIBANA"
    MASTER = "MASTER"
    MASTER_DATA = "MASTER_DATA"
    MASTER_REPLICA = "MASTER_REPLICA"
    PRIMARY = "PRIMARY"
    PRIMARY_NODE = "PRIMARY_NODE"
    PRIMARY_SECONDARY = "PRIMARY_SECONDARY"
    READ_NODE = "READ_NODE"
    REPLICA = "REPLICA"
    SENTINEL = "SENTINEL"
    ZOOKEEPER = "ZOOKEEPER"
    ZOOKEEPER_BROKER = "ZOOKEEPER_BROKER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InstanceGroupRoleType | None":
        # Open enum: a value the spec does not list yet (services add them) parses instead of
        # raising; requests are still checked strictly by the pydantic models in schemas.py.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
