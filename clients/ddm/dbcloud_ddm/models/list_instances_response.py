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

T = TypeVar("T", bound="ListInstancesResponse")


class ListInstancesResponse(_Model):
    """Page of DDM instances (table 4-15).

    Attributes:
        instances (list[ShowInstanceBeanResponse] | None): DDM instances.
        instance_num (int | None): Number of DDM instances of the tenant.
        page_no (int | None): Current page.
        page_size (int | None): Number of records on the current page.
        total_record (int | None): Total number of records.
        total_page (int | None): Total number of pages.
    """

    __slots__ = (
        "instances",
        "instance_num",
        "page_no",
        "page_size",
        "total_record",
        "total_page",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instances",
        "instance_num",
        "page_no",
        "page_size",
        "total_record",
        "total_page",
    )

    instances: list[ShowInstanceBeanResponse] | None
    instance_num: int | None
    page_no: int | None
    page_size: int | None
    total_record: int | None
    total_page: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        instances: list[ShowInstanceBeanResponse] | None = None,
        instance_num: int | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        total_record: int | None = None,
        total_page: int | None = None,
    ) -> None:
        self.instances = instances
        self.instance_num = instance_num
        self.page_no = page_no
        self.page_size = page_size
        self.total_record = total_record
        self.total_page = total_page
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.instances is not None:
            try:
                instances: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.instances, Unset):
                    instances = []
                    for instances_item_data in self.instances:
                        instances_item = instances_item_data.to_dict()
                        instances.append(instances_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                instances = _cast(Any, self.instances)
            field_dict["instances"] = instances
        elif "instances" in self._present:  # null in the reply: sent back as null
            field_dict["instances"] = None
        if self.instance_num is not None:
            instance_num = self.instance_num
            field_dict["instance_num"] = instance_num
        elif "instance_num" in self._present:  # null in the reply: sent back as null
            field_dict["instance_num"] = None
        if self.page_no is not None:
            page_no = self.page_no
            field_dict["page_no"] = page_no
        elif "page_no" in self._present:  # null in the reply: sent back as null
            field_dict["page_no"] = None
        if self.page_size is not None:
            page_size = self.page_size
            field_dict["page_size"] = page_size
        elif "page_size" in self._present:  # null in the reply: sent back as null
            field_dict["page_size"] = None
        if self.total_record is not None:
            total_record = self.total_record
            field_dict["total_record"] = total_record
        elif "total_record" in self._present:  # null in the reply: sent back as null
            field_dict["total_record"] = None
        if self.total_page is not None:
            total_page = self.total_page
            field_dict["total_page"] = total_page
        elif "total_page" in self._present:  # null in the reply: sent back as null
            field_dict["total_page"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("instances").__class__ is not list:
                _instances = d.pop("instances", UNSET)
                instances: list[ShowInstanceBeanResponse] | Unset = UNSET
                if _instances is not UNSET:
                    instances = []
                    for instances_item_data in _instances:
                        instances_item = ShowInstanceBeanResponse.from_dict(instances_item_data)

                        instances.append(instances_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                instances = _LazyList(d.pop("instances"), ShowInstanceBeanResponse.from_dict, _lazy_reply)
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

        list_instances_response = cls(  # the fields in declaration order; absent members read as None
            None if instances is UNSET else instances,
            None if instance_num is UNSET else instance_num,
            None if page_no is UNSET else page_no,
            None if page_size is UNSET else page_size,
            None if total_record is UNSET else total_record,
            None if total_page is UNSET else total_page,
        )
        list_instances_response._present = frozenset(src_dict)

        list_instances_response.additional_properties = d
        return list_instances_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("instances", "instances"),
            ("instance_num", "instance_num"),
            ("page_no", "page_no"),
            ("page_size", "page_size"),
            ("total_record", "total_record"),
            ("total_page", "total_page"),
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
from ..models.show_instance_bean_response import ShowInstanceBeanResponse  # noqa: E402
