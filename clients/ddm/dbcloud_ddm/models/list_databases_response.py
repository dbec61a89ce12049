# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
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

T = TypeVar("T", bound="ListDatabasesResponse")


class ListDatabasesResponse(_Model):
    """A page of schemas of a DDM instance.

    Attributes:
        databases (list[GetDatabaseInfo] | None): Schemas on this page.
        total (int | None): Total number of schemas.
    """

    __slots__ = (
        "databases",
        "total",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "databases",
        "total",
    )

    databases: list[GetDatabaseInfo] | None
    total: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        databases: list[GetDatabaseInfo] | None = None,
        total: int | None = None,
    ) -> None:
        self.databases = databases
        self.total = total
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.databases is not None:
            try:
                databases: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.databases, Unset):
                    databases = []
                    for databases_item_data in self.databases:
                        databases_item = databases_item_data.to_dict()
                        databases.append(databases_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                databases = _cast(Any, self.databases)
            field_dict["databases"] = databases
        elif "databases" in self._present:  # null in the reply: sent back as null
            field_dict["databases"] = None
        if self.total is not None:
            total = self.total
            field_dict["total"] = total
        elif "total" in self._present:  # null in the reply: sent back as null
            field_dict["total"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("databases").__class__ is not list:
                _databases = d.pop("databases", UNSET)
                databases: list[GetDatabaseInfo] | Unset = UNSET
                if _databases is not UNSET:
                    databases = []
                    for databases_item_data in _databases:
                        databases_item = GetDatabaseInfo.from_dict(databases_item_data)

                        databases.append(databases_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                databases = _LazyList(d.pop("databases"), GetDatabaseInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            databases = _drift(cls, src_dict, "databases", src_dict.get("databases", UNSET), "array")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        list_databases_response = cls(  # the fields in declaration order; absent members read as None
            None if databases is UNSET else databases,
            None if total is UNSET else total,
        )
        list_databases_response._present = frozenset(src_dict)

        list_databases_response.additional_properties = d
        return list_databases_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("databases", "databases"),
            ("total", "total"),
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
from ..models.get_database_info import GetDatabaseInfo  # noqa: E402
