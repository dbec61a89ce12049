# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="Engine")


@_attrs_define
class Engine:
    """A DBaaS engine version (reference 2.13).

    Attributes:
        id (str): Identifier of the engine version.
        major_version (str): Major version of the engine software.
        name (str): Name of the engine version.
        os_type (str): Operating system the engine runs on.
        os_version (str): Version of that operating system.
        software_version (str): Full engine software version.
        end_of_service (bool | Unset): Whether the version has reached end of service. Default: false.
        product_image_type (None | str | Unset): Product image type of the engine.
    """

    id: str
    major_version: str
    name: str
    os_type: str
    os_version: str
    software_version: str
    end_of_service: bool | Unset = UNSET
    product_image_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        major_version = self.major_version

        name = self.name

        os_type = self.os_type

        os_version = self.os_version

        software_version = self.software_version

        end_of_service = self.end_of_service

        try:
            product_image_type: None | str | Unset
            if isinstance(self.product_image_type, Unset):
                product_image_type = UNSET
            else:
                product_image_type = self.product_image_type
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            product_image_type = _cast(Any, self.product_image_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "major_version": major_version,
                "name": name,
                "os_type": os_type,
                "os_version": os_version,
                "software_version": software_version,
            }
        )
        if end_of_service is not UNSET:
            field_dict["end_of_service"] = end_of_service
        if product_image_type is not UNSET:
            field_dict["product_image_type"] = product_image_type
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(major_version, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["major_version"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(os_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["os_type"]
        if isinstance(os_version, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["os_version"]
        if isinstance(software_version, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["software_version"]

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

        engine = cls(  # the fields in declaration order
            id,
            major_version,
            name,
            os_type,
            os_version,
            software_version,
            end_of_service,
            product_image_type,
        )

        engine.additional_properties = d
        return engine

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
