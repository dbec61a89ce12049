# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeStrategyRequest")


class ChangeStrategyRequest(_Model):
    """Route switching policy of a shard-configuration task. Without both switch times the policy becomes manual.

    Attributes:
        project_id (str | Unset): Project ID.
        instance_id (str | Unset): Instance ID.
        task_id (str | Unset): Task ID.
        switch_route_begin_time (str | Unset): Start of the automatic route switchover window, hh:mm:ss (e.g. 17:00:00);
            the window may not exceed 1 hour.
        switch_route_end_time (str | Unset): End of the automatic route switchover window, hh:mm:ss (e.g. 18:00:00); the
            window may not exceed 1 hour.
        is_open_api (bool | Unset): Whether the call comes through the open API.
        logic_db_name (str | Unset): Schema name.
    """

    __slots__ = (
        "project_id",
        "instance_id",
        "task_id",
        "switch_route_begin_time",
        "switch_route_end_time",
        "is_open_api",
        "logic_db_name",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "project_id",
        "instance_id",
        "task_id",
        "switch_route_begin_time",
        "switch_route_end_time",
        "is_open_api",
        "logic_db_name",
    )

    project_id: str | Unset
    instance_id: str | Unset
    task_id: str | Unset
    switch_route_begin_time: str | Unset
    switch_route_end_time: str | Unset
    is_open_api: bool | Unset
    logic_db_name: str | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        project_id: str | Unset = UNSET,
        instance_id: str | Unset = UNSET,
        task_id: str | Unset = UNSET,
        switch_route_begin_time: str | Unset = UNSET,
        switch_route_end_time: str | Unset = UNSET,
        is_open_api: bool | Unset = UNSET,
        logic_db_name: str | Unset = UNSET,
    ) -> None:
        self.project_id = project_id
        self.instance_id = instance_id
        self.task_id = task_id
        self.switch_route_begin_time = switch_route_begin_time
        self.switch_route_end_time = switch_route_end_time
        self.is_open_api = is_open_api
        self.logic_db_name = logic_db_name
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        instance_id = self.instance_id

        task_id = self.task_id

        switch_route_begin_time = self.switch_route_begin_time

        switch_route_end_time = self.switch_route_end_time

        is_open_api = self.is_open_api

        logic_db_name = self.logic_db_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if switch_route_begin_time is not UNSET:
            field_dict["switch_route_begin_time"] = switch_route_begin_time
        if switch_route_end_time is not UNSET:
            field_dict["switch_route_end_time"] = switch_route_end_time
        if is_open_api is not UNSET:
            field_dict["is_open_api"] = is_open_api
        if logic_db_name is not UNSET:
            field_dict["logic_db_name"] = logic_db_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id", UNSET)
        if project_id.__class__ is not str and project_id is not UNSET:
            project_id = _drift(cls, src_dict, "project_id", project_id, "string")

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        task_id = d.pop("task_id", UNSET)
        if task_id.__class__ is not str and task_id is not UNSET:
            task_id = _drift(cls, src_dict, "task_id", task_id, "string")

        switch_route_begin_time = d.pop("switch_route_begin_time", UNSET)
        if switch_route_begin_time.__class__ is not str and switch_route_begin_time is not UNSET:
            switch_route_begin_time = _drift(
                cls, src_dict, "switch_route_begin_time", switch_route_begin_time, "string"
            )

        switch_route_end_time = d.pop("switch_route_end_time", UNSET)
        if switch_route_end_time.__class__ is not str and switch_route_end_time is not UNSET:
            switch_route_end_time = _drift(cls, src_dict, "switch_route_end_time", switch_route_end_time, "string")

        is_open_api = d.pop("is_open_api", UNSET)
        if is_open_api.__class__ is not bool and is_open_api is not UNSET:
            is_open_api = _drift(cls, src_dict, "is_open_api", is_open_api, "boolean")

        logic_db_name = d.pop("logic_db_name", UNSET)
        if logic_db_name.__class__ is not str and logic_db_name is not UNSET:
            logic_db_name = _drift(cls, src_dict, "logic_db_name", logic_db_name, "string")

        change_strategy_request = cls(  # the fields in declaration order
            project_id,
            instance_id,
            task_id,
            switch_route_begin_time,
            switch_route_end_time,
            is_open_api,
            logic_db_name,
        )

        change_strategy_request.additional_properties = d
        return change_strategy_request

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
