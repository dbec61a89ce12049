# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnlargeNodeInfo")


class EnlargeNodeInfo(_Model):
    """One node to add (4.2.24, Table 4-143).

    Attributes:
        available_zone (str): AZ of the new node.
    """

    __slots__ = (
        "available_zone",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("available_zone",)

    available_zone: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        available_zone: str,
    ) -> None:
        self.available_zone = available_zone
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        available_zone = self.available_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_zone": available_zone,
            }
        )
        if isinstance(available_zone, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["available_zone"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_zone = d.pop("available_zone", UNSET)
        if available_zone.__class__ is not str:
            available_zone = _drift(cls, src_dict, "available_zone", available_zone, "string")

        enlarge_node_info = cls(  # the fields in declaration order
            available_zone,
        )

        enlarge_node_info.additional_properties = d
        return enlarge_node_info

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
