# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreClusterRequest")


class RestoreClusterRequest(_Model):
    """Body of the restore-cluster request.

    Attributes:
        restore (Restore): Settings of the new cluster that the snapshot is restored into.
    """

    __slots__ = (
        "restore",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("restore",)

    restore: Restore
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        restore: Restore,
    ) -> None:
        self.restore = restore
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            restore = self.restore.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            restore = _cast(Any, self.restore)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restore": restore,
            }
        )
        if isinstance(restore, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["restore"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            restore = Restore.from_dict(d.pop("restore", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            restore = _drift(cls, src_dict, "restore", src_dict.get("restore", UNSET), "Restore")

        restore_cluster_request = cls(  # the fields in declaration order
            restore,
        )

        restore_cluster_request.additional_properties = d
        return restore_cluster_request

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
from ..models.restore import Restore  # noqa: E402
