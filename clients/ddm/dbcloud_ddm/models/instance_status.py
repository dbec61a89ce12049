# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from enum import StrEnum
from typing import Any


class InstanceStatus(StrEnum):
    BACKUP = "BACKUP"
    CREATEFAILED = "CREATEFAILED"
    CREATING = "CREATING"
    ERROR = "ERROR"
    FREEZING = "FREEZING"
    FROZEN = "FROZEN"
    GROWING = "GROWING"
    MIGRATE_DATABASE = "MIGRATE_DATABASE"
    MODIFY_NAME = "MODIFY_NAME"
    ONDEMAND_TO_PERIOD = "ONDEMAND_TO_PERIOD"
    PERIOD_RESOURCE_SPEC_CHG = "PERIOD_RESOURCE_SPEC_CHG"
    REDUCING = "REDUCING"
    RESET_PASSWORD = "RESET_PASSWORD"
    RESIZING = "RESIZING"
    RESTARTING = "RESTARTING"
    RESTORE = "RESTORE"
    ROLL_BACK_DB_VERSION = "ROLL_BACK_DB_VERSION"
    RUNNING = "RUNNING"
    SET_CONFIGURATION = "SET_CONFIGURATION"
    UNFREEZING = "UNFREEZING"
    UPGRADE_VERSION_INSTANCE = "UPGRADE_VERSION_INSTANCE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InstanceStatus | None":
        # Open enum: a value the spec does not list yet (services add them) parses instead of
        # raising; requests are still checked strictly by the pydantic models in schemas.py.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
