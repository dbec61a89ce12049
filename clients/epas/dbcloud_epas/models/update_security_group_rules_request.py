# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSecurityGroupRulesRequest")


class UpdateSecurityGroupRulesRequest(_Model):
    """Changes to the list of IP addresses allowed to reach a cluster (reference 2.55).

    Attributes:
        add_ip_addresses (list[str] | Unset): IP addresses to add to the allowed list. Default: [].
        del_ip_addresses (list[str] | Unset): IP addresses to remove from the allowed list. Default: [].
    """

    __slots__ = (
        "add_ip_addresses",
        "del_ip_addresses",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "add_ip_addresses",
        "del_ip_addresses",
    )

    add_ip_addresses: list[str] | Unset
    del_ip_addresses: list[str] | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        add_ip_addresses: list[str] | Unset = UNSET,
        del_ip_addresses: list[str] | Unset = UNSET,
    ) -> None:
        self.add_ip_addresses = add_ip_addresses
        self.del_ip_addresses = del_ip_addresses
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            add_ip_addresses: list[str] | Unset = UNSET
            if not isinstance(self.add_ip_addresses, Unset):
                add_ip_addresses = self.add_ip_addresses

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            add_ip_addresses = _cast(Any, self.add_ip_addresses)

        try:
            del_ip_addresses: list[str] | Unset = UNSET
            if not isinstance(self.del_ip_addresses, Unset):
                del_ip_addresses = self.del_ip_addresses

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            del_ip_addresses = _cast(Any, self.del_ip_addresses)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_ip_addresses is not UNSET:
            field_dict["add_ip_addresses"] = add_ip_addresses
        if del_ip_addresses is not UNSET:
            field_dict["del_ip_addresses"] = del_ip_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add_ip_addresses = d.pop("add_ip_addresses", UNSET)
        if add_ip_addresses.__class__ is not list and add_ip_addresses is not UNSET:
            add_ip_addresses = _drift(cls, src_dict, "add_ip_addresses", add_ip_addresses, "array")

        del_ip_addresses = d.pop("del_ip_addresses", UNSET)
        if del_ip_addresses.__class__ is not list and del_ip_addresses is not UNSET:
            del_ip_addresses = _drift(cls, src_dict, "del_ip_addresses", del_ip_addresses, "array")

        update_security_group_rules_request = cls(  # the fields in declaration order
            add_ip_addresses,
            del_ip_addresses,
        )

        update_security_group_rules_request.additional_properties = d
        return update_security_group_rules_request

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
