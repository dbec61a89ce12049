# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="Engine")


class Engine(_Model):
    """A DBaaS engine version (reference 2.13).

    Attributes:
        id (str): Identifier of the engine version.
        major_version (str): Major version of the engine software.
        name (str): Name of the engine version.
        os_type (str): Operating system the engine runs on.
        os_version (str): Version of that operating system.
        software_version (str): Full engine software version.
        end_of_service (bool | None): Whether the version has reached end of service. Default: false.
        product_image_type (None | str): Product image type of the engine.
    """

    __slots__ = (
        "id",
        "major_version",
        "name",
        "os_type",
        "os_version",
        "software_version",
        "end_of_service",
        "product_image_type",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "major_version",
        "name",
        "os_type",
        "os_version",
        "software_version",
        "end_of_service",
        "product_image_type",
    )

    id: str
    major_version: str
    name: str
    os_type: str
    os_version: str
    software_version: str
    end_of_service: bool | None
    product_image_type: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str,
        major_version: str,
        name: str,
        os_type: str,
        os_version: str,
        software_version: str,
        end_of_service: bool | None = None,
        product_image_type: None | str = None,
    ) -> None:
        self.id = id
        self.major_version = major_version
        self.name = name
        self.os_type = os_type
        self.os_version = os_version
        self.software_version = software_version
        self.end_of_service = end_of_service
        self.product_image_type = product_image_type
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.major_version is not None:
            major_version = self.major_version
            field_dict["major_version"] = major_version
        elif "major_version" in self._present:  # null in the reply: sent back as null
            field_dict["major_version"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.os_type is not None:
            os_type = self.os_type
            field_dict["os_type"] = os_type
        elif "os_type" in self._present:  # null in the reply: sent back as null
            field_dict["os_type"] = None
        if self.os_version is not None:
            os_version = self.os_version
            field_dict["os_version"] = os_version
        elif "os_version" in self._present:  # null in the reply: sent back as null
            field_dict["os_version"] = None
        if self.software_version is not None:
            software_version = self.software_version
            field_dict["software_version"] = software_version
        elif "software_version" in self._present:  # null in the reply: sent back as null
            field_dict["software_version"] = None
        if self.end_of_service is not None:
            end_of_service = self.end_of_service
            field_dict["end_of_service"] = end_of_service
        elif "end_of_service" in self._present:  # null in the reply: sent back as null
            field_dict["end_of_service"] = None
        if self.product_image_type is not None:
            try:
                product_image_type: None | str | Unset
                if isinstance(self.product_image_type, Unset):
                    product_image_type = UNSET
                else:
                    product_image_type = self.product_image_type
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                product_image_type = _cast(Any, self.product_image_type)
            field_dict["product_image_type"] = product_image_type
        elif "product_image_type" in self._present:  # null in the reply: sent back as null
            field_dict["product_image_type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        major_version = d.pop("major_version", UNSET)
        if major_version.__class__ is not str:
            major_version = _drift(cls, src_dict, "major_version", major_version, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        os_type = d.pop("os_type", UNSET)
        if os_type.__class__ is not str:
            os_type = _drift(cls, src_dict, "os_type", os_type, "string")

        os_version = d.pop("os_version", UNSET)
        if os_version.__class__ is not str:
            os_version = _drift(cls, src_dict, "os_version", os_version, "string")

        software_version = d.pop("software_version", UNSET)
        if software_version.__class__ is not str:
            software_version = _drift(cls, src_dict, "software_version", software_version, "string")

        end_of_service = d.pop("end_of_service", UNSET)
        if end_of_service.__class__ is not bool and end_of_service is not UNSET:
            end_of_service = _drift(cls, src_dict, "end_of_service", end_of_service, "boolean")

        try:
            product_image_type: None | str | Unset = d.pop("product_image_type", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            product_image_type = _drift(
                cls, src_dict, "product_image_type", src_dict.get("product_image_type", UNSET), "string or null"
            )

        engine = cls(  # the fields in declaration order; absent members read as None
            _MISSING if id is UNSET else id,
            _MISSING if major_version is UNSET else major_version,
            _MISSING if name is UNSET else name,
            _MISSING if os_type is UNSET else os_type,
            _MISSING if os_version is UNSET else os_version,
            _MISSING if software_version is UNSET else software_version,
            None if end_of_service is UNSET else end_of_service,
            None if product_image_type is UNSET else product_image_type,
        )
        engine._present = frozenset(src_dict)

        engine.additional_properties = d
        return engine

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("major_version", "major_version"),
            ("name", "name"),
            ("os_type", "os_type"),
            ("os_version", "os_version"),
            ("software_version", "software_version"),
            ("end_of_service", "end_of_service"),
            ("product_image_type", "product_image_type"),
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
