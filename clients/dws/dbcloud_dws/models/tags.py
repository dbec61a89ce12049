# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="Tags")


class Tags(_Model):
    """A key/value tag of a cluster (Tables 5-12, 5-24).

    Attributes:
        key (str | None): Tag key, 1 to 36 Unicode characters: letters, digits, hyphens and underscores; no leading or
            trailing space and none of = * < > \\ , /.
        value (None | str): Tag value, up to 43 Unicode characters, may be empty: letters, digits, hyphens and
            underscores; no leading or trailing space and none of = * < > \\ , /.
    """

    __slots__ = (
        "key",
        "value",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "key",
        "value",
    )

    key: str | None
    value: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        key: str | None = None,
        value: None | str = None,
    ) -> None:
        self.key = key
        self.value = value
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key is not None:
            key = self.key
            field_dict["key"] = key
        elif "key" in self._present:  # null in the reply: sent back as null
            field_dict["key"] = None
        if self.value is not None:
            try:
                value: None | str | Unset
                if isinstance(self.value, Unset):
                    value = UNSET
                else:
                    value = self.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                value = _cast(Any, self.value)
            field_dict["value"] = value
        elif "value" in self._present:  # null in the reply: sent back as null
            field_dict["value"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if key.__class__ is not str and key is not UNSET:
            key = _drift(cls, src_dict, "key", key, "string")

        try:
            value: None | str | Unset = d.pop("value", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            value = _drift(cls, src_dict, "value", src_dict.get("value", UNSET), "string or null")

        tags = cls(  # the fields in declaration order; absent members read as None
            None if key is UNSET else key,
            None if value is UNSET else value,
        )
        tags._present = frozenset(src_dict)

        tags.additional_properties = d
        return tags

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("key", "key"),
            ("value", "value"),
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
