# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListInstancesResponse")


@_attrs_define
class ListInstancesResponse:
    """Page of DDM instances (table 4-15).

    Attributes:
        instances (list[ShowInstanceBeanResponse] | Unset): DDM instances.
        instance_num (int | Unset): Number of DDM instances of the tenant.
        page_no (int | Unset): Current page.
        page_size (int | Unset): Number of records on the current page.
        total_record (int | Unset): Total number of records.
        total_page (int | Unset): Total number of pages.
    """

    instances: list[ShowInstanceBeanResponse] | Unset = UNSET
    instance_num: int | Unset = UNSET
    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_record: int | Unset = UNSET
    total_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            instances: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.instances, Unset):
                instances = []
                for instances_item_data in self.instances:
                    instances_item = instances_item_data.to_dict()
                    instances.append(instances_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            instances = _cast(Any, self.instances)

        instance_num = self.instance_num

        page_no = self.page_no

        page_size = self.page_size

        total_record = self.total_record

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instances is not UNSET:
            field_dict["instances"] = instances
        if instance_num is not UNSET:
            field_dict["instance_num"] = instance_num
        if page_no is not UNSET:
            field_dict["page_no"] = page_no
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_record is not UNSET:
            field_dict["total_record"] = total_record
        if total_page is not UNSET:
            field_dict["total_page"] = total_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _instances = d.pop("instances", UNSET)
            instances: list[ShowInstanceBeanResponse] | Unset = UNSET
            if _instances is not UNSET:
                instances = []
                for instances_item_data in _instances:
                    instances_item = ShowInstanceBeanResponse.from_dict(instances_item_data)

                    instances.append(instances_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instances = _drift(cls, src_dict, "instances", src_dict.get("instances", UNSET), "array")

        instance_num = d.pop("instance_num", UNSET)
        if instance_num.__class__ is not int and instance_num is not UNSET:
            instance_num = _drift(cls, src_dict, "instance_num", instance_num, "integer")

        page_no = d.pop("page_no", UNSET)
        if page_no.__class__ is not int and page_no is not UNSET:
            page_no = _drift(cls, src_dict, "page_no", page_no, "integer")

        page_size = d.pop("page_size", UNSET)
        if page_size.__class__ is not int and page_size is not UNSET:
            page_size = _drift(cls, src_dict, "page_size", page_size, "integer")

        total_record = d.pop("total_record", UNSET)
        if total_record.__class__ is not int and total_record is not UNSET:
            total_record = _drift(cls, src_dict, "total_record", total_record, "integer")

        total_page = d.pop("total_page", UNSET)
        if total_page.__class__ is not int and total_page is not UNSET:
            total_page = _drift(cls, src_dict, "total_page", total_page, "integer")

        list_instances_response = cls(  # the fields in declaration order
            instances,
            instance_num,
            page_no,
            page_size,
            total_record,
            total_page,
        )

        list_instances_response.additional_properties = d
        return list_instances_response

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
from ..models.show_instance_bean_response import ShowInstanceBeanResponse  # noqa: E402
