# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkInfo")


@_attrs_define
class LinkInfo:
    """Link of an API version (table 4-3).

    Attributes:
        href (str | Unset): URL of the API.
        rel (str | Unset): Link relation; self means href points to this resource.
    """

    href: str | Unset = UNSET
    rel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if rel is not UNSET:
            field_dict["rel"] = rel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href", UNSET)
        if href.__class__ is not str and href is not UNSET:
            href = _drift(cls, src_dict, "href", href, "string")

        rel = d.pop("rel", UNSET)
        if rel.__class__ is not str and rel is not UNSET:
            rel = _drift(cls, src_dict, "rel", rel, "string")

        link_info = cls(  # the fields in declaration order
            href,
            rel,
        )

        link_info.additional_properties = d
        return link_info

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
