# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.available_zone_status import AvailableZoneStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="AvailableZone")


class AvailableZone(_Model):
    """Availability of a node class in one AZ (4.2.22, Table 4-134).

    Attributes:
        code (str | None): AZ code.
        description (str | None): AZ description.
        status (AvailableZoneStatus | None): Sale state of the node class in this AZ: normal (available), unsupported
            (not offered in this AZ), sellout (sold out).
        support_ipv6 (bool | None): Whether IPv6 is supported.
    """

    __slots__ = (
        "code",
        "description",
        "status",
        "support_ipv6",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "code",
        "description",
        "status",
        "support_ipv6",
    )

    code: str | None
    description: str | None
    status: AvailableZoneStatus | None
    support_ipv6: bool | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        code: str | None = None,
        description: str | None = None,
        status: AvailableZoneStatus | None = None,
        support_ipv6: bool | None = None,
    ) -> None:
        self.code = code
        self.description = description
        self.status = status
        self.support_ipv6 = support_ipv6
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            code = self.code
            field_dict["code"] = code
        elif "code" in self._present:  # null in the reply: sent back as null
            field_dict["code"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
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
        if self.support_ipv6 is not None:
            support_ipv6 = self.support_ipv6
            field_dict["support_ipv6"] = support_ipv6
        elif "support_ipv6" in self._present:  # null in the reply: sent back as null
            field_dict["support_ipv6"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code.__class__ is not str and code is not UNSET:
            code = _drift(cls, src_dict, "code", code, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        try:
            _status = d.pop("status", UNSET)
            status: AvailableZoneStatus | Unset = (
                UNSET if _status is UNSET else enum_member(AvailableZoneStatus, _status)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "AvailableZoneStatus")

        support_ipv6 = d.pop("support_ipv6", UNSET)
        if support_ipv6.__class__ is not bool and support_ipv6 is not UNSET:
            support_ipv6 = _drift(cls, src_dict, "support_ipv6", support_ipv6, "boolean")

        available_zone = cls(  # the fields in declaration order; absent members read as None
            None if code is UNSET else code,
            None if description is UNSET else description,
            None if status is UNSET else status,
            None if support_ipv6 is UNSET else support_ipv6,
        )
        available_zone._present = frozenset(src_dict)

        available_zone.additional_properties = d
        return available_zone

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("code", "code"),
            ("description", "description"),
            ("status", "status"),
            ("support_ipv6", "support_ipv6"),
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
