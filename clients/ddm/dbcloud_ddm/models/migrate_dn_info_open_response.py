# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="MigrateDnInfoOpenResponse")


class MigrateDnInfoOpenResponse(_Model):
    """A data node involved in a shard configuration.

    Attributes:
        dn_instance_id (str | None): RDS instance ID.
        dn_instance_name (str | None): RDS instance name.
    """

    __slots__ = (
        "dn_instance_id",
        "dn_instance_name",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "dn_instance_id",
        "dn_instance_name",
    )

    dn_instance_id: str | None
    dn_instance_name: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        dn_instance_id: str | None = None,
        dn_instance_name: str | None = None,
    ) -> None:
        self.dn_instance_id = dn_instance_id
        self.dn_instance_name = dn_instance_name
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.dn_instance_id is not None:
            dn_instance_id = self.dn_instance_id
            field_dict["dn_instance_id"] = dn_instance_id
        elif "dn_instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["dn_instance_id"] = None
        if self.dn_instance_name is not None:
            dn_instance_name = self.dn_instance_name
            field_dict["dn_instance_name"] = dn_instance_name
        elif "dn_instance_name" in self._present:  # null in the reply: sent back as null
            field_dict["dn_instance_name"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dn_instance_id = d.pop("dn_instance_id", UNSET)
        if dn_instance_id.__class__ is not str and dn_instance_id is not UNSET:
            dn_instance_id = _drift(cls, src_dict, "dn_instance_id", dn_instance_id, "string")

        dn_instance_name = d.pop("dn_instance_name", UNSET)
        if dn_instance_name.__class__ is not str and dn_instance_name is not UNSET:
            dn_instance_name = _drift(cls, src_dict, "dn_instance_name", dn_instance_name, "string")

        migrate_dn_info_open_response = cls(  # the fields in declaration order; absent members read as None
            None if dn_instance_id is UNSET else dn_instance_id,
            None if dn_instance_name is UNSET else dn_instance_name,
        )
        migrate_dn_info_open_response._present = frozenset(src_dict)

        migrate_dn_info_open_response.additional_properties = d
        return migrate_dn_info_open_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("dn_instance_id", "dn_instance_id"),
            ("dn_instance_name", "dn_instance_name"),
        )
        return frozenset(attr for member, attr in names if member in self._present or getattr(self, attr) is not None)

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
