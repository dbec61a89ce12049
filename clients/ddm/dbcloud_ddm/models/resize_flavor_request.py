# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResizeFlavorRequest")


class ResizeFlavorRequest(_Model):
    """Request body for changing the node class of a DDM instance (table 4-108).

    Attributes:
        spec_code (str): Specification code of the new node class (see appendix A.4, e.g. ddm.c6.4xlarge.2); must differ
            from the current class, and c6s classes cannot change to c6 classes.
        group_id (str | Unset): ID of the node group whose class is changed; not needed when the instance has a single
            node group.
        is_auto_pay (bool | Unset): Whether the order for a yearly/monthly instance is paid automatically from the
            account; does not affect auto-renewal. Default: false.
    """

    __slots__ = (
        "spec_code",
        "group_id",
        "is_auto_pay",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "spec_code",
        "group_id",
        "is_auto_pay",
    )

    spec_code: str
    group_id: str | Unset
    is_auto_pay: bool | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        spec_code: str,
        group_id: str | Unset = UNSET,
        is_auto_pay: bool | Unset = UNSET,
    ) -> None:
        self.spec_code = spec_code
        self.group_id = group_id
        self.is_auto_pay = is_auto_pay
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        spec_code = self.spec_code

        group_id = self.group_id

        is_auto_pay = self.is_auto_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec_code": spec_code,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if is_auto_pay is not UNSET:
            field_dict["is_auto_pay"] = is_auto_pay
        if isinstance(spec_code, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["spec_code"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spec_code = d.pop("spec_code", UNSET)
        if spec_code.__class__ is not str:
            spec_code = _drift(cls, src_dict, "spec_code", spec_code, "string")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _drift(cls, src_dict, "group_id", group_id, "string")

        is_auto_pay = d.pop("is_auto_pay", UNSET)
        if is_auto_pay.__class__ is not bool and is_auto_pay is not UNSET:
            is_auto_pay = _drift(cls, src_dict, "is_auto_pay", is_auto_pay, "boolean")

        resize_flavor_request = cls(  # the fields in declaration order
            spec_code,
            group_id,
            is_auto_pay,
        )

        resize_flavor_request.additional_properties = d
        return resize_flavor_request

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
