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

T = TypeVar("T", bound="ListSnapshotsResponse")


class ListSnapshotsResponse(_Model):
    """The snapshots of the project.

    Attributes:
        snapshots (list[Snapshots] | None): One entry per snapshot.
        count (int | None): Total number of snapshots in the list.
    """

    __slots__ = (
        "snapshots",
        "count",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "snapshots",
        "count",
    )

    snapshots: list[Snapshots] | None
    count: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        snapshots: list[Snapshots] | None = None,
        count: int | None = None,
    ) -> None:
        self.snapshots = snapshots
        self.count = count
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.snapshots is not None:
            try:
                snapshots: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.snapshots, Unset):
                    snapshots = []
                    for snapshots_item_data in self.snapshots:
                        snapshots_item = snapshots_item_data.to_dict()
                        snapshots.append(snapshots_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                snapshots = _cast(Any, self.snapshots)
            field_dict["snapshots"] = snapshots
        elif "snapshots" in self._present:  # null in the reply: sent back as null
            field_dict["snapshots"] = None
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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("snapshots").__class__ is not list:
                _snapshots = d.pop("snapshots", UNSET)
                snapshots: list[Snapshots] | Unset = UNSET
                if _snapshots is not UNSET:
                    snapshots = []
                    for snapshots_item_data in _snapshots:
                        snapshots_item = Snapshots.from_dict(snapshots_item_data)

                        snapshots.append(snapshots_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                snapshots = _LazyList(d.pop("snapshots"), Snapshots.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            snapshots = _drift(cls, src_dict, "snapshots", src_dict.get("snapshots", UNSET), "array")

        count = d.pop("count", UNSET)
        if count.__class__ is not int and count is not UNSET:
            count = _drift(cls, src_dict, "count", count, "integer")

        list_snapshots_response = cls(  # the fields in declaration order; absent members read as None
            None if snapshots is UNSET else snapshots,
            None if count is UNSET else count,
        )
        list_snapshots_response._present = frozenset(src_dict)

        list_snapshots_response.additional_properties = d
        return list_snapshots_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("snapshots", "snapshots"),
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
from ..models.snapshots import Snapshots  # noqa: E402
