# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="LinkInfo")


class LinkInfo(_Model):
    """Link of an API version (table 4-3).

    Attributes:
        href (str | None): URL of the API.
        rel (str | None): Link relation; self means href points to this resource.
    """

    __slots__ = (
        "href",
        "rel",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "href",
        "rel",
    )

    href: str | None
    rel: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        href: str | None = None,
        rel: str | None = None,
    ) -> None:
        self.href = href
        self.rel = rel
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.href is not None:
            href = self.href
            field_dict["href"] = href
        elif "href" in self._present:  # null in the reply: sent back as null
            field_dict["href"] = None
        if self.rel is not None:
            rel = self.rel
            field_dict["rel"] = rel
        elif "rel" in self._present:  # null in the reply: sent back as null
            field_dict["rel"] = None
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

        link_info = cls(  # the fields in declaration order; absent members read as None
            None if href is UNSET else href,
            None if rel is UNSET else rel,
        )
        link_info._present = frozenset(src_dict)

        link_info.additional_properties = d
        return link_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("href", "href"),
            ("rel", "rel"),
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
