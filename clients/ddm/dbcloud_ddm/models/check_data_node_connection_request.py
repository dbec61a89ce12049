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

T = TypeVar("T", bound="CheckDataNodeConnectionRequest")


class CheckDataNodeConnectionRequest(_Model):
    """RDS instances to test (4.2.38, Table 4-188).

    Attributes:
        infos (list[EsdbCheckRdsConnectionRequestV3]): Connection data of each RDS instance to test.
    """

    __slots__ = (
        "infos",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = ("infos",)

    infos: list[EsdbCheckRdsConnectionRequestV3]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        infos: list[EsdbCheckRdsConnectionRequestV3],
    ) -> None:
        self.infos = infos
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            infos = []
            for infos_item_data in self.infos:
                infos_item = infos_item_data.to_dict()
                infos.append(infos_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            infos = _cast(Any, self.infos)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "infos": infos,
            }
        )
        if isinstance(infos, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["infos"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("infos").__class__ is not list:
                infos = []
                _infos = d.pop("infos", UNSET)
                for infos_item_data in _infos:
                    infos_item = EsdbCheckRdsConnectionRequestV3.from_dict(infos_item_data)

                    infos.append(infos_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                infos = _LazyList(d.pop("infos"), EsdbCheckRdsConnectionRequestV3.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            infos = _drift(cls, src_dict, "infos", src_dict.get("infos", UNSET), "array")

        check_data_node_connection_request = cls(  # the fields in declaration order
            infos,
        )

        check_data_node_connection_request.additional_properties = d
        return check_data_node_connection_request

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
from ..models.esdb_check_rds_connection_request_v3 import EsdbCheckRdsConnectionRequestV3  # noqa: E402
