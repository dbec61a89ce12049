# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResizeClusterRequest")


@_attrs_define
class ResizeClusterRequest:
    """Body of the resize request (Table 5-39; Chinese edition tables 5-36 and 5-37). Send exactly one of scale_out (add
    nodes) or resize (deprecated, target flavor and node count).

        Attributes:
            scale_out (ScaleOut | Unset): Scale-out settings (Table 5-40).
            resize (Resize | Unset): Target size of the cluster (Chinese edition table 5-36; clusters of version 1.5.0 or
                later). Not in Issue 06.
    """

    scale_out: ScaleOut | Unset = UNSET
    resize: Resize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            scale_out: dict[str, Any] | Unset = UNSET
            if not isinstance(self.scale_out, Unset):
                scale_out = self.scale_out.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            scale_out = _cast(Any, self.scale_out)

        try:
            resize: dict[str, Any] | Unset = UNSET
            if not isinstance(self.resize, Unset):
                resize = self.resize.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            resize = _cast(Any, self.resize)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_out is not UNSET:
            field_dict["scale_out"] = scale_out
        if resize is not UNSET:
            field_dict["resize"] = resize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _scale_out = d.pop("scale_out", UNSET)
            scale_out: ScaleOut | Unset
            if isinstance(_scale_out, Unset):
                scale_out = UNSET
            else:
                scale_out = ScaleOut.from_dict(_scale_out)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            scale_out = _drift(cls, src_dict, "scale_out", src_dict.get("scale_out", UNSET), "ScaleOut")

        try:
            _resize = d.pop("resize", UNSET)
            resize: Resize | Unset
            if isinstance(_resize, Unset):
                resize = UNSET
            else:
                resize = Resize.from_dict(_resize)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            resize = _drift(cls, src_dict, "resize", src_dict.get("resize", UNSET), "Resize")

        resize_cluster_request = cls(  # the fields in declaration order
            scale_out,
            resize,
        )

        resize_cluster_request.additional_properties = d
        return resize_cluster_request

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
from ..models.resize import Resize  # noqa: E402
from ..models.scale_out import ScaleOut  # noqa: E402
