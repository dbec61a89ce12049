# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="Parameters")


class Parameters(_Model):
    """A parameter defined in a parameter group (reference 2.40).

    Attributes:
        dbaas_parameter_group_id (str): Identifier of the parameter group the parameter belongs to.
        default_value (str): Default value of the parameter.
        description (str): Explanation of the parameter.
        id (str): Identifier of the parameter.
        name (str): Parameter name.
        software_type (None | str): Software the parameter belongs to.
    """

    __slots__ = (
        "dbaas_parameter_group_id",
        "default_value",
        "description",
        "id",
        "name",
        "software_type",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "dbaas_parameter_group_id",
        "default_value",
        "description",
        "id",
        "name",
        "software_type",
    )

    dbaas_parameter_group_id: str
    default_value: str
    description: str
    id: str
    name: str
    software_type: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        dbaas_parameter_group_id: str,
        default_value: str,
        description: str,
        id: str,
        name: str,
        software_type: None | str,
    ) -> None:
        self.dbaas_parameter_group_id = dbaas_parameter_group_id
        self.default_value = default_value
        self.description = description
        self.id = id
        self.name = name
        self.software_type = software_type
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.dbaas_parameter_group_id is not None:
            dbaas_parameter_group_id = self.dbaas_parameter_group_id
            field_dict["dbaas_parameter_group_id"] = dbaas_parameter_group_id
        elif "dbaas_parameter_group_id" in self._present:  # null in the reply: sent back as null
            field_dict["dbaas_parameter_group_id"] = None
        if self.default_value is not None:
            default_value = self.default_value
            field_dict["default_value"] = default_value
        elif "default_value" in self._present:  # null in the reply: sent back as null
            field_dict["default_value"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
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
        if self.software_type is not None:
            try:
                software_type: None | str
                software_type = self.software_type
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                software_type = _cast(Any, self.software_type)
            field_dict["software_type"] = software_type
        elif "software_type" in self._present:  # null in the reply: sent back as null
            field_dict["software_type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dbaas_parameter_group_id = d.pop("dbaas_parameter_group_id", UNSET)
        if dbaas_parameter_group_id.__class__ is not str:
            dbaas_parameter_group_id = _drift(
                cls, src_dict, "dbaas_parameter_group_id", dbaas_parameter_group_id, "string"
            )

        default_value = d.pop("default_value", UNSET)
        if default_value.__class__ is not str:
            default_value = _drift(cls, src_dict, "default_value", default_value, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = _drift(cls, src_dict, "description", description, "string")

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            software_type: None | str = d.pop("software_type", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            software_type = _drift(
                cls,
                src_dict,
                "software_type",
                src_dict.get("software_type"),
                "string or null",
                None if "software_type" in src_dict else "missing",
            )

        parameters = cls(  # the fields in declaration order; absent members read as None
            _MISSING if dbaas_parameter_group_id is UNSET else dbaas_parameter_group_id,
            _MISSING if default_value is UNSET else default_value,
            _MISSING if description is UNSET else description,
            _MISSING if id is UNSET else id,
            _MISSING if name is UNSET else name,
            software_type,
        )
        parameters._present = frozenset(src_dict)

        parameters.additional_properties = d
        return parameters

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("dbaas_parameter_group_id", "dbaas_parameter_group_id"),
            ("default_value", "default_value"),
            ("description", "description"),
            ("id", "id"),
            ("name", "name"),
            ("software_type", "software_type"),
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
