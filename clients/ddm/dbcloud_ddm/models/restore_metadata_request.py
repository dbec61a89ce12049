# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreMetadataRequest")


class RestoreMetadataRequest(_Model):
    """Metadata restoration request (Table 4-505).

    Attributes:
        source (RestoreMetaDataSource): What to restore the metadata from (Table 4-506). Give either backup_id or
            restore_time.
        target (RestoreMetaDataTarget): Where to restore the metadata to (Table 4-507).
    """

    __slots__ = (
        "source",
        "target",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "source",
        "target",
    )

    source: RestoreMetaDataSource
    target: RestoreMetaDataTarget
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        source: RestoreMetaDataSource,
        target: RestoreMetaDataTarget,
    ) -> None:
        self.source = source
        self.target = target
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            source = self.source.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            source = _cast(Any, self.source)

        try:
            target = self.target.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            target = _cast(Any, self.target)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )
        if isinstance(source, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["source"]
        if isinstance(target, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["target"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            source = RestoreMetaDataSource.from_dict(d.pop("source", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            source = _drift(cls, src_dict, "source", src_dict.get("source", UNSET), "RestoreMetaDataSource")

        try:
            target = RestoreMetaDataTarget.from_dict(d.pop("target", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            target = _drift(cls, src_dict, "target", src_dict.get("target", UNSET), "RestoreMetaDataTarget")

        restore_metadata_request = cls(  # the fields in declaration order
            source,
            target,
        )

        restore_metadata_request.additional_properties = d
        return restore_metadata_request

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
from ..models.restore_meta_data_source import RestoreMetaDataSource  # noqa: E402
from ..models.restore_meta_data_target import RestoreMetaDataTarget  # noqa: E402
