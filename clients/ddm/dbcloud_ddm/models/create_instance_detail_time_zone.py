# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from enum import StrEnum
from typing import Any


class CreateInstanceDetailTimeZone(StrEnum):
    UTC = "UTC"
    UTC0100 = "UTC+01:00"
    UTC0200 = "UTC+02:00"
    UTC0300 = "UTC+03:00"
    UTC0400 = "UTC+04:00"
    UTC0500 = "UTC+05:00"
    UTC0600 = "UTC+06:00"
    UTC0700 = "UTC+07:00"
    UTC0800 = "UTC+08:00"
    UTC0900 = "UTC+09:00"
    UTC1000 = "UTC+10:00"
    UTC1100 = "UTC+11:00"
    UTC1200 = "UTC+12:00"
    UTC_0100 = "UTC-01:00"
    UTC_0200 = "UTC-02:00"
    UTC_0300 = "UTC-03:00"
    UTC_0400 = "UTC-04:00"
    UTC_0500 = "UTC-05:00"
    UTC_0600 = "UTC-06:00"
    UTC_0700 = "UTC-07:00"
    UTC_0800 = "UTC-08:00"
    UTC_0900 = "UTC-09:00"
    UTC_1000 = "UTC-10:00"
    UTC_1100 = "UTC-11:00"
    UTC_1200 = "UTC-12:00"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CreateInstanceDetailTimeZone | None":
        # Open enum: a value the spec does not list yet (services add them) parses instead of
        # raising; requests are still checked strictly by the pydantic models in schemas.py.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
