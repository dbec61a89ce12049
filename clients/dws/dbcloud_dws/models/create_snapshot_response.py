# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="CreateSnapshotResponse")


class CreateSnapshotResponse(_Model):
    """Result of the create-snapshot request.

    Attributes:
        snapshot (SnapshotResp | None): Identifies the snapshot that is being created.
    """

    __slots__ = (
        "snapshot",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("snapshot",)

    snapshot: SnapshotResp | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        snapshot: SnapshotResp | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.snapshot is not None:
            try:
                snapshot: dict[str, Any] | Unset = UNSET
                if not isinstance(self.snapshot, Unset):
                    snapshot = self.snapshot.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                snapshot = _cast(Any, self.snapshot)
            field_dict["snapshot"] = snapshot
        elif "snapshot" in self._present:  # null in the reply: sent back as null
            field_dict["snapshot"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _snapshot = d.pop("snapshot", UNSET)
            snapshot: SnapshotResp | Unset
            if isinstance(_snapshot, Unset):
                snapshot = UNSET
            else:
                snapshot = SnapshotResp.from_dict(_snapshot)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            snapshot = _drift(cls, src_dict, "snapshot", src_dict.get("snapshot", UNSET), "SnapshotResp")

        create_snapshot_response = cls(  # the fields in declaration order; absent members read as None
            None if snapshot is UNSET else snapshot,
        )
        create_snapshot_response._present = frozenset(src_dict)

        create_snapshot_response.additional_properties = d
        return create_snapshot_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("snapshot", "snapshot"),)
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
from ..models.snapshot_resp import SnapshotResp  # noqa: E402
