# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowBackupResponse")


@_attrs_define
class ShowBackupResponse:
    """Backup details (Table 4-471).

    Attributes:
        id (str | Unset): Backup ID.
        name (str | Unset): Backup name.
        instance_id (str | Unset): Instance ID.
        instance_name (str | Unset): Instance name.
        related_data_nodes (list[RelatedDn] | Unset): Data nodes covered by the backup.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    related_data_nodes: list[RelatedDn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        instance_id = self.instance_id

        instance_name = self.instance_name

        try:
            related_data_nodes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.related_data_nodes, Unset):
                related_data_nodes = []
                for related_data_nodes_item_data in self.related_data_nodes:
                    related_data_nodes_item = related_data_nodes_item_data.to_dict()
                    related_data_nodes.append(related_data_nodes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            related_data_nodes = _cast(Any, self.related_data_nodes)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if related_data_nodes is not UNSET:
            field_dict["related_data_nodes"] = related_data_nodes

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

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        try:
            _related_data_nodes = d.pop("related_data_nodes", UNSET)
            related_data_nodes: list[RelatedDn] | Unset = UNSET
            if _related_data_nodes is not UNSET:
                related_data_nodes = []
                for related_data_nodes_item_data in _related_data_nodes:
                    related_data_nodes_item = RelatedDn.from_dict(related_data_nodes_item_data)

                    related_data_nodes.append(related_data_nodes_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            related_data_nodes = _drift(
                cls, src_dict, "related_data_nodes", src_dict.get("related_data_nodes", UNSET), "array"
            )

        show_backup_response = cls(  # the fields in declaration order
            id,
            name,
            instance_id,
            instance_name,
            related_data_nodes,
        )

        show_backup_response.additional_properties = d
        return show_backup_response

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
from ..models.related_dn import RelatedDn  # noqa: E402
