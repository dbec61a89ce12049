# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.schedule_day_of_week import ScheduleDayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogExportConfigCreateRequest")


class LogExportConfigCreateRequest(_Model):
    """Registration of a scheduled log export to a bucket (reference 2.28).

    Attributes:
        access_key (None | str): Access key used to write to the bucket.
        bucket_name (str): Bucket the logs are exported to.
        delete_on_export (bool | None): Whether exported logs are removed from the server.
        log_type (str): Log type to export.
        schedule_day_of_month (None | str): Day of the month of a monthly export (1 to 31, or -1).
        schedule_day_of_week (None | ScheduleDayOfWeek): Day of the week of a weekly export.
        schedule_frequency_type (None | str): How often the export runs.
        schedule_hour (None | str): Hour of the day (0 to 23) at which the export runs.
        secret_key (None | str): Secret key paired with the access key.
    """

    __slots__ = (
        "access_key",
        "bucket_name",
        "delete_on_export",
        "log_type",
        "schedule_day_of_month",
        "schedule_day_of_week",
        "schedule_frequency_type",
        "schedule_hour",
        "secret_key",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "access_key",
        "bucket_name",
        "delete_on_export",
        "log_type",
        "schedule_day_of_month",
        "schedule_day_of_week",
        "schedule_frequency_type",
        "schedule_hour",
        "secret_key",
    )

    access_key: None | str
    bucket_name: str
    delete_on_export: bool | None
    log_type: str
    schedule_day_of_month: None | str
    schedule_day_of_week: None | ScheduleDayOfWeek
    schedule_frequency_type: None | str
    schedule_hour: None | str
    secret_key: None | str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        access_key: None | str,
        bucket_name: str,
        delete_on_export: bool | None,
        log_type: str,
        schedule_day_of_month: None | str,
        schedule_day_of_week: None | ScheduleDayOfWeek,
        schedule_frequency_type: None | str,
        schedule_hour: None | str,
        secret_key: None | str,
    ) -> None:
        self.access_key = access_key
        self.bucket_name = bucket_name
        self.delete_on_export = delete_on_export
        self.log_type = log_type
        self.schedule_day_of_month = schedule_day_of_month
        self.schedule_day_of_week = schedule_day_of_week
        self.schedule_frequency_type = schedule_frequency_type
        self.schedule_hour = schedule_hour
        self.secret_key = secret_key
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            access_key: None | str
            access_key = self.access_key
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            access_key = _cast(Any, self.access_key)

        bucket_name = self.bucket_name

        try:
            delete_on_export: bool | None
            delete_on_export = self.delete_on_export
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            delete_on_export = _cast(Any, self.delete_on_export)

        log_type = self.log_type

        try:
            schedule_day_of_month: None | str
            schedule_day_of_month = self.schedule_day_of_month
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            schedule_day_of_month = _cast(Any, self.schedule_day_of_month)

        try:
            schedule_day_of_week: None | str
            if isinstance(self.schedule_day_of_week, ScheduleDayOfWeek):
                schedule_day_of_week = self.schedule_day_of_week.value
            else:
                schedule_day_of_week = self.schedule_day_of_week
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            schedule_day_of_week = _cast(Any, self.schedule_day_of_week)

        try:
            schedule_frequency_type: None | str
            schedule_frequency_type = self.schedule_frequency_type
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            schedule_frequency_type = _cast(Any, self.schedule_frequency_type)

        try:
            schedule_hour: None | str
            schedule_hour = self.schedule_hour
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            schedule_hour = _cast(Any, self.schedule_hour)

        try:
            secret_key: None | str
            secret_key = self.secret_key
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            secret_key = _cast(Any, self.secret_key)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_key": access_key,
                "bucket_name": bucket_name,
                "delete_on_export": delete_on_export,
                "log_type": log_type,
                "schedule_day_of_month": schedule_day_of_month,
                "schedule_day_of_week": schedule_day_of_week,
                "schedule_frequency_type": schedule_frequency_type,
                "schedule_hour": schedule_hour,
                "secret_key": secret_key,
            }
        )
        if isinstance(access_key, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["access_key"]
        if isinstance(bucket_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["bucket_name"]
        if isinstance(delete_on_export, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["delete_on_export"]
        if isinstance(log_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["log_type"]
        if isinstance(schedule_day_of_month, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["schedule_day_of_month"]
        if isinstance(schedule_day_of_week, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["schedule_day_of_week"]
        if isinstance(schedule_frequency_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["schedule_frequency_type"]
        if isinstance(schedule_hour, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["schedule_hour"]
        if isinstance(secret_key, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["secret_key"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            access_key: None | str = d.pop("access_key", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            access_key = _drift(cls, src_dict, "access_key", src_dict.get("access_key", UNSET), "string or null")

        bucket_name = d.pop("bucket_name", UNSET)
        if bucket_name.__class__ is not str:
            bucket_name = _drift(cls, src_dict, "bucket_name", bucket_name, "string")

        try:
            delete_on_export: bool | None = d.pop("delete_on_export", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            delete_on_export = _drift(
                cls, src_dict, "delete_on_export", src_dict.get("delete_on_export", UNSET), "boolean or null"
            )

        log_type = d.pop("log_type", UNSET)
        if log_type.__class__ is not str:
            log_type = _drift(cls, src_dict, "log_type", log_type, "string")

        try:
            schedule_day_of_month: None | str = d.pop("schedule_day_of_month", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_day_of_month = _drift(
                cls, src_dict, "schedule_day_of_month", src_dict.get("schedule_day_of_month", UNSET), "string or null"
            )

        try:

            def _parse_schedule_day_of_week(data: object) -> None | ScheduleDayOfWeek:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    schedule_day_of_week_type_0 = ScheduleDayOfWeek(data)

                    return schedule_day_of_week_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ScheduleDayOfWeek, data)

            schedule_day_of_week = _parse_schedule_day_of_week(d.pop("schedule_day_of_week", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_day_of_week = _drift(
                cls,
                src_dict,
                "schedule_day_of_week",
                src_dict.get("schedule_day_of_week", UNSET),
                "ScheduleDayOfWeek or null",
            )

        try:
            schedule_frequency_type: None | str = d.pop("schedule_frequency_type", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_frequency_type = _drift(
                cls,
                src_dict,
                "schedule_frequency_type",
                src_dict.get("schedule_frequency_type", UNSET),
                "string or null",
            )

        try:
            schedule_hour: None | str = d.pop("schedule_hour", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_hour = _drift(
                cls, src_dict, "schedule_hour", src_dict.get("schedule_hour", UNSET), "string or null"
            )

        try:
            secret_key: None | str = d.pop("secret_key", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            secret_key = _drift(cls, src_dict, "secret_key", src_dict.get("secret_key", UNSET), "string or null")

        log_export_config_create_request = cls(  # the fields in declaration order
            access_key,
            bucket_name,
            delete_on_export,
            log_type,
            schedule_day_of_month,
            schedule_day_of_week,
            schedule_frequency_type,
            schedule_hour,
            secret_key,
        )

        log_export_config_create_request.additional_properties = d
        return log_export_config_create_request

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
