# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowConfigurationResponse")


@_attrs_define
class ShowConfigurationResponse:
    """One parameter template with its parameters (Table 4-525).

    Attributes:
        id (str | Unset): Parameter template ID.
        name (str | Unset): Parameter template name.
        datastore_name (str | Unset): Database type the template is for.
        description (str | Unset): Template description.
        created (str | Unset): Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        updated (str | Unset): Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        configuration_parameters (list[ConfigurationParameters] | Unset): Parameters of the template.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    datastore_name: str | Unset = UNSET
    description: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    configuration_parameters: list[ConfigurationParameters] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        datastore_name = self.datastore_name

        description = self.description

        created = self.created

        updated = self.updated

        try:
            configuration_parameters: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.configuration_parameters, Unset):
                configuration_parameters = []
                for configuration_parameters_item_data in self.configuration_parameters:
                    configuration_parameters_item = configuration_parameters_item_data.to_dict()
                    configuration_parameters.append(configuration_parameters_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            configuration_parameters = _cast(Any, self.configuration_parameters)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if datastore_name is not UNSET:
            field_dict["datastore_name"] = datastore_name
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if configuration_parameters is not UNSET:
            field_dict["configuration_parameters"] = configuration_parameters

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

        datastore_name = d.pop("datastore_name", UNSET)
        if datastore_name.__class__ is not str and datastore_name is not UNSET:
            datastore_name = _drift(cls, src_dict, "datastore_name", datastore_name, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        created = d.pop("created", UNSET)
        if created.__class__ is not str and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "string")

        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        try:
            _configuration_parameters = d.pop("configuration_parameters", UNSET)
            configuration_parameters: list[ConfigurationParameters] | Unset = UNSET
            if _configuration_parameters is not UNSET:
                configuration_parameters = []
                for configuration_parameters_item_data in _configuration_parameters:
                    configuration_parameters_item = ConfigurationParameters.from_dict(
                        configuration_parameters_item_data
                    )

                    configuration_parameters.append(configuration_parameters_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            configuration_parameters = _drift(
                cls, src_dict, "configuration_parameters", src_dict.get("configuration_parameters", UNSET), "array"
            )

        show_configuration_response = cls(  # the fields in declaration order
            id,
            name,
            datastore_name,
            description,
            created,
            updated,
            configuration_parameters,
        )

        show_configuration_response.additional_properties = d
        return show_configuration_response

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
from ..models.configuration_parameters import ConfigurationParameters  # noqa: E402
