# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwitchSslRequest")


class SwitchSslRequest(_Model):
    """SSL switch (4.2.26, Table 4-151).

    Attributes:
        ssl_enabled (bool): true enables SSL, false disables it.
    """

    __slots__ = (
        "ssl_enabled",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("ssl_enabled",)

    ssl_enabled: bool
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        ssl_enabled: bool,
    ) -> None:
        self.ssl_enabled = ssl_enabled
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        ssl_enabled = self.ssl_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ssl_enabled": ssl_enabled,
            }
        )
        if isinstance(ssl_enabled, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["ssl_enabled"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ssl_enabled = d.pop("ssl_enabled", UNSET)
        if ssl_enabled.__class__ is not bool:
            ssl_enabled = _drift(cls, src_dict, "ssl_enabled", ssl_enabled, "boolean")

        switch_ssl_request = cls(  # the fields in declaration order
            ssl_enabled,
        )

        switch_ssl_request.additional_properties = d
        return switch_ssl_request

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
