# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScaleOut")


class ScaleOut(_Model):
    """Scale-out settings (Table 5-40).

    Attributes:
        count (int): Number of nodes to add.
        subnet_id (str | Unset): Subnet of the new nodes; a valid subnet of the cluster's VPC.
    """

    __slots__ = (
        "count",
        "subnet_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "count",
        "subnet_id",
    )

    count: int
    subnet_id: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        count: int,
        subnet_id: str | Unset = UNSET,
    ) -> None:
        self.count = count
        self.subnet_id = subnet_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if isinstance(count, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["count"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count.__class__ is not int:
            count = _drift(cls, src_dict, "count", count, "integer")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        scale_out = cls(  # the fields in declaration order
            count,
            subnet_id,
        )

        scale_out.additional_properties = d
        return scale_out

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
