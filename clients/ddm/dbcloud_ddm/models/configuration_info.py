# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationInfo")


@_attrs_define
class ConfigurationInfo:
    """Summary of one parameter template (Table 4-523).

    Attributes:
        id (str | Unset): Parameter template ID.
        name (str | Unset): Parameter template name.
        description (str | Unset): Parameter template description.
        datastore_name (str | Unset): Database type the template is for.
        created (str | Unset): Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        updated (str | Unset): Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        user_defined (bool | Unset): true for a custom template, false for a default one.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    datastore_name: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    user_defined: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        datastore_name = self.datastore_name

        created = self.created

        updated = self.updated

        user_defined = self.user_defined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if datastore_name is not UNSET:
            field_dict["datastore_name"] = datastore_name
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if user_defined is not UNSET:
            field_dict["user_defined"] = user_defined

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

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        datastore_name = d.pop("datastore_name", UNSET)
        if datastore_name.__class__ is not str and datastore_name is not UNSET:
            datastore_name = _drift(cls, src_dict, "datastore_name", datastore_name, "string")

        created = d.pop("created", UNSET)
        if created.__class__ is not str and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "string")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        user_defined = d.pop("user_defined", UNSET)
        if user_defined.__class__ is not bool and user_defined is not UNSET:
            user_defined = _drift(cls, src_dict, "user_defined", user_defined, "boolean")

        configuration_info = cls(  # the fields in declaration order
            id,
            name,
            description,
            datastore_name,
            created,
            updated,
            user_defined,
        )

        configuration_info.additional_properties = d
        return configuration_info

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
