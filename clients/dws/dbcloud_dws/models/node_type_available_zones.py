# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="NodeTypeAvailableZones")


class NodeTypeAvailableZones(_Model):
    """State of a node type in one availability zone (vendor SDK model; not in the references).

    Attributes:
        code (str | None): Availability zone ID.
        status (str | None): State of the node type there: normal (on sale), sellout (sold out) or abandon (not
            offered).
    """

    __slots__ = (
        "code",
        "status",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "code",
        "status",
    )

    code: str | None
    status: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        code: str | None = None,
        status: str | None = None,
    ) -> None:
        self.code = code
        self.status = status
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            code = self.code
            field_dict["code"] = code
        elif "code" in self._present:  # null in the reply: sent back as null
            field_dict["code"] = None
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code.__class__ is not str and code is not UNSET:
            code = _drift(cls, src_dict, "code", code, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        node_type_available_zones = cls(  # the fields in declaration order; absent members read as None
            None if code is UNSET else code,
            None if status is UNSET else status,
        )
        node_type_available_zones._present = frozenset(src_dict)

        node_type_available_zones.additional_properties = d
        return node_type_available_zones

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("code", "code"),
            ("status", "status"),
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
