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

T = TypeVar("T", bound="CompareParameterGroupsResponse")


class CompareParameterGroupsResponse(_Model):
    """Comparison of two templates (Table 4-557).

    Attributes:
        source_id (str | None): ID of the source template, 36 letters and digits.
        source_name (str | None): Name of the source template.
        target_id (str | None): ID of the target template, 36 letters and digits.
        target_name (str | None): Name of the target template.
        parameters (list[ParamGroupParameterDiffV3] | None): Parameters whose values differ.
    """

    __slots__ = (
        "source_id",
        "source_name",
        "target_id",
        "target_name",
        "parameters",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "source_id",
        "source_name",
        "target_id",
        "target_name",
        "parameters",
    )

    source_id: str | None
    source_name: str | None
    target_id: str | None
    target_name: str | None
    parameters: list[ParamGroupParameterDiffV3] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        source_id: str | None = None,
        source_name: str | None = None,
        target_id: str | None = None,
        target_name: str | None = None,
        parameters: list[ParamGroupParameterDiffV3] | None = None,
    ) -> None:
        self.source_id = source_id
        self.source_name = source_name
        self.target_id = target_id
        self.target_name = target_name
        self.parameters = parameters
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.source_id is not None:
            source_id = self.source_id
            field_dict["source_id"] = source_id
        elif "source_id" in self._present:  # null in the reply: sent back as null
            field_dict["source_id"] = None
        if self.source_name is not None:
            source_name = self.source_name
            field_dict["source_name"] = source_name
        elif "source_name" in self._present:  # null in the reply: sent back as null
            field_dict["source_name"] = None
        if self.target_id is not None:
            target_id = self.target_id
            field_dict["target_id"] = target_id
        elif "target_id" in self._present:  # null in the reply: sent back as null
            field_dict["target_id"] = None
        if self.target_name is not None:
            target_name = self.target_name
            field_dict["target_name"] = target_name
        elif "target_name" in self._present:  # null in the reply: sent back as null
            field_dict["target_name"] = None
        if self.parameters is not None:
            try:
                parameters: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.parameters, Unset):
                    parameters = []
                    for parameters_item_data in self.parameters:
                        parameters_item = parameters_item_data.to_dict()
                        parameters.append(parameters_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                parameters = _cast(Any, self.parameters)
            field_dict["parameters"] = parameters
        elif "parameters" in self._present:  # null in the reply: sent back as null
            field_dict["parameters"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("source_id", UNSET)
        if source_id.__class__ is not str and source_id is not UNSET:
            source_id = _drift(cls, src_dict, "source_id", source_id, "string")

        source_name = d.pop("source_name", UNSET)
        if source_name.__class__ is not str and source_name is not UNSET:
            source_name = _drift(cls, src_dict, "source_name", source_name, "string")

        target_id = d.pop("target_id", UNSET)
        if target_id.__class__ is not str and target_id is not UNSET:
            target_id = _drift(cls, src_dict, "target_id", target_id, "string")

        target_name = d.pop("target_name", UNSET)
        if target_name.__class__ is not str and target_name is not UNSET:
            target_name = _drift(cls, src_dict, "target_name", target_name, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("parameters").__class__ is not list:
                _parameters = d.pop("parameters", UNSET)
                parameters: list[ParamGroupParameterDiffV3] | Unset = UNSET
                if _parameters is not UNSET:
                    parameters = []
                    for parameters_item_data in _parameters:
                        parameters_item = ParamGroupParameterDiffV3.from_dict(parameters_item_data)

                        parameters.append(parameters_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                parameters = _LazyList(d.pop("parameters"), ParamGroupParameterDiffV3.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            parameters = _drift(cls, src_dict, "parameters", src_dict.get("parameters", UNSET), "array")

        compare_parameter_groups_response = cls(  # the fields in declaration order; absent members read as None
            None if source_id is UNSET else source_id,
            None if source_name is UNSET else source_name,
            None if target_id is UNSET else target_id,
            None if target_name is UNSET else target_name,
            None if parameters is UNSET else parameters,
        )
        compare_parameter_groups_response._present = frozenset(src_dict)

        compare_parameter_groups_response.additional_properties = d
        return compare_parameter_groups_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("source_id", "source_id"),
            ("source_name", "source_name"),
            ("target_id", "target_id"),
            ("target_name", "target_name"),
            ("parameters", "parameters"),
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
from ..models.param_group_parameter_diff_v3 import ParamGroupParameterDiffV3  # noqa: E402
