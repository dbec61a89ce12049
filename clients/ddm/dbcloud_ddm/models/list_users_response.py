# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListUsersResponse")


@_attrs_define
class ListUsersResponse:
    """Page of DDM accounts (v1).

    Attributes:
        users (list[GetUsersListDetailResponses] | Unset): Accounts on this page.
        page_no (int | Unset): Current page number.
        page_size (int | Unset): Number of records on this page.
        total_record (int | Unset): Total number of records.
        total_page (int | Unset): Total number of pages.
    """

    users: list[GetUsersListDetailResponses] | Unset = UNSET
    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_record: int | Unset = UNSET
    total_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        try:
            users: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.users, Unset):
                users = []
                for users_item_data in self.users:
                    users_item = users_item_data.to_dict()
                    users.append(users_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            users = _cast(Any, self.users)

        page_no = self.page_no

        page_size = self.page_size

        total_record = self.total_record

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
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
            _users = d.pop("users", UNSET)
            users: list[GetUsersListDetailResponses] | Unset = UNSET
            if _users is not UNSET:
                users = []
                for users_item_data in _users:
                    users_item = GetUsersListDetailResponses.from_dict(users_item_data)

                    users.append(users_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            users = _drift(cls, src_dict, "users", src_dict.get("users", UNSET), "array")

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

        list_users_response = cls(  # the fields in declaration order
            users,
            page_no,
            page_size,
            total_record,
            total_page,
        )

        list_users_response.additional_properties = d
        return list_users_response

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
from ..models.get_users_list_detail_responses import GetUsersListDetailResponses  # noqa: E402
