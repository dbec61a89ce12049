# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.resize_info_resize_status import ResizeInfoResizeStatus
from ..models.resize_info_status import ResizeInfoStatus
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ResizeInfo")


class ResizeInfo(_Model):
    """State of a running or failed scale-out (Table 5-23). origin_node_type, target_node_type and the old name status are
    only in the Chinese edition.

        Attributes:
            target_node_num (int | None): Node count after the scale-out.
            origin_node_num (int | None): Node count before the scale-out.
            resize_status (ResizeInfoResizeStatus | None): Scale-out state.
            status (ResizeInfoStatus | None): Old name of resize_status used by the Chinese edition.
            origin_node_type (str | None): Node flavor before the resize (only in the Chinese edition).
            target_node_type (str | None): Node flavor after the resize (only in the Chinese edition).
            start_time (str | None): Start time of the scale-out, ISO 8601 (YYYY-MM-DDThh:mm:ss, the example adds Z).
    """

    __slots__ = (
        "target_node_num",
        "origin_node_num",
        "resize_status",
        "status",
        "origin_node_type",
        "target_node_type",
        "start_time",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "target_node_num",
        "origin_node_num",
        "resize_status",
        "status",
        "origin_node_type",
        "target_node_type",
        "start_time",
    )

    target_node_num: int | None
    origin_node_num: int | None
    resize_status: ResizeInfoResizeStatus | None
    status: ResizeInfoStatus | None
    origin_node_type: str | None
    target_node_type: str | None
    start_time: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        target_node_num: int | None = None,
        origin_node_num: int | None = None,
        resize_status: ResizeInfoResizeStatus | None = None,
        status: ResizeInfoStatus | None = None,
        origin_node_type: str | None = None,
        target_node_type: str | None = None,
        start_time: str | None = None,
    ) -> None:
        self.target_node_num = target_node_num
        self.origin_node_num = origin_node_num
        self.resize_status = resize_status
        self.status = status
        self.origin_node_type = origin_node_type
        self.target_node_type = target_node_type
        self.start_time = start_time
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.target_node_num is not None:
            target_node_num = self.target_node_num
            field_dict["target_node_num"] = target_node_num
        elif "target_node_num" in self._present:  # null in the reply: sent back as null
            field_dict["target_node_num"] = None
        if self.origin_node_num is not None:
            origin_node_num = self.origin_node_num
            field_dict["origin_node_num"] = origin_node_num
        elif "origin_node_num" in self._present:  # null in the reply: sent back as null
            field_dict["origin_node_num"] = None
        if self.resize_status is not None:
            try:
                resize_status: str | Unset = UNSET
                if not isinstance(self.resize_status, Unset):
                    resize_status = self.resize_status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                resize_status = _cast(Any, self.resize_status)
            field_dict["resize_status"] = resize_status
        elif "resize_status" in self._present:  # null in the reply: sent back as null
            field_dict["resize_status"] = None
        if self.status is not None:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                status = _cast(Any, self.status)
            field_dict["status"] = status
        elif "status" in self._present:  # null in the reply: sent back as null
            field_dict["status"] = None
        if self.origin_node_type is not None:
            origin_node_type = self.origin_node_type
            field_dict["origin_node_type"] = origin_node_type
        elif "origin_node_type" in self._present:  # null in the reply: sent back as null
            field_dict["origin_node_type"] = None
        if self.target_node_type is not None:
            target_node_type = self.target_node_type
            field_dict["target_node_type"] = target_node_type
        elif "target_node_type" in self._present:  # null in the reply: sent back as null
            field_dict["target_node_type"] = None
        if self.start_time is not None:
            start_time = self.start_time
            field_dict["start_time"] = start_time
        elif "start_time" in self._present:  # null in the reply: sent back as null
            field_dict["start_time"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_node_num = d.pop("target_node_num", UNSET)
        if target_node_num.__class__ is not int and target_node_num is not UNSET:
            target_node_num = _drift(cls, src_dict, "target_node_num", target_node_num, "integer")

        origin_node_num = d.pop("origin_node_num", UNSET)
        if origin_node_num.__class__ is not int and origin_node_num is not UNSET:
            origin_node_num = _drift(cls, src_dict, "origin_node_num", origin_node_num, "integer")

        try:
            _resize_status = d.pop("resize_status", UNSET)
            resize_status: ResizeInfoResizeStatus | Unset = (
                UNSET if _resize_status is UNSET else enum_member(ResizeInfoResizeStatus, _resize_status)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            resize_status = _drift(
                cls, src_dict, "resize_status", src_dict.get("resize_status", UNSET), "ResizeInfoResizeStatus"
            )

        try:
            _status = d.pop("status", UNSET)
            status: ResizeInfoStatus | Unset = UNSET if _status is UNSET else enum_member(ResizeInfoStatus, _status)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            status = _drift(cls, src_dict, "status", src_dict.get("status", UNSET), "ResizeInfoStatus")

        origin_node_type = d.pop("origin_node_type", UNSET)
        if origin_node_type.__class__ is not str and origin_node_type is not UNSET:
            origin_node_type = _drift(cls, src_dict, "origin_node_type", origin_node_type, "string")

        target_node_type = d.pop("target_node_type", UNSET)
        if target_node_type.__class__ is not str and target_node_type is not UNSET:
            target_node_type = _drift(cls, src_dict, "target_node_type", target_node_type, "string")

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not str and start_time is not UNSET:
            start_time = _drift(cls, src_dict, "start_time", start_time, "string")

        resize_info = cls(  # the fields in declaration order; absent members read as None
            None if target_node_num is UNSET else target_node_num,
            None if origin_node_num is UNSET else origin_node_num,
            None if resize_status is UNSET else resize_status,
            None if status is UNSET else status,
            None if origin_node_type is UNSET else origin_node_type,
            None if target_node_type is UNSET else target_node_type,
            None if start_time is UNSET else start_time,
        )
        resize_info._present = frozenset(src_dict)

        resize_info.additional_properties = d
        return resize_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("target_node_num", "target_node_num"),
            ("origin_node_num", "origin_node_num"),
            ("resize_status", "resize_status"),
            ("status", "status"),
            ("origin_node_type", "origin_node_type"),
            ("target_node_type", "target_node_type"),
            ("start_time", "start_time"),
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
