# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model

T = TypeVar("T", bound="ModifyConfigurationRequestValues")


class ModifyConfigurationRequestValues(_Model):
    """Map of parameter name to new value; a parameter left out keeps its value."""

    __slots__ = (
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ()

    additional_properties: dict[str, str]
    _request_id: str | None

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        modify_configuration_request_values = cls(  # the fields in declaration order
        )

        modify_configuration_request_values.additional_properties = d
        return modify_configuration_request_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
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
