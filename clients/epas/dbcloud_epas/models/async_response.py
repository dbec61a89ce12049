# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="AsyncResponse")


class AsyncResponse(_Model):
    """Acknowledgement of an accepted asynchronous request (reference 2.4).

    Attributes:
        request_id (str): Identifier of the asynchronous request; poll it with show_request.
        resource (ResourceInfo): Resource an asynchronous request acts on (reference 2.51).
    """

    __slots__ = (
        "request_id",
        "resource",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "request_id",
        "resource",
    )

    request_id: str
    resource: ResourceInfo
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        request_id: str,
        resource: ResourceInfo,
    ) -> None:
        self.request_id = request_id
        self.resource = resource
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.request_id is not None:
            request_id = self.request_id
            field_dict["request_id"] = request_id
        elif "request_id" in self._present:  # null in the reply: sent back as null
            field_dict["request_id"] = None
        if self.resource is not None:
            try:
                resource = self.resource.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                resource = _cast(Any, self.resource)
            field_dict["resource"] = resource
        elif "resource" in self._present:  # null in the reply: sent back as null
            field_dict["resource"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)
        if request_id.__class__ is not str:
            request_id = _drift(cls, src_dict, "request_id", request_id, "string")

        try:
            resource = ResourceInfo.from_dict(d.pop("resource", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            resource = _drift(
                cls,
                src_dict,
                "resource",
                src_dict.get("resource"),
                "ResourceInfo",
                None if "resource" in src_dict else "missing",
            )

        async_response = cls(  # the fields in declaration order; absent members read as None
            _MISSING if request_id is UNSET else request_id,
            resource,
        )
        async_response._present = frozenset(src_dict)

        async_response.additional_properties = d
        return async_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("request_id", "request_id"),
            ("resource", "resource"),
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
from ..models.resource_info import ResourceInfo  # noqa: E402
