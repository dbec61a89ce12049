# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadSchemaMetadataResponse")


@_attrs_define
class DownloadSchemaMetadataResponse:
    """Exported schema metadata.

    Attributes:
        compressed_databases_info (str | Unset): Compressed, encoded distribution of the physical shards of all schemas.
        data_nodes (list[DnInstanceInfo] | Unset): Backend data nodes associated with the instance.
    """

    compressed_databases_info: str | Unset = UNSET
    data_nodes: list[DnInstanceInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        compressed_databases_info = self.compressed_databases_info

        try:
            data_nodes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.data_nodes, Unset):
                data_nodes = []
                for data_nodes_item_data in self.data_nodes:
                    data_nodes_item = data_nodes_item_data.to_dict()
                    data_nodes.append(data_nodes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            data_nodes = _cast(Any, self.data_nodes)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compressed_databases_info is not UNSET:
            field_dict["compressed_databases_info"] = compressed_databases_info
        if data_nodes is not UNSET:
            field_dict["data_nodes"] = data_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compressed_databases_info = d.pop("compressed_databases_info", UNSET)
        if compressed_databases_info.__class__ is not str and compressed_databases_info is not UNSET:
            compressed_databases_info = _drift(
                cls, src_dict, "compressed_databases_info", compressed_databases_info, "string"
            )

        try:
            _data_nodes = d.pop("data_nodes", UNSET)
            data_nodes: list[DnInstanceInfo] | Unset = UNSET
            if _data_nodes is not UNSET:
                data_nodes = []
                for data_nodes_item_data in _data_nodes:
                    data_nodes_item = DnInstanceInfo.from_dict(data_nodes_item_data)

                    data_nodes.append(data_nodes_item)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            data_nodes = _drift(cls, src_dict, "data_nodes", src_dict.get("data_nodes", UNSET), "array")

        download_schema_metadata_response = cls(  # the fields in declaration order
            compressed_databases_info,
            data_nodes,
        )

        download_schema_metadata_response.additional_properties = d
        return download_schema_metadata_response

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
from ..models.dn_instance_info import DnInstanceInfo  # noqa: E402
