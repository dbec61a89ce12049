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

T = TypeVar("T", bound="DownloadSchemaMetadataResponse")


class DownloadSchemaMetadataResponse(_Model):
    """Exported schema metadata.

    Attributes:
        compressed_databases_info (str | None): Compressed, encoded distribution of the physical shards of all schemas.
        data_nodes (list[DnInstanceInfo] | None): Backend data nodes associated with the instance.
    """

    __slots__ = (
        "compressed_databases_info",
        "data_nodes",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "compressed_databases_info",
        "data_nodes",
    )

    compressed_databases_info: str | None
    data_nodes: list[DnInstanceInfo] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        compressed_databases_info: str | None = None,
        data_nodes: list[DnInstanceInfo] | None = None,
    ) -> None:
        self.compressed_databases_info = compressed_databases_info
        self.data_nodes = data_nodes
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.compressed_databases_info is not None:
            compressed_databases_info = self.compressed_databases_info
            field_dict["compressed_databases_info"] = compressed_databases_info
        elif "compressed_databases_info" in self._present:  # null in the reply: sent back as null
            field_dict["compressed_databases_info"] = None
        if self.data_nodes is not None:
            try:
                data_nodes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.data_nodes, Unset):
                    data_nodes = []
                    for data_nodes_item_data in self.data_nodes:
                        data_nodes_item = data_nodes_item_data.to_dict()
                        data_nodes.append(data_nodes_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                data_nodes = _cast(Any, self.data_nodes)
            field_dict["data_nodes"] = data_nodes
        elif "data_nodes" in self._present:  # null in the reply: sent back as null
            field_dict["data_nodes"] = None
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
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("data_nodes").__class__ is not list:
                _data_nodes = d.pop("data_nodes", UNSET)
                data_nodes: list[DnInstanceInfo] | Unset = UNSET
                if _data_nodes is not UNSET:
                    data_nodes = []
                    for data_nodes_item_data in _data_nodes:
                        data_nodes_item = DnInstanceInfo.from_dict(data_nodes_item_data)

                        data_nodes.append(data_nodes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                data_nodes = _LazyList(d.pop("data_nodes"), DnInstanceInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            data_nodes = _drift(cls, src_dict, "data_nodes", src_dict.get("data_nodes", UNSET), "array")

        download_schema_metadata_response = cls(  # the fields in declaration order; absent members read as None
            None if compressed_databases_info is UNSET else compressed_databases_info,
            None if data_nodes is UNSET else data_nodes,
        )
        download_schema_metadata_response._present = frozenset(src_dict)

        download_schema_metadata_response.additional_properties = d
        return download_schema_metadata_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("compressed_databases_info", "compressed_databases_info"),
            ("data_nodes", "data_nodes"),
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
from ..models.dn_instance_info import DnInstanceInfo  # noqa: E402
