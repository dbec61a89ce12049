# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ListDatabaseAvailableVersionsResponse")


class ListDatabaseAvailableVersionsResponse(_Model):
    """Kernel versions the instance can change to.

    Attributes:
        versions (list[str] | None): Versions the instance can change to.
        current_version (str | None): Current kernel version.
        latest_version (str | None): Latest recommended version that can be changed to.
        current_favored_version (str | None): Recommended version of the current series, e.g. 3.0.8.5 for 3.0.8.
        previous_version (str | None): Version before the latest upgrade.
    """

    __slots__ = (
        "versions",
        "current_version",
        "latest_version",
        "current_favored_version",
        "previous_version",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "versions",
        "current_version",
        "latest_version",
        "current_favored_version",
        "previous_version",
    )

    versions: list[str] | None
    current_version: str | None
    latest_version: str | None
    current_favored_version: str | None
    previous_version: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        versions: list[str] | None = None,
        current_version: str | None = None,
        latest_version: str | None = None,
        current_favored_version: str | None = None,
        previous_version: str | None = None,
    ) -> None:
        self.versions = versions
        self.current_version = current_version
        self.latest_version = latest_version
        self.current_favored_version = current_favored_version
        self.previous_version = previous_version
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.versions is not None:
            try:
                versions: list[str] | Unset = UNSET
                if not isinstance(self.versions, Unset):
                    versions = self.versions

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                versions = _cast(Any, self.versions)
            field_dict["versions"] = versions
        elif "versions" in self._present:  # null in the reply: sent back as null
            field_dict["versions"] = None
        if self.current_version is not None:
            current_version = self.current_version
            field_dict["current_version"] = current_version
        elif "current_version" in self._present:  # null in the reply: sent back as null
            field_dict["current_version"] = None
        if self.latest_version is not None:
            latest_version = self.latest_version
            field_dict["latest_version"] = latest_version
        elif "latest_version" in self._present:  # null in the reply: sent back as null
            field_dict["latest_version"] = None
        if self.current_favored_version is not None:
            current_favored_version = self.current_favored_version
            field_dict["current_favored_version"] = current_favored_version
        elif "current_favored_version" in self._present:  # null in the reply: sent back as null
            field_dict["current_favored_version"] = None
        if self.previous_version is not None:
            previous_version = self.previous_version
            field_dict["previous_version"] = previous_version
        elif "previous_version" in self._present:  # null in the reply: sent back as null
            field_dict["previous_version"] = None
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

        list_database_available_versions_response = cls(  # the fields in declaration order; absent members read as None
            None if versions is UNSET else versions,
            None if current_version is UNSET else current_version,
            None if latest_version is UNSET else latest_version,
            None if current_favored_version is UNSET else current_favored_version,
            None if previous_version is UNSET else previous_version,
        )
        list_database_available_versions_response._present = frozenset(src_dict)

        list_database_available_versions_response.additional_properties = d
        return list_database_available_versions_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("versions", "versions"),
            ("current_version", "current_version"),
            ("latest_version", "latest_version"),
            ("current_favored_version", "current_favored_version"),
            ("previous_version", "previous_version"),
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
