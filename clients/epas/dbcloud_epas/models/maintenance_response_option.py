# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.starting_day_of_week import StartingDayOfWeek
from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="MaintenanceResponseOption")


class MaintenanceResponseOption(_Model):
    """Maintenance window of an existing cluster (reference 2.33).

    Attributes:
        period_hour (None | str): Length of the window in hours.
        starting_day_of_week (None | StartingDayOfWeek): Weekday on which the window opens.
        starting_time (None | str): Time of day at which the window opens.
        use_maintenance_option (bool | None): Whether a maintenance window is in use. Default: false.
    """

    __slots__ = (
        "period_hour",
        "starting_day_of_week",
        "starting_time",
        "use_maintenance_option",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "period_hour",
        "starting_day_of_week",
        "starting_time",
        "use_maintenance_option",
    )

    period_hour: None | str
    starting_day_of_week: None | StartingDayOfWeek
    starting_time: None | str
    use_maintenance_option: bool | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        period_hour: None | str = None,
        starting_day_of_week: None | StartingDayOfWeek = None,
        starting_time: None | str = None,
        use_maintenance_option: bool | None = None,
    ) -> None:
        self.period_hour = period_hour
        self.starting_day_of_week = starting_day_of_week
        self.starting_time = starting_time
        self.use_maintenance_option = use_maintenance_option
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.period_hour is not None:
            try:
                period_hour: None | str | Unset
                if isinstance(self.period_hour, Unset):
                    period_hour = UNSET
                else:
                    period_hour = self.period_hour
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                period_hour = _cast(Any, self.period_hour)
            field_dict["period_hour"] = period_hour
        elif "period_hour" in self._present:  # null in the reply: sent back as null
            field_dict["period_hour"] = None
        if self.starting_day_of_week is not None:
            try:
                starting_day_of_week: None | str | Unset
                if isinstance(self.starting_day_of_week, Unset):
                    starting_day_of_week = UNSET
                elif isinstance(self.starting_day_of_week, StartingDayOfWeek):
                    starting_day_of_week = self.starting_day_of_week.value
                else:
                    starting_day_of_week = self.starting_day_of_week
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                starting_day_of_week = _cast(Any, self.starting_day_of_week)
            field_dict["starting_day_of_week"] = starting_day_of_week
        elif "starting_day_of_week" in self._present:  # null in the reply: sent back as null
            field_dict["starting_day_of_week"] = None
        if self.starting_time is not None:
            try:
                starting_time: None | str | Unset
                if isinstance(self.starting_time, Unset):
                    starting_time = UNSET
                else:
                    starting_time = self.starting_time
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                starting_time = _cast(Any, self.starting_time)
            field_dict["starting_time"] = starting_time
        elif "starting_time" in self._present:  # null in the reply: sent back as null
            field_dict["starting_time"] = None
        if self.use_maintenance_option is not None:
            use_maintenance_option = self.use_maintenance_option
            field_dict["use_maintenance_option"] = use_maintenance_option
        elif "use_maintenance_option" in self._present:  # null in the reply: sent back as null
            field_dict["use_maintenance_option"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            period_hour: None | str | Unset = d.pop("period_hour", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            period_hour = _drift(cls, src_dict, "period_hour", src_dict.get("period_hour", UNSET), "string or null")

        try:

            def _parse_starting_day_of_week(data: object) -> None | StartingDayOfWeek | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    starting_day_of_week_type_0 = StartingDayOfWeek(data)

                    return starting_day_of_week_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | StartingDayOfWeek | Unset, data)

            starting_day_of_week = _parse_starting_day_of_week(d.pop("starting_day_of_week", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            starting_day_of_week = _drift(
                cls,
                src_dict,
                "starting_day_of_week",
                src_dict.get("starting_day_of_week", UNSET),
                "StartingDayOfWeek or null",
            )

        try:
            starting_time: None | str | Unset = d.pop("starting_time", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            starting_time = _drift(
                cls, src_dict, "starting_time", src_dict.get("starting_time", UNSET), "string or null"
            )

        use_maintenance_option = d.pop("use_maintenance_option", UNSET)
        if use_maintenance_option.__class__ is not bool and use_maintenance_option is not UNSET:
            use_maintenance_option = _drift(cls, src_dict, "use_maintenance_option", use_maintenance_option, "boolean")

        maintenance_response_option = cls(  # the fields in declaration order; absent members read as None
            None if period_hour is UNSET else period_hour,
            None if starting_day_of_week is UNSET else starting_day_of_week,
            None if starting_time is UNSET else starting_time,
            None if use_maintenance_option is UNSET else use_maintenance_option,
        )
        maintenance_response_option._present = frozenset(src_dict)

        maintenance_response_option.additional_properties = d
        return maintenance_response_option

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("period_hour", "period_hour"),
            ("starting_day_of_week", "starting_day_of_week"),
            ("starting_time", "starting_time"),
            ("use_maintenance_option", "use_maintenance_option"),
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
