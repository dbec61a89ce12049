# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.instance_role_type import InstanceRoleType
from ..models.service_state import ServiceState
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="InstanceResponse")


class InstanceResponse(_Model):
    """Instance of an existing instance group (reference 2.26).

    Attributes:
        name (str): Instance name.
        role_type (InstanceRoleType):
        service_state (ServiceState):
        public_ip_address (None | str): Public IP address of the instance.
        public_ip_id (None | str): Identifier of the instance's public IP.
        service_ip_address (None | str): IP address of the instance in the user subnet.
    """

    __slots__ = (
        "name",
        "role_type",
        "service_state",
        "public_ip_address",
        "public_ip_id",
        "service_ip_address",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "role_type",
        "service_state",
        "public_ip_address",
        "public_ip_id",
        "service_ip_address",
    )

    name: str
    role_type: InstanceRoleType
    service_state: ServiceState
    public_ip_address: None | str
    public_ip_id: None | str
    service_ip_address: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str,
        role_type: InstanceRoleType,
        service_state: ServiceState,
        public_ip_address: None | str = None,
        public_ip_id: None | str = None,
        service_ip_address: None | str = None,
    ) -> None:
        self.name = name
        self.role_type = role_type
        self.service_state = service_state
        self.public_ip_address = public_ip_address
        self.public_ip_id = public_ip_id
        self.service_ip_address = service_ip_address
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.role_type is not None:
            try:
                role_type = self.role_type.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                role_type = _cast(Any, self.role_type)
            field_dict["role_type"] = role_type
        elif "role_type" in self._present:  # null in the reply: sent back as null
            field_dict["role_type"] = None
        if self.service_state is not None:
            try:
                service_state = self.service_state.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                service_state = _cast(Any, self.service_state)
            field_dict["service_state"] = service_state
        elif "service_state" in self._present:  # null in the reply: sent back as null
            field_dict["service_state"] = None
        if self.public_ip_address is not None:
            try:
                public_ip_address: None | str | Unset
                if isinstance(self.public_ip_address, Unset):
                    public_ip_address = UNSET
                else:
                    public_ip_address = self.public_ip_address
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                public_ip_address = _cast(Any, self.public_ip_address)
            field_dict["public_ip_address"] = public_ip_address
        elif "public_ip_address" in self._present:  # null in the reply: sent back as null
            field_dict["public_ip_address"] = None
        if self.public_ip_id is not None:
            try:
                public_ip_id: None | str | Unset
                if isinstance(self.public_ip_id, Unset):
                    public_ip_id = UNSET
                else:
                    public_ip_id = self.public_ip_id
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                public_ip_id = _cast(Any, self.public_ip_id)
            field_dict["public_ip_id"] = public_ip_id
        elif "public_ip_id" in self._present:  # null in the reply: sent back as null
            field_dict["public_ip_id"] = None
        if self.service_ip_address is not None:
            try:
                service_ip_address: None | str | Unset
                if isinstance(self.service_ip_address, Unset):
                    service_ip_address = UNSET
                else:
                    service_ip_address = self.service_ip_address
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                service_ip_address = _cast(Any, self.service_ip_address)
            field_dict["service_ip_address"] = service_ip_address
        elif "service_ip_address" in self._present:  # null in the reply: sent back as null
            field_dict["service_ip_address"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:
            role_type = enum_member(InstanceRoleType, d.pop("role_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(
                cls,
                src_dict,
                "role_type",
                src_dict.get("role_type"),
                "InstanceRoleType",
                None if "role_type" in src_dict else "missing",
            )

        try:
            service_state = enum_member(ServiceState, d.pop("service_state", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            service_state = _drift(
                cls,
                src_dict,
                "service_state",
                src_dict.get("service_state"),
                "ServiceState",
                None if "service_state" in src_dict else "missing",
            )

        try:
            public_ip_address: None | str | Unset = d.pop("public_ip_address", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            public_ip_address = _drift(
                cls, src_dict, "public_ip_address", src_dict.get("public_ip_address", UNSET), "string or null"
            )

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

        instance_response = cls(  # the fields in declaration order; absent members read as None
            _MISSING if name is UNSET else name,
            role_type,
            service_state,
            None if public_ip_address is UNSET else public_ip_address,
            None if public_ip_id is UNSET else public_ip_id,
            None if service_ip_address is UNSET else service_ip_address,
        )
        instance_response._present = frozenset(src_dict)

        instance_response.additional_properties = d
        return instance_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("role_type", "role_type"),
            ("service_state", "service_state"),
            ("public_ip_address", "public_ip_address"),
            ("public_ip_id", "public_ip_id"),
            ("service_ip_address", "service_ip_address"),
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
