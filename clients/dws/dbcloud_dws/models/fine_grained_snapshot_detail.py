# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="FineGrainedSnapshotDetail")


class FineGrainedSnapshotDetail(_Model):
    """What a fine-grained snapshot holds (vendor SDK models FineGrainedSnapshotDetail and ExtFineGrainedSnapshotDetail;
    not in the references).

        Attributes:
            database (str | None): Database name.
            schema_list (list[str] | None): Schemas in the snapshot.
            table_list (list[str] | None): Tables in the snapshot.
    """

    __slots__ = (
        "database",
        "schema_list",
        "table_list",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "database",
        "schema_list",
        "table_list",
    )

    database: str | None
    schema_list: list[str] | None
    table_list: list[str] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        database: str | None = None,
        schema_list: list[str] | None = None,
        table_list: list[str] | None = None,
    ) -> None:
        self.database = database
        self.schema_list = schema_list
        self.table_list = table_list
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.database is not None:
            database = self.database
            field_dict["database"] = database
        elif "database" in self._present:  # null in the reply: sent back as null
            field_dict["database"] = None
        if self.schema_list is not None:
            try:
                schema_list: list[str] | Unset = UNSET
                if not isinstance(self.schema_list, Unset):
                    schema_list = self.schema_list

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                schema_list = _cast(Any, self.schema_list)
            field_dict["schema_list"] = schema_list
        elif "schema_list" in self._present:  # null in the reply: sent back as null
            field_dict["schema_list"] = None
        if self.table_list is not None:
            try:
                table_list: list[str] | Unset = UNSET
                if not isinstance(self.table_list, Unset):
                    table_list = self.table_list

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                table_list = _cast(Any, self.table_list)
            field_dict["table_list"] = table_list
        elif "table_list" in self._present:  # null in the reply: sent back as null
            field_dict["table_list"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database = d.pop("database", UNSET)
        if database.__class__ is not str and database is not UNSET:
            database = _drift(cls, src_dict, "database", database, "string")

        schema_list = d.pop("schema_list", UNSET)
        if schema_list.__class__ is not list and schema_list is not UNSET:
            schema_list = _drift(cls, src_dict, "schema_list", schema_list, "array")

        table_list = d.pop("table_list", UNSET)
        if table_list.__class__ is not list and table_list is not UNSET:
            table_list = _drift(cls, src_dict, "table_list", table_list, "array")

        fine_grained_snapshot_detail = cls(  # the fields in declaration order; absent members read as None
            None if database is UNSET else database,
            None if schema_list is UNSET else schema_list,
            None if table_list is UNSET else table_list,
        )
        fine_grained_snapshot_detail._present = frozenset(src_dict)

        fine_grained_snapshot_detail.additional_properties = d
        return fine_grained_snapshot_detail

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("database", "database"),
            ("schema_list", "schema_list"),
            ("table_list", "table_list"),
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
