# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectTag")


class ProjectTag(_Model):
    """Tag of an instance (table 4-17). The reference defines this table in 4.2.2 but no field of the response refers to
    it.

        Attributes:
            key (str | Unset): Tag key.
            value (str | Unset): Tag value.
    """

    __slots__ = (
        "key",
        "value",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "key",
        "value",
    )

    key: str | Unset
    value: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
    ) -> None:
        self.key = key
        self.value = value
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if key.__class__ is not str and key is not UNSET:
            key = _drift(cls, src_dict, "key", key, "string")

        value = d.pop("value", UNSET)
        if value.__class__ is not str and value is not UNSET:
            value = _drift(cls, src_dict, "value", value, "string")

        project_tag = cls(  # the fields in declaration order
            key,
            value,
        )

        project_tag.additional_properties = d
        return project_tag

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
