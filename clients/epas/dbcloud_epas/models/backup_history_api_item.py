# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="BackupHistoryApiItem")


class BackupHistoryApiItem(_Model):
    """One entry of a cluster's backup history (reference 2.6).

    Attributes:
        backup_end_at (str): When the backup finished.
        backup_history_number (str): Identifier of the backup.
        backup_size_gb (float): Amount of data in the backup, in gigabytes.
        backup_start_at (str): When the backup started.
        backup_state (str): State of the backup.
        software_version (str): Engine software version the backup was taken from.
        backup_state_detail (None | str): Detailed state of the backup, when available.
    """

    __slots__ = (
        "backup_end_at",
        "backup_history_number",
        "backup_size_gb",
        "backup_start_at",
        "backup_state",
        "software_version",
        "backup_state_detail",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "backup_end_at",
        "backup_history_number",
        "backup_size_gb",
        "backup_start_at",
        "backup_state",
        "software_version",
        "backup_state_detail",
    )

    backup_end_at: str
    backup_history_number: str
    backup_size_gb: float
    backup_start_at: str
    backup_state: str
    software_version: str
    backup_state_detail: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        backup_end_at: str,
        backup_history_number: str,
        backup_size_gb: float,
        backup_start_at: str,
        backup_state: str,
        software_version: str,
        backup_state_detail: None | str = None,
    ) -> None:
        self.backup_end_at = backup_end_at
        self.backup_history_number = backup_history_number
        self.backup_size_gb = backup_size_gb
        self.backup_start_at = backup_start_at
        self.backup_state = backup_state
        self.software_version = software_version
        self.backup_state_detail = backup_state_detail
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.backup_end_at is not None:
            backup_end_at = self.backup_end_at
            field_dict["backup_end_at"] = backup_end_at
        elif "backup_end_at" in self._present:  # null in the reply: sent back as null
            field_dict["backup_end_at"] = None
        if self.backup_history_number is not None:
            backup_history_number = self.backup_history_number
            field_dict["backup_history_number"] = backup_history_number
        elif "backup_history_number" in self._present:  # null in the reply: sent back as null
            field_dict["backup_history_number"] = None
        if self.backup_size_gb is not None:
            backup_size_gb = self.backup_size_gb
            field_dict["backup_size_gb"] = backup_size_gb
        elif "backup_size_gb" in self._present:  # null in the reply: sent back as null
            field_dict["backup_size_gb"] = None
        if self.backup_start_at is not None:
            backup_start_at = self.backup_start_at
            field_dict["backup_start_at"] = backup_start_at
        elif "backup_start_at" in self._present:  # null in the reply: sent back as null
            field_dict["backup_start_at"] = None
        if self.backup_state is not None:
            backup_state = self.backup_state
            field_dict["backup_state"] = backup_state
        elif "backup_state" in self._present:  # null in the reply: sent back as null
            field_dict["backup_state"] = None
        if self.software_version is not None:
            software_version = self.software_version
            field_dict["software_version"] = software_version
        elif "software_version" in self._present:  # null in the reply: sent back as null
            field_dict["software_version"] = None
        if self.backup_state_detail is not None:
            try:
                backup_state_detail: None | str | Unset
                if isinstance(self.backup_state_detail, Unset):
                    backup_state_detail = UNSET
                else:
                    backup_state_detail = self.backup_state_detail
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                backup_state_detail = _cast(Any, self.backup_state_detail)
            field_dict["backup_state_detail"] = backup_state_detail
        elif "backup_state_detail" in self._present:  # null in the reply: sent back as null
            field_dict["backup_state_detail"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_end_at = d.pop("backup_end_at", UNSET)
        if backup_end_at.__class__ is not str:
            backup_end_at = _drift(cls, src_dict, "backup_end_at", backup_end_at, "string")

        backup_history_number = d.pop("backup_history_number", UNSET)
        if backup_history_number.__class__ is not str:
            backup_history_number = _drift(cls, src_dict, "backup_history_number", backup_history_number, "string")

        backup_size_gb = d.pop("backup_size_gb", UNSET)
        if backup_size_gb.__class__ is not float and backup_size_gb.__class__ is not int:
            backup_size_gb = _drift(cls, src_dict, "backup_size_gb", backup_size_gb, "number")

        backup_start_at = d.pop("backup_start_at", UNSET)
        if backup_start_at.__class__ is not str:
            backup_start_at = _drift(cls, src_dict, "backup_start_at", backup_start_at, "string")

        backup_state = d.pop("backup_state", UNSET)
        if backup_state.__class__ is not str:
            backup_state = _drift(cls, src_dict, "backup_state", backup_state, "string")

        software_version = d.pop("software_version", UNSET)
        if software_version.__class__ is not str:
            software_version = _drift(cls, src_dict, "software_version", software_version, "string")

        try:
            backup_state_detail: None | str | Unset = d.pop("backup_state_detail", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            backup_state_detail = _drift(
                cls, src_dict, "backup_state_detail", src_dict.get("backup_state_detail", UNSET), "string or null"
            )

        backup_history_api_item = cls(  # the fields in declaration order; absent members read as None
            _MISSING if backup_end_at is UNSET else backup_end_at,
            _MISSING if backup_history_number is UNSET else backup_history_number,
            _MISSING if backup_size_gb is UNSET else backup_size_gb,
            _MISSING if backup_start_at is UNSET else backup_start_at,
            _MISSING if backup_state is UNSET else backup_state,
            _MISSING if software_version is UNSET else software_version,
            None if backup_state_detail is UNSET else backup_state_detail,
        )
        backup_history_api_item._present = frozenset(src_dict)

        backup_history_api_item.additional_properties = d
        return backup_history_api_item

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("backup_end_at", "backup_end_at"),
            ("backup_history_number", "backup_history_number"),
            ("backup_size_gb", "backup_size_gb"),
            ("backup_start_at", "backup_start_at"),
            ("backup_state", "backup_state"),
            ("software_version", "software_version"),
            ("backup_state_detail", "backup_state_detail"),
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
