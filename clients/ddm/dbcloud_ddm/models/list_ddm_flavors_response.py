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

T = TypeVar("T", bound="ListDdmFlavorsResponse")


class ListDdmFlavorsResponse(_Model):
    """Node classes grouped by CPU architecture (4.2.22, Table 4-131).

    Attributes:
        flavor_groups (list[FlavorGroupInfo] | None): One entry per CPU architecture.
    """

    __slots__ = (
        "flavor_groups",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("flavor_groups",)

    flavor_groups: list[FlavorGroupInfo] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        flavor_groups: list[FlavorGroupInfo] | None = None,
    ) -> None:
        self.flavor_groups = flavor_groups
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.flavor_groups is not None:
            try:
                flavor_groups: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.flavor_groups, Unset):
                    flavor_groups = []
                    for flavor_groups_item_data in self.flavor_groups:
                        flavor_groups_item = flavor_groups_item_data.to_dict()
                        flavor_groups.append(flavor_groups_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                flavor_groups = _cast(Any, self.flavor_groups)
            field_dict["flavor_groups"] = flavor_groups
        elif "flavor_groups" in self._present:  # null in the reply: sent back as null
            field_dict["flavor_groups"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("flavor_groups").__class__ is not list:
                _flavor_groups = d.pop("flavor_groups", UNSET)
                flavor_groups: list[FlavorGroupInfo] | Unset = UNSET
                if _flavor_groups is not UNSET:
                    flavor_groups = []
                    for flavor_groups_item_data in _flavor_groups:
                        flavor_groups_item = FlavorGroupInfo.from_dict(flavor_groups_item_data)

                        flavor_groups.append(flavor_groups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                flavor_groups = _LazyList(d.pop("flavor_groups"), FlavorGroupInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            flavor_groups = _drift(cls, src_dict, "flavor_groups", src_dict.get("flavor_groups", UNSET), "array")

        list_ddm_flavors_response = cls(  # the fields in declaration order; absent members read as None
            None if flavor_groups is UNSET else flavor_groups,
        )
        list_ddm_flavors_response._present = frozenset(src_dict)

        list_ddm_flavors_response.additional_properties = d
        return list_ddm_flavors_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("flavor_groups", "flavor_groups"),)
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
from ..models.flavor_group_info import FlavorGroupInfo  # noqa: E402
