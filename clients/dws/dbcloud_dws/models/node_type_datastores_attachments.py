# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="NodeTypeDatastoresAttachments")


class NodeTypeDatastoresAttachments(_Model):
    """Coordinator-node limits of a kernel version (vendor SDK model; not in the references).

    Attributes:
        min_cn (int | None): Fewest coordinator nodes (CNs) the version supports.
        max_cn (int | None): Most coordinator nodes (CNs) the version supports.
    """

    __slots__ = (
        "min_cn",
        "max_cn",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "min_cn",
        "max_cn",
    )

    min_cn: int | None
    max_cn: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        min_cn: int | None = None,
        max_cn: int | None = None,
    ) -> None:
        self.min_cn = min_cn
        self.max_cn = max_cn
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.min_cn is not None:
            min_cn = self.min_cn
            field_dict["min_cn"] = min_cn
        elif "min_cn" in self._present:  # null in the reply: sent back as null
            field_dict["min_cn"] = None
        if self.max_cn is not None:
            max_cn = self.max_cn
            field_dict["max_cn"] = max_cn
        elif "max_cn" in self._present:  # null in the reply: sent back as null
            field_dict["max_cn"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_cn = d.pop("min_cn", UNSET)
        if min_cn.__class__ is not int and min_cn is not UNSET:
            min_cn = _drift(cls, src_dict, "min_cn", min_cn, "integer")

        max_cn = d.pop("max_cn", UNSET)
        if max_cn.__class__ is not int and max_cn is not UNSET:
            max_cn = _drift(cls, src_dict, "max_cn", max_cn, "integer")

        node_type_datastores_attachments = cls(  # the fields in declaration order; absent members read as None
            None if min_cn is UNSET else min_cn,
            None if max_cn is UNSET else max_cn,
        )
        node_type_datastores_attachments._present = frozenset(src_dict)

        node_type_datastores_attachments.additional_properties = d
        return node_type_datastores_attachments

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("min_cn", "min_cn"),
            ("max_cn", "max_cn"),
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
