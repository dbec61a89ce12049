# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ShowDatabaseResponse")


class ShowDatabaseResponse(_Model):
    """Details of a schema (v1 API).

    Attributes:
        database (GetDatabaseResponseBean | None): Schema details with its physical shards.
    """

    __slots__ = (
        "database",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("database",)

    database: GetDatabaseResponseBean | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        database: GetDatabaseResponseBean | None = None,
    ) -> None:
        self.database = database
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.database is not None:
            try:
                database: dict[str, Any] | Unset = UNSET
                if not isinstance(self.database, Unset):
                    database = self.database.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                database = _cast(Any, self.database)
            field_dict["database"] = database
        elif "database" in self._present:  # null in the reply: sent back as null
            field_dict["database"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _database = d.pop("database", UNSET)
            database: GetDatabaseResponseBean | Unset
            if isinstance(_database, Unset):
                database = UNSET
            else:
                database = GetDatabaseResponseBean.from_dict(_database)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            database = _drift(cls, src_dict, "database", src_dict.get("database", UNSET), "GetDatabaseResponseBean")

        show_database_response = cls(  # the fields in declaration order; absent members read as None
            None if database is UNSET else database,
        )
        show_database_response._present = frozenset(src_dict)

        show_database_response.additional_properties = d
        return show_database_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("database", "database"),)
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
from ..models.get_database_response_bean import GetDatabaseResponseBean  # noqa: E402
