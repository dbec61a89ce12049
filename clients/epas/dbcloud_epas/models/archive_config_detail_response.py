# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ArchiveConfigDetailResponse")


class ArchiveConfigDetailResponse(_Model):
    """Current WAL archive settings of a cluster (reference 2.2).

    Attributes:
        archive_enabled (bool): Whether archiving of logs is switched on.
        retention_period_day (int | None): Number of days archived logs are kept. Default: 1.
    """

    __slots__ = (
        "archive_enabled",
        "retention_period_day",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "archive_enabled",
        "retention_period_day",
    )

    archive_enabled: bool
    retention_period_day: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        archive_enabled: bool,
        retention_period_day: int | None = None,
    ) -> None:
        self.archive_enabled = archive_enabled
        self.retention_period_day = retention_period_day
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.archive_enabled is not None:
            archive_enabled = self.archive_enabled
            field_dict["archive_enabled"] = archive_enabled
        elif "archive_enabled" in self._present:  # null in the reply: sent back as null
            field_dict["archive_enabled"] = None
        if self.retention_period_day is not None:
            try:
                retention_period_day: int | None | Unset
                if isinstance(self.retention_period_day, Unset):
                    retention_period_day = UNSET
                else:
                    retention_period_day = self.retention_period_day
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                retention_period_day = _cast(Any, self.retention_period_day)
            field_dict["retention_period_day"] = retention_period_day
        elif "retention_period_day" in self._present:  # null in the reply: sent back as null
            field_dict["retention_period_day"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archive_enabled = d.pop("archive_enabled", UNSET)
        if archive_enabled.__class__ is not bool:
            archive_enabled = _drift(cls, src_dict, "archive_enabled", archive_enabled, "boolean")

        try:
            retention_period_day: int | None | Unset = d.pop("retention_period_day", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            retention_period_day = _drift(
                cls, src_dict, "retention_period_day", src_dict.get("retention_period_day", UNSET), "integer or null"
            )

        archive_config_detail_response = cls(  # the fields in declaration order; absent members read as None
            _MISSING if archive_enabled is UNSET else archive_enabled,
            None if retention_period_day is UNSET else retention_period_day,
        )
        archive_config_detail_response._present = frozenset(src_dict)

        archive_config_detail_response.additional_properties = d
        return archive_config_detail_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("archive_enabled", "archive_enabled"),
            ("retention_period_day", "retention_period_day"),
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
