# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="RestartNodeResponse")


class RestartNodeResponse(_Model):
    """Result of a node restart (4.2.29, Table 4-160).

    Attributes:
        job_id (str | None): Job ID.
    """

    __slots__ = (
        "job_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("job_id",)

    job_id: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        job_id: str | None = None,
    ) -> None:
        self.job_id = job_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.job_id is not None:
            job_id = self.job_id
            field_dict["job_id"] = job_id
        elif "job_id" in self._present:  # null in the reply: sent back as null
            field_dict["job_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id.__class__ is not str and job_id is not UNSET:
            job_id = _drift(cls, src_dict, "job_id", job_id, "string")

        restart_node_response = cls(  # the fields in declaration order; absent members read as None
            None if job_id is UNSET else job_id,
        )
        restart_node_response._present = frozenset(src_dict)

        restart_node_response.additional_properties = d
        return restart_node_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("job_id", "job_id"),)
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
