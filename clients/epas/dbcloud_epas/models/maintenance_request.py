# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.maintenance_request_start_day_of_week import MaintenanceRequestStartDayOfWeek
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="MaintenanceRequest")


class MaintenanceRequest(_Model):
    """Maintenance window to set on a cluster (reference 2.32).

    Attributes:
        start_day_of_week (MaintenanceRequestStartDayOfWeek): Weekday on which the window opens.
        start_minute (str): Minute of the hour at which the window opens.
        start_time (str): Start time of the window, read together with start_minute.
        term_hour (str): Length of the window in hours (0.5 to 24, whole or half hours up to 5.5).
    """

    __slots__ = (
        "start_day_of_week",
        "start_minute",
        "start_time",
        "term_hour",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "start_day_of_week",
        "start_minute",
        "start_time",
        "term_hour",
    )

    start_day_of_week: MaintenanceRequestStartDayOfWeek
    start_minute: str
    start_time: str
    term_hour: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        start_day_of_week: MaintenanceRequestStartDayOfWeek,
        start_minute: str,
        start_time: str,
        term_hour: str,
    ) -> None:
        self.start_day_of_week = start_day_of_week
        self.start_minute = start_minute
        self.start_time = start_time
        self.term_hour = term_hour
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            start_day_of_week = self.start_day_of_week.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            start_day_of_week = _cast(Any, self.start_day_of_week)

        start_minute = self.start_minute

        start_time = self.start_time

        term_hour = self.term_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_day_of_week": start_day_of_week,
                "start_minute": start_minute,
                "start_time": start_time,
                "term_hour": term_hour,
            }
        )
        if isinstance(start_day_of_week, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["start_day_of_week"]
        if isinstance(start_minute, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["start_minute"]
        if isinstance(start_time, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["start_time"]
        if isinstance(term_hour, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["term_hour"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            start_day_of_week = enum_member(MaintenanceRequestStartDayOfWeek, d.pop("start_day_of_week", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            start_day_of_week = _drift(
                cls,
                src_dict,
                "start_day_of_week",
                src_dict.get("start_day_of_week", UNSET),
                "MaintenanceRequestStartDayOfWeek",
            )

        start_minute = d.pop("start_minute", UNSET)
        if start_minute.__class__ is not str:
            start_minute = _drift(cls, src_dict, "start_minute", start_minute, "string")

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not str:
            start_time = _drift(cls, src_dict, "start_time", start_time, "string")

        term_hour = d.pop("term_hour", UNSET)
        if term_hour.__class__ is not str:
            term_hour = _drift(cls, src_dict, "term_hour", term_hour, "string")

        maintenance_request = cls(  # the fields in declaration order
            start_day_of_week,
            start_minute,
            start_time,
            term_hour,
        )

        maintenance_request.additional_properties = d
        return maintenance_request

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
