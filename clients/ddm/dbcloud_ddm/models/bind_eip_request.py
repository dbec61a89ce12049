# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast
from uuid import UUID

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindEipRequest")


class BindEipRequest(_Model):
    """EIP to bind (4.2.30, Table 4-162).

    Attributes:
        public_ip (str): The EIP address, in standard IP address notation.
        public_ip_id (UUID): ID of the EIP.
    """

    __slots__ = (
        "public_ip",
        "public_ip_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "public_ip",
        "public_ip_id",
    )

    public_ip: str
    public_ip_id: UUID
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        public_ip: str,
        public_ip_id: UUID,
    ) -> None:
        self.public_ip = public_ip
        self.public_ip_id = public_ip_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        public_ip = self.public_ip

        try:
            public_ip_id = str(self.public_ip_id)
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            public_ip_id = _cast(Any, self.public_ip_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_ip": public_ip,
                "public_ip_id": public_ip_id,
            }
        )
        if isinstance(public_ip, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["public_ip"]
        if isinstance(public_ip_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["public_ip_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        public_ip = d.pop("public_ip", UNSET)
        if public_ip.__class__ is not str:
            public_ip = _drift(cls, src_dict, "public_ip", public_ip, "string")

        try:
            public_ip_id = UUID(d.pop("public_ip_id", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            public_ip_id = _drift(cls, src_dict, "public_ip_id", src_dict.get("public_ip_id", UNSET), "UUID")

        bind_eip_request = cls(  # the fields in declaration order
            public_ip,
            public_ip_id,
        )

        bind_eip_request.additional_properties = d
        return bind_eip_request

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
