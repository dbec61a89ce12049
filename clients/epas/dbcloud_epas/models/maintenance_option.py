# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.starting_day_of_week import StartingDayOfWeek
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="MaintenanceOption")


class MaintenanceOption(_Model):
    """Maintenance window requested for a cluster (reference 2.31).

    Attributes:
        period_hour (str | Unset): Length of the window in hours (0.5 to 24, whole or half hours up to 5.5).
        starting_day_of_week (StartingDayOfWeek | Unset):
        starting_time (str | Unset): Time of day at which the window opens.
    """

    __slots__ = (
        "period_hour",
        "starting_day_of_week",
        "starting_time",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "period_hour",
        "starting_day_of_week",
        "starting_time",
    )

    period_hour: str | Unset
    starting_day_of_week: StartingDayOfWeek | Unset
    starting_time: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        period_hour: str | Unset = UNSET,
        starting_day_of_week: StartingDayOfWeek | Unset = UNSET,
        starting_time: str | Unset = UNSET,
    ) -> None:
        self.period_hour = period_hour
        self.starting_day_of_week = starting_day_of_week
        self.starting_time = starting_time
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        period_hour = self.period_hour

        try:
            starting_day_of_week: str | Unset = UNSET
            if not isinstance(self.starting_day_of_week, Unset):
                starting_day_of_week = self.starting_day_of_week.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            starting_day_of_week = _cast(Any, self.starting_day_of_week)

        starting_time = self.starting_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_hour is not UNSET:
            field_dict["period_hour"] = period_hour
        if starting_day_of_week is not UNSET:
            field_dict["starting_day_of_week"] = starting_day_of_week
        if starting_time is not UNSET:
            field_dict["starting_time"] = starting_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_hour = d.pop("period_hour", UNSET)
        if period_hour.__class__ is not str and period_hour is not UNSET:
            period_hour = _drift(cls, src_dict, "period_hour", period_hour, "string")

        try:
            _starting_day_of_week = d.pop("starting_day_of_week", UNSET)
            starting_day_of_week: StartingDayOfWeek | Unset = (
                UNSET if _starting_day_of_week is UNSET else enum_member(StartingDayOfWeek, _starting_day_of_week)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            starting_day_of_week = _drift(
                cls, src_dict, "starting_day_of_week", src_dict.get("starting_day_of_week", UNSET), "StartingDayOfWeek"
            )

        starting_time = d.pop("starting_time", UNSET)
        if starting_time.__class__ is not str and starting_time is not UNSET:
            starting_time = _drift(cls, src_dict, "starting_time", starting_time, "string")

        maintenance_option = cls(  # the fields in declaration order
            period_hour,
            starting_day_of_week,
            starting_time,
        )

        maintenance_option.additional_properties = d
        return maintenance_option

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
