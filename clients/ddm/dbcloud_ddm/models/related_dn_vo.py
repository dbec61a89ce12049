# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="RelatedDnVO")


class RelatedDnVO(_Model):
    """Related data node with its state (Table 4-479).

    Attributes:
        instance_id (str | None): Data node ID.
        instance_name (str | None): Data node name.
        instance_status (str | None): Data node status.
        data_volume_size (float | None): Disk size of the data node.
        version (str | None): Engine version.
        engine_name (str | None): Engine name.
    """

    __slots__ = (
        "instance_id",
        "instance_name",
        "instance_status",
        "data_volume_size",
        "version",
        "engine_name",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance_id",
        "instance_name",
        "instance_status",
        "data_volume_size",
        "version",
        "engine_name",
    )

    instance_id: str | None
    instance_name: str | None
    instance_status: str | None
    data_volume_size: float | None
    version: str | None
    engine_name: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        instance_id: str | None = None,
        instance_name: str | None = None,
        instance_status: str | None = None,
        data_volume_size: float | None = None,
        version: str | None = None,
        engine_name: str | None = None,
    ) -> None:
        self.instance_id = instance_id
        self.instance_name = instance_name
        self.instance_status = instance_status
        self.data_volume_size = data_volume_size
        self.version = version
        self.engine_name = engine_name
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.instance_id is not None:
            instance_id = self.instance_id
            field_dict["instance_id"] = instance_id
        elif "instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["instance_id"] = None
        if self.instance_name is not None:
            instance_name = self.instance_name
            field_dict["instance_name"] = instance_name
        elif "instance_name" in self._present:  # null in the reply: sent back as null
            field_dict["instance_name"] = None
        if self.instance_status is not None:
            instance_status = self.instance_status
            field_dict["instance_status"] = instance_status
        elif "instance_status" in self._present:  # null in the reply: sent back as null
            field_dict["instance_status"] = None
        if self.data_volume_size is not None:
            data_volume_size = self.data_volume_size
            field_dict["data_volume_size"] = data_volume_size
        elif "data_volume_size" in self._present:  # null in the reply: sent back as null
            field_dict["data_volume_size"] = None
        if self.version is not None:
            version = self.version
            field_dict["version"] = version
        elif "version" in self._present:  # null in the reply: sent back as null
            field_dict["version"] = None
        if self.engine_name is not None:
            engine_name = self.engine_name
            field_dict["engine_name"] = engine_name
        elif "engine_name" in self._present:  # null in the reply: sent back as null
            field_dict["engine_name"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        instance_status = d.pop("instance_status", UNSET)
        if instance_status.__class__ is not str and instance_status is not UNSET:
            instance_status = _drift(cls, src_dict, "instance_status", instance_status, "string")

        data_volume_size = d.pop("data_volume_size", UNSET)
        if (
            data_volume_size.__class__ is not float
            and data_volume_size.__class__ is not int
            and data_volume_size is not UNSET
        ):
            data_volume_size = _drift(cls, src_dict, "data_volume_size", data_volume_size, "number")

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _drift(cls, src_dict, "version", version, "string")

        engine_name = d.pop("engine_name", UNSET)
        if engine_name.__class__ is not str and engine_name is not UNSET:
            engine_name = _drift(cls, src_dict, "engine_name", engine_name, "string")

        related_dn_vo = cls(  # the fields in declaration order; absent members read as None
            None if instance_id is UNSET else instance_id,
            None if instance_name is UNSET else instance_name,
            None if instance_status is UNSET else instance_status,
            None if data_volume_size is UNSET else data_volume_size,
            None if version is UNSET else version,
            None if engine_name is UNSET else engine_name,
        )
        related_dn_vo._present = frozenset(src_dict)

        related_dn_vo.additional_properties = d
        return related_dn_vo

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("instance_id", "instance_id"),
            ("instance_name", "instance_name"),
            ("instance_status", "instance_status"),
            ("data_volume_size", "data_volume_size"),
            ("version", "version"),
            ("engine_name", "engine_name"),
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
