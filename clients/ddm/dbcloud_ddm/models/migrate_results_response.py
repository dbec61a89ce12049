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

T = TypeVar("T", bound="MigrateResultsResponse")


class MigrateResultsResponse(_Model):
    """Details of a shard-configuration task.

    Attributes:
        instance_name (str | None): DDM instance name.
        original_shard_num (int | None): Shards before the configuration.
        after_shard_num (int | None): Shards after the configuration.
        original_dn_info_list (list[MigrateDnInfoOpenResponse] | None): Data nodes before the configuration.
        after_dn_info_list (list[MigrateDnInfoOpenResponse] | None): Data nodes after the configuration.
        switch_route_is_manual (bool | None): true when routes are switched manually, false when automatically.
        auto_switch_begin_time (str | None): Start of the automatic route switchover window, hh:mm:ss (e.g. 17:00:00);
            empty with manual switching.
        auto_switch_end_time (str | None): End of the automatic route switchover window, hh:mm:ss (e.g. 18:00:00); empty
            with manual switching.
        node_id_for_migrate (str | None): DDM node running the shard configuration.
        is_exclusive (bool | None): Whether the configuration has a dedicated node.
    """

    __slots__ = (
        "instance_name",
        "original_shard_num",
        "after_shard_num",
        "original_dn_info_list",
        "after_dn_info_list",
        "switch_route_is_manual",
        "auto_switch_begin_time",
        "auto_switch_end_time",
        "node_id_for_migrate",
        "is_exclusive",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "instance_name",
        "original_shard_num",
        "after_shard_num",
        "original_dn_info_list",
        "after_dn_info_list",
        "switch_route_is_manual",
        "auto_switch_begin_time",
        "auto_switch_end_time",
        "node_id_for_migrate",
        "is_exclusive",
    )

    instance_name: str | None
    original_shard_num: int | None
    after_shard_num: int | None
    original_dn_info_list: list[MigrateDnInfoOpenResponse] | None
    after_dn_info_list: list[MigrateDnInfoOpenResponse] | None
    switch_route_is_manual: bool | None
    auto_switch_begin_time: str | None
    auto_switch_end_time: str | None
    node_id_for_migrate: str | None
    is_exclusive: bool | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        instance_name: str | None = None,
        original_shard_num: int | None = None,
        after_shard_num: int | None = None,
        original_dn_info_list: list[MigrateDnInfoOpenResponse] | None = None,
        after_dn_info_list: list[MigrateDnInfoOpenResponse] | None = None,
        switch_route_is_manual: bool | None = None,
        auto_switch_begin_time: str | None = None,
        auto_switch_end_time: str | None = None,
        node_id_for_migrate: str | None = None,
        is_exclusive: bool | None = None,
    ) -> None:
        self.instance_name = instance_name
        self.original_shard_num = original_shard_num
        self.after_shard_num = after_shard_num
        self.original_dn_info_list = original_dn_info_list
        self.after_dn_info_list = after_dn_info_list
        self.switch_route_is_manual = switch_route_is_manual
        self.auto_switch_begin_time = auto_switch_begin_time
        self.auto_switch_end_time = auto_switch_end_time
        self.node_id_for_migrate = node_id_for_migrate
        self.is_exclusive = is_exclusive
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.instance_name is not None:
            instance_name = self.instance_name
            field_dict["instance_name"] = instance_name
        elif "instance_name" in self._present:  # null in the reply: sent back as null
            field_dict["instance_name"] = None
        if self.original_shard_num is not None:
            original_shard_num = self.original_shard_num
            field_dict["original_shard_num"] = original_shard_num
        elif "original_shard_num" in self._present:  # null in the reply: sent back as null
            field_dict["original_shard_num"] = None
        if self.after_shard_num is not None:
            after_shard_num = self.after_shard_num
            field_dict["after_shard_num"] = after_shard_num
        elif "after_shard_num" in self._present:  # null in the reply: sent back as null
            field_dict["after_shard_num"] = None
        if self.original_dn_info_list is not None:
            try:
                original_dn_info_list: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.original_dn_info_list, Unset):
                    original_dn_info_list = []
                    for original_dn_info_list_item_data in self.original_dn_info_list:
                        original_dn_info_list_item = original_dn_info_list_item_data.to_dict()
                        original_dn_info_list.append(original_dn_info_list_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                original_dn_info_list = _cast(Any, self.original_dn_info_list)
            field_dict["original_dn_info_list"] = original_dn_info_list
        elif "original_dn_info_list" in self._present:  # null in the reply: sent back as null
            field_dict["original_dn_info_list"] = None
        if self.after_dn_info_list is not None:
            try:
                after_dn_info_list: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.after_dn_info_list, Unset):
                    after_dn_info_list = []
                    for after_dn_info_list_item_data in self.after_dn_info_list:
                        after_dn_info_list_item = after_dn_info_list_item_data.to_dict()
                        after_dn_info_list.append(after_dn_info_list_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                after_dn_info_list = _cast(Any, self.after_dn_info_list)
            field_dict["after_dn_info_list"] = after_dn_info_list
        elif "after_dn_info_list" in self._present:  # null in the reply: sent back as null
            field_dict["after_dn_info_list"] = None
        if self.switch_route_is_manual is not None:
            switch_route_is_manual = self.switch_route_is_manual
            field_dict["switch_route_is_manual"] = switch_route_is_manual
        elif "switch_route_is_manual" in self._present:  # null in the reply: sent back as null
            field_dict["switch_route_is_manual"] = None
        if self.auto_switch_begin_time is not None:
            auto_switch_begin_time = self.auto_switch_begin_time
            field_dict["auto_switch_begin_time"] = auto_switch_begin_time
        elif "auto_switch_begin_time" in self._present:  # null in the reply: sent back as null
            field_dict["auto_switch_begin_time"] = None
        if self.auto_switch_end_time is not None:
            auto_switch_end_time = self.auto_switch_end_time
            field_dict["auto_switch_end_time"] = auto_switch_end_time
        elif "auto_switch_end_time" in self._present:  # null in the reply: sent back as null
            field_dict["auto_switch_end_time"] = None
        if self.node_id_for_migrate is not None:
            node_id_for_migrate = self.node_id_for_migrate
            field_dict["node_id_for_migrate"] = node_id_for_migrate
        elif "node_id_for_migrate" in self._present:  # null in the reply: sent back as null
            field_dict["node_id_for_migrate"] = None
        if self.is_exclusive is not None:
            is_exclusive = self.is_exclusive
            field_dict["is_exclusive"] = is_exclusive
        elif "is_exclusive" in self._present:  # null in the reply: sent back as null
            field_dict["is_exclusive"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        original_shard_num = d.pop("original_shard_num", UNSET)
        if original_shard_num.__class__ is not int and original_shard_num is not UNSET:
            original_shard_num = _drift(cls, src_dict, "original_shard_num", original_shard_num, "integer")

        after_shard_num = d.pop("after_shard_num", UNSET)
        if after_shard_num.__class__ is not int and after_shard_num is not UNSET:
            after_shard_num = _drift(cls, src_dict, "after_shard_num", after_shard_num, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("original_dn_info_list").__class__ is not list:
                _original_dn_info_list = d.pop("original_dn_info_list", UNSET)
                original_dn_info_list: list[MigrateDnInfoOpenResponse] | Unset = UNSET
                if _original_dn_info_list is not UNSET:
                    original_dn_info_list = []
                    for original_dn_info_list_item_data in _original_dn_info_list:
                        original_dn_info_list_item = MigrateDnInfoOpenResponse.from_dict(
                            original_dn_info_list_item_data
                        )

                        original_dn_info_list.append(original_dn_info_list_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                original_dn_info_list = _LazyList(
                    d.pop("original_dn_info_list"), MigrateDnInfoOpenResponse.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            original_dn_info_list = _drift(
                cls, src_dict, "original_dn_info_list", src_dict.get("original_dn_info_list", UNSET), "array"
            )

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("after_dn_info_list").__class__ is not list:
                _after_dn_info_list = d.pop("after_dn_info_list", UNSET)
                after_dn_info_list: list[MigrateDnInfoOpenResponse] | Unset = UNSET
                if _after_dn_info_list is not UNSET:
                    after_dn_info_list = []
                    for after_dn_info_list_item_data in _after_dn_info_list:
                        after_dn_info_list_item = MigrateDnInfoOpenResponse.from_dict(after_dn_info_list_item_data)

                        after_dn_info_list.append(after_dn_info_list_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                after_dn_info_list = _LazyList(
                    d.pop("after_dn_info_list"), MigrateDnInfoOpenResponse.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            after_dn_info_list = _drift(
                cls, src_dict, "after_dn_info_list", src_dict.get("after_dn_info_list", UNSET), "array"
            )

        switch_route_is_manual = d.pop("switch_route_is_manual", UNSET)
        if switch_route_is_manual.__class__ is not bool and switch_route_is_manual is not UNSET:
            switch_route_is_manual = _drift(cls, src_dict, "switch_route_is_manual", switch_route_is_manual, "boolean")

        auto_switch_begin_time = d.pop("auto_switch_begin_time", UNSET)
        if auto_switch_begin_time.__class__ is not str and auto_switch_begin_time is not UNSET:
            auto_switch_begin_time = _drift(cls, src_dict, "auto_switch_begin_time", auto_switch_begin_time, "string")

        auto_switch_end_time = d.pop("auto_switch_end_time", UNSET)
        if auto_switch_end_time.__class__ is not str and auto_switch_end_time is not UNSET:
            auto_switch_end_time = _drift(cls, src_dict, "auto_switch_end_time", auto_switch_end_time, "string")

        node_id_for_migrate = d.pop("node_id_for_migrate", UNSET)
        if node_id_for_migrate.__class__ is not str and node_id_for_migrate is not UNSET:
            node_id_for_migrate = _drift(cls, src_dict, "node_id_for_migrate", node_id_for_migrate, "string")

        is_exclusive = d.pop("is_exclusive", UNSET)
        if is_exclusive.__class__ is not bool and is_exclusive is not UNSET:
            is_exclusive = _drift(cls, src_dict, "is_exclusive", is_exclusive, "boolean")

        migrate_results_response = cls(  # the fields in declaration order; absent members read as None
            None if instance_name is UNSET else instance_name,
            None if original_shard_num is UNSET else original_shard_num,
            None if after_shard_num is UNSET else after_shard_num,
            None if original_dn_info_list is UNSET else original_dn_info_list,
            None if after_dn_info_list is UNSET else after_dn_info_list,
            None if switch_route_is_manual is UNSET else switch_route_is_manual,
            None if auto_switch_begin_time is UNSET else auto_switch_begin_time,
            None if auto_switch_end_time is UNSET else auto_switch_end_time,
            None if node_id_for_migrate is UNSET else node_id_for_migrate,
            None if is_exclusive is UNSET else is_exclusive,
        )
        migrate_results_response._present = frozenset(src_dict)

        migrate_results_response.additional_properties = d
        return migrate_results_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("instance_name", "instance_name"),
            ("original_shard_num", "original_shard_num"),
            ("after_shard_num", "after_shard_num"),
            ("original_dn_info_list", "original_dn_info_list"),
            ("after_dn_info_list", "after_dn_info_list"),
            ("switch_route_is_manual", "switch_route_is_manual"),
            ("auto_switch_begin_time", "auto_switch_begin_time"),
            ("auto_switch_end_time", "auto_switch_end_time"),
            ("node_id_for_migrate", "node_id_for_migrate"),
            ("is_exclusive", "is_exclusive"),
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
from ..models.migrate_dn_info_open_response import MigrateDnInfoOpenResponse  # noqa: E402
