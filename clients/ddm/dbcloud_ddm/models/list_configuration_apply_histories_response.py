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

T = TypeVar("T", bound="ListConfigurationApplyHistoriesResponse")


class ListConfigurationApplyHistoriesResponse(_Model):
    """Application records of a template (Table 4-544).

    Attributes:
        histories (list[ApplyHistory] | None): Application records.
        total (int | None): Total number of application records.
    """

    __slots__ = (
        "histories",
        "total",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "histories",
        "total",
    )

    histories: list[ApplyHistory] | None
    total: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        histories: list[ApplyHistory] | None = None,
        total: int | None = None,
    ) -> None:
        self.histories = histories
        self.total = total
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.histories is not None:
            try:
                histories: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.histories, Unset):
                    histories = []
                    for histories_item_data in self.histories:
                        histories_item = histories_item_data.to_dict()
                        histories.append(histories_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                histories = _cast(Any, self.histories)
            field_dict["histories"] = histories
        elif "histories" in self._present:  # null in the reply: sent back as null
            field_dict["histories"] = None
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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("histories").__class__ is not list:
                _histories = d.pop("histories", UNSET)
                histories: list[ApplyHistory] | Unset = UNSET
                if _histories is not UNSET:
                    histories = []
                    for histories_item_data in _histories:
                        histories_item = ApplyHistory.from_dict(histories_item_data)

                        histories.append(histories_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                histories = _LazyList(d.pop("histories"), ApplyHistory.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            histories = _drift(cls, src_dict, "histories", src_dict.get("histories", UNSET), "array")

        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            total = _drift(cls, src_dict, "total", total, "integer")

        list_configuration_apply_histories_response = (
            cls(  # the fields in declaration order; absent members read as None
                None if histories is UNSET else histories,
                None if total is UNSET else total,
            )
        )
        list_configuration_apply_histories_response._present = frozenset(src_dict)

        list_configuration_apply_histories_response.additional_properties = d
        return list_configuration_apply_histories_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("histories", "histories"),
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
from ..models.apply_history import ApplyHistory  # noqa: E402
