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

T = TypeVar("T", bound="CheckMigrateLogicDbRequest")


class CheckMigrateLogicDbRequest(_Model):
    """Target shard configuration to pre-check.

    Attributes:
        data_nodes (list[MigrateLogicDbDataNode]): Data nodes after the change; the number of shards or data nodes must
            grow.
        new_shard_number (str): Number of shards after the change, as a decimal string; it or the number of data nodes
            must grow, and an instance holds at most 64 shards.
        switch_route_begin_time (str | Unset): Start of the route switchover window.
        switch_route_end_time (str | Unset): End of the route switchover window.
        is_exclusive (bool | Unset): Whether dedicated nodes run the shard configuration.
    """

    __slots__ = (
        "data_nodes",
        "new_shard_number",
        "switch_route_begin_time",
        "switch_route_end_time",
        "is_exclusive",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "data_nodes",
        "new_shard_number",
        "switch_route_begin_time",
        "switch_route_end_time",
        "is_exclusive",
    )

    data_nodes: list[MigrateLogicDbDataNode]
    new_shard_number: str
    switch_route_begin_time: str | Unset
    switch_route_end_time: str | Unset
    is_exclusive: bool | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        data_nodes: list[MigrateLogicDbDataNode],
        new_shard_number: str,
        switch_route_begin_time: str | Unset = UNSET,
        switch_route_end_time: str | Unset = UNSET,
        is_exclusive: bool | Unset = UNSET,
    ) -> None:
        self.data_nodes = data_nodes
        self.new_shard_number = new_shard_number
        self.switch_route_begin_time = switch_route_begin_time
        self.switch_route_end_time = switch_route_end_time
        self.is_exclusive = is_exclusive
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            data_nodes = []
            for data_nodes_item_data in self.data_nodes:
                data_nodes_item = data_nodes_item_data.to_dict()
                data_nodes.append(data_nodes_item)

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            data_nodes = _cast(Any, self.data_nodes)

        new_shard_number = self.new_shard_number

        switch_route_begin_time = self.switch_route_begin_time

        switch_route_end_time = self.switch_route_end_time

        is_exclusive = self.is_exclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_nodes": data_nodes,
                "new_shard_number": new_shard_number,
            }
        )
        if switch_route_begin_time is not UNSET:
            field_dict["switch_route_begin_time"] = switch_route_begin_time
        if switch_route_end_time is not UNSET:
            field_dict["switch_route_end_time"] = switch_route_end_time
        if is_exclusive is not UNSET:
            field_dict["is_exclusive"] = is_exclusive
        if isinstance(data_nodes, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["data_nodes"]
        if isinstance(new_shard_number, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["new_shard_number"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("data_nodes").__class__ is not list:
                data_nodes = []
                _data_nodes = d.pop("data_nodes", UNSET)
                for data_nodes_item_data in _data_nodes:
                    data_nodes_item = MigrateLogicDbDataNode.from_dict(data_nodes_item_data)

                    data_nodes.append(data_nodes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                data_nodes = _LazyList(d.pop("data_nodes"), MigrateLogicDbDataNode.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            data_nodes = _drift(cls, src_dict, "data_nodes", src_dict.get("data_nodes", UNSET), "array")

        new_shard_number = d.pop("new_shard_number", UNSET)
        if new_shard_number.__class__ is not str:
            new_shard_number = _drift(cls, src_dict, "new_shard_number", new_shard_number, "string")

        switch_route_begin_time = d.pop("switch_route_begin_time", UNSET)
        if switch_route_begin_time.__class__ is not str and switch_route_begin_time is not UNSET:
            switch_route_begin_time = _drift(
                cls, src_dict, "switch_route_begin_time", switch_route_begin_time, "string"
            )

        switch_route_end_time = d.pop("switch_route_end_time", UNSET)
        if switch_route_end_time.__class__ is not str and switch_route_end_time is not UNSET:
            switch_route_end_time = _drift(cls, src_dict, "switch_route_end_time", switch_route_end_time, "string")

        is_exclusive = d.pop("is_exclusive", UNSET)
        if is_exclusive.__class__ is not bool and is_exclusive is not UNSET:
            is_exclusive = _drift(cls, src_dict, "is_exclusive", is_exclusive, "boolean")

        check_migrate_logic_db_request = cls(  # the fields in declaration order
            data_nodes,
            new_shard_number,
            switch_route_begin_time,
            switch_route_end_time,
            is_exclusive,
        )

        check_migrate_logic_db_request.additional_properties = d
        return check_migrate_logic_db_request

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
from ..models.migrate_logic_db_data_node import MigrateLogicDbDataNode  # noqa: E402
