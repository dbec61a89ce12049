# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupHistoryNumberRequest")


class BackupHistoryNumberRequest(_Model):
    """Backups to delete from the history (reference 2.8).

    Attributes:
        backup_history_number (list[str]): Identifiers of the backups to remove.
    """

    __slots__ = (
        "backup_history_number",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("backup_history_number",)

    backup_history_number: list[str]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        backup_history_number: list[str],
    ) -> None:
        self.backup_history_number = backup_history_number
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            backup_history_number = self.backup_history_number

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            backup_history_number = _cast(Any, self.backup_history_number)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backup_history_number": backup_history_number,
            }
        )
        if isinstance(backup_history_number, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["backup_history_number"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_history_number = d.pop("backup_history_number", UNSET)
        if backup_history_number.__class__ is not list:
            backup_history_number = _drift(cls, src_dict, "backup_history_number", backup_history_number, "array")

        backup_history_number_request = cls(  # the fields in declaration order
            backup_history_number,
        )

        backup_history_number_request.additional_properties = d
        return backup_history_number_request

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
