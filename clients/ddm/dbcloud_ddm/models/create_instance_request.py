# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInstanceRequest")


class CreateInstanceRequest(_Model):
    """Request body for buying a DDM instance (table 4-6).

    Attributes:
        instance (CreateInstanceDetail): Instance to create (table 4-7).
        extend_param (CreateInstanceExtendParam | Unset): Billing options; only used for yearly/monthly instances (table
            4-8).
    """

    __slots__ = (
        "instance",
        "extend_param",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance",
        "extend_param",
    )

    instance: CreateInstanceDetail
    extend_param: CreateInstanceExtendParam | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        instance: CreateInstanceDetail,
        extend_param: CreateInstanceExtendParam | Unset = UNSET,
    ) -> None:
        self.instance = instance
        self.extend_param = extend_param
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            instance = self.instance.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            instance = _cast(Any, self.instance)

        try:
            extend_param: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extend_param, Unset):
                extend_param = self.extend_param.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            extend_param = _cast(Any, self.extend_param)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance": instance,
            }
        )
        if extend_param is not UNSET:
            field_dict["extend_param"] = extend_param
        if isinstance(instance, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["instance"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            instance = CreateInstanceDetail.from_dict(d.pop("instance", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            instance = _drift(cls, src_dict, "instance", src_dict.get("instance", UNSET), "CreateInstanceDetail")

        try:
            _extend_param = d.pop("extend_param", UNSET)
            extend_param: CreateInstanceExtendParam | Unset
            if isinstance(_extend_param, Unset):
                extend_param = UNSET
            else:
                extend_param = CreateInstanceExtendParam.from_dict(_extend_param)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            extend_param = _drift(
                cls, src_dict, "extend_param", src_dict.get("extend_param", UNSET), "CreateInstanceExtendParam"
            )

        create_instance_request = cls(  # the fields in declaration order
            instance,
            extend_param,
        )

        create_instance_request.additional_properties = d
        return create_instance_request

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
from ..models.create_instance_detail import CreateInstanceDetail  # noqa: E402
from ..models.create_instance_extend_param import CreateInstanceExtendParam  # noqa: E402
