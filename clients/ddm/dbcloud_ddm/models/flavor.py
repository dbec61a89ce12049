# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="Flavor")


class Flavor(_Model):
    """One node class and its availability per AZ (4.2.22, Table 4-133).

    Attributes:
        az_infos (list[AvailableZone] | None): Availability of the node class in each AZ.
        id (str | None): Specification ID.
        spec_code (str | None): Resource specification code. Example: ddm.c6.xlarge.2.
        vcpus (str | None): Number of vCPUs, as a decimal string.
        ram (str | None): Memory size in GB, as a decimal string.
    """

    __slots__ = (
        "az_infos",
        "id",
        "spec_code",
        "vcpus",
        "ram",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "az_infos",
        "id",
        "spec_code",
        "vcpus",
        "ram",
    )

    az_infos: list[AvailableZone] | None
    id: str | None
    spec_code: str | None
    vcpus: str | None
    ram: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        az_infos: list[AvailableZone] | None = None,
        id: str | None = None,
        spec_code: str | None = None,
        vcpus: str | None = None,
        ram: str | None = None,
    ) -> None:
        self.az_infos = az_infos
        self.id = id
        self.spec_code = spec_code
        self.vcpus = vcpus
        self.ram = ram
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.az_infos is not None:
            try:
                az_infos: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.az_infos, Unset):
                    az_infos = []
                    for az_infos_item_data in self.az_infos:
                        az_infos_item = az_infos_item_data.to_dict()
                        az_infos.append(az_infos_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                az_infos = _cast(Any, self.az_infos)
            field_dict["az_infos"] = az_infos
        elif "az_infos" in self._present:  # null in the reply: sent back as null
            field_dict["az_infos"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.spec_code is not None:
            spec_code = self.spec_code
            field_dict["spec_code"] = spec_code
        elif "spec_code" in self._present:  # null in the reply: sent back as null
            field_dict["spec_code"] = None
        if self.vcpus is not None:
            vcpus = self.vcpus
            field_dict["vcpus"] = vcpus
        elif "vcpus" in self._present:  # null in the reply: sent back as null
            field_dict["vcpus"] = None
        if self.ram is not None:
            ram = self.ram
            field_dict["ram"] = ram
        elif "ram" in self._present:  # null in the reply: sent back as null
            field_dict["ram"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("az_infos").__class__ is not list:
                _az_infos = d.pop("az_infos", UNSET)
                az_infos: list[AvailableZone] | Unset = UNSET
                if _az_infos is not UNSET:
                    az_infos = []
                    for az_infos_item_data in _az_infos:
                        az_infos_item = AvailableZone.from_dict(az_infos_item_data)

                        az_infos.append(az_infos_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                az_infos = _LazyList(d.pop("az_infos"), AvailableZone.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            az_infos = _drift(cls, src_dict, "az_infos", src_dict.get("az_infos", UNSET), "array")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        spec_code = d.pop("spec_code", UNSET)
        if spec_code.__class__ is not str and spec_code is not UNSET:
            spec_code = _drift(cls, src_dict, "spec_code", spec_code, "string")

        vcpus = d.pop("vcpus", UNSET)
        if vcpus.__class__ is not str and vcpus is not UNSET:
            vcpus = _drift(cls, src_dict, "vcpus", vcpus, "string")

        ram = d.pop("ram", UNSET)
        if ram.__class__ is not str and ram is not UNSET:
            ram = _drift(cls, src_dict, "ram", ram, "string")

        flavor = cls(  # the fields in declaration order; absent members read as None
            None if az_infos is UNSET else az_infos,
            None if id is UNSET else id,
            None if spec_code is UNSET else spec_code,
            None if vcpus is UNSET else vcpus,
            None if ram is UNSET else ram,
        )
        flavor._present = frozenset(src_dict)

        flavor.additional_properties = d
        return flavor

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("az_infos", "az_infos"),
            ("id", "id"),
            ("spec_code", "spec_code"),
            ("vcpus", "vcpus"),
            ("ram", "ram"),
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


# Last, so that circular references between models find this module's class already defined.
from ..models.available_zone import AvailableZone  # noqa: E402
