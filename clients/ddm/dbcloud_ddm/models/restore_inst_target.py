# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreInstTarget")


class RestoreInstTarget(_Model):
    """Target of the data restoration (Table 4-515).

    Attributes:
        instance_id (str): ID of the target DDM instance.
    """

    __slots__ = (
        "instance_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("instance_id",)

    instance_id: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        instance_id: str,
    ) -> None:
        self.instance_id = instance_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_id": instance_id,
            }
        )
        if isinstance(instance_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["instance_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        restore_inst_target = cls(  # the fields in declaration order
            instance_id,
        )

        restore_inst_target.additional_properties = d
        return restore_inst_target

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
