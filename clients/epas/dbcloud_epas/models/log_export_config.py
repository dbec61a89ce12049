# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_export_config_schedule_day_of_week_type_1 import LogExportConfigScheduleDayOfWeekType1
from ..models.log_export_config_schedule_day_of_week_type_2_type_1 import LogExportConfigScheduleDayOfWeekType2Type1
from ..models.log_export_config_schedule_day_of_week_type_3_type_1 import LogExportConfigScheduleDayOfWeekType3Type1

T = TypeVar("T", bound="LogExportConfig")


@_attrs_define
class LogExportConfig:
    """Export schedule of one log type to an object storage bucket (reference 2.27).

    Attributes:
        bucket_name (None | str): Bucket the logs are exported to.
        delete_on_export (bool | None): Whether exported logs are removed from the server.
        is_bucket_deleted (bool | None): Whether the target bucket has been deleted since registration.
        is_registered (bool): Whether an export is registered for this log type.
        log_label (str): Display label of the log type.
        log_type (str): Log type the schedule applies to.
        schedule_day_of_month (None | str): Day of the month of a monthly export.
        schedule_day_of_week (LogExportConfigScheduleDayOfWeekType1 | LogExportConfigScheduleDayOfWeekType2Type1 |
            LogExportConfigScheduleDayOfWeekType3Type1 | None): Day of the week of a weekly export.
        schedule_frequency_type (None | str): How often the export runs.
        schedule_hour (None | str): Hour of the day at which the export runs.
    """

    bucket_name: None | str
    delete_on_export: bool | None
    is_bucket_deleted: bool | None
    is_registered: bool
    log_label: str
    log_type: str
    schedule_day_of_month: None | str
    schedule_day_of_week: (
        LogExportConfigScheduleDayOfWeekType1
        | LogExportConfigScheduleDayOfWeekType2Type1
        | LogExportConfigScheduleDayOfWeekType3Type1
        | None
    )
    schedule_frequency_type: None | str
    schedule_hour: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name: None | str
        bucket_name = self.bucket_name

        delete_on_export: bool | None
        delete_on_export = self.delete_on_export

        is_bucket_deleted: bool | None
        is_bucket_deleted = self.is_bucket_deleted

        is_registered = self.is_registered

        log_label = self.log_label

        log_type = self.log_type

        schedule_day_of_month: None | str
        schedule_day_of_month = self.schedule_day_of_month

        schedule_day_of_week: None | str
        if isinstance(self.schedule_day_of_week, LogExportConfigScheduleDayOfWeekType1):
            schedule_day_of_week = self.schedule_day_of_week.value
        elif isinstance(self.schedule_day_of_week, LogExportConfigScheduleDayOfWeekType2Type1):
            schedule_day_of_week = self.schedule_day_of_week.value
        elif isinstance(self.schedule_day_of_week, LogExportConfigScheduleDayOfWeekType3Type1):
            schedule_day_of_week = self.schedule_day_of_week.value
        else:
            schedule_day_of_week = self.schedule_day_of_week

        schedule_frequency_type: None | str
        schedule_frequency_type = self.schedule_frequency_type

        schedule_hour: None | str
        schedule_hour = self.schedule_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_name": bucket_name,
                "delete_on_export": delete_on_export,
                "is_bucket_deleted": is_bucket_deleted,
                "is_registered": is_registered,
                "log_label": log_label,
                "log_type": log_type,
                "schedule_day_of_month": schedule_day_of_month,
                "schedule_day_of_week": schedule_day_of_week,
                "schedule_frequency_type": schedule_frequency_type,
                "schedule_hour": schedule_hour,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_name: None | str = d.pop("bucket_name")

        delete_on_export: bool | None = d.pop("delete_on_export")

        is_bucket_deleted: bool | None = d.pop("is_bucket_deleted")

        is_registered = d.pop("is_registered")

        log_label = d.pop("log_label")

        log_type = d.pop("log_type")

        schedule_day_of_month: None | str = d.pop("schedule_day_of_month")

        def _parse_schedule_day_of_week(
            data: object,
        ) -> (
            LogExportConfigScheduleDayOfWeekType1
            | LogExportConfigScheduleDayOfWeekType2Type1
            | LogExportConfigScheduleDayOfWeekType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_day_of_week_type_1 = LogExportConfigScheduleDayOfWeekType1(data)

                return schedule_day_of_week_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_day_of_week_type_2_type_1 = LogExportConfigScheduleDayOfWeekType2Type1(data)

                return schedule_day_of_week_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_day_of_week_type_3_type_1 = LogExportConfigScheduleDayOfWeekType3Type1(data)

                return schedule_day_of_week_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LogExportConfigScheduleDayOfWeekType1
                | LogExportConfigScheduleDayOfWeekType2Type1
                | LogExportConfigScheduleDayOfWeekType3Type1
                | None,
                data,
            )

        schedule_day_of_week = _parse_schedule_day_of_week(d.pop("schedule_day_of_week"))

        schedule_frequency_type: None | str = d.pop("schedule_frequency_type")

        schedule_hour: None | str = d.pop("schedule_hour")

        log_export_config = cls(  # the fields in declaration order
            bucket_name,
            delete_on_export,
            is_bucket_deleted,
            is_registered,
            log_label,
            log_type,
            schedule_day_of_month,
            schedule_day_of_week,
            schedule_frequency_type,
            schedule_hour,
        )

        log_export_config.additional_properties = d
        return log_export_config

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
