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

T = TypeVar("T", bound="CreateUsersRequest")


class CreateUsersRequest(_Model):
    """Request body for creating DDM accounts (v1).

    Attributes:
        users (list[CreateUsersInfo]): Accounts to create.
    """

    __slots__ = (
        "users",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("users",)

    users: list[CreateUsersInfo]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        users: list[CreateUsersInfo],
    ) -> None:
        self.users = users
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            users = _cast(Any, self.users)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )
        if isinstance(users, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["users"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("users").__class__ is not list:
                users = []
                _users = d.pop("users", UNSET)
                for users_item_data in _users:
                    users_item = CreateUsersInfo.from_dict(users_item_data)

                    users.append(users_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                users = _LazyList(d.pop("users"), CreateUsersInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            users = _drift(cls, src_dict, "users", src_dict.get("users", UNSET), "array")

        create_users_request = cls(  # the fields in declaration order
            users,
        )

        create_users_request.additional_properties = d
        return create_users_request

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
from ..models.create_users_info import CreateUsersInfo  # noqa: E402
