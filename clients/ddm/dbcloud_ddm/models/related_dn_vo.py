# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedDnVO")


@_attrs_define
class RelatedDnVO:
    """Related data node with its state (Table 4-479).

    Attributes:
        instance_id (str | Unset): Data node ID.
        instance_name (str | Unset): Data node name.
        instance_status (str | Unset): Data node status.
        data_volume_size (float | Unset): Disk size of the data node.
        version (str | Unset): Engine version.
        engine_name (str | Unset): Engine name.
    """

    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    instance_status: str | Unset = UNSET
    data_volume_size: float | Unset = UNSET
    version: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        instance_name = self.instance_name

        instance_status = self.instance_status

        data_volume_size = self.data_volume_size

        version = self.version

        engine_name = self.engine_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if instance_status is not UNSET:
            field_dict["instance_status"] = instance_status
        if data_volume_size is not UNSET:
            field_dict["data_volume_size"] = data_volume_size
        if version is not UNSET:
            field_dict["version"] = version
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        instance_status = d.pop("instance_status", UNSET)
        if instance_status.__class__ is not str and instance_status is not UNSET:
            instance_status = _drift(cls, src_dict, "instance_status", instance_status, "string")

        data_volume_size = d.pop("data_volume_size", UNSET)
        if (
            data_volume_size.__class__ is not float
            and data_volume_size.__class__ is not int
            and data_volume_size is not UNSET
        ):
            data_volume_size = _drift(cls, src_dict, "data_volume_size", data_volume_size, "number")

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _drift(cls, src_dict, "version", version, "string")

        engine_name = d.pop("engine_name", UNSET)
        if engine_name.__class__ is not str and engine_name is not UNSET:
            engine_name = _drift(cls, src_dict, "engine_name", engine_name, "string")

        related_dn_vo = cls(  # the fields in declaration order
            instance_id,
            instance_name,
            instance_status,
            data_volume_size,
            version,
            engine_name,
        )

        related_dn_vo.additional_properties = d
        return related_dn_vo

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
