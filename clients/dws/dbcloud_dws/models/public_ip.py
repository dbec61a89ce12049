# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.public_ip_public_bind_type import PublicIpPublicBindType
from ..models.public_ip_status import PublicIpStatus
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="PublicIp")


class PublicIp(_Model):
    """Elastic IP settings of a cluster (Tables 5-4, 5-11, 5-19). eip_address, status and error_message are only reported
    in responses and only documented in the Chinese edition.

        Attributes:
            public_bind_type (PublicIpPublicBindType): How an EIP is bound: auto_assign (allocate a new one), not_use (no
                public access), bind_existing (use the EIP given in eip_id).
            eip_id (str | Unset): ID of the EIP.
            eip_address (str | Unset): Address of the bound EIP (only in the Chinese edition).
            status (PublicIpStatus | Unset): EIP binding state; FAIL when binding failed (only in the Chinese edition).
            error_message (str | Unset): Why the EIP binding failed (only in the Chinese edition).
            ip_type (None | str | Unset): Type of the EIP (e.g. 5_bgp); null when not set.
            band_width (int | None | Unset): Bandwidth of the EIP, in Mbit/s; null when not set.
    """

    __slots__ = (
        "public_bind_type",
        "eip_id",
        "eip_address",
        "status",
        "error_message",
        "ip_type",
        "band_width",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "public_bind_type",
        "eip_id",
        "eip_address",
        "status",
        "error_message",
        "ip_type",
        "band_width",
    )

    public_bind_type: PublicIpPublicBindType
    eip_id: str | Unset
    eip_address: str | Unset
    status: PublicIpStatus | Unset
    error_message: str | Unset
    ip_type: None | str | Unset
    band_width: int | None | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        public_bind_type: PublicIpPublicBindType,
        eip_id: str | Unset = UNSET,
        eip_address: str | Unset = UNSET,
        status: PublicIpStatus | Unset = UNSET,
        error_message: str | Unset = UNSET,
        ip_type: None | str | Unset = UNSET,
        band_width: int | None | Unset = UNSET,
    ) -> None:
        self.public_bind_type = public_bind_type
        self.eip_id = eip_id
        self.eip_address = eip_address
        self.status = status
        self.error_message = error_message
        self.ip_type = ip_type
        self.band_width = band_width
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            public_bind_type = self.public_bind_type.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            public_bind_type = _cast(Any, self.public_bind_type)

        eip_id = self.eip_id

        eip_address = self.eip_address

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            status = _cast(Any, self.status)

        error_message = self.error_message

        try:
            ip_type: None | str | Unset
            if isinstance(self.ip_type, Unset):
                ip_type = UNSET
            else:
                ip_type = self.ip_type
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            ip_type = _cast(Any, self.ip_type)

        try:
            band_width: int | None | Unset
            if isinstance(self.band_width, Unset):
                band_width = UNSET
            else:
                band_width = self.band_width
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            band_width = _cast(Any, self.band_width)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_bind_type": public_bind_type,
            }
        )
        if eip_id is not UNSET:
            field_dict["eip_id"] = eip_id
        if eip_address is not UNSET:
            field_dict["eip_address"] = eip_address
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if ip_type is not UNSET:
            field_dict["ip_type"] = ip_type
        if band_width is not UNSET:
            field_dict["band_width"] = band_width
        if isinstance(public_bind_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["public_bind_type"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            public_bind_type = enum_member(PublicIpPublicBindType, d.pop("public_bind_type", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            public_bind_type = _drift(
                cls, src_dict, "public_bind_type", src_dict.get("public_bind_type", UNSET), "PublicIpPublicBindType"
            )

        eip_id = d.pop("eip_id", UNSET)
        if eip_id.__class__ is not str and eip_id is not UNSET:
            eip_id = _drift(cls, src_dict, "eip_id", eip_id, "string")

        eip_address = d.pop("eip_address", UNSET)
        if eip_address.__class__ is not str and eip_address is not UNSET:
            eip_address = _drift(cls, src_dict, "eip_address", eip_address, "string")

        try:
            _status = d.pop("status", UNSET)
            status: PublicIpStatus | Unset = UNSET if _status is UNSET else enum_member(PublicIpStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "PublicIpStatus")

        error_message = d.pop("error_message", UNSET)
        if error_message.__class__ is not str and error_message is not UNSET:
            error_message = _drift(cls, src_dict, "error_message", error_message, "string")

        try:
            ip_type: None | str | Unset = d.pop("ip_type", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            ip_type = _drift(cls, src_dict, "ip_type", src_dict.get("ip_type", UNSET), "string or null")

        try:
            band_width: int | None | Unset = d.pop("band_width", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            band_width = _drift(cls, src_dict, "band_width", src_dict.get("band_width", UNSET), "integer or null")

        public_ip = cls(  # the fields in declaration order
            public_bind_type,
            eip_id,
            eip_address,
            status,
            error_message,
            ip_type,
            band_width,
        )

        public_ip.additional_properties = d
        return public_ip

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
