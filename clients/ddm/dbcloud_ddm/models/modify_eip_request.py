# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyEipRequest")


class ModifyEipRequest(_Model):
    """New ELB load balancer IP address (4.2.32, Table 4-169).

    Attributes:
        new_ip (str): New IP address of the ELB load balancer.
        group_id (str | Unset): Instance group whose load balancer changes; may be omitted when the instance has only
            one group.
    """

    __slots__ = (
        "new_ip",
        "group_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "new_ip",
        "group_id",
    )

    new_ip: str
    group_id: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        new_ip: str,
        group_id: str | Unset = UNSET,
    ) -> None:
        self.new_ip = new_ip
        self.group_id = group_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        new_ip = self.new_ip

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_ip": new_ip,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if isinstance(new_ip, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["new_ip"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_ip = d.pop("new_ip", UNSET)
        if new_ip.__class__ is not str:
            new_ip = _drift(cls, src_dict, "new_ip", new_ip, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        modify_eip_request = cls(  # the fields in declaration order
            new_ip,
            group_id,
        )

        modify_eip_request.additional_properties = d
        return modify_eip_request

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
