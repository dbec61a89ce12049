# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="Snapshot")


class Snapshot(_Model):
    """The snapshot to create.

    Attributes:
        name (str): Unique, case-insensitive snapshot name; 4-64 characters, starts with a letter, then letters, digits,
            hyphens and underscores.
        cluster_id (str): ID of the cluster to back up.
        description (str | Unset): Free text about the snapshot, at most 256 characters, none of ! < > ' = & ". Empty
            when omitted. Default: "".
    """

    __slots__ = (
        "name",
        "cluster_id",
        "description",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "cluster_id",
        "description",
    )

    name: str
    cluster_id: str
    description: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        cluster_id: str,
        description: str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.cluster_id = cluster_id
        self.description = description
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cluster_id = self.cluster_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "cluster_id": cluster_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(cluster_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["cluster_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        cluster_id = d.pop("cluster_id", UNSET)
        if cluster_id.__class__ is not str:
            cluster_id = _drift(cls, src_dict, "cluster_id", cluster_id, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        snapshot = cls(  # the fields in declaration order
            name,
            cluster_id,
            description,
        )

        snapshot.additional_properties = d
        return snapshot

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
