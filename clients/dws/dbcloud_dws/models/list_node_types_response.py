# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ListNodeTypesResponse")


class ListNodeTypesResponse(_Model):
    """Body of the node-type listing (Table 5-28).

    Attributes:
        node_types (list[NodeTypes] | None): The supported node types.
        count (int | None): Total number of node types.
    """

    __slots__ = (
        "node_types",
        "count",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "node_types",
        "count",
    )

    node_types: list[NodeTypes] | None
    count: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        node_types: list[NodeTypes] | None = None,
        count: int | None = None,
    ) -> None:
        self.node_types = node_types
        self.count = count
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_types is not None:
            try:
                node_types: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.node_types, Unset):
                    node_types = []
                    for node_types_item_data in self.node_types:
                        node_types_item = node_types_item_data.to_dict()
                        node_types.append(node_types_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                node_types = _cast(Any, self.node_types)
            field_dict["node_types"] = node_types
        elif "node_types" in self._present:  # null in the reply: sent back as null
            field_dict["node_types"] = None
        if self.count is not None:
            count = self.count
            field_dict["count"] = count
        elif "count" in self._present:  # null in the reply: sent back as null
            field_dict["count"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("node_types").__class__ is not list:
                _node_types = d.pop("node_types", UNSET)
                node_types: list[NodeTypes] | Unset = UNSET
                if _node_types is not UNSET:
                    node_types = []
                    for node_types_item_data in _node_types:
                        node_types_item = NodeTypes.from_dict(node_types_item_data)

                        node_types.append(node_types_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                node_types = _LazyList(d.pop("node_types"), NodeTypes.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            node_types = _drift(cls, src_dict, "node_types", src_dict.get("node_types", UNSET), "array")

        count = d.pop("count", UNSET)
        if count.__class__ is not int and count is not UNSET:
            count = _drift(cls, src_dict, "count", count, "integer")

        list_node_types_response = cls(  # the fields in declaration order; absent members read as None
            None if node_types is UNSET else node_types,
            None if count is UNSET else count,
        )
        list_node_types_response._present = frozenset(src_dict)

        list_node_types_response.additional_properties = d
        return list_node_types_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("node_types", "node_types"),
            ("count", "count"),
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


# Last, so that circular references between models find this module's class already defined.
from ..models.node_types import NodeTypes  # noqa: E402
