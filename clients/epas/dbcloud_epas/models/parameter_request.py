# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterRequest")


class ParameterRequest(_Model):
    """Change of one parameter value (reference 2.39).

    Attributes:
        id (str): Identifier of the parameter.
        new_value (str): Value to set.
        old_value (str): Value before the change.
    """

    __slots__ = (
        "id",
        "new_value",
        "old_value",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "new_value",
        "old_value",
    )

    id: str
    new_value: str
    old_value: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        id: str,
        new_value: str,
        old_value: str,
    ) -> None:
        self.id = id
        self.new_value = new_value
        self.old_value = old_value
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        new_value = self.new_value

        old_value = self.old_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "new_value": new_value,
                "old_value": old_value,
            }
        )
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(new_value, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["new_value"]
        if isinstance(old_value, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["old_value"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        new_value = d.pop("new_value", UNSET)
        if new_value.__class__ is not str:
            new_value = _drift(cls, src_dict, "new_value", new_value, "string")

        old_value = d.pop("old_value", UNSET)
        if old_value.__class__ is not str:
            old_value = _drift(cls, src_dict, "old_value", old_value, "string")

        parameter_request = cls(  # the fields in declaration order
            id,
            new_value,
            old_value,
        )

        parameter_request.additional_properties = d
        return parameter_request

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
