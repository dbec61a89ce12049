# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="EngineGroupInfo")


@_attrs_define
class EngineGroupInfo:
    """One DDM engine version (4.2.21, Table 4-127).

    Attributes:
        id (str | Unset): Engine ID.
        name (str | Unset): Engine name.
        version (str | Unset): Engine version.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _drift(cls, src_dict, "version", version, "string")

        engine_group_info = cls(  # the fields in declaration order
            id,
            name,
            version,
        )

        engine_group_info.additional_properties = d
        return engine_group_info

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
