# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="EpasBackupOption")


class EpasBackupOption(_Model):
    """Automatic backup settings given at cluster creation or shown in its details (reference 2.17).

    Attributes:
        archive_frequency_minute (None | str | Unset): Interval in minutes at which logs are archived (5, 10, 30 or 60).
            Default: "60".
        retention_period_day (None | str | Unset): Number of days backups are kept.
        starting_time_hour (None | str | Unset): Hour of the day at which the daily backup starts.
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

    archive_frequency_minute: None | str | Unset
    retention_period_day: None | str | Unset
    starting_time_hour: None | str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        archive_frequency_minute: None | str | Unset = UNSET,
        retention_period_day: None | str | Unset = UNSET,
        starting_time_hour: None | str | Unset = UNSET,
    ) -> None:
        self.archive_frequency_minute = archive_frequency_minute
        self.retention_period_day = retention_period_day
        self.starting_time_hour = starting_time_hour
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            archive_frequency_minute: None | str | Unset
            if isinstance(self.archive_frequency_minute, Unset):
                archive_frequency_minute = UNSET
            else:
                archive_frequency_minute = self.archive_frequency_minute
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            archive_frequency_minute = _cast(Any, self.archive_frequency_minute)

        try:
            retention_period_day: None | str | Unset
            if isinstance(self.retention_period_day, Unset):
                retention_period_day = UNSET
            else:
                retention_period_day = self.retention_period_day
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            retention_period_day = _cast(Any, self.retention_period_day)

        try:
            starting_time_hour: None | str | Unset
            if isinstance(self.starting_time_hour, Unset):
                starting_time_hour = UNSET
            else:
                starting_time_hour = self.starting_time_hour
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            starting_time_hour = _cast(Any, self.starting_time_hour)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archive_frequency_minute is not UNSET:
            field_dict["archive_frequency_minute"] = archive_frequency_minute
        if retention_period_day is not UNSET:
            field_dict["retention_period_day"] = retention_period_day
        if starting_time_hour is not UNSET:
            field_dict["starting_time_hour"] = starting_time_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            archive_frequency_minute: None | str | Unset = d.pop("archive_frequency_minute", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            archive_frequency_minute = _drift(
                cls,
                src_dict,
                "archive_frequency_minute",
                src_dict.get("archive_frequency_minute", UNSET),
                "string or null",
            )

        try:
            retention_period_day: None | str | Unset = d.pop("retention_period_day", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            retention_period_day = _drift(
                cls, src_dict, "retention_period_day", src_dict.get("retention_period_day", UNSET), "string or null"
            )

        try:
            starting_time_hour: None | str | Unset = d.pop("starting_time_hour", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            starting_time_hour = _drift(
                cls, src_dict, "starting_time_hour", src_dict.get("starting_time_hour", UNSET), "string or null"
            )

        epas_backup_option = cls(  # the fields in declaration order
            archive_frequency_minute,
            retention_period_day,
            starting_time_hour,
        )

        epas_backup_option.additional_properties = d
        return epas_backup_option

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
