# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from enum import StrEnum
from typing import Any


class ServiceState(StrEnum):
    CREATING = "CREATING"
    EDITING = "EDITING"
    ERROR = "ERROR"
    FAILED = "FAILED"
    MIGRATING = "MIGRATING"
    RESTARTING = "RESTARTING"
    RUNNING = "RUNNING"
    STARTING = "STARTING"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"
    SYNCHRONIZING = "SYNCHRONIZING"
    TERMINATED = "TERMINATED"
    TERMINATING = "TERMINATING"
    UNKNOWN = "UNKNOWN"
    UPGRADING = "UPGRADING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ServiceState | None":
        # Open enum: a value the spec does not list yet (services add them) parses instead of
        # raising; requests are still checked strictly by the pydantic models in schemas.py.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
