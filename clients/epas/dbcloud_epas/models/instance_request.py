# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.instance_role_type import InstanceRoleType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="InstanceRequest")


class InstanceRequest(_Model):
    """Instance requested inside an instance group (reference 2.25).

    Attributes:
        role_type (InstanceRoleType):
        public_ip_id (None | str | Unset): Identifier of a public IP to attach to the instance.
        service_ip_address (None | str | Unset): IP address in the user subnet to give the instance.
    """

    __slots__ = (
        "role_type",
        "public_ip_id",
        "service_ip_address",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "role_type",
        "public_ip_id",
        "service_ip_address",
    )

    role_type: InstanceRoleType
    public_ip_id: None | str | Unset
    service_ip_address: None | str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        role_type: InstanceRoleType,
        public_ip_id: None | str | Unset = UNSET,
        service_ip_address: None | str | Unset = UNSET,
    ) -> None:
        self.role_type = role_type
        self.public_ip_id = public_ip_id
        self.service_ip_address = service_ip_address
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            role_type = self.role_type.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            role_type = _cast(Any, self.role_type)

        try:
            public_ip_id: None | str | Unset
            if isinstance(self.public_ip_id, Unset):
                public_ip_id = UNSET
            else:
                public_ip_id = self.public_ip_id
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            public_ip_id = _cast(Any, self.public_ip_id)

        try:
            service_ip_address: None | str | Unset
            if isinstance(self.service_ip_address, Unset):
                service_ip_address = UNSET
            else:
                service_ip_address = self.service_ip_address
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            service_ip_address = _cast(Any, self.service_ip_address)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_type": role_type,
            }
        )
        if public_ip_id is not UNSET:
            field_dict["public_ip_id"] = public_ip_id
        if service_ip_address is not UNSET:
            field_dict["service_ip_address"] = service_ip_address
        if isinstance(role_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["role_type"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            role_type = enum_member(InstanceRoleType, d.pop("role_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(cls, src_dict, "role_type", src_dict.get("role_type", UNSET), "InstanceRoleType")

        try:
            public_ip_id: None | str | Unset = d.pop("public_ip_id", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            public_ip_id = _drift(cls, src_dict, "public_ip_id", src_dict.get("public_ip_id", UNSET), "string or null")

        try:
            service_ip_address: None | str | Unset = d.pop("service_ip_address", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            service_ip_address = _drift(
                cls, src_dict, "service_ip_address", src_dict.get("service_ip_address", UNSET), "string or null"
            )

        instance_request = cls(  # the fields in declaration order
            role_type,
            public_ip_id,
            service_ip_address,
        )

        instance_request.additional_properties = d
        return instance_request

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
