# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.schedule_day_of_week import ScheduleDayOfWeek
from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="LogExportConfig")


class LogExportConfig(_Model):
    """Export schedule of one log type to an object storage bucket (reference 2.27).

    Attributes:
        bucket_name (None | str): Bucket the logs are exported to.
        delete_on_export (bool | None): Whether exported logs are removed from the server.
        is_bucket_deleted (bool | None): Whether the target bucket has been deleted since registration.
        is_registered (bool): Whether an export is registered for this log type.
        log_label (str): Display label of the log type.
        log_type (str): Log type the schedule applies to.
        schedule_day_of_month (None | str): Day of the month of a monthly export.
        schedule_day_of_week (None | ScheduleDayOfWeek): Day of the week of a weekly export.
        schedule_frequency_type (None | str): How often the export runs.
        schedule_hour (None | str): Hour of the day at which the export runs.
    """

    __slots__ = (
        "bucket_name",
        "delete_on_export",
        "is_bucket_deleted",
        "is_registered",
        "log_label",
        "log_type",
        "schedule_day_of_month",
        "schedule_day_of_week",
        "schedule_frequency_type",
        "schedule_hour",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "bucket_name",
        "delete_on_export",
        "is_bucket_deleted",
        "is_registered",
        "log_label",
        "log_type",
        "schedule_day_of_month",
        "schedule_day_of_week",
        "schedule_frequency_type",
        "schedule_hour",
    )

    bucket_name: None | str
    delete_on_export: bool | None
    is_bucket_deleted: bool | None
    is_registered: bool
    log_label: str
    log_type: str
    schedule_day_of_month: None | str
    schedule_day_of_week: None | ScheduleDayOfWeek
    schedule_frequency_type: None | str
    schedule_hour: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        bucket_name: None | str,
        delete_on_export: bool | None,
        is_bucket_deleted: bool | None,
        is_registered: bool,
        log_label: str,
        log_type: str,
        schedule_day_of_month: None | str,
        schedule_day_of_week: None | ScheduleDayOfWeek,
        schedule_frequency_type: None | str,
        schedule_hour: None | str,
    ) -> None:
        self.bucket_name = bucket_name
        self.delete_on_export = delete_on_export
        self.is_bucket_deleted = is_bucket_deleted
        self.is_registered = is_registered
        self.log_label = log_label
        self.log_type = log_type
        self.schedule_day_of_month = schedule_day_of_month
        self.schedule_day_of_week = schedule_day_of_week
        self.schedule_frequency_type = schedule_frequency_type
        self.schedule_hour = schedule_hour
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.bucket_name is not None:
            try:
                bucket_name: None | str
                bucket_name = self.bucket_name
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                bucket_name = _cast(Any, self.bucket_name)
            field_dict["bucket_name"] = bucket_name
        elif "bucket_name" in self._present:  # null in the reply: sent back as null
            field_dict["bucket_name"] = None
        if self.delete_on_export is not None:
            try:
                delete_on_export: bool | None
                delete_on_export = self.delete_on_export
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                delete_on_export = _cast(Any, self.delete_on_export)
            field_dict["delete_on_export"] = delete_on_export
        elif "delete_on_export" in self._present:  # null in the reply: sent back as null
            field_dict["delete_on_export"] = None
        if self.is_bucket_deleted is not None:
            try:
                is_bucket_deleted: bool | None
                is_bucket_deleted = self.is_bucket_deleted
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                is_bucket_deleted = _cast(Any, self.is_bucket_deleted)
            field_dict["is_bucket_deleted"] = is_bucket_deleted
        elif "is_bucket_deleted" in self._present:  # null in the reply: sent back as null
            field_dict["is_bucket_deleted"] = None
        if self.is_registered is not None:
            is_registered = self.is_registered
            field_dict["is_registered"] = is_registered
        elif "is_registered" in self._present:  # null in the reply: sent back as null
            field_dict["is_registered"] = None
        if self.log_label is not None:
            log_label = self.log_label
            field_dict["log_label"] = log_label
        elif "log_label" in self._present:  # null in the reply: sent back as null
            field_dict["log_label"] = None
        if self.log_type is not None:
            log_type = self.log_type
            field_dict["log_type"] = log_type
        elif "log_type" in self._present:  # null in the reply: sent back as null
            field_dict["log_type"] = None
        if self.schedule_day_of_month is not None:
            try:
                schedule_day_of_month: None | str
                schedule_day_of_month = self.schedule_day_of_month
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                schedule_day_of_month = _cast(Any, self.schedule_day_of_month)
            field_dict["schedule_day_of_month"] = schedule_day_of_month
        elif "schedule_day_of_month" in self._present:  # null in the reply: sent back as null
            field_dict["schedule_day_of_month"] = None
        if self.schedule_day_of_week is not None:
            try:
                schedule_day_of_week: None | str
                if isinstance(self.schedule_day_of_week, ScheduleDayOfWeek):
                    schedule_day_of_week = self.schedule_day_of_week.value
                else:
                    schedule_day_of_week = self.schedule_day_of_week
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                schedule_day_of_week = _cast(Any, self.schedule_day_of_week)
            field_dict["schedule_day_of_week"] = schedule_day_of_week
        elif "schedule_day_of_week" in self._present:  # null in the reply: sent back as null
            field_dict["schedule_day_of_week"] = None
        if self.schedule_frequency_type is not None:
            try:
                schedule_frequency_type: None | str
                schedule_frequency_type = self.schedule_frequency_type
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                schedule_frequency_type = _cast(Any, self.schedule_frequency_type)
            field_dict["schedule_frequency_type"] = schedule_frequency_type
        elif "schedule_frequency_type" in self._present:  # null in the reply: sent back as null
            field_dict["schedule_frequency_type"] = None
        if self.schedule_hour is not None:
            try:
                schedule_hour: None | str
                schedule_hour = self.schedule_hour
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                schedule_hour = _cast(Any, self.schedule_hour)
            field_dict["schedule_hour"] = schedule_hour
        elif "schedule_hour" in self._present:  # null in the reply: sent back as null
            field_dict["schedule_hour"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            bucket_name: None | str = d.pop("bucket_name", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            bucket_name = _drift(
                cls,
                src_dict,
                "bucket_name",
                src_dict.get("bucket_name"),
                "string or null",
                None if "bucket_name" in src_dict else "missing",
            )

        try:
            delete_on_export: bool | None = d.pop("delete_on_export", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            delete_on_export = _drift(
                cls,
                src_dict,
                "delete_on_export",
                src_dict.get("delete_on_export"),
                "boolean or null",
                None if "delete_on_export" in src_dict else "missing",
            )

        try:
            is_bucket_deleted: bool | None = d.pop("is_bucket_deleted", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            is_bucket_deleted = _drift(
                cls,
                src_dict,
                "is_bucket_deleted",
                src_dict.get("is_bucket_deleted"),
                "boolean or null",
                None if "is_bucket_deleted" in src_dict else "missing",
            )

        is_registered = d.pop("is_registered", UNSET)
        if is_registered.__class__ is not bool:
            is_registered = _drift(cls, src_dict, "is_registered", is_registered, "boolean")

        log_label = d.pop("log_label", UNSET)
        if log_label.__class__ is not str:
            log_label = _drift(cls, src_dict, "log_label", log_label, "string")

        log_type = d.pop("log_type", UNSET)
        if log_type.__class__ is not str:
            log_type = _drift(cls, src_dict, "log_type", log_type, "string")

        try:
            schedule_day_of_month: None | str = d.pop("schedule_day_of_month", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_day_of_month = _drift(
                cls,
                src_dict,
                "schedule_day_of_month",
                src_dict.get("schedule_day_of_month"),
                "string or null",
                None if "schedule_day_of_month" in src_dict else "missing",
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

            schedule_day_of_week = _parse_schedule_day_of_week(d.pop("schedule_day_of_week", None))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_day_of_week = _drift(
                cls,
                src_dict,
                "schedule_day_of_week",
                src_dict.get("schedule_day_of_week"),
                "ScheduleDayOfWeek or null",
                None if "schedule_day_of_week" in src_dict else "missing",
            )

        try:
            schedule_frequency_type: None | str = d.pop("schedule_frequency_type", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_frequency_type = _drift(
                cls,
                src_dict,
                "schedule_frequency_type",
                src_dict.get("schedule_frequency_type"),
                "string or null",
                None if "schedule_frequency_type" in src_dict else "missing",
            )

        try:
            schedule_hour: None | str = d.pop("schedule_hour", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            schedule_hour = _drift(
                cls,
                src_dict,
                "schedule_hour",
                src_dict.get("schedule_hour"),
                "string or null",
                None if "schedule_hour" in src_dict else "missing",
            )

        log_export_config = cls(  # the fields in declaration order; absent members read as None
            bucket_name,
            delete_on_export,
            is_bucket_deleted,
            _MISSING if is_registered is UNSET else is_registered,
            _MISSING if log_label is UNSET else log_label,
            _MISSING if log_type is UNSET else log_type,
            schedule_day_of_month,
            schedule_day_of_week,
            schedule_frequency_type,
            schedule_hour,
        )
        log_export_config._present = frozenset(src_dict)

        log_export_config.additional_properties = d
        return log_export_config

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("bucket_name", "bucket_name"),
            ("delete_on_export", "delete_on_export"),
            ("is_bucket_deleted", "is_bucket_deleted"),
            ("is_registered", "is_registered"),
            ("log_label", "log_label"),
            ("log_type", "log_type"),
            ("schedule_day_of_month", "schedule_day_of_month"),
            ("schedule_day_of_week", "schedule_day_of_week"),
            ("schedule_frequency_type", "schedule_frequency_type"),
            ("schedule_hour", "schedule_hour"),
        )
        return frozenset(attr for member, attr in names if member in self._present or getattr(self, attr) is not None)

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
