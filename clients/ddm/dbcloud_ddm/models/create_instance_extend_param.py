# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.create_instance_extend_param_charge_mode import CreateInstanceExtendParamChargeMode
from ..models.create_instance_extend_param_is_auto_pay import CreateInstanceExtendParamIsAutoPay
from ..models.create_instance_extend_param_is_auto_renew import CreateInstanceExtendParamIsAutoRenew
from ..models.create_instance_extend_param_period_type import CreateInstanceExtendParamPeriodType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="CreateInstanceExtendParam")


class CreateInstanceExtendParam(_Model):
    """Billing options; only used for yearly/monthly instances (table 4-8).

    Attributes:
        charge_mode (CreateInstanceExtendParamChargeMode | Unset): Billing mode: prePaid (yearly/monthly) or postPaid
            (pay-per-use). Default: "postPaid".
        period_type (CreateInstanceExtendParamPeriodType | Unset): Unit of the subscription period; valid and mandatory
            when charge_mode is prePaid.
        period_num (int | Unset): Subscription length: 1 to 9 for month, 1 for year; valid and mandatory when
            charge_mode is prePaid.
        is_auto_renew (CreateInstanceExtendParamIsAutoRenew | Unset): Whether the subscription renews automatically when
            it expires (prePaid only); not renewed when omitted.
        is_auto_pay (CreateInstanceExtendParamIsAutoPay | Unset): Whether the order is paid automatically from the
            account balance (prePaid only); paid manually when omitted.
    """

    __slots__ = (
        "charge_mode",
        "period_type",
        "period_num",
        "is_auto_renew",
        "is_auto_pay",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "charge_mode",
        "period_type",
        "period_num",
        "is_auto_renew",
        "is_auto_pay",
    )

    charge_mode: CreateInstanceExtendParamChargeMode | Unset
    period_type: CreateInstanceExtendParamPeriodType | Unset
    period_num: int | Unset
    is_auto_renew: CreateInstanceExtendParamIsAutoRenew | Unset
    is_auto_pay: CreateInstanceExtendParamIsAutoPay | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        charge_mode: CreateInstanceExtendParamChargeMode | Unset = UNSET,
        period_type: CreateInstanceExtendParamPeriodType | Unset = UNSET,
        period_num: int | Unset = UNSET,
        is_auto_renew: CreateInstanceExtendParamIsAutoRenew | Unset = UNSET,
        is_auto_pay: CreateInstanceExtendParamIsAutoPay | Unset = UNSET,
    ) -> None:
        self.charge_mode = charge_mode
        self.period_type = period_type
        self.period_num = period_num
        self.is_auto_renew = is_auto_renew
        self.is_auto_pay = is_auto_pay
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            charge_mode: str | Unset = UNSET
            if not isinstance(self.charge_mode, Unset):
                charge_mode = self.charge_mode.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            charge_mode = _cast(Any, self.charge_mode)

        try:
            period_type: str | Unset = UNSET
            if not isinstance(self.period_type, Unset):
                period_type = self.period_type.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            period_type = _cast(Any, self.period_type)

        period_num = self.period_num

        try:
            is_auto_renew: str | Unset = UNSET
            if not isinstance(self.is_auto_renew, Unset):
                is_auto_renew = self.is_auto_renew.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            is_auto_renew = _cast(Any, self.is_auto_renew)

        try:
            is_auto_pay: str | Unset = UNSET
            if not isinstance(self.is_auto_pay, Unset):
                is_auto_pay = self.is_auto_pay.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            is_auto_pay = _cast(Any, self.is_auto_pay)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_mode is not UNSET:
            field_dict["charge_mode"] = charge_mode
        if period_type is not UNSET:
            field_dict["period_type"] = period_type
        if period_num is not UNSET:
            field_dict["period_num"] = period_num
        if is_auto_renew is not UNSET:
            field_dict["is_auto_renew"] = is_auto_renew
        if is_auto_pay is not UNSET:
            field_dict["is_auto_pay"] = is_auto_pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _charge_mode = d.pop("charge_mode", UNSET)
            charge_mode: CreateInstanceExtendParamChargeMode | Unset = (
                UNSET if _charge_mode is UNSET else enum_member(CreateInstanceExtendParamChargeMode, _charge_mode)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            charge_mode = _drift(
                cls, src_dict, "charge_mode", src_dict.get("charge_mode", UNSET), "CreateInstanceExtendParamChargeMode"
            )

        try:
            _period_type = d.pop("period_type", UNSET)
            period_type: CreateInstanceExtendParamPeriodType | Unset = (
                UNSET if _period_type is UNSET else enum_member(CreateInstanceExtendParamPeriodType, _period_type)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            period_type = _drift(
                cls, src_dict, "period_type", src_dict.get("period_type", UNSET), "CreateInstanceExtendParamPeriodType"
            )

        period_num = d.pop("period_num", UNSET)
        if period_num.__class__ is not int and period_num is not UNSET:
            period_num = _drift(cls, src_dict, "period_num", period_num, "integer")

        try:
            _is_auto_renew = d.pop("is_auto_renew", UNSET)
            is_auto_renew: CreateInstanceExtendParamIsAutoRenew | Unset = (
                UNSET if _is_auto_renew is UNSET else enum_member(CreateInstanceExtendParamIsAutoRenew, _is_auto_renew)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            is_auto_renew = _drift(
                cls,
                src_dict,
                "is_auto_renew",
                src_dict.get("is_auto_renew", UNSET),
                "CreateInstanceExtendParamIsAutoRenew",
            )

        try:
            _is_auto_pay = d.pop("is_auto_pay", UNSET)
            is_auto_pay: CreateInstanceExtendParamIsAutoPay | Unset = (
                UNSET if _is_auto_pay is UNSET else enum_member(CreateInstanceExtendParamIsAutoPay, _is_auto_pay)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            is_auto_pay = _drift(
                cls, src_dict, "is_auto_pay", src_dict.get("is_auto_pay", UNSET), "CreateInstanceExtendParamIsAutoPay"
            )

        create_instance_extend_param = cls(  # the fields in declaration order
            charge_mode,
            period_type,
            period_num,
            is_auto_renew,
            is_auto_pay,
        )

        create_instance_extend_param.additional_properties = d
        return create_instance_extend_param

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
