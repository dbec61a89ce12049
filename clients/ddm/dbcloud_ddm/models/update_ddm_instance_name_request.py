# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDdmInstanceNameRequest")


class UpdateDdmInstanceNameRequest(_Model):
    """New instance name (4.2.35, Table 4-180).

    Attributes:
        name (str): New name; 4 to 64 characters, starting with a letter, then letters, digits, underscores and hyphens.
    """

    __slots__ = (
        "name",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("name",)

    name: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
    ) -> None:
        self.name = name
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        update_ddm_instance_name_request = cls(  # the fields in declaration order
            name,
        )

        update_ddm_instance_name_request.additional_properties = d
        return update_ddm_instance_name_request

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
