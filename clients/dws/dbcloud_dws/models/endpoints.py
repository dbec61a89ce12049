# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="Endpoints")


@_attrs_define
class Endpoints:
    """Private-network connection data of a cluster (Tables 5-14, 5-21).

    Attributes:
        connect_info (str): Private host name or address.
        jdbc_url (str): Private JDBC URL, by default jdbc:postgresql://<connect_info>/<YOUR_DATABASE_name>.
    """

    connect_info: str
    jdbc_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        connect_info = self.connect_info

        jdbc_url = self.jdbc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connect_info": connect_info,
                "jdbc_url": jdbc_url,
            }
        )
        if isinstance(connect_info, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["connect_info"]
        if isinstance(jdbc_url, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["jdbc_url"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connect_info = d.pop("connect_info", UNSET)
        if connect_info.__class__ is not str:
            connect_info = _drift(cls, src_dict, "connect_info", connect_info, "string")

        jdbc_url = d.pop("jdbc_url", UNSET)
        if jdbc_url.__class__ is not str:
            jdbc_url = _drift(cls, src_dict, "jdbc_url", jdbc_url, "string")

        endpoints = cls(  # the fields in declaration order
            connect_info,
            jdbc_url,
        )

        endpoints.additional_properties = d
        return endpoints

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
