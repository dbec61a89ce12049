# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="NodeTypeElasticVolumeSpecs")


class NodeTypeElasticVolumeSpecs(_Model):
    """Cloud-disk option of an elastic-volume node type (vendor SDK model; not in the references).

    Attributes:
        type_ (str | None): Disk kind: SATA, SAS, SSD, ESSD or GPSSD.
        step (int | None): Step by which the disk size changes.
        min_size (int | None): Smallest disk size.
        max_size (int | None): Largest disk size.
    """

    __slots__ = (
        "type_",
        "step",
        "min_size",
        "max_size",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "type_",
        "step",
        "min_size",
        "max_size",
    )

    type_: str | None
    step: int | None
    min_size: int | None
    max_size: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        type_: str | None = None,
        step: int | None = None,
        min_size: int | None = None,
        max_size: int | None = None,
    ) -> None:
        self.type_ = type_
        self.step = step
        self.min_size = min_size
        self.max_size = max_size
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._present:  # null in the reply: sent back as null
            field_dict["type"] = None
        if self.step is not None:
            step = self.step
            field_dict["step"] = step
        elif "step" in self._present:  # null in the reply: sent back as null
            field_dict["step"] = None
        if self.min_size is not None:
            min_size = self.min_size
            field_dict["min_size"] = min_size
        elif "min_size" in self._present:  # null in the reply: sent back as null
            field_dict["min_size"] = None
        if self.max_size is not None:
            max_size = self.max_size
            field_dict["max_size"] = max_size
        elif "max_size" in self._present:  # null in the reply: sent back as null
            field_dict["max_size"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _drift(cls, src_dict, "type", type_, "string")

        step = d.pop("step", UNSET)
        if step.__class__ is not int and step is not UNSET:
            step = _drift(cls, src_dict, "step", step, "integer")

        min_size = d.pop("min_size", UNSET)
        if min_size.__class__ is not int and min_size is not UNSET:
            min_size = _drift(cls, src_dict, "min_size", min_size, "integer")

        max_size = d.pop("max_size", UNSET)
        if max_size.__class__ is not int and max_size is not UNSET:
            max_size = _drift(cls, src_dict, "max_size", max_size, "integer")

        node_type_elastic_volume_specs = cls(  # the fields in declaration order; absent members read as None
            None if type_ is UNSET else type_,
            None if step is UNSET else step,
            None if min_size is UNSET else min_size,
            None if max_size is UNSET else max_size,
        )
        node_type_elastic_volume_specs._present = frozenset(src_dict)

        node_type_elastic_volume_specs.additional_properties = d
        return node_type_elastic_volume_specs

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("type", "type_"),
            ("step", "step"),
            ("min_size", "min_size"),
            ("max_size", "max_size"),
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
