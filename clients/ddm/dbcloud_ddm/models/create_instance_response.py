# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="CreateInstanceResponse")


class CreateInstanceResponse(_Model):
    """Result of buying a DDM instance (table 4-9).

    Attributes:
        id (None | str): Instance ID; returned for pay-per-use instances only.
        job_id (None | str): ID of the creation job; returned for pay-per-use instances only.
        order_id (None | str): Order ID; returned for yearly/monthly instances only.
    """

    __slots__ = (
        "id",
        "job_id",
        "order_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "job_id",
        "order_id",
    )

    id: None | str
    job_id: None | str
    order_id: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: None | str = None,
        job_id: None | str = None,
        order_id: None | str = None,
    ) -> None:
        self.id = id
        self.job_id = job_id
        self.order_id = order_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            try:
                id: None | str | Unset
                if isinstance(self.id, Unset):
                    id = UNSET
                else:
                    id = self.id
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                id = _cast(Any, self.id)
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.job_id is not None:
            try:
                job_id: None | str | Unset
                if isinstance(self.job_id, Unset):
                    job_id = UNSET
                else:
                    job_id = self.job_id
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                job_id = _cast(Any, self.job_id)
            field_dict["job_id"] = job_id
        elif "job_id" in self._present:  # null in the reply: sent back as null
            field_dict["job_id"] = None
        if self.order_id is not None:
            try:
                order_id: None | str | Unset
                if isinstance(self.order_id, Unset):
                    order_id = UNSET
                else:
                    order_id = self.order_id
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                order_id = _cast(Any, self.order_id)
            field_dict["order_id"] = order_id
        elif "order_id" in self._present:  # null in the reply: sent back as null
            field_dict["order_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            id: None | str | Unset = d.pop("id", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            id = _drift(cls, src_dict, "id", src_dict.get("id", UNSET), "string or null")

        try:
            job_id: None | str | Unset = d.pop("job_id", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            job_id = _drift(cls, src_dict, "job_id", src_dict.get("job_id", UNSET), "string or null")

        try:
            order_id: None | str | Unset = d.pop("order_id", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            order_id = _drift(cls, src_dict, "order_id", src_dict.get("order_id", UNSET), "string or null")

        create_instance_response = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if job_id is UNSET else job_id,
            None if order_id is UNSET else order_id,
        )
        create_instance_response._present = frozenset(src_dict)

        create_instance_response.additional_properties = d
        return create_instance_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("job_id", "job_id"),
            ("order_id", "order_id"),
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
