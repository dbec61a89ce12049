# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ShowConfigurationResponse")


class ShowConfigurationResponse(_Model):
    """One parameter template with its parameters (Table 4-525).

    Attributes:
        id (str | None): Parameter template ID.
        name (str | None): Parameter template name.
        datastore_name (str | None): Database type the template is for.
        description (str | None): Template description.
        created (str | None): Creation time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        updated (str | None): Last update time, yyyy-MM-ddTHH:mm:ssZ with a numeric zone offset such as +0800.
        configuration_parameters (list[ConfigurationParameters] | None): Parameters of the template.
    """

    __slots__ = (
        "id",
        "name",
        "datastore_name",
        "description",
        "created",
        "updated",
        "configuration_parameters",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "datastore_name",
        "description",
        "created",
        "updated",
        "configuration_parameters",
    )

    id: str | None
    name: str | None
    datastore_name: str | None
    description: str | None
    created: str | None
    updated: str | None
    configuration_parameters: list[ConfigurationParameters] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        datastore_name: str | None = None,
        description: str | None = None,
        created: str | None = None,
        updated: str | None = None,
        configuration_parameters: list[ConfigurationParameters] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.datastore_name = datastore_name
        self.description = description
        self.created = created
        self.updated = updated
        self.configuration_parameters = configuration_parameters
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.datastore_name is not None:
            datastore_name = self.datastore_name
            field_dict["datastore_name"] = datastore_name
        elif "datastore_name" in self._present:  # null in the reply: sent back as null
            field_dict["datastore_name"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        if self.created is not None:
            created = self.created
            field_dict["created"] = created
        elif "created" in self._present:  # null in the reply: sent back as null
            field_dict["created"] = None
        if self.updated is not None:
            updated = self.updated
            field_dict["updated"] = updated
        elif "updated" in self._present:  # null in the reply: sent back as null
            field_dict["updated"] = None
        if self.configuration_parameters is not None:
            try:
                configuration_parameters: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.configuration_parameters, Unset):
                    configuration_parameters = []
                    for configuration_parameters_item_data in self.configuration_parameters:
                        configuration_parameters_item = configuration_parameters_item_data.to_dict()
                        configuration_parameters.append(configuration_parameters_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                configuration_parameters = _cast(Any, self.configuration_parameters)
            field_dict["configuration_parameters"] = configuration_parameters
        elif "configuration_parameters" in self._present:  # null in the reply: sent back as null
            field_dict["configuration_parameters"] = None
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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("configuration_parameters").__class__ is not list:
                _configuration_parameters = d.pop("configuration_parameters", UNSET)
                configuration_parameters: list[ConfigurationParameters] | Unset = UNSET
                if _configuration_parameters is not UNSET:
                    configuration_parameters = []
                    for configuration_parameters_item_data in _configuration_parameters:
                        configuration_parameters_item = ConfigurationParameters.from_dict(
                            configuration_parameters_item_data
                        )

                        configuration_parameters.append(configuration_parameters_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                configuration_parameters = _LazyList(
                    d.pop("configuration_parameters"), ConfigurationParameters.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            configuration_parameters = _drift(
                cls, src_dict, "configuration_parameters", src_dict.get("configuration_parameters", UNSET), "array"
            )

        show_configuration_response = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if datastore_name is UNSET else datastore_name,
            None if description is UNSET else description,
            None if created is UNSET else created,
            None if updated is UNSET else updated,
            None if configuration_parameters is UNSET else configuration_parameters,
        )
        show_configuration_response._present = frozenset(src_dict)

        show_configuration_response.additional_properties = d
        return show_configuration_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("datastore_name", "datastore_name"),
            ("description", "description"),
            ("created", "created"),
            ("updated", "updated"),
            ("configuration_parameters", "configuration_parameters"),
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


# Last, so that circular references between models find this module's class already defined.
from ..models.configuration_parameters import ConfigurationParameters  # noqa: E402
