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

T = TypeVar("T", bound="CreateDdmUserRequest")


class CreateDdmUserRequest(_Model):
    """Request body for creating a DDM account (v3).

    Attributes:
        name (str): Account name: starts with a letter, then letters, digits or underscores.
        password (str): Account password: 8 to 32 characters with at least three of lowercase letters, uppercase
            letters, digits and special characters ~!@#/%^*-_+?; not weak, and not the username or the username reversed.
        base_authority (list[BaseAuthority]): Basic privileges, any combination of the listed values.
        description (str | Unset): Account description.
        password_lifetime (int | None | Unset): Password validity in days; 0 or null means the password never expires.
            Default: null.
        databases (list[CreateUserRelatedLogicDbV3] | Unset): Schemas to bind to the account; may be omitted.
    """

    __slots__ = (
        "name",
        "password",
        "base_authority",
        "description",
        "password_lifetime",
        "databases",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "password",
        "base_authority",
        "description",
        "password_lifetime",
        "databases",
    )

    name: str
    password: str
    base_authority: list[BaseAuthority]
    description: str | Unset
    password_lifetime: int | None | Unset
    databases: list[CreateUserRelatedLogicDbV3] | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        name: str,
        password: str,
        base_authority: list[BaseAuthority],
        description: str | Unset = UNSET,
        password_lifetime: int | None | Unset = UNSET,
        databases: list[CreateUserRelatedLogicDbV3] | Unset = UNSET,
    ) -> None:
        self.name = name
        self.password = password
        self.base_authority = base_authority
        self.description = description
        self.password_lifetime = password_lifetime
        self.databases = databases
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        password = self.password

        try:
            base_authority = []
            for base_authority_item_data in self.base_authority:
                base_authority_item = base_authority_item_data.value
                base_authority.append(base_authority_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            base_authority = _cast(Any, self.base_authority)

        description = self.description

        try:
            password_lifetime: int | None | Unset
            if isinstance(self.password_lifetime, Unset):
                password_lifetime = UNSET
            else:
                password_lifetime = self.password_lifetime
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            password_lifetime = _cast(Any, self.password_lifetime)

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
        field_dict.update(
            {
                "name": name,
                "password": password,
                "base_authority": base_authority,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if password_lifetime is not UNSET:
            field_dict["password_lifetime"] = password_lifetime
        if databases is not UNSET:
            field_dict["databases"] = databases
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["password"]
        if isinstance(base_authority, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["base_authority"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        password = d.pop("password", UNSET)
        if password.__class__ is not str:
            password = _drift(cls, src_dict, "password", password, "string")

        try:
            base_authority = []
            _base_authority = d.pop("base_authority", UNSET)
            for base_authority_item_data in _base_authority:
                base_authority_item = BaseAuthority(base_authority_item_data)

                base_authority.append(base_authority_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            base_authority = _drift(cls, src_dict, "base_authority", src_dict.get("base_authority", UNSET), "array")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = _drift(cls, src_dict, "description", description, "string")

        try:
            password_lifetime: int | None | Unset = d.pop("password_lifetime", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            password_lifetime = _drift(
                cls, src_dict, "password_lifetime", src_dict.get("password_lifetime", UNSET), "integer or null"
            )

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("databases").__class__ is not list:
                _databases = d.pop("databases", UNSET)
                databases: list[CreateUserRelatedLogicDbV3] | Unset = UNSET
                if _databases is not UNSET:
                    databases = []
                    for databases_item_data in _databases:
                        databases_item = CreateUserRelatedLogicDbV3.from_dict(databases_item_data)

                        databases.append(databases_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                databases = _LazyList(d.pop("databases"), CreateUserRelatedLogicDbV3.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            databases = _drift(cls, src_dict, "databases", src_dict.get("databases", UNSET), "array")

        create_ddm_user_request = cls(  # the fields in declaration order
            name,
            password,
            base_authority,
            description,
            password_lifetime,
            databases,
        )

        create_ddm_user_request.additional_properties = d
        return create_ddm_user_request

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
from ..models.create_user_related_logic_db_v3 import CreateUserRelatedLogicDbV3  # noqa: E402
