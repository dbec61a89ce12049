# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.restart_instance_info_type import RestartInstanceInfoType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="RestartInstanceInfo")


class RestartInstanceInfo(_Model):
    """Restart options (table 4-47).

    Attributes:
        type_ (RestartInstanceInfoType | Unset): Restart type: soft restarts only the process, hard forcibly restarts
            the instance VM.
    """

    __slots__ = (
        "type_",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("type_",)

    type_: RestartInstanceInfoType | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        type_: RestartInstanceInfoType | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            type_ = _cast(Any, self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _type_ = d.pop("type", UNSET)
            type_: RestartInstanceInfoType | Unset = (
                UNSET if _type_ is UNSET else enum_member(RestartInstanceInfoType, _type_)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            type_ = _drift(cls, src_dict, "type", src_dict.get("type", UNSET), "RestartInstanceInfoType")

        restart_instance_info = cls(  # the fields in declaration order
            type_,
        )

        restart_instance_info.additional_properties = d
        return restart_instance_info

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
