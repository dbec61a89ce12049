# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="UpdateInstanceParamResponse")


class UpdateInstanceParamResponse(_Model):
    """Result of a v3 parameter change (Table 4-531).

    Attributes:
        node_list (None | str): DDM instance nodes affected.
        need_restart (bool | None): Whether the instance must be restarted for the change.
        job_id (str | None): ID of the change job.
        config_id (None | str): Parameter template ID.
        config_name (None | str): Parameter template name.
    """

    __slots__ = (
        "node_list",
        "need_restart",
        "job_id",
        "config_id",
        "config_name",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "node_list",
        "need_restart",
        "job_id",
        "config_id",
        "config_name",
    )

    node_list: None | str
    need_restart: bool | None
    job_id: str | None
    config_id: None | str
    config_name: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        node_list: None | str = None,
        need_restart: bool | None = None,
        job_id: str | None = None,
        config_id: None | str = None,
        config_name: None | str = None,
    ) -> None:
        self.node_list = node_list
        self.need_restart = need_restart
        self.job_id = job_id
        self.config_id = config_id
        self.config_name = config_name
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_list is not None:
            try:
                node_list: None | str | Unset
                if isinstance(self.node_list, Unset):
                    node_list = UNSET
                else:
                    node_list = self.node_list
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                node_list = _cast(Any, self.node_list)
            field_dict["nodeList"] = node_list
        elif "nodeList" in self._present:  # null in the reply: sent back as null
            field_dict["nodeList"] = None
        if self.need_restart is not None:
            need_restart = self.need_restart
            field_dict["needRestart"] = need_restart
        elif "needRestart" in self._present:  # null in the reply: sent back as null
            field_dict["needRestart"] = None
        if self.job_id is not None:
            job_id = self.job_id
            field_dict["jobId"] = job_id
        elif "jobId" in self._present:  # null in the reply: sent back as null
            field_dict["jobId"] = None
        if self.config_id is not None:
            try:
                config_id: None | str | Unset
                if isinstance(self.config_id, Unset):
                    config_id = UNSET
                else:
                    config_id = self.config_id
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                config_id = _cast(Any, self.config_id)
            field_dict["configId"] = config_id
        elif "configId" in self._present:  # null in the reply: sent back as null
            field_dict["configId"] = None
        if self.config_name is not None:
            try:
                config_name: None | str | Unset
                if isinstance(self.config_name, Unset):
                    config_name = UNSET
                else:
                    config_name = self.config_name
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                config_name = _cast(Any, self.config_name)
            field_dict["configName"] = config_name
        elif "configName" in self._present:  # null in the reply: sent back as null
            field_dict["configName"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            node_list: None | str | Unset = d.pop("nodeList", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            node_list = _drift(cls, src_dict, "nodeList", src_dict.get("nodeList", UNSET), "string or null")

        need_restart = d.pop("needRestart", UNSET)
        if need_restart.__class__ is not bool and need_restart is not UNSET:
            need_restart = _drift(cls, src_dict, "needRestart", need_restart, "boolean")

        job_id = d.pop("jobId", UNSET)
        if job_id.__class__ is not str and job_id is not UNSET:
            job_id = _drift(cls, src_dict, "jobId", job_id, "string")

        try:
            config_id: None | str | Unset = d.pop("configId", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            config_id = _drift(cls, src_dict, "configId", src_dict.get("configId", UNSET), "string or null")

        try:
            config_name: None | str | Unset = d.pop("configName", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            config_name = _drift(cls, src_dict, "configName", src_dict.get("configName", UNSET), "string or null")

        update_instance_param_response = cls(  # the fields in declaration order; absent members read as None
            None if node_list is UNSET else node_list,
            None if need_restart is UNSET else need_restart,
            None if job_id is UNSET else job_id,
            None if config_id is UNSET else config_id,
            None if config_name is UNSET else config_name,
        )
        update_instance_param_response._present = frozenset(src_dict)

        update_instance_param_response.additional_properties = d
        return update_instance_param_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("nodeList", "node_list"),
            ("needRestart", "need_restart"),
            ("jobId", "job_id"),
            ("configId", "config_id"),
            ("configName", "config_name"),
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
