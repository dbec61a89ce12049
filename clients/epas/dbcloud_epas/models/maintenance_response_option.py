# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.maintenance_response_option_starting_day_of_week_type_1 import (
    MaintenanceResponseOptionStartingDayOfWeekType1,
)
from ..models.maintenance_response_option_starting_day_of_week_type_2_type_1 import (
    MaintenanceResponseOptionStartingDayOfWeekType2Type1,
)
from ..models.maintenance_response_option_starting_day_of_week_type_3_type_1 import (
    MaintenanceResponseOptionStartingDayOfWeekType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaintenanceResponseOption")


@_attrs_define
class MaintenanceResponseOption:
    """Maintenance window of an existing cluster (reference 2.33).

    Attributes:
        period_hour (None | str | Unset): Length of the window in hours.
        starting_day_of_week (MaintenanceResponseOptionStartingDayOfWeekType1 |
            MaintenanceResponseOptionStartingDayOfWeekType2Type1 | MaintenanceResponseOptionStartingDayOfWeekType3Type1 |
            None | Unset): Weekday on which the window opens.
        starting_time (None | str | Unset): Time of day at which the window opens.
        use_maintenance_option (bool | Unset): Whether a maintenance window is in use. Default: false.
    """

    period_hour: None | str | Unset = UNSET
    starting_day_of_week: (
        MaintenanceResponseOptionStartingDayOfWeekType1
        | MaintenanceResponseOptionStartingDayOfWeekType2Type1
        | MaintenanceResponseOptionStartingDayOfWeekType3Type1
        | None
        | Unset
    ) = UNSET
    starting_time: None | str | Unset = UNSET
    use_maintenance_option: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            period_hour: None | str | Unset
            if isinstance(self.period_hour, Unset):
                period_hour = UNSET
            else:
                period_hour = self.period_hour
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            period_hour = _cast(Any, self.period_hour)

        try:
            starting_day_of_week: None | str | Unset
            if isinstance(self.starting_day_of_week, Unset):
                starting_day_of_week = UNSET
            elif isinstance(self.starting_day_of_week, MaintenanceResponseOptionStartingDayOfWeekType1):
                starting_day_of_week = self.starting_day_of_week.value
            elif isinstance(self.starting_day_of_week, MaintenanceResponseOptionStartingDayOfWeekType2Type1):
                starting_day_of_week = self.starting_day_of_week.value
            elif isinstance(self.starting_day_of_week, MaintenanceResponseOptionStartingDayOfWeekType3Type1):
                starting_day_of_week = self.starting_day_of_week.value
            else:
                starting_day_of_week = self.starting_day_of_week
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            starting_day_of_week = _cast(Any, self.starting_day_of_week)

        try:
            starting_time: None | str | Unset
            if isinstance(self.starting_time, Unset):
                starting_time = UNSET
            else:
                starting_time = self.starting_time
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            starting_time = _cast(Any, self.starting_time)

        use_maintenance_option = self.use_maintenance_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_hour is not UNSET:
            field_dict["period_hour"] = period_hour
        if starting_day_of_week is not UNSET:
            field_dict["starting_day_of_week"] = starting_day_of_week
        if starting_time is not UNSET:
            field_dict["starting_time"] = starting_time
        if use_maintenance_option is not UNSET:
            field_dict["use_maintenance_option"] = use_maintenance_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            period_hour: None | str | Unset = d.pop("period_hour", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            period_hour = _drift(cls, src_dict, "period_hour", src_dict.get("period_hour", UNSET), "string or null")

        try:

            def _parse_starting_day_of_week(
                data: object,
            ) -> (
                MaintenanceResponseOptionStartingDayOfWeekType1
                | MaintenanceResponseOptionStartingDayOfWeekType2Type1
                | MaintenanceResponseOptionStartingDayOfWeekType3Type1
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    starting_day_of_week_type_1 = MaintenanceResponseOptionStartingDayOfWeekType1(data)

                    return starting_day_of_week_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    starting_day_of_week_type_2_type_1 = MaintenanceResponseOptionStartingDayOfWeekType2Type1(data)

                    return starting_day_of_week_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    starting_day_of_week_type_3_type_1 = MaintenanceResponseOptionStartingDayOfWeekType3Type1(data)

                    return starting_day_of_week_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    MaintenanceResponseOptionStartingDayOfWeekType1
                    | MaintenanceResponseOptionStartingDayOfWeekType2Type1
                    | MaintenanceResponseOptionStartingDayOfWeekType3Type1
                    | None
                    | Unset,
                    data,
                )

            starting_day_of_week = _parse_starting_day_of_week(d.pop("starting_day_of_week", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            starting_day_of_week = _drift(
                cls,
                src_dict,
                "starting_day_of_week",
                src_dict.get("starting_day_of_week", UNSET),
                "null or MaintenanceResponseOptionStartingDayOfWeekType1 or MaintenanceResponseOptionStartingDayOfWeekType2Type1 or MaintenanceResponseOptionStartingDayOfWeekType3Type1",
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

        maintenance_response_option = cls(  # the fields in declaration order
            period_hour,
            starting_day_of_week,
            starting_time,
            use_maintenance_option,
        )

        maintenance_response_option.additional_properties = d
        return maintenance_response_option

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
