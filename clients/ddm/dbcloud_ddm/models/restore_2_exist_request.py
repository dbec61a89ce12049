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

T = TypeVar("T", bound="Restore2ExistRequest")


class Restore2ExistRequest(_Model):
    """Request to restore data to another instance (Table 4-513).

    Attributes:
        source (RestoreInstSource): Source of the data restoration (Table 4-514).
        target (RestoreInstTarget): Target of the data restoration (Table 4-515).
        data_node_relations (list[DataNodeRelation]): Mapping of source data nodes to target data nodes.
    """

    __slots__ = (
        "source",
        "target",
        "data_node_relations",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "source",
        "target",
        "data_node_relations",
    )

    source: RestoreInstSource
    target: RestoreInstTarget
    data_node_relations: list[DataNodeRelation]
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        source: RestoreInstSource,
        target: RestoreInstTarget,
        data_node_relations: list[DataNodeRelation],
    ) -> None:
        self.source = source
        self.target = target
        self.data_node_relations = data_node_relations
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            source = self.source.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            source = _cast(Any, self.source)

        try:
            target = self.target.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            target = _cast(Any, self.target)

        try:
            data_node_relations = []
            for data_node_relations_item_data in self.data_node_relations:
                data_node_relations_item = data_node_relations_item_data.to_dict()
                data_node_relations.append(data_node_relations_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            data_node_relations = _cast(Any, self.data_node_relations)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
                "data_node_relations": data_node_relations,
            }
        )
        if isinstance(source, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["source"]
        if isinstance(target, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["target"]
        if isinstance(data_node_relations, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["data_node_relations"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            source = RestoreInstSource.from_dict(d.pop("source", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            source = _drift(cls, src_dict, "source", src_dict.get("source", UNSET), "RestoreInstSource")

        try:
            target = RestoreInstTarget.from_dict(d.pop("target", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            target = _drift(cls, src_dict, "target", src_dict.get("target", UNSET), "RestoreInstTarget")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("data_node_relations").__class__ is not list:
                data_node_relations = []
                _data_node_relations = d.pop("data_node_relations", UNSET)
                for data_node_relations_item_data in _data_node_relations:
                    data_node_relations_item = DataNodeRelation.from_dict(data_node_relations_item_data)

                    data_node_relations.append(data_node_relations_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                data_node_relations = _LazyList(d.pop("data_node_relations"), DataNodeRelation.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            data_node_relations = _drift(
                cls, src_dict, "data_node_relations", src_dict.get("data_node_relations", UNSET), "array"
            )

        restore_2_exist_request = cls(  # the fields in declaration order
            source,
            target,
            data_node_relations,
        )

        restore_2_exist_request.additional_properties = d
        return restore_2_exist_request

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
from ..models.data_node_relation import DataNodeRelation  # noqa: E402
from ..models.restore_inst_source import RestoreInstSource  # noqa: E402
from ..models.restore_inst_target import RestoreInstTarget  # noqa: E402
