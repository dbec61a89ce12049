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

T = TypeVar("T", bound="ListFlavorsResponse")


class ListFlavorsResponse(_Model):
    """Node classes available in the AZs (table 4-101).

    Attributes:
        compute_flavor_groups (list[ComputeFlavorGroupsInfo] | None): Node classes grouped by CPU architecture.
    """

    __slots__ = (
        "compute_flavor_groups",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("compute_flavor_groups",)

    compute_flavor_groups: list[ComputeFlavorGroupsInfo] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        compute_flavor_groups: list[ComputeFlavorGroupsInfo] | None = None,
    ) -> None:
        self.compute_flavor_groups = compute_flavor_groups
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.compute_flavor_groups is not None:
            try:
                compute_flavor_groups: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.compute_flavor_groups, Unset):
                    compute_flavor_groups = []
                    for compute_flavor_groups_item_data in self.compute_flavor_groups:
                        compute_flavor_groups_item = compute_flavor_groups_item_data.to_dict()
                        compute_flavor_groups.append(compute_flavor_groups_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                compute_flavor_groups = _cast(Any, self.compute_flavor_groups)
            field_dict["computeFlavorGroups"] = compute_flavor_groups
        elif "computeFlavorGroups" in self._present:  # null in the reply: sent back as null
            field_dict["computeFlavorGroups"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("computeFlavorGroups").__class__ is not list:
                _compute_flavor_groups = d.pop("computeFlavorGroups", UNSET)
                compute_flavor_groups: list[ComputeFlavorGroupsInfo] | Unset = UNSET
                if _compute_flavor_groups is not UNSET:
                    compute_flavor_groups = []
                    for compute_flavor_groups_item_data in _compute_flavor_groups:
                        compute_flavor_groups_item = ComputeFlavorGroupsInfo.from_dict(compute_flavor_groups_item_data)

                        compute_flavor_groups.append(compute_flavor_groups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                compute_flavor_groups = _LazyList(
                    d.pop("computeFlavorGroups"), ComputeFlavorGroupsInfo.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            compute_flavor_groups = _drift(
                cls, src_dict, "computeFlavorGroups", src_dict.get("computeFlavorGroups", UNSET), "array"
            )

        list_flavors_response = cls(  # the fields in declaration order; absent members read as None
            None if compute_flavor_groups is UNSET else compute_flavor_groups,
        )
        list_flavors_response._present = frozenset(src_dict)

        list_flavors_response.additional_properties = d
        return list_flavors_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("computeFlavorGroups", "compute_flavor_groups"),)
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
from ..models.compute_flavor_groups_info import ComputeFlavorGroupsInfo  # noqa: E402
