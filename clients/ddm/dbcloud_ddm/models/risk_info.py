# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

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
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        engine_name = d.pop("engine_name", UNSET)
        if engine_name.__class__ is not str and engine_name is not UNSET:
            engine_name = _drift(cls, src_dict, "engine_name", engine_name, "string")

        engine_version = d.pop("engine_version", UNSET)
        if engine_version.__class__ is not str and engine_version is not UNSET:
            engine_version = _drift(cls, src_dict, "engine_version", engine_version, "string")

        level = d.pop("level", UNSET)
        if level.__class__ is not int and level is not UNSET:
            level = _drift(cls, src_dict, "level", level, "integer")

        suggest = d.pop("suggest", UNSET)
        if suggest.__class__ is not str and suggest is not UNSET:
            suggest = _drift(cls, src_dict, "suggest", suggest, "string")

        influence = d.pop("influence", UNSET)
        if influence.__class__ is not str and influence is not UNSET:
            influence = _drift(cls, src_dict, "influence", influence, "string")

        guidance = d.pop("guidance", UNSET)
        if guidance.__class__ is not str and guidance is not UNSET:
            guidance = _drift(cls, src_dict, "guidance", guidance, "string")

        service_impact_duration = d.pop("service_impact_duration", UNSET)
        if service_impact_duration.__class__ is not str and service_impact_duration is not UNSET:
            service_impact_duration = _drift(
                cls, src_dict, "service_impact_duration", service_impact_duration, "string"
            )

        upgrade_duration = d.pop("upgrade_duration", UNSET)
        if upgrade_duration.__class__ is not str and upgrade_duration is not UNSET:
            upgrade_duration = _drift(cls, src_dict, "upgrade_duration", upgrade_duration, "string")

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
