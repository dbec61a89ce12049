# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="TargetDn4Restore")


class TargetDn4Restore(_Model):
    """Candidate target data node (Table 4-493).

    Attributes:
        instance_name (str | None): Data node name.
        instance_id (str | None): Data node ID.
        engine_name (str | None): Engine name.
        status (str | None): Data node status.
        available (bool | None): Whether the node can be used as a target.
        unavailable_reason (str | None): Why the node cannot be used (empty when available).
        vpc_name (str | None): Name of the node's VPC.
        private_ip (str | None): Private IP address of the node.
    """

    __slots__ = (
        "instance_name",
        "instance_id",
        "engine_name",
        "status",
        "available",
        "unavailable_reason",
        "vpc_name",
        "private_ip",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance_name",
        "instance_id",
        "engine_name",
        "status",
        "available",
        "unavailable_reason",
        "vpc_name",
        "private_ip",
    )

    instance_name: str | None
    instance_id: str | None
    engine_name: str | None
    status: str | None
    available: bool | None
    unavailable_reason: str | None
    vpc_name: str | None
    private_ip: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        instance_name: str | None = None,
        instance_id: str | None = None,
        engine_name: str | None = None,
        status: str | None = None,
        available: bool | None = None,
        unavailable_reason: str | None = None,
        vpc_name: str | None = None,
        private_ip: str | None = None,
    ) -> None:
        self.instance_name = instance_name
        self.instance_id = instance_id
        self.engine_name = engine_name
        self.status = status
        self.available = available
        self.unavailable_reason = unavailable_reason
        self.vpc_name = vpc_name
        self.private_ip = private_ip
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.instance_name is not None:
            instance_name = self.instance_name
            field_dict["instance_name"] = instance_name
        elif "instance_name" in self._present:  # null in the reply: sent back as null
            field_dict["instance_name"] = None
        if self.instance_id is not None:
            instance_id = self.instance_id
            field_dict["instance_id"] = instance_id
        elif "instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["instance_id"] = None
        if self.engine_name is not None:
            engine_name = self.engine_name
            field_dict["engine_name"] = engine_name
        elif "engine_name" in self._present:  # null in the reply: sent back as null
            field_dict["engine_name"] = None
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.available is not None:
            available = self.available
            field_dict["available"] = available
        elif "available" in self._present:  # null in the reply: sent back as null
            field_dict["available"] = None
        if self.unavailable_reason is not None:
            unavailable_reason = self.unavailable_reason
            field_dict["unavailable_reason"] = unavailable_reason
        elif "unavailable_reason" in self._present:  # null in the reply: sent back as null
            field_dict["unavailable_reason"] = None
        if self.vpc_name is not None:
            vpc_name = self.vpc_name
            field_dict["vpc_name"] = vpc_name
        elif "vpc_name" in self._present:  # null in the reply: sent back as null
            field_dict["vpc_name"] = None
        if self.private_ip is not None:
            private_ip = self.private_ip
            field_dict["private_ip"] = private_ip
        elif "private_ip" in self._present:  # null in the reply: sent back as null
            field_dict["private_ip"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        engine_name = d.pop("engine_name", UNSET)
        if engine_name.__class__ is not str and engine_name is not UNSET:
            engine_name = _drift(cls, src_dict, "engine_name", engine_name, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

        available = d.pop("available", UNSET)
        if available.__class__ is not bool and available is not UNSET:
            available = _drift(cls, src_dict, "available", available, "boolean")

        unavailable_reason = d.pop("unavailable_reason", UNSET)
        if unavailable_reason.__class__ is not str and unavailable_reason is not UNSET:
            unavailable_reason = _drift(cls, src_dict, "unavailable_reason", unavailable_reason, "string")

        vpc_name = d.pop("vpc_name", UNSET)
        if vpc_name.__class__ is not str and vpc_name is not UNSET:
            vpc_name = _drift(cls, src_dict, "vpc_name", vpc_name, "string")

        private_ip = d.pop("private_ip", UNSET)
        if private_ip.__class__ is not str and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "private_ip", private_ip, "string")

        target_dn_4_restore = cls(  # the fields in declaration order; absent members read as None
            None if instance_name is UNSET else instance_name,
            None if instance_id is UNSET else instance_id,
            None if engine_name is UNSET else engine_name,
            None if status is UNSET else status,
            None if available is UNSET else available,
            None if unavailable_reason is UNSET else unavailable_reason,
            None if vpc_name is UNSET else vpc_name,
            None if private_ip is UNSET else private_ip,
        )
        target_dn_4_restore._present = frozenset(src_dict)

        target_dn_4_restore.additional_properties = d
        return target_dn_4_restore

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("instance_name", "instance_name"),
            ("instance_id", "instance_id"),
            ("engine_name", "engine_name"),
            ("status", "status"),
            ("available", "available"),
            ("unavailable_reason", "unavailable_reason"),
            ("vpc_name", "vpc_name"),
            ("private_ip", "private_ip"),
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
