# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="TmlogInfo")


class TmlogInfo(_Model):
    """TMLog files of one node (4.2.40, Table 4-199).

    Attributes:
        node_id (str | None): Node ID.
        file_list (list[str] | None): Names of the compressed TMLog files.
        tmlog_size (float | None): Size of the TMLog files in MB.
    """

    __slots__ = (
        "node_id",
        "file_list",
        "tmlog_size",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "node_id",
        "file_list",
        "tmlog_size",
    )

    node_id: str | None
    file_list: list[str] | None
    tmlog_size: float | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        node_id: str | None = None,
        file_list: list[str] | None = None,
        tmlog_size: float | None = None,
    ) -> None:
        self.node_id = node_id
        self.file_list = file_list
        self.tmlog_size = tmlog_size
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_id is not None:
            node_id = self.node_id
            field_dict["node_id"] = node_id
        elif "node_id" in self._present:  # null in the reply: sent back as null
            field_dict["node_id"] = None
        if self.file_list is not None:
            try:
                file_list: list[str] | Unset = UNSET
                if not isinstance(self.file_list, Unset):
                    file_list = self.file_list

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                file_list = _cast(Any, self.file_list)
            field_dict["file_list"] = file_list
        elif "file_list" in self._present:  # null in the reply: sent back as null
            field_dict["file_list"] = None
        if self.tmlog_size is not None:
            tmlog_size = self.tmlog_size
            field_dict["tmlog_size"] = tmlog_size
        elif "tmlog_size" in self._present:  # null in the reply: sent back as null
            field_dict["tmlog_size"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)
        if node_id.__class__ is not str and node_id is not UNSET:
            node_id = _drift(cls, src_dict, "node_id", node_id, "string")

        file_list = d.pop("file_list", UNSET)
        if file_list.__class__ is not list and file_list is not UNSET:
            file_list = _drift(cls, src_dict, "file_list", file_list, "array")

        tmlog_size = d.pop("tmlog_size", UNSET)
        if tmlog_size.__class__ is not float and tmlog_size.__class__ is not int and tmlog_size is not UNSET:
            tmlog_size = _drift(cls, src_dict, "tmlog_size", tmlog_size, "number")

        tmlog_info = cls(  # the fields in declaration order; absent members read as None
            None if node_id is UNSET else node_id,
            None if file_list is UNSET else file_list,
            None if tmlog_size is UNSET else tmlog_size,
        )
        tmlog_info._present = frozenset(src_dict)

        tmlog_info.additional_properties = d
        return tmlog_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("node_id", "node_id"),
            ("file_list", "file_list"),
            ("tmlog_size", "tmlog_size"),
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
