# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.node_status import NodeStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="NodeList")


class NodeList(_Model):
    """Node of a DDM instance (table 4-82).

    Attributes:
        port (str | None): Port of the node.
        status (NodeStatus | None): Status of a DDM node (appendix A.6, table A-8). normal: running normally; abnormal:
            faulty; creating: being created; createfail: creation failed; enlargefail: scale-out failed; resizing: node
            class being changed. New values may appear; clients must accept unknown ones.
        node_id (str | None): Node ID.
        ip (str | None): Private (data floating) IP address of the node.
        group_id (str | None): ID of the group the node belongs to.
    """

    __slots__ = (
        "port",
        "status",
        "node_id",
        "ip",
        "group_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "port",
        "status",
        "node_id",
        "ip",
        "group_id",
    )

    port: str | None
    status: NodeStatus | None
    node_id: str | None
    ip: str | None
    group_id: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        port: str | None = None,
        status: NodeStatus | None = None,
        node_id: str | None = None,
        ip: str | None = None,
        group_id: str | None = None,
    ) -> None:
        self.port = port
        self.status = status
        self.node_id = node_id
        self.ip = ip
        self.group_id = group_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.port is not None:
            port = self.port
            field_dict["port"] = port
        elif "port" in self._present:  # null in the reply: sent back as null
            field_dict["port"] = None
        if self.status is not None:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.node_id is not None:
            node_id = self.node_id
            field_dict["node_id"] = node_id
        elif "node_id" in self._present:  # null in the reply: sent back as null
            field_dict["node_id"] = None
        if self.ip is not None:
            ip = self.ip
            field_dict["ip"] = ip
        elif "ip" in self._present:  # null in the reply: sent back as null
            field_dict["ip"] = None
        if self.group_id is not None:
            group_id = self.group_id
            field_dict["group_id"] = group_id
        elif "group_id" in self._present:  # null in the reply: sent back as null
            field_dict["group_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port", UNSET)
        if port.__class__ is not str and port is not UNSET:
            port = _drift(cls, src_dict, "port", port, "string")

        try:
            _status = d.pop("status", UNSET)
            status: NodeStatus | Unset = UNSET if _status is UNSET else enum_member(NodeStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "NodeStatus")

        node_id = d.pop("node_id", UNSET)
        if node_id.__class__ is not str and node_id is not UNSET:
            node_id = _drift(cls, src_dict, "node_id", node_id, "string")

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str and ip is not UNSET:
            ip = _drift(cls, src_dict, "ip", ip, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        node_list = cls(  # the fields in declaration order; absent members read as None
            None if port is UNSET else port,
            None if status is UNSET else status,
            None if node_id is UNSET else node_id,
            None if ip is UNSET else ip,
            None if group_id is UNSET else group_id,
        )
        node_list._present = frozenset(src_dict)

        node_list.additional_properties = d
        return node_list

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("port", "port"),
            ("status", "status"),
            ("node_id", "node_id"),
            ("ip", "ip"),
            ("group_id", "group_id"),
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
