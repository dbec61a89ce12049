# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreInstSource")


class RestoreInstSource(_Model):
    """Source of the data restoration (Table 4-514).

    Attributes:
        restore_time (float): Point in time to restore to, in epoch milliseconds.
    """

    __slots__ = (
        "restore_time",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("restore_time",)

    restore_time: float
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        restore_time: float,
    ) -> None:
        self.restore_time = restore_time
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        restore_time = self.restore_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restore_time": restore_time,
            }
        )
        if isinstance(restore_time, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["restore_time"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        restore_time = d.pop("restore_time", UNSET)
        if restore_time.__class__ is not float and restore_time.__class__ is not int:
            restore_time = _drift(cls, src_dict, "restore_time", restore_time, "number")

        restore_inst_source = cls(  # the fields in declaration order
            restore_time,
        )

        restore_inst_source.additional_properties = d
        return restore_inst_source

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
