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

T = TypeVar("T", bound="ListBackupsResponse")


class ListBackupsResponse(_Model):
    """Page of backups (Table 4-464).

    Attributes:
        backups (list[BackupInfo] | None): Backups on this page.
        offset (int | None): Offset the page starts at.
        limit (int | None): Page size.
        total (int | None): Total number of backups.
    """

    __slots__ = (
        "backups",
        "offset",
        "limit",
        "total",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "backups",
        "offset",
        "limit",
        "total",
    )

    backups: list[BackupInfo] | None
    offset: int | None
    limit: int | None
    total: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        backups: list[BackupInfo] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        total: int | None = None,
    ) -> None:
        self.backups = backups
        self.offset = offset
        self.limit = limit
        self.total = total
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.backups is not None:
            try:
                backups: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.backups, Unset):
                    backups = []
                    for backups_item_data in self.backups:
                        backups_item = backups_item_data.to_dict()
                        backups.append(backups_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                backups = _cast(Any, self.backups)
            field_dict["backups"] = backups
        elif "backups" in self._present:  # null in the reply: sent back as null
            field_dict["backups"] = None
        if self.offset is not None:
            offset = self.offset
            field_dict["offset"] = offset
        elif "offset" in self._present:  # null in the reply: sent back as null
            field_dict["offset"] = None
        if self.limit is not None:
            limit = self.limit
            field_dict["limit"] = limit
        elif "limit" in self._present:  # null in the reply: sent back as null
            field_dict["limit"] = None
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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("backups").__class__ is not list:
                _backups = d.pop("backups", UNSET)
                backups: list[BackupInfo] | Unset = UNSET
                if _backups is not UNSET:
                    backups = []
                    for backups_item_data in _backups:
                        backups_item = BackupInfo.from_dict(backups_item_data)

                        backups.append(backups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                backups = _LazyList(d.pop("backups"), BackupInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            backups = _drift(cls, src_dict, "backups", src_dict.get("backups", UNSET), "array")

        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int and offset is not UNSET:
            offset = _drift(cls, src_dict, "offset", offset, "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = _drift(cls, src_dict, "limit", limit, "integer")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        list_backups_response = cls(  # the fields in declaration order; absent members read as None
            None if backups is UNSET else backups,
            None if offset is UNSET else offset,
            None if limit is UNSET else limit,
            None if total is UNSET else total,
        )
        list_backups_response._present = frozenset(src_dict)

        list_backups_response.additional_properties = d
        return list_backups_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("backups", "backups"),
            ("offset", "offset"),
            ("limit", "limit"),
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
from ..models.backup_info import BackupInfo  # noqa: E402
