# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TmlogInfo")


@_attrs_define
class TmlogInfo:
    """TMLog files of one node (4.2.40, Table 4-199).

    Attributes:
        node_id (str | Unset): Node ID.
        file_list (list[str] | Unset): Names of the compressed TMLog files.
        tmlog_size (float | Unset): Size of the TMLog files in MB.
    """

    node_id: str | Unset = UNSET
    file_list: list[str] | Unset = UNSET
    tmlog_size: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        file_list: list[str] | Unset = UNSET
        if not isinstance(self.file_list, Unset):
            file_list = self.file_list

        tmlog_size = self.tmlog_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if file_list is not UNSET:
            field_dict["file_list"] = file_list
        if tmlog_size is not UNSET:
            field_dict["tmlog_size"] = tmlog_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)

        file_list = cast(list[str], d.pop("file_list", UNSET))

        tmlog_size = d.pop("tmlog_size", UNSET)

        tmlog_info = cls(  # the fields in declaration order
            node_id,
            file_list,
            tmlog_size,
        )

        tmlog_info.additional_properties = d
        return tmlog_info

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
