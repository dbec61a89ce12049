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

T = TypeVar("T", bound="CreateUsersResponse")


class CreateUsersResponse(_Model):
    """Result of creating DDM accounts (v1).

    Attributes:
        users (list[CreateUsersDetailResponses] | None): Accounts that were created.
    """

    __slots__ = (
        "users",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("users",)

    users: list[CreateUsersDetailResponses] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        users: list[CreateUsersDetailResponses] | None = None,
    ) -> None:
        self.users = users
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.users is not None:
            try:
                users: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.users, Unset):
                    users = []
                    for users_item_data in self.users:
                        users_item = users_item_data.to_dict()
                        users.append(users_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                users = _cast(Any, self.users)
            field_dict["users"] = users
        elif "users" in self._present:  # null in the reply: sent back as null
            field_dict["users"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("users").__class__ is not list:
                _users = d.pop("users", UNSET)
                users: list[CreateUsersDetailResponses] | Unset = UNSET
                if _users is not UNSET:
                    users = []
                    for users_item_data in _users:
                        users_item = CreateUsersDetailResponses.from_dict(users_item_data)

                        users.append(users_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                users = _LazyList(d.pop("users"), CreateUsersDetailResponses.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            users = _drift(cls, src_dict, "users", src_dict.get("users", UNSET), "array")

        create_users_response = cls(  # the fields in declaration order; absent members read as None
            None if users is UNSET else users,
        )
        create_users_response._present = frozenset(src_dict)

        create_users_response.additional_properties = d
        return create_users_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("users", "users"),)
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
from ..models.create_users_detail_responses import CreateUsersDetailResponses  # noqa: E402
