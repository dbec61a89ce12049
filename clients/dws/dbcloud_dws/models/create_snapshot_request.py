# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSnapshotRequest")


class CreateSnapshotRequest(_Model):
    """Body of the create-snapshot request.

    Attributes:
        snapshot (Snapshot): The snapshot to create.
    """

    __slots__ = (
        "snapshot",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("snapshot",)

    snapshot: Snapshot
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        snapshot: Snapshot,
    ) -> None:
        self.snapshot = snapshot
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            snapshot = self.snapshot.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            snapshot = _cast(Any, self.snapshot)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot": snapshot,
            }
        )
        if isinstance(snapshot, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["snapshot"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            snapshot = Snapshot.from_dict(d.pop("snapshot", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            snapshot = _drift(cls, src_dict, "snapshot", src_dict.get("snapshot", UNSET), "Snapshot")

        create_snapshot_request = cls(  # the fields in declaration order
            snapshot,
        )

        create_snapshot_request.additional_properties = d
        return create_snapshot_request

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
from ..models.snapshot import Snapshot  # noqa: E402
