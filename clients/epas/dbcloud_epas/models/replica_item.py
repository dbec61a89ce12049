# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ReplicaItem")


class ReplicaItem(_Model):
    """A replica of a cluster with its replication state (reference 2.45).

    Attributes:
        name (str): Server name of the replica.
        region (None | str): Region the replica runs in.
        replica_state (None | str): Replication state.
        replica_state_detail (None | str): Detailed replication state.
        synced_at (None | str): When the replication state was last checked.
    """

    __slots__ = (
        "name",
        "region",
        "replica_state",
        "replica_state_detail",
        "synced_at",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "region",
        "replica_state",
        "replica_state_detail",
        "synced_at",
    )

    name: str
    region: None | str
    replica_state: None | str
    replica_state_detail: None | str
    synced_at: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str,
        region: None | str,
        replica_state: None | str,
        replica_state_detail: None | str,
        synced_at: None | str,
    ) -> None:
        self.name = name
        self.region = region
        self.replica_state = replica_state
        self.replica_state_detail = replica_state_detail
        self.synced_at = synced_at
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.region is not None:
            try:
                region: None | str
                region = self.region
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                region = _cast(Any, self.region)
            field_dict["region"] = region
        elif "region" in self._present:  # null in the reply: sent back as null
            field_dict["region"] = None
        if self.replica_state is not None:
            try:
                replica_state: None | str
                replica_state = self.replica_state
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                replica_state = _cast(Any, self.replica_state)
            field_dict["replica_state"] = replica_state
        elif "replica_state" in self._present:  # null in the reply: sent back as null
            field_dict["replica_state"] = None
        if self.replica_state_detail is not None:
            try:
                replica_state_detail: None | str
                replica_state_detail = self.replica_state_detail
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                replica_state_detail = _cast(Any, self.replica_state_detail)
            field_dict["replica_state_detail"] = replica_state_detail
        elif "replica_state_detail" in self._present:  # null in the reply: sent back as null
            field_dict["replica_state_detail"] = None
        if self.synced_at is not None:
            try:
                synced_at: None | str
                synced_at = self.synced_at
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                synced_at = _cast(Any, self.synced_at)
            field_dict["synced_at"] = synced_at
        elif "synced_at" in self._present:  # null in the reply: sent back as null
            field_dict["synced_at"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            region: None | str = d.pop("region", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            region = _drift(
                cls,
                src_dict,
                "region",
                src_dict.get("region"),
                "string or null",
                None if "region" in src_dict else "missing",
            )

        try:
            replica_state: None | str = d.pop("replica_state", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            replica_state = _drift(
                cls,
                src_dict,
                "replica_state",
                src_dict.get("replica_state"),
                "string or null",
                None if "replica_state" in src_dict else "missing",
            )

        try:
            replica_state_detail: None | str = d.pop("replica_state_detail", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            replica_state_detail = _drift(
                cls,
                src_dict,
                "replica_state_detail",
                src_dict.get("replica_state_detail"),
                "string or null",
                None if "replica_state_detail" in src_dict else "missing",
            )

        try:
            synced_at: None | str = d.pop("synced_at", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            synced_at = _drift(
                cls,
                src_dict,
                "synced_at",
                src_dict.get("synced_at"),
                "string or null",
                None if "synced_at" in src_dict else "missing",
            )

        replica_item = cls(  # the fields in declaration order; absent members read as None
            _MISSING if name is UNSET else name,
            region,
            replica_state,
            replica_state_detail,
            synced_at,
        )
        replica_item._present = frozenset(src_dict)

        replica_item.additional_properties = d
        return replica_item

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("region", "region"),
            ("replica_state", "replica_state"),
            ("replica_state_detail", "replica_state_detail"),
            ("synced_at", "synced_at"),
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
