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

T = TypeVar("T", bound="CheckDataNodeConnectionResponse")


class CheckDataNodeConnectionResponse(_Model):
    """Connectivity results (4.2.38, Table 4-190).

    Attributes:
        rds_check_infos (list[CheckRdsConnectionResqVO] | None): One result per tested RDS instance.
    """

    __slots__ = (
        "rds_check_infos",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("rds_check_infos",)

    rds_check_infos: list[CheckRdsConnectionResqVO] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        rds_check_infos: list[CheckRdsConnectionResqVO] | None = None,
    ) -> None:
        self.rds_check_infos = rds_check_infos
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.rds_check_infos is not None:
            try:
                rds_check_infos: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.rds_check_infos, Unset):
                    rds_check_infos = []
                    for rds_check_infos_item_data in self.rds_check_infos:
                        rds_check_infos_item = rds_check_infos_item_data.to_dict()
                        rds_check_infos.append(rds_check_infos_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                rds_check_infos = _cast(Any, self.rds_check_infos)
            field_dict["rds_check_infos"] = rds_check_infos
        elif "rds_check_infos" in self._present:  # null in the reply: sent back as null
            field_dict["rds_check_infos"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("rds_check_infos").__class__ is not list:
                _rds_check_infos = d.pop("rds_check_infos", UNSET)
                rds_check_infos: list[CheckRdsConnectionResqVO] | Unset = UNSET
                if _rds_check_infos is not UNSET:
                    rds_check_infos = []
                    for rds_check_infos_item_data in _rds_check_infos:
                        rds_check_infos_item = CheckRdsConnectionResqVO.from_dict(rds_check_infos_item_data)

                        rds_check_infos.append(rds_check_infos_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                rds_check_infos = _LazyList(d.pop("rds_check_infos"), CheckRdsConnectionResqVO.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            rds_check_infos = _drift(cls, src_dict, "rds_check_infos", src_dict.get("rds_check_infos", UNSET), "array")

        check_data_node_connection_response = cls(  # the fields in declaration order; absent members read as None
            None if rds_check_infos is UNSET else rds_check_infos,
        )
        check_data_node_connection_response._present = frozenset(src_dict)

        check_data_node_connection_response.additional_properties = d
        return check_data_node_connection_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (("rds_check_infos", "rds_check_infos"),)
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
from ..models.check_rds_connection_resq_vo import CheckRdsConnectionResqVO  # noqa: E402
