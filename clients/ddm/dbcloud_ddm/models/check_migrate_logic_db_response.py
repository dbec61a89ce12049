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

T = TypeVar("T", bound="CheckMigrateLogicDbResponse")


class CheckMigrateLogicDbResponse(_Model):
    """Pre-check of a shard configuration.

    Attributes:
        pre_check_results (list[PreCheckResult] | None): Results of the check items.
        job_id (str | None): ID of the pre-check workflow.
    """

    __slots__ = (
        "pre_check_results",
        "job_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "pre_check_results",
        "job_id",
    )

    pre_check_results: list[PreCheckResult] | None
    job_id: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        pre_check_results: list[PreCheckResult] | None = None,
        job_id: str | None = None,
    ) -> None:
        self.pre_check_results = pre_check_results
        self.job_id = job_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.pre_check_results is not None:
            try:
                pre_check_results: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.pre_check_results, Unset):
                    pre_check_results = []
                    for pre_check_results_item_data in self.pre_check_results:
                        pre_check_results_item = pre_check_results_item_data.to_dict()
                        pre_check_results.append(pre_check_results_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                pre_check_results = _cast(Any, self.pre_check_results)
            field_dict["pre_check_results"] = pre_check_results
        elif "pre_check_results" in self._present:  # null in the reply: sent back as null
            field_dict["pre_check_results"] = None
        if self.job_id is not None:
            job_id = self.job_id
            field_dict["job_id"] = job_id
        elif "job_id" in self._present:  # null in the reply: sent back as null
            field_dict["job_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("pre_check_results").__class__ is not list:
                _pre_check_results = d.pop("pre_check_results", UNSET)
                pre_check_results: list[PreCheckResult] | Unset = UNSET
                if _pre_check_results is not UNSET:
                    pre_check_results = []
                    for pre_check_results_item_data in _pre_check_results:
                        pre_check_results_item = PreCheckResult.from_dict(pre_check_results_item_data)

                        pre_check_results.append(pre_check_results_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                pre_check_results = _LazyList(d.pop("pre_check_results"), PreCheckResult.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            pre_check_results = _drift(
                cls, src_dict, "pre_check_results", src_dict.get("pre_check_results", UNSET), "array"
            )

        job_id = d.pop("job_id", UNSET)
        if job_id.__class__ is not str and job_id is not UNSET:
            job_id = _drift(cls, src_dict, "job_id", job_id, "string")

        check_migrate_logic_db_response = cls(  # the fields in declaration order; absent members read as None
            None if pre_check_results is UNSET else pre_check_results,
            None if job_id is UNSET else job_id,
        )
        check_migrate_logic_db_response._present = frozenset(src_dict)

        check_migrate_logic_db_response.additional_properties = d
        return check_migrate_logic_db_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("pre_check_results", "pre_check_results"),
            ("job_id", "job_id"),
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
from ..models.pre_check_result import PreCheckResult  # noqa: E402
