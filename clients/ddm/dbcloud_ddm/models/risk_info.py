# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="RiskInfo")


class RiskInfo(_Model):
    """A risk of the current kernel version.

    Attributes:
        instance_id (str | None): Instance ID.
        engine_name (str | None): Engine name.
        engine_version (str | None): Current engine version.
        level (int | None): Risk level.
        suggest (str | None): Why an upgrade is advised.
        influence (str | None): Impact of the upgrade.
        guidance (str | None): Link to guidance.
        service_impact_duration (str | None): How long the service is affected.
        upgrade_duration (str | None): How long the upgrade takes.
    """

    __slots__ = (
        "instance_id",
        "engine_name",
        "engine_version",
        "level",
        "suggest",
        "influence",
        "guidance",
        "service_impact_duration",
        "upgrade_duration",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance_id",
        "engine_name",
        "engine_version",
        "level",
        "suggest",
        "influence",
        "guidance",
        "service_impact_duration",
        "upgrade_duration",
    )

    instance_id: str | None
    engine_name: str | None
    engine_version: str | None
    level: int | None
    suggest: str | None
    influence: str | None
    guidance: str | None
    service_impact_duration: str | None
    upgrade_duration: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        instance_id: str | None = None,
        engine_name: str | None = None,
        engine_version: str | None = None,
        level: int | None = None,
        suggest: str | None = None,
        influence: str | None = None,
        guidance: str | None = None,
        service_impact_duration: str | None = None,
        upgrade_duration: str | None = None,
    ) -> None:
        self.instance_id = instance_id
        self.engine_name = engine_name
        self.engine_version = engine_version
        self.level = level
        self.suggest = suggest
        self.influence = influence
        self.guidance = guidance
        self.service_impact_duration = service_impact_duration
        self.upgrade_duration = upgrade_duration
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.instance_id is not None:
            instance_id = self.instance_id
            field_dict["instance_id"] = instance_id
        elif "instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["instance_id"] = None
        if self.engine_name is not None:
            engine_name = self.engine_name
            field_dict["engine_name"] = engine_name
        elif "engine_name" in self._present:  # null in the reply: sent back as null
            field_dict["engine_name"] = None
        if self.engine_version is not None:
            engine_version = self.engine_version
            field_dict["engine_version"] = engine_version
        elif "engine_version" in self._present:  # null in the reply: sent back as null
            field_dict["engine_version"] = None
        if self.level is not None:
            level = self.level
            field_dict["level"] = level
        elif "level" in self._present:  # null in the reply: sent back as null
            field_dict["level"] = None
        if self.suggest is not None:
            suggest = self.suggest
            field_dict["suggest"] = suggest
        elif "suggest" in self._present:  # null in the reply: sent back as null
            field_dict["suggest"] = None
        if self.influence is not None:
            influence = self.influence
            field_dict["influence"] = influence
        elif "influence" in self._present:  # null in the reply: sent back as null
            field_dict["influence"] = None
        if self.guidance is not None:
            guidance = self.guidance
            field_dict["guidance"] = guidance
        elif "guidance" in self._present:  # null in the reply: sent back as null
            field_dict["guidance"] = None
        if self.service_impact_duration is not None:
            service_impact_duration = self.service_impact_duration
            field_dict["service_impact_duration"] = service_impact_duration
        elif "service_impact_duration" in self._present:  # null in the reply: sent back as null
            field_dict["service_impact_duration"] = None
        if self.upgrade_duration is not None:
            upgrade_duration = self.upgrade_duration
            field_dict["upgrade_duration"] = upgrade_duration
        elif "upgrade_duration" in self._present:  # null in the reply: sent back as null
            field_dict["upgrade_duration"] = None
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

        risk_info = cls(  # the fields in declaration order; absent members read as None
            None if instance_id is UNSET else instance_id,
            None if engine_name is UNSET else engine_name,
            None if engine_version is UNSET else engine_version,
            None if level is UNSET else level,
            None if suggest is UNSET else suggest,
            None if influence is UNSET else influence,
            None if guidance is UNSET else guidance,
            None if service_impact_duration is UNSET else service_impact_duration,
            None if upgrade_duration is UNSET else upgrade_duration,
        )
        risk_info._present = frozenset(src_dict)

        risk_info.additional_properties = d
        return risk_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("instance_id", "instance_id"),
            ("engine_name", "engine_name"),
            ("engine_version", "engine_version"),
            ("level", "level"),
            ("suggest", "suggest"),
            ("influence", "influence"),
            ("guidance", "guidance"),
            ("service_impact_duration", "service_impact_duration"),
            ("upgrade_duration", "upgrade_duration"),
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
