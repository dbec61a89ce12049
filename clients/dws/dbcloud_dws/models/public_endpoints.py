# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="PublicEndpoints")


class PublicEndpoints(_Model):
    """Public connection data of a cluster (Tables 5-13, 5-20).

    Attributes:
        public_connect_info (str | None): Public host name or address.
        jdbc_url (str | None): Public JDBC URL, by default jdbc:postgresql://<public_connect_info>/<YOUR_DATABASE_name>.
    """

    __slots__ = (
        "public_connect_info",
        "jdbc_url",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "public_connect_info",
        "jdbc_url",
    )

    public_connect_info: str | None
    jdbc_url: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        public_connect_info: str | None = None,
        jdbc_url: str | None = None,
    ) -> None:
        self.public_connect_info = public_connect_info
        self.jdbc_url = jdbc_url
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.public_connect_info is not None:
            public_connect_info = self.public_connect_info
            field_dict["public_connect_info"] = public_connect_info
        elif "public_connect_info" in self._present:  # null in the reply: sent back as null
            field_dict["public_connect_info"] = None
        if self.jdbc_url is not None:
            jdbc_url = self.jdbc_url
            field_dict["jdbc_url"] = jdbc_url
        elif "jdbc_url" in self._present:  # null in the reply: sent back as null
            field_dict["jdbc_url"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        public_connect_info = d.pop("public_connect_info", UNSET)
        if public_connect_info.__class__ is not str and public_connect_info is not UNSET:
            public_connect_info = _drift(cls, src_dict, "public_connect_info", public_connect_info, "string")

        jdbc_url = d.pop("jdbc_url", UNSET)
        if jdbc_url.__class__ is not str and jdbc_url is not UNSET:
            jdbc_url = _drift(cls, src_dict, "jdbc_url", jdbc_url, "string")

        public_endpoints = cls(  # the fields in declaration order; absent members read as None
            None if public_connect_info is UNSET else public_connect_info,
            None if jdbc_url is UNSET else jdbc_url,
        )
        public_endpoints._present = frozenset(src_dict)

        public_endpoints.additional_properties = d
        return public_endpoints

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("public_connect_info", "public_connect_info"),
            ("jdbc_url", "jdbc_url"),
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
