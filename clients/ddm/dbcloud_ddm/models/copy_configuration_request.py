# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyConfigurationRequest")


class CopyConfigurationRequest(_Model):
    """Copy of a parameter template to create (Table 4-547).

    Attributes:
        new_name (str): Name of the new template, 1 to 64 letters, digits, hyphens, underscores or periods.
        description (str | Unset): Description of the new template, at most 256 characters, no carriage return and none
            of ! < " = ' > &.
    """

    __slots__ = (
        "new_name",
        "description",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "new_name",
        "description",
    )

    new_name: str
    description: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        new_name: str,
        description: str | Unset = UNSET,
    ) -> None:
        self.new_name = new_name
        self.description = description
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        new_name = self.new_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_name": new_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if isinstance(new_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["new_name"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_name = d.pop("new_name", UNSET)
        if new_name.__class__ is not str:
            new_name = _drift(cls, src_dict, "new_name", new_name, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        copy_configuration_request = cls(  # the fields in declaration order
            new_name,
            description,
        )

        copy_configuration_request.additional_properties = d
        return copy_configuration_request

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
