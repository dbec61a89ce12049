# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.lazy import LazyList as _LazyList
from dbcloud_core.lazy import lazy_reply as _lazy_reply_now
from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.base_authority import BaseAuthority
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserDetailReq")


class UpdateUserDetailReq(_Model):
    """Changes to a DDM account; at least one field must be given.

    Attributes:
        base_authority (list[BaseAuthority] | Unset): New basic privileges; unchanged when omitted.
        description (str | Unset): New account description; empty unless set. Default: "".
        databases (list[UpdateUsersDatabases] | Unset): Schemas to bind to the account.
    """

    __slots__ = (
        "base_authority",
        "description",
        "databases",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "base_authority",
        "description",
        "databases",
    )

    base_authority: list[BaseAuthority] | Unset
    description: str | Unset
    databases: list[UpdateUsersDatabases] | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        base_authority: list[BaseAuthority] | Unset = UNSET,
        description: str | Unset = UNSET,
        databases: list[UpdateUsersDatabases] | Unset = UNSET,
    ) -> None:
        self.base_authority = base_authority
        self.description = description
        self.databases = databases
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            base_authority: list[str] | Unset = UNSET
            if not isinstance(self.base_authority, Unset):
                base_authority = []
                for base_authority_item_data in self.base_authority:
                    base_authority_item = base_authority_item_data.value
                    base_authority.append(base_authority_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            base_authority = _cast(Any, self.base_authority)

        description = self.description

        try:
            databases: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.databases, Unset):
                databases = []
                for databases_item_data in self.databases:
                    databases_item = databases_item_data.to_dict()
                    databases.append(databases_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            databases = _cast(Any, self.databases)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_authority is not UNSET:
            field_dict["base_authority"] = base_authority
        if description is not UNSET:
            field_dict["description"] = description
        if databases is not UNSET:
            field_dict["databases"] = databases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _base_authority = d.pop("base_authority", UNSET)
            base_authority: list[BaseAuthority] | Unset = UNSET
            if _base_authority is not UNSET:
                base_authority = []
                for base_authority_item_data in _base_authority:
                    base_authority_item = BaseAuthority(base_authority_item_data)

                    base_authority.append(base_authority_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            base_authority = _drift(cls, src_dict, "base_authority", src_dict.get("base_authority", UNSET), "array")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("databases").__class__ is not list:
                _databases = d.pop("databases", UNSET)
                databases: list[UpdateUsersDatabases] | Unset = UNSET
                if _databases is not UNSET:
                    databases = []
                    for databases_item_data in _databases:
                        databases_item = UpdateUsersDatabases.from_dict(databases_item_data)

                        databases.append(databases_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                databases = _LazyList(d.pop("databases"), UpdateUsersDatabases.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            databases = _drift(cls, src_dict, "databases", src_dict.get("databases", UNSET), "array")

        update_user_detail_req = cls(  # the fields in declaration order
            base_authority,
            description,
            databases,
        )

        update_user_detail_req.additional_properties = d
        return update_user_detail_req

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
from ..models.update_users_databases import UpdateUsersDatabases  # noqa: E402
