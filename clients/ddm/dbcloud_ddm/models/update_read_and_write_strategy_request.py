# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateReadAndWriteStrategyRequest")


class UpdateReadAndWriteStrategyRequest(_Model):
    """Request body for changing the read policy of the associated DB instances (table 4-69).

    Attributes:
        read_weight (UpdateReadAndWriteStrategyRequestReadWeight): Read weights keyed by DB instance ID (the primary
            instance and its read replicas); the value is the weight.
    """

    __slots__ = (
        "read_weight",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("read_weight",)

    read_weight: UpdateReadAndWriteStrategyRequestReadWeight
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        read_weight: UpdateReadAndWriteStrategyRequestReadWeight,
    ) -> None:
        self.read_weight = read_weight
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            read_weight = self.read_weight.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            read_weight = _cast(Any, self.read_weight)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read_weight": read_weight,
            }
        )
        if isinstance(read_weight, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["read_weight"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            read_weight = UpdateReadAndWriteStrategyRequestReadWeight.from_dict(d.pop("read_weight", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            read_weight = _drift(
                cls,
                src_dict,
                "read_weight",
                src_dict.get("read_weight", UNSET),
                "UpdateReadAndWriteStrategyRequestReadWeight",
            )

        update_read_and_write_strategy_request = cls(  # the fields in declaration order
            read_weight,
        )

        update_read_and_write_strategy_request.additional_properties = d
        return update_read_and_write_strategy_request

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
from ..models.update_read_and_write_strategy_request_read_weight import UpdateReadAndWriteStrategyRequestReadWeight  # noqa: E402
