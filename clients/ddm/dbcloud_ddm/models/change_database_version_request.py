# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeDatabaseVersionRequest")


class ChangeDatabaseVersionRequest(_Model):
    """Target kernel version.

    Attributes:
        target_version (str): Version to change to.
    """

    __slots__ = (
        "target_version",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("target_version",)

    target_version: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        target_version: str,
    ) -> None:
        self.target_version = target_version
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        target_version = self.target_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_version": target_version,
            }
        )
        if isinstance(target_version, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["target_version"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_version = d.pop("target_version", UNSET)
        if target_version.__class__ is not str:
            target_version = _drift(cls, src_dict, "target_version", target_version, "string")

        change_database_version_request = cls(  # the fields in declaration order
            target_version,
        )

        change_database_version_request.additional_properties = d
        return change_database_version_request

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
