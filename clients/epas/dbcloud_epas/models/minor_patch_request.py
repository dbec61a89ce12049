# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinorPatchRequest")


class MinorPatchRequest(_Model):
    """Minor version upgrade of a cluster (reference 2.34).

    Attributes:
        backup_before_upgrade (bool): Whether to take a backup before upgrading.
        software_version (str): Engine software version to upgrade to.
    """

    __slots__ = (
        "backup_before_upgrade",
        "software_version",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "backup_before_upgrade",
        "software_version",
    )

    backup_before_upgrade: bool
    software_version: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        backup_before_upgrade: bool,
        software_version: str,
    ) -> None:
        self.backup_before_upgrade = backup_before_upgrade
        self.software_version = software_version
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        backup_before_upgrade = self.backup_before_upgrade

        software_version = self.software_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backup_before_upgrade": backup_before_upgrade,
                "software_version": software_version,
            }
        )
        if isinstance(backup_before_upgrade, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["backup_before_upgrade"]
        if isinstance(software_version, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["software_version"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_before_upgrade = d.pop("backup_before_upgrade", UNSET)
        if backup_before_upgrade.__class__ is not bool:
            backup_before_upgrade = _drift(cls, src_dict, "backup_before_upgrade", backup_before_upgrade, "boolean")

        software_version = d.pop("software_version", UNSET)
        if software_version.__class__ is not str:
            software_version = _drift(cls, src_dict, "software_version", software_version, "string")

        minor_patch_request = cls(  # the fields in declaration order
            backup_before_upgrade,
            software_version,
        )

        minor_patch_request.additional_properties = d
        return minor_patch_request

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
