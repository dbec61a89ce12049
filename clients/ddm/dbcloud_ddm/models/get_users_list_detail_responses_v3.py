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

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="GetUsersListDetailResponsesV3")


class GetUsersListDetailResponsesV3(_Model):
    """A DDM account as returned by the v3 list.

    Attributes:
        name (str | None): Account name.
        status (str | None): Account status.
        base_authority (list[BaseAuthority] | None): Basic privileges of the account.
        password_lifetime (int | None): Password validity in days; 0 or null means it never expires.
        password_last_changed (str | None): Last password change, yyyy-mm-ddThh:mm:ss followed by a zone offset such as
            +0800.
        description (str | None): Account description.
        created (str | None): Creation time, yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800.
        databases (list[GetUsersListdatabaseV3] | None): Schemas bound to the account; the account can reach only these.
        expiration_time (None | str): Password expiry time, yyyy-mm-ddThh:mm:ss with a zone offset; null when it never
            expires.
    """

    __slots__ = (
        "name",
        "status",
        "base_authority",
        "password_lifetime",
        "password_last_changed",
        "description",
        "created",
        "databases",
        "expiration_time",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "status",
        "base_authority",
        "password_lifetime",
        "password_last_changed",
        "description",
        "created",
        "databases",
        "expiration_time",
    )

    name: str | None
    status: str | None
    base_authority: list[BaseAuthority] | None
    password_lifetime: int | None
    password_last_changed: str | None
    description: str | None
    created: str | None
    databases: list[GetUsersListdatabaseV3] | None
    expiration_time: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        name: str | None = None,
        status: str | None = None,
        base_authority: list[BaseAuthority] | None = None,
        password_lifetime: int | None = None,
        password_last_changed: str | None = None,
        description: str | None = None,
        created: str | None = None,
        databases: list[GetUsersListdatabaseV3] | None = None,
        expiration_time: None | str = None,
    ) -> None:
        self.name = name
        self.status = status
        self.base_authority = base_authority
        self.password_lifetime = password_lifetime
        self.password_last_changed = password_last_changed
        self.description = description
        self.created = created
        self.databases = databases
        self.expiration_time = expiration_time
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.base_authority is not None:
            try:
                base_authority: list[str] | Unset = UNSET
                if not isinstance(self.base_authority, Unset):
                    base_authority = []
                    for base_authority_item_data in self.base_authority:
                        base_authority_item = base_authority_item_data.value
                        base_authority.append(base_authority_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                base_authority = _cast(Any, self.base_authority)
            field_dict["base_authority"] = base_authority
        elif "base_authority" in self._present:  # null in the reply: sent back as null
            field_dict["base_authority"] = None
        if self.password_lifetime is not None:
            try:
                password_lifetime: int | None | Unset
                if isinstance(self.password_lifetime, Unset):
                    password_lifetime = UNSET
                else:
                    password_lifetime = self.password_lifetime
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                password_lifetime = _cast(Any, self.password_lifetime)
            field_dict["password_lifetime"] = password_lifetime
        elif "password_lifetime" in self._present:  # null in the reply: sent back as null
            field_dict["password_lifetime"] = None
        if self.password_last_changed is not None:
            password_last_changed = self.password_last_changed
            field_dict["password_last_changed"] = password_last_changed
        elif "password_last_changed" in self._present:  # null in the reply: sent back as null
            field_dict["password_last_changed"] = None
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._present:  # null in the reply: sent back as null
            field_dict["description"] = None
        if self.created is not None:
            created = self.created
            field_dict["created"] = created
        elif "created" in self._present:  # null in the reply: sent back as null
            field_dict["created"] = None
        if self.databases is not None:
            try:
                databases: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.databases, Unset):
                    databases = []
                    for databases_item_data in self.databases:
                        databases_item = databases_item_data.to_dict()
                        databases.append(databases_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                databases = _cast(Any, self.databases)
            field_dict["databases"] = databases
        elif "databases" in self._present:  # null in the reply: sent back as null
            field_dict["databases"] = None
        if self.expiration_time is not None:
            try:
                expiration_time: None | str | Unset
                if isinstance(self.expiration_time, Unset):
                    expiration_time = UNSET
                else:
                    expiration_time = self.expiration_time
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                expiration_time = _cast(Any, self.expiration_time)
            field_dict["expiration_time"] = expiration_time
        elif "expiration_time" in self._present:  # null in the reply: sent back as null
            field_dict["expiration_time"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = _drift(cls, src_dict, "status", status, "string")

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

        try:
            password_lifetime: int | None | Unset = d.pop("password_lifetime", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            password_lifetime = _drift(
                cls, src_dict, "password_lifetime", src_dict.get("password_lifetime", UNSET), "integer or null"
            )

        password_last_changed = d.pop("password_last_changed", UNSET)
        if password_last_changed.__class__ is not str and password_last_changed is not UNSET:
            password_last_changed = _drift(cls, src_dict, "password_last_changed", password_last_changed, "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        created = d.pop("created", UNSET)
        if created.__class__ is not str and created is not UNSET:
            created = _drift(cls, src_dict, "created", created, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("databases").__class__ is not list:
                _databases = d.pop("databases", UNSET)
                databases: list[GetUsersListdatabaseV3] | Unset = UNSET
                if _databases is not UNSET:
                    databases = []
                    for databases_item_data in _databases:
                        databases_item = GetUsersListdatabaseV3.from_dict(databases_item_data)

                        databases.append(databases_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                databases = _LazyList(d.pop("databases"), GetUsersListdatabaseV3.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            databases = _drift(cls, src_dict, "databases", src_dict.get("databases", UNSET), "array")

        try:
            expiration_time: None | str | Unset = d.pop("expiration_time", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            expiration_time = _drift(
                cls, src_dict, "expiration_time", src_dict.get("expiration_time", UNSET), "string or null"
            )

        get_users_list_detail_responses_v3 = cls(  # the fields in declaration order; absent members read as None
            None if name is UNSET else name,
            None if status is UNSET else status,
            None if base_authority is UNSET else base_authority,
            None if password_lifetime is UNSET else password_lifetime,
            None if password_last_changed is UNSET else password_last_changed,
            None if description is UNSET else description,
            None if created is UNSET else created,
            None if databases is UNSET else databases,
            None if expiration_time is UNSET else expiration_time,
        )
        get_users_list_detail_responses_v3._present = frozenset(src_dict)

        get_users_list_detail_responses_v3.additional_properties = d
        return get_users_list_detail_responses_v3

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("name", "name"),
            ("status", "status"),
            ("base_authority", "base_authority"),
            ("password_lifetime", "password_lifetime"),
            ("password_last_changed", "password_last_changed"),
            ("description", "description"),
            ("created", "created"),
            ("databases", "databases"),
            ("expiration_time", "expiration_time"),
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
from ..models.get_users_listdatabase_v3 import GetUsersListdatabaseV3  # noqa: E402
