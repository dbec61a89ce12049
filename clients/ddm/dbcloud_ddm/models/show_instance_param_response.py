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

T = TypeVar("T", bound="ShowInstanceParamResponse")


class ShowInstanceParamResponse(_Model):
    """Parameter template and parameter values of an instance (4.2.23, Table 4-138).

    Attributes:
        updated (str | None): When the instance parameters were last changed (yyyy-MM-dd HH:mm:ss).
        configuration_parameter (list[ConfigurationParameterList] | None): Parameters of the instance.
        offset (int | None): Offset the page starts at.
        limit (int | None): Page size.
        total (int | None): Total number of parameters.
        id (str | None): Parameter template ID.
        name (str | None): Parameter template name.
        description (str | None): Parameter template description.
    """

    __slots__ = (
        "updated",
        "configuration_parameter",
        "offset",
        "limit",
        "total",
        "id",
        "name",
        "description",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "updated",
        "configuration_parameter",
        "offset",
        "limit",
        "total",
        "id",
        "name",
        "description",
    )

    updated: str | None
    configuration_parameter: list[ConfigurationParameterList] | None
    offset: int | None
    limit: int | None
    total: int | None
    id: str | None
    name: str | None
    description: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        updated: str | None = None,
        configuration_parameter: list[ConfigurationParameterList] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        total: int | None = None,
        id: str | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        self.updated = updated
        self.configuration_parameter = configuration_parameter
        self.offset = offset
        self.limit = limit
        self.total = total
        self.id = id
        self.name = name
        self.description = description
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.updated is not None:
            updated = self.updated
            field_dict["updated"] = updated
        elif "updated" in self._present:  # null in the reply: sent back as null
            field_dict["updated"] = None
        if self.configuration_parameter is not None:
            try:
                configuration_parameter: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.configuration_parameter, Unset):
                    configuration_parameter = []
                    for configuration_parameter_item_data in self.configuration_parameter:
                        configuration_parameter_item = configuration_parameter_item_data.to_dict()
                        configuration_parameter.append(configuration_parameter_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                configuration_parameter = _cast(Any, self.configuration_parameter)
            field_dict["configuration_parameter"] = configuration_parameter
        elif "configuration_parameter" in self._present:  # null in the reply: sent back as null
            field_dict["configuration_parameter"] = None
        if self.offset is not None:
            offset = self.offset
            field_dict["offset"] = offset
        elif "offset" in self._present:  # null in the reply: sent back as null
            field_dict["offset"] = None
        if self.limit is not None:
            limit = self.limit
            field_dict["limit"] = limit
        elif "limit" in self._present:  # null in the reply: sent back as null
            field_dict["limit"] = None
        if self.total is not None:
            total = self.total
            field_dict["total"] = total
        elif "total" in self._present:  # null in the reply: sent back as null
            field_dict["total"] = None
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
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        updated = d.pop("updated", UNSET)
        if updated.__class__ is not str and updated is not UNSET:
            updated = _drift(cls, src_dict, "updated", updated, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("configuration_parameter").__class__ is not list:
                _configuration_parameter = d.pop("configuration_parameter", UNSET)
                configuration_parameter: list[ConfigurationParameterList] | Unset = UNSET
                if _configuration_parameter is not UNSET:
                    configuration_parameter = []
                    for configuration_parameter_item_data in _configuration_parameter:
                        configuration_parameter_item = ConfigurationParameterList.from_dict(
                            configuration_parameter_item_data
                        )

                        configuration_parameter.append(configuration_parameter_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                configuration_parameter = _LazyList(
                    d.pop("configuration_parameter"), ConfigurationParameterList.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            configuration_parameter = _drift(
                cls, src_dict, "configuration_parameter", src_dict.get("configuration_parameter", UNSET), "array"
            )

        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int and offset is not UNSET:
            offset = _drift(cls, src_dict, "offset", offset, "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = _drift(cls, src_dict, "limit", limit, "integer")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        show_instance_param_response = cls(  # the fields in declaration order; absent members read as None
            None if updated is UNSET else updated,
            None if configuration_parameter is UNSET else configuration_parameter,
            None if offset is UNSET else offset,
            None if limit is UNSET else limit,
            None if total is UNSET else total,
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if description is UNSET else description,
        )
        show_instance_param_response._present = frozenset(src_dict)

        show_instance_param_response.additional_properties = d
        return show_instance_param_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("updated", "updated"),
            ("configuration_parameter", "configuration_parameter"),
            ("offset", "offset"),
            ("limit", "limit"),
            ("total", "total"),
            ("id", "id"),
            ("name", "name"),
            ("description", "description"),
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
from ..models.configuration_parameter_list import ConfigurationParameterList  # noqa: E402
