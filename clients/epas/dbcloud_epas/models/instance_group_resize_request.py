# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceGroupResizeRequest")


class InstanceGroupResizeRequest(_Model):
    """New server type for an instance group (reference 2.23).

    Attributes:
        server_type_name (str): Server type to move the instance group to.
    """

    __slots__ = (
        "server_type_name",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("server_type_name",)

    server_type_name: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        server_type_name: str,
    ) -> None:
        self.server_type_name = server_type_name
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        server_type_name = self.server_type_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_type_name": server_type_name,
            }
        )
        if isinstance(server_type_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["server_type_name"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_type_name = d.pop("server_type_name", UNSET)
        if server_type_name.__class__ is not str:
            server_type_name = _drift(cls, src_dict, "server_type_name", server_type_name, "string")

        instance_group_resize_request = cls(  # the fields in declaration order
            server_type_name,
        )

        instance_group_resize_request.additional_properties = d
        return instance_group_resize_request

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
