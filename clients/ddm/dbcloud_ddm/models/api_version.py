# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.api_version_status import ApiVersionStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiVersion")


@_attrs_define
class ApiVersion:
    """One API version (table 4-2).

    Attributes:
        id (str | Unset): API version identifier, such as v1 or v3.
        links (list[LinkInfo] | Unset): Links of the version; empty for v1 and v3.
        status (ApiVersionStatus | Unset): Version status: CURRENT (recommended), SUPPORTED (older but still supported),
            DEPRECATED (may be removed later).
        version (str | Unset): Highest supported microversion; empty when the version has no microversions.
        updated (datetime.datetime | Unset): Time the version was last updated, UTC (yyyy-mm-ddThh:mm:ssZ).
    """

    id: str | Unset = UNSET
    links: list[LinkInfo] | Unset = UNSET
    status: ApiVersionStatus | Unset = UNSET
    version: str | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            links: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.links, Unset):
                links = []
                for links_item_data in self.links:
                    links_item = links_item_data.to_dict()
                    links.append(links_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            links = _cast(Any, self.links)

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        version = self.version

        try:
            updated: str | Unset = UNSET
            if not isinstance(self.updated, Unset):
                updated = self.updated.isoformat()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            updated = _cast(Any, self.updated)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        try:
            _links = d.pop("links", UNSET)
            links: list[LinkInfo] | Unset = UNSET
            if _links is not UNSET:
                links = []
                for links_item_data in _links:
                    links_item = LinkInfo.from_dict(links_item_data)

                    links.append(links_item)

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

        api_version = cls(  # the fields in declaration order
            id,
            links,
            status,
            version,
            updated,
        )

        api_version.additional_properties = d
        return api_version

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
