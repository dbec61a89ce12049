# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ReplicasListResponse")


class ReplicasListResponse(_Model):
    """Replicas of a cluster (reference 2.48).

    Attributes:
        contents (list[ReplicaItem]): Replicas.
        count (int): Number of replicas.
    """

    __slots__ = (
        "contents",
        "count",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "contents",
        "count",
    )

    contents: list[ReplicaItem]
    count: int
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        contents: list[ReplicaItem],
        count: int,
    ) -> None:
        self.contents = contents
        self.count = count
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.contents is not None:
            try:
                contents = []
                for contents_item_data in self.contents:
                    contents_item = contents_item_data.to_dict()
                    contents.append(contents_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                contents = _cast(Any, self.contents)
            field_dict["contents"] = contents
        elif "contents" in self._present:  # null in the reply: sent back as null
            field_dict["contents"] = None
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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("contents").__class__ is not list:
                contents = []
                _contents = d.pop("contents", UNSET)
                for contents_item_data in _contents:
                    contents_item = ReplicaItem.from_dict(contents_item_data)

                    contents.append(contents_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                contents = _LazyList(d.pop("contents"), ReplicaItem.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            contents = _drift(
                cls,
                src_dict,
                "contents",
                src_dict.get("contents"),
                "array",
                None if "contents" in src_dict else "missing",
            )

        count = d.pop("count", UNSET)
        if count.__class__ is not int:
            count = _drift(cls, src_dict, "count", count, "integer")

        replicas_list_response = cls(  # the fields in declaration order; absent members read as None
            contents,
            _MISSING if count is UNSET else count,
        )
        replicas_list_response._present = frozenset(src_dict)

        replicas_list_response.additional_properties = d
        return replicas_list_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("contents", "contents"),
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
from ..models.replica_item import ReplicaItem  # noqa: E402
