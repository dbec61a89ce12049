# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompareParameterGroupsRequest")


class CompareParameterGroupsRequest(_Model):
    """The two templates to compare (Table 4-556).

    Attributes:
        source_id (str): ID of the source template, 36 letters and digits.
        target_id (str): ID of the target template, 36 letters and digits.
    """

    __slots__ = (
        "source_id",
        "target_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "source_id",
        "target_id",
    )

    source_id: str
    target_id: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        source_id: str,
        target_id: str,
    ) -> None:
        self.source_id = source_id
        self.target_id = target_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        target_id = self.target_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_id": source_id,
                "target_id": target_id,
            }
        )
        if isinstance(source_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["source_id"]
        if isinstance(target_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["target_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("source_id", UNSET)
        if source_id.__class__ is not str:
            source_id = _drift(cls, src_dict, "source_id", source_id, "string")

        target_id = d.pop("target_id", UNSET)
        if target_id.__class__ is not str:
            target_id = _drift(cls, src_dict, "target_id", target_id, "string")

        compare_parameter_groups_request = cls(  # the fields in declaration order
            source_id,
            target_id,
        )

        compare_parameter_groups_request.additional_properties = d
        return compare_parameter_groups_request

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
