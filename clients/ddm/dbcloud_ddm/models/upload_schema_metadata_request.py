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

T = TypeVar("T", bound="UploadSchemaMetadataRequest")


class UploadSchemaMetadataRequest(_Model):
    """Schema metadata to import.

    Attributes:
        compressed_databases_info (str): Compressed, encoded shard distribution as returned by download_schema_metadata.
        dn_instance (list[DNInstance]): Backend data nodes to use, with their logins.
    """

    __slots__ = (
        "compressed_databases_info",
        "dn_instance",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "compressed_databases_info",
        "dn_instance",
    )

    compressed_databases_info: str
    dn_instance: list[DNInstance]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        compressed_databases_info: str,
        dn_instance: list[DNInstance],
    ) -> None:
        self.compressed_databases_info = compressed_databases_info
        self.dn_instance = dn_instance
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        compressed_databases_info = self.compressed_databases_info

        try:
            dn_instance = []
            for dn_instance_item_data in self.dn_instance:
                dn_instance_item = dn_instance_item_data.to_dict()
                dn_instance.append(dn_instance_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            dn_instance = _cast(Any, self.dn_instance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compressed_databases_info": compressed_databases_info,
                "dn_instance": dn_instance,
            }
        )
        if isinstance(compressed_databases_info, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["compressed_databases_info"]
        if isinstance(dn_instance, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["dn_instance"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compressed_databases_info = d.pop("compressed_databases_info", UNSET)
        if compressed_databases_info.__class__ is not str:
            compressed_databases_info = _drift(
                cls, src_dict, "compressed_databases_info", compressed_databases_info, "string"
            )

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("dn_instance").__class__ is not list:
                dn_instance = []
                _dn_instance = d.pop("dn_instance", UNSET)
                for dn_instance_item_data in _dn_instance:
                    dn_instance_item = DNInstance.from_dict(dn_instance_item_data)

                    dn_instance.append(dn_instance_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                dn_instance = _LazyList(d.pop("dn_instance"), DNInstance.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            dn_instance = _drift(cls, src_dict, "dn_instance", src_dict.get("dn_instance", UNSET), "array")

        upload_schema_metadata_request = cls(  # the fields in declaration order
            compressed_databases_info,
            dn_instance,
        )

        upload_schema_metadata_request.additional_properties = d
        return upload_schema_metadata_request

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
from ..models.dn_instance import DNInstance  # noqa: E402
