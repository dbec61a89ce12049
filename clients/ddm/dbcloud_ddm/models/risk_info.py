# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskInfo")


@_attrs_define
class RiskInfo:
    """A risk of the current kernel version.

    Attributes:
        instance_id (str | Unset): Instance ID.
        engine_name (str | Unset): Engine name.
        engine_version (str | Unset): Current engine version.
        level (int | Unset): Risk level.
        suggest (str | Unset): Why an upgrade is advised.
        influence (str | Unset): Impact of the upgrade.
        guidance (str | Unset): Link to guidance.
        service_impact_duration (str | Unset): How long the service is affected.
        upgrade_duration (str | Unset): How long the upgrade takes.
    """

    instance_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    level: int | Unset = UNSET
    suggest: str | Unset = UNSET
    influence: str | Unset = UNSET
    guidance: str | Unset = UNSET
    service_impact_duration: str | Unset = UNSET
    upgrade_duration: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        level = self.level

        suggest = self.suggest

        influence = self.influence

        guidance = self.guidance

        service_impact_duration = self.service_impact_duration

        upgrade_duration = self.upgrade_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if level is not UNSET:
            field_dict["level"] = level
        if suggest is not UNSET:
            field_dict["suggest"] = suggest
        if influence is not UNSET:
            field_dict["influence"] = influence
        if guidance is not UNSET:
            field_dict["guidance"] = guidance
        if service_impact_duration is not UNSET:
            field_dict["service_impact_duration"] = service_impact_duration
        if upgrade_duration is not UNSET:
            field_dict["upgrade_duration"] = upgrade_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        level = d.pop("level", UNSET)

        suggest = d.pop("suggest", UNSET)

        influence = d.pop("influence", UNSET)

        guidance = d.pop("guidance", UNSET)

        service_impact_duration = d.pop("service_impact_duration", UNSET)

        upgrade_duration = d.pop("upgrade_duration", UNSET)

        risk_info = cls(  # the fields in declaration order
            instance_id,
            engine_name,
            engine_version,
            level,
            suggest,
            influence,
            guidance,
            service_impact_duration,
            upgrade_duration,
        )

        risk_info.additional_properties = d
        return risk_info

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
