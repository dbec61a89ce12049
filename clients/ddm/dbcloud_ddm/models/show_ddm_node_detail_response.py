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

T = TypeVar("T", bound="ShowDdmNodeDetailResponse")


class ShowDdmNodeDetailResponse(_Model):
    """Details of one instance node (4.2.34, Table 4-177).

    Attributes:
        status (NodeStatus | None): Status of a DDM node (appendix A.6, table A-8). normal: running normally; abnormal:
            faulty; creating: being created; createfail: creation failed; enlargefail: scale-out failed; resizing: node
            class being changed. New values may appear; clients must accept unknown ones.
        name (str | None): Node name.
        id (str | None): Node ID.
        private_ip (str | None): Private IP address of the node.
        group_id (str | None): ID of the node's group.
        az_code (str | None): AZ of the node.
        subnet_id (str | None): Subnet ID of the node.
    """

    __slots__ = (
        "status",
        "name",
        "id",
        "private_ip",
        "group_id",
        "az_code",
        "subnet_id",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "status",
        "name",
        "id",
        "private_ip",
        "group_id",
        "az_code",
        "subnet_id",
    )

    status: NodeStatus | None
    name: str | None
    id: str | None
    private_ip: str | None
    group_id: str | None
    az_code: str | None
    subnet_id: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        status: NodeStatus | None = None,
        name: str | None = None,
        id: str | None = None,
        private_ip: str | None = None,
        group_id: str | None = None,
        az_code: str | None = None,
        subnet_id: str | None = None,
    ) -> None:
        self.status = status
        self.name = name
        self.id = id
        self.private_ip = private_ip
        self.group_id = group_id
        self.az_code = az_code
        self.subnet_id = subnet_id
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.private_ip is not None:
            private_ip = self.private_ip
            field_dict["private_ip"] = private_ip
        elif "private_ip" in self._present:  # null in the reply: sent back as null
            field_dict["private_ip"] = None
        if self.group_id is not None:
            group_id = self.group_id
            field_dict["group_id"] = group_id
        elif "group_id" in self._present:  # null in the reply: sent back as null
            field_dict["group_id"] = None
        if self.az_code is not None:
            az_code = self.az_code
            field_dict["az_code"] = az_code
        elif "az_code" in self._present:  # null in the reply: sent back as null
            field_dict["az_code"] = None
        if self.subnet_id is not None:
            subnet_id = self.subnet_id
            field_dict["subnet_id"] = subnet_id
        elif "subnet_id" in self._present:  # null in the reply: sent back as null
            field_dict["subnet_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _status = d.pop("status", UNSET)
            status: NodeStatus | Unset = UNSET if _status is UNSET else enum_member(NodeStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "NodeStatus")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        private_ip = d.pop("private_ip", UNSET)
        if private_ip.__class__ is not str and private_ip is not UNSET:
            private_ip = _drift(cls, src_dict, "private_ip", private_ip, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        az_code = d.pop("az_code", UNSET)
        if az_code.__class__ is not str and az_code is not UNSET:
            az_code = _drift(cls, src_dict, "az_code", az_code, "string")

        subnet_id = d.pop("subnet_id", UNSET)
        if subnet_id.__class__ is not str and subnet_id is not UNSET:
            subnet_id = _drift(cls, src_dict, "subnet_id", subnet_id, "string")

        show_ddm_node_detail_response = cls(  # the fields in declaration order; absent members read as None
            None if status is UNSET else status,
            None if name is UNSET else name,
            None if id is UNSET else id,
            None if private_ip is UNSET else private_ip,
            None if group_id is UNSET else group_id,
            None if az_code is UNSET else az_code,
            None if subnet_id is UNSET else subnet_id,
        )
        show_ddm_node_detail_response._present = frozenset(src_dict)

        show_ddm_node_detail_response.additional_properties = d
        return show_ddm_node_detail_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("status", "status"),
            ("name", "name"),
            ("id", "id"),
            ("private_ip", "private_ip"),
            ("group_id", "group_id"),
            ("az_code", "az_code"),
            ("subnet_id", "subnet_id"),
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
