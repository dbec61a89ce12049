# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRequest")


class AuditLogRequest(_Model):
    """Audit logging switch of a cluster (reference 2.5).

    Attributes:
        use_audit_log (bool): Whether database audit logging is to be enabled.
    """

    __slots__ = (
        "use_audit_log",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("use_audit_log",)

    use_audit_log: bool
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        use_audit_log: bool,
    ) -> None:
        self.use_audit_log = use_audit_log
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        use_audit_log = self.use_audit_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "use_audit_log": use_audit_log,
            }
        )
        if isinstance(use_audit_log, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["use_audit_log"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        use_audit_log = d.pop("use_audit_log", UNSET)
        if use_audit_log.__class__ is not bool:
            use_audit_log = _drift(cls, src_dict, "use_audit_log", use_audit_log, "boolean")

        audit_log_request = cls(  # the fields in declaration order
            use_audit_log,
        )

        audit_log_request.additional_properties = d
        return audit_log_request

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
