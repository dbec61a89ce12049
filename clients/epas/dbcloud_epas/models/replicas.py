# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="Replicas")


class Replicas(_Model):
    """One replica cluster to create (reference 2.46).

    Attributes:
        instance_groups (list[InstanceGroupRequest]): Instance groups of the replica.
        name (str): Name of the replica; lower-case letters, digits and hyphens, starting with a letter and not ending
            with a hyphen.
    """

    __slots__ = (
        "instance_groups",
        "name",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance_groups",
        "name",
    )

    instance_groups: list[InstanceGroupRequest]
    name: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        instance_groups: list[InstanceGroupRequest],
        name: str,
    ) -> None:
        self.instance_groups = instance_groups
        self.name = name
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            instance_groups = []
            for instance_groups_item_data in self.instance_groups:
                instance_groups_item = instance_groups_item_data.to_dict()
                instance_groups.append(instance_groups_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            instance_groups = _cast(Any, self.instance_groups)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_groups": instance_groups,
                "name": name,
            }
        )
        if isinstance(instance_groups, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["instance_groups"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("instance_groups").__class__ is not list:
                instance_groups = []
                _instance_groups = d.pop("instance_groups", UNSET)
                for instance_groups_item_data in _instance_groups:
                    instance_groups_item = InstanceGroupRequest.from_dict(instance_groups_item_data)

                    instance_groups.append(instance_groups_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                instance_groups = _LazyList(d.pop("instance_groups"), InstanceGroupRequest.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instance_groups = _drift(cls, src_dict, "instance_groups", src_dict.get("instance_groups", UNSET), "array")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        replicas = cls(  # the fields in declaration order
            instance_groups,
            name,
        )

        replicas.additional_properties = d
        return replicas

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
from ..models.instance_group_request import InstanceGroupRequest  # noqa: E402
