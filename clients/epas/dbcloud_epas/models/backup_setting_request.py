# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupSettingRequest")


class BackupSettingRequest(_Model):
    """Automatic backup schedule of a cluster (reference 2.9).

    Attributes:
        archive_frequency_minute (str): Interval in minutes at which logs are archived (5, 10, 30 or 60).
        retention_period_day (str): Number of days backups are kept (7 to 35).
        starting_time_hour (str): Hour of the day (0 to 23) at which the daily backup starts.
    """

    __slots__ = (
        "archive_frequency_minute",
        "retention_period_day",
        "starting_time_hour",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "archive_frequency_minute",
        "retention_period_day",
        "starting_time_hour",
    )

    archive_frequency_minute: str
    retention_period_day: str
    starting_time_hour: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        archive_frequency_minute: str,
        retention_period_day: str,
        starting_time_hour: str,
    ) -> None:
        self.archive_frequency_minute = archive_frequency_minute
        self.retention_period_day = retention_period_day
        self.starting_time_hour = starting_time_hour
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        archive_frequency_minute = self.archive_frequency_minute

        retention_period_day = self.retention_period_day

        starting_time_hour = self.starting_time_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archive_frequency_minute": archive_frequency_minute,
                "retention_period_day": retention_period_day,
                "starting_time_hour": starting_time_hour,
            }
        )
        if isinstance(archive_frequency_minute, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["archive_frequency_minute"]
        if isinstance(retention_period_day, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["retention_period_day"]
        if isinstance(starting_time_hour, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["starting_time_hour"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archive_frequency_minute = d.pop("archive_frequency_minute", UNSET)
        if archive_frequency_minute.__class__ is not str:
            archive_frequency_minute = _drift(
                cls, src_dict, "archive_frequency_minute", archive_frequency_minute, "string"
            )

        retention_period_day = d.pop("retention_period_day", UNSET)
        if retention_period_day.__class__ is not str:
            retention_period_day = _drift(cls, src_dict, "retention_period_day", retention_period_day, "string")

        starting_time_hour = d.pop("starting_time_hour", UNSET)
        if starting_time_hour.__class__ is not str:
            starting_time_hour = _drift(cls, src_dict, "starting_time_hour", starting_time_hour, "string")

        backup_setting_request = cls(  # the fields in declaration order
            archive_frequency_minute,
            retention_period_day,
            starting_time_hour,
        )

        backup_setting_request.additional_properties = d
        return backup_setting_request

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
