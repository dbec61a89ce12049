# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from enum import StrEnum
from typing import Any


class ListLogExportConfigsTypeType0(StrEnum):
    ALERT = "alert"
    AUDIT = "audit"
    SLOW = "slow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ListLogExportConfigsTypeType0 | None":
        # Open enum: a value the spec does not list yet (services add them) parses instead of
        # raising; requests are still checked strictly by the pydantic models in schemas.py.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
