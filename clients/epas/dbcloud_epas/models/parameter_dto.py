# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ParameterDTO")


class ParameterDTO(_Model):
    """A database parameter with its current value on a cluster (reference 2.35).

    Attributes:
        allows_value (str): Values the parameter accepts.
        applied_value (str): Value currently in effect.
        apply_type (str): How a change takes effect (for example immediately or after restart).
        data_type (str): Data type of the parameter.
        default_value (str): Default value of the parameter.
        description (None | str): Explanation of the parameter.
        id (str): Identifier of the parameter.
        is_modifiable (bool): Whether users may change the parameter.
        name (str): Parameter name.
        software_type (None | str): Software the parameter belongs to.
    """

    __slots__ = (
        "allows_value",
        "applied_value",
        "apply_type",
        "data_type",
        "default_value",
        "description",
        "id",
        "is_modifiable",
        "name",
        "software_type",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "allows_value",
        "applied_value",
        "apply_type",
        "data_type",
        "default_value",
        "description",
        "id",
        "is_modifiable",
        "name",
        "software_type",
    )

    allows_value: str
    applied_value: str
    apply_type: str
    data_type: str
    default_value: str
    description: None | str
    id: str
    is_modifiable: bool
    name: str
    software_type: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        allows_value: str,
        applied_value: str,
        apply_type: str,
        data_type: str,
        default_value: str,
        description: None | str,
        id: str,
        is_modifiable: bool,
        name: str,
        software_type: None | str,
    ) -> None:
        self.allows_value = allows_value
        self.applied_value = applied_value
        self.apply_type = apply_type
        self.data_type = data_type
        self.default_value = default_value
        self.description = description
        self.id = id
        self.is_modifiable = is_modifiable
        self.name = name
        self.software_type = software_type
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.allows_value is not None:
            allows_value = self.allows_value
            field_dict["allows_value"] = allows_value
        elif "allows_value" in self._present:  # null in the reply: sent back as null
            field_dict["allows_value"] = None
        if self.applied_value is not None:
            applied_value = self.applied_value
            field_dict["applied_value"] = applied_value
        elif "applied_value" in self._present:  # null in the reply: sent back as null
            field_dict["applied_value"] = None
        if self.apply_type is not None:
            apply_type = self.apply_type
            field_dict["apply_type"] = apply_type
        elif "apply_type" in self._present:  # null in the reply: sent back as null
            field_dict["apply_type"] = None
        if self.data_type is not None:
            data_type = self.data_type
            field_dict["data_type"] = data_type
        elif "data_type" in self._present:  # null in the reply: sent back as null
            field_dict["data_type"] = None
        if self.default_value is not None:
            default_value = self.default_value
            field_dict["default_value"] = default_value
        elif "default_value" in self._present:  # null in the reply: sent back as null
            field_dict["default_value"] = None
        if self.description is not None:
            try:
                description: None | str
                description = self.description
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                description = _cast(Any, self.description)
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.is_modifiable is not None:
            is_modifiable = self.is_modifiable
            field_dict["is_modifiable"] = is_modifiable
        elif "is_modifiable" in self._present:  # null in the reply: sent back as null
            field_dict["is_modifiable"] = None
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
        allows_value = d.pop("allows_value", UNSET)
        if allows_value.__class__ is not str:
            allows_value = _drift(cls, src_dict, "allows_value", allows_value, "string")

        applied_value = d.pop("applied_value", UNSET)
        if applied_value.__class__ is not str:
            applied_value = _drift(cls, src_dict, "applied_value", applied_value, "string")

        apply_type = d.pop("apply_type", UNSET)
        if apply_type.__class__ is not str:
            apply_type = _drift(cls, src_dict, "apply_type", apply_type, "string")

        data_type = d.pop("data_type", UNSET)
        if data_type.__class__ is not str:
            data_type = _drift(cls, src_dict, "data_type", data_type, "string")

        default_value = d.pop("default_value", UNSET)
        if default_value.__class__ is not str:
            default_value = _drift(cls, src_dict, "default_value", default_value, "string")

        try:
            description: None | str = d.pop("description", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            description = _drift(
                cls,
                src_dict,
                "description",
                src_dict.get("description"),
                "string or null",
                None if "description" in src_dict else "missing",
            )

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        is_modifiable = d.pop("is_modifiable", UNSET)
        if is_modifiable.__class__ is not bool:
            is_modifiable = _drift(cls, src_dict, "is_modifiable", is_modifiable, "boolean")

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

        parameter_dto = cls(  # the fields in declaration order; absent members read as None
            _MISSING if allows_value is UNSET else allows_value,
            _MISSING if applied_value is UNSET else applied_value,
            _MISSING if apply_type is UNSET else apply_type,
            _MISSING if data_type is UNSET else data_type,
            _MISSING if default_value is UNSET else default_value,
            description,
            _MISSING if id is UNSET else id,
            _MISSING if is_modifiable is UNSET else is_modifiable,
            _MISSING if name is UNSET else name,
            software_type,
        )
        parameter_dto._present = frozenset(src_dict)

        parameter_dto.additional_properties = d
        return parameter_dto

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("allows_value", "allows_value"),
            ("applied_value", "applied_value"),
            ("apply_type", "apply_type"),
            ("data_type", "data_type"),
            ("default_value", "default_value"),
            ("description", "description"),
            ("id", "id"),
            ("is_modifiable", "is_modifiable"),
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
