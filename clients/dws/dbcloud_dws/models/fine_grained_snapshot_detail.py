# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="FineGrainedSnapshotDetail")


@_attrs_define
class FineGrainedSnapshotDetail:
    """What a fine-grained snapshot holds (vendor SDK models FineGrainedSnapshotDetail and ExtFineGrainedSnapshotDetail;
    not in the references).

        Attributes:
            database (str | Unset): Database name.
            schema_list (list[str] | Unset): Schemas in the snapshot.
            table_list (list[str] | Unset): Tables in the snapshot.
    """

    database: str | Unset = UNSET
    schema_list: list[str] | Unset = UNSET
    table_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        try:
            schema_list: list[str] | Unset = UNSET
            if not isinstance(self.schema_list, Unset):
                schema_list = self.schema_list

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            schema_list = _cast(Any, self.schema_list)

        try:
            table_list: list[str] | Unset = UNSET
            if not isinstance(self.table_list, Unset):
                table_list = self.table_list

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            table_list = _cast(Any, self.table_list)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database is not UNSET:
            field_dict["database"] = database
        if schema_list is not UNSET:
            field_dict["schema_list"] = schema_list
        if table_list is not UNSET:
            field_dict["table_list"] = table_list

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

        fine_grained_snapshot_detail = cls(  # the fields in declaration order
            database,
            schema_list,
            table_list,
        )

        fine_grained_snapshot_detail.additional_properties = d
        return fine_grained_snapshot_detail

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
