# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.api_version_status import ApiVersionStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ApiVersion")


class ApiVersion(_Model):
    """One API version (table 4-2).

    Attributes:
        id (str | None): API version identifier, such as v1 or v3.
        links (list[LinkInfo] | None): Links of the version; empty for v1 and v3.
        status (ApiVersionStatus | None): Version status: CURRENT (recommended), SUPPORTED (older but still supported),
            DEPRECATED (may be removed later).
        version (str | None): Highest supported microversion; empty when the version has no microversions.
        updated (datetime.datetime | None): Time the version was last updated, UTC (yyyy-mm-ddThh:mm:ssZ).
    """

    __slots__ = (
        "id",
        "links",
        "status",
        "version",
        "updated",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "links",
        "status",
        "version",
        "updated",
    )

    id: str | None
    links: list[LinkInfo] | None
    status: ApiVersionStatus | None
    version: str | None
    updated: datetime.datetime | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        links: list[LinkInfo] | None = None,
        status: ApiVersionStatus | None = None,
        version: str | None = None,
        updated: datetime.datetime | None = None,
    ) -> None:
        self.id = id
        self.links = links
        self.status = status
        self.version = version
        self.updated = updated
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.links is not None:
            try:
                links: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.links, Unset):
                    links = []
                    for links_item_data in self.links:
                        links_item = links_item_data.to_dict()
                        links.append(links_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                links = _cast(Any, self.links)
            field_dict["links"] = links
        elif "links" in self._present:  # null in the reply: sent back as null
            field_dict["links"] = None
        if self.status is not None:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.version is not None:
            version = self.version
            field_dict["version"] = version
        elif "version" in self._present:  # null in the reply: sent back as null
            field_dict["version"] = None
        if self.updated is not None:
            try:
                updated: str | Unset = UNSET
                if not isinstance(self.updated, Unset):
                    updated = self.updated.isoformat()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                updated = _cast(Any, self.updated)
            field_dict["updated"] = updated
        elif "updated" in self._present:  # null in the reply: sent back as null
            field_dict["updated"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("links").__class__ is not list:
                _links = d.pop("links", UNSET)
                links: list[LinkInfo] | Unset = UNSET
                if _links is not UNSET:
                    links = []
                    for links_item_data in _links:
                        links_item = LinkInfo.from_dict(links_item_data)

                        links.append(links_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                links = _LazyList(d.pop("links"), LinkInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            links = _drift(cls, src_dict, "links", src_dict.get("links", UNSET), "array")

        try:
            _status = d.pop("status", UNSET)
            status: ApiVersionStatus | Unset = UNSET if _status is UNSET else enum_member(ApiVersionStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "ApiVersionStatus")

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _drift(cls, src_dict, "version", version, "string")

        try:
            _updated = d.pop("updated", UNSET)
            updated: datetime.datetime | Unset
            if isinstance(_updated, Unset):
                updated = UNSET
            else:
                updated = datetime.datetime.fromisoformat(_updated)

            if isinstance(updated, datetime.datetime) and updated.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "updated",
                    src_dict.get("updated"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            updated = _drift(cls, src_dict, "updated", src_dict.get("updated", UNSET), "date-time")

        api_version = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if links is UNSET else links,
            None if status is UNSET else status,
            None if version is UNSET else version,
            None if updated is UNSET else updated,
        )
        api_version._present = frozenset(src_dict)

        api_version.additional_properties = d
        return api_version

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("links", "links"),
            ("status", "status"),
            ("version", "version"),
            ("updated", "updated"),
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


# Last, so that circular references between models find this module's class already defined.
from ..models.link_info import LinkInfo  # noqa: E402
