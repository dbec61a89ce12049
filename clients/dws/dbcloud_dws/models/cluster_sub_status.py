# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from enum import StrEnum
from typing import Any


class ClusterSubStatus(StrEnum):
    DEGRADED = "DEGRADED"
    DEGRADED_READONLY = "DEGRADED READONLY"
    DEGRADED_REDISTRIBUTION_FAILURE = "DEGRADED REDISTRIBUTION-FAILURE"
    DEGRADED_UNBALANCED = "DEGRADED UNBALANCED"
    DEGRADED_UNBALANCED_READONLY = "DEGRADED UNBALANCED READONLY"
    DEGRADED_UNBALANCED_READONLY_REDISTRIBUTION_FAILURE = "DEGRADED UNBALANCED READONLY REDISTRIBUTION-FAILURE"
    DEGRADED_UNBALANCED_REDISTRIBUTION_FAILURE = "DEGRADED UNBALANCED REDISTRIBUTION-FAILURE"
    NORMAL = "NORMAL"
    READONLY = "READONLY"
    READONLY_REDISTRIBUTION_FAILURE = "READONLY REDISTRIBUTION-FAILURE"
    REDISTRIBUTING = "REDISTRIBUTING"
    REDISTRIBUTION_FAILURE = "REDISTRIBUTION-FAILURE"
    UNBALANCED = "UNBALANCED"
    UNBALANCED_READONLY = "UNBALANCED READONLY"
    UNBALANCED_READONLY_REDISTRIBUTION_FAILURE = "UNBALANCED READONLY REDISTRIBUTION-FAILURE"
    UNBALANCED_REDISTRIBUTING = "UNBALANCED REDISTRIBUTING"
    UNBALANCED_REDISTRIBUTION_FAILURE = "UNBALANCED REDISTRIBUTION-FAILURE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ClusterSubStatus | None":
        # Open enum: a value the spec does not list yet (services add them) parses instead of
        # raising; requests are still checked strictly by the pydantic models in schemas.py.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
