# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDatabaseAvailableVersionsResponse")


@_attrs_define
class ListDatabaseAvailableVersionsResponse:
    """Kernel versions the instance can change to.

    Attributes:
        versions (list[str] | Unset): Versions the instance can change to.
        current_version (str | Unset): Current kernel version.
        latest_version (str | Unset): Latest recommended version that can be changed to.
        current_favored_version (str | Unset): Recommended version of the current series, e.g. 3.0.8.5 for 3.0.8.
        previous_version (str | Unset): Version before the latest upgrade.
    """

    versions: list[str] | Unset = UNSET
    current_version: str | Unset = UNSET
    latest_version: str | Unset = UNSET
    current_favored_version: str | Unset = UNSET
    previous_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            versions: list[str] | Unset = UNSET
            if not isinstance(self.versions, Unset):
                versions = self.versions

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            versions = _cast(Any, self.versions)

        current_version = self.current_version

        latest_version = self.latest_version

        current_favored_version = self.current_favored_version

        previous_version = self.previous_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if versions is not UNSET:
            field_dict["versions"] = versions
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        if current_favored_version is not UNSET:
            field_dict["current_favored_version"] = current_favored_version
        if previous_version is not UNSET:
            field_dict["previous_version"] = previous_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        versions = d.pop("versions", UNSET)
        if versions.__class__ is not list and versions is not UNSET:
            versions = _drift(cls, src_dict, "versions", versions, "array")

        current_version = d.pop("current_version", UNSET)
        if current_version.__class__ is not str and current_version is not UNSET:
            current_version = _drift(cls, src_dict, "current_version", current_version, "string")

        latest_version = d.pop("latest_version", UNSET)
        if latest_version.__class__ is not str and latest_version is not UNSET:
            latest_version = _drift(cls, src_dict, "latest_version", latest_version, "string")

        current_favored_version = d.pop("current_favored_version", UNSET)
        if current_favored_version.__class__ is not str and current_favored_version is not UNSET:
            current_favored_version = _drift(
                cls, src_dict, "current_favored_version", current_favored_version, "string"
            )

        previous_version = d.pop("previous_version", UNSET)
        if previous_version.__class__ is not str and previous_version is not UNSET:
            previous_version = _drift(cls, src_dict, "previous_version", previous_version, "string")

        list_database_available_versions_response = cls(  # the fields in declaration order
            versions,
            current_version,
            latest_version,
            current_favored_version,
            previous_version,
        )

        list_database_available_versions_response.additional_properties = d
        return list_database_available_versions_response

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
