# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedisConfReq")


class RedisConfReq(_Model):
    """How data is redistributed after a scale-out (vendor SDK model; not in the references).

    Attributes:
        redis_mode (str | Unset): Redistribution mode: online or offline (default offline; the service also accepts
            onLine/offLine).
        parallel_jobs (int | Unset): Number of parallel redistribution jobs, 1-200; default 4. Default: 4.
    """

    __slots__ = (
        "redis_mode",
        "parallel_jobs",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "redis_mode",
        "parallel_jobs",
    )

    redis_mode: str | Unset
    parallel_jobs: int | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        redis_mode: str | Unset = UNSET,
        parallel_jobs: int | Unset = UNSET,
    ) -> None:
        self.redis_mode = redis_mode
        self.parallel_jobs = parallel_jobs
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        redis_mode = self.redis_mode

        parallel_jobs = self.parallel_jobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redis_mode is not UNSET:
            field_dict["redis_mode"] = redis_mode
        if parallel_jobs is not UNSET:
            field_dict["parallel_jobs"] = parallel_jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        redis_mode = d.pop("redis_mode", UNSET)
        if redis_mode.__class__ is not str and redis_mode is not UNSET:
            redis_mode = _drift(cls, src_dict, "redis_mode", redis_mode, "string")

        parallel_jobs = d.pop("parallel_jobs", UNSET)
        if parallel_jobs.__class__ is not int and parallel_jobs is not UNSET:
            parallel_jobs = _drift(cls, src_dict, "parallel_jobs", parallel_jobs, "integer")

        redis_conf_req = cls(  # the fields in declaration order
            redis_mode,
            parallel_jobs,
        )

        redis_conf_req.additional_properties = d
        return redis_conf_req

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
