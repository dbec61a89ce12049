# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInstanceParamResponse")


@_attrs_define
class UpdateInstanceParamResponse:
    """Result of a v3 parameter change (Table 4-531).

    Attributes:
        node_list (None | str | Unset): DDM instance nodes affected.
        need_restart (bool | Unset): Whether the instance must be restarted for the change.
        job_id (str | Unset): ID of the change job.
        config_id (None | str | Unset): Parameter template ID.
        config_name (None | str | Unset): Parameter template name.
    """

    node_list: None | str | Unset = UNSET
    need_restart: bool | Unset = UNSET
    job_id: str | Unset = UNSET
    config_id: None | str | Unset = UNSET
    config_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_list: None | str | Unset
        if isinstance(self.node_list, Unset):
            node_list = UNSET
        else:
            node_list = self.node_list

        need_restart = self.need_restart

        job_id = self.job_id

        config_id: None | str | Unset
        if isinstance(self.config_id, Unset):
            config_id = UNSET
        else:
            config_id = self.config_id

        config_name: None | str | Unset
        if isinstance(self.config_name, Unset):
            config_name = UNSET
        else:
            config_name = self.config_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_list is not UNSET:
            field_dict["nodeList"] = node_list
        if need_restart is not UNSET:
            field_dict["needRestart"] = need_restart
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if config_id is not UNSET:
            field_dict["configId"] = config_id
        if config_name is not UNSET:
            field_dict["configName"] = config_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_list: None | str | Unset = d.pop("nodeList", UNSET)

        need_restart = d.pop("needRestart", UNSET)

        job_id = d.pop("jobId", UNSET)

        config_id: None | str | Unset = d.pop("configId", UNSET)

        config_name: None | str | Unset = d.pop("configName", UNSET)

        update_instance_param_response = cls(  # the fields in declaration order
            node_list,
            need_restart,
            job_id,
            config_id,
            config_name,
        )

        update_instance_param_response.additional_properties = d
        return update_instance_param_response

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
