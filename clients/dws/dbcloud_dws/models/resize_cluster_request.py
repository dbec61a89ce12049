# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResizeClusterRequest")


class ResizeClusterRequest(_Model):
    """Body of the resize request (Table 5-39; Chinese edition tables 5-36 and 5-37). Send exactly one of scale_out (add
    nodes) or resize (deprecated, target flavor and node count).

        Attributes:
            scale_out (ScaleOut | Unset): Scale-out settings (Table 5-40).
            resize (Resize | Unset): Target size of the cluster (Chinese edition table 5-36; clusters of version 1.5.0 or
                later). Not in Issue 06.
            logical_cluster_name (str | Unset): Logical cluster the new nodes join; needed when scaling out a logical
                cluster.
            create_node_only (bool | Unset): true adds idle nodes only (the cluster is expanded by a later call); false
                (default) adds the nodes and expands the cluster. Default: false.
            waiting_for_killing (int | Unset): Seconds to wait before jobs blocking the scale-out are killed, 30-1200; 0
                (default) never kills. Needs guestAgent 8.2.1 or later. Default: 0.
            auto_redistribute (bool | Unset): Whether data is redistributed right after the scale-out (default true); false
                leaves the cluster waiting for a redistribution. Default: true.
            mode (str | Unset): Scale-out mode: insert (online, data stays writable) or read-only (offline, default).
                Default: "read-only".
            redis_conf (RedisConfReq | Unset): How data is redistributed after a scale-out (vendor SDK model; not in the
                references).
    """

    __slots__ = (
        "scale_out",
        "resize",
        "logical_cluster_name",
        "create_node_only",
        "waiting_for_killing",
        "auto_redistribute",
        "mode",
        "redis_conf",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "scale_out",
        "resize",
        "logical_cluster_name",
        "create_node_only",
        "waiting_for_killing",
        "auto_redistribute",
        "mode",
        "redis_conf",
    )

    scale_out: ScaleOut | Unset
    resize: Resize | Unset
    logical_cluster_name: str | Unset
    create_node_only: bool | Unset
    waiting_for_killing: int | Unset
    auto_redistribute: bool | Unset
    mode: str | Unset
    redis_conf: RedisConfReq | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        scale_out: ScaleOut | Unset = UNSET,
        resize: Resize | Unset = UNSET,
        logical_cluster_name: str | Unset = UNSET,
        create_node_only: bool | Unset = UNSET,
        waiting_for_killing: int | Unset = UNSET,
        auto_redistribute: bool | Unset = UNSET,
        mode: str | Unset = UNSET,
        redis_conf: RedisConfReq | Unset = UNSET,
    ) -> None:
        self.scale_out = scale_out
        self.resize = resize
        self.logical_cluster_name = logical_cluster_name
        self.create_node_only = create_node_only
        self.waiting_for_killing = waiting_for_killing
        self.auto_redistribute = auto_redistribute
        self.mode = mode
        self.redis_conf = redis_conf
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        try:
            scale_out: dict[str, Any] | Unset = UNSET
            if not isinstance(self.scale_out, Unset):
                scale_out = self.scale_out.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            scale_out = _cast(Any, self.scale_out)

        try:
            resize: dict[str, Any] | Unset = UNSET
            if not isinstance(self.resize, Unset):
                resize = self.resize.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            resize = _cast(Any, self.resize)

        logical_cluster_name = self.logical_cluster_name

        create_node_only = self.create_node_only

        waiting_for_killing = self.waiting_for_killing

        auto_redistribute = self.auto_redistribute

        mode = self.mode

        try:
            redis_conf: dict[str, Any] | Unset = UNSET
            if not isinstance(self.redis_conf, Unset):
                redis_conf = self.redis_conf.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            redis_conf = _cast(Any, self.redis_conf)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_out is not UNSET:
            field_dict["scale_out"] = scale_out
        if resize is not UNSET:
            field_dict["resize"] = resize
        if logical_cluster_name is not UNSET:
            field_dict["logical_cluster_name"] = logical_cluster_name
        if create_node_only is not UNSET:
            field_dict["create_node_only"] = create_node_only
        if waiting_for_killing is not UNSET:
            field_dict["waiting_for_killing"] = waiting_for_killing
        if auto_redistribute is not UNSET:
            field_dict["auto_redistribute"] = auto_redistribute
        if mode is not UNSET:
            field_dict["mode"] = mode
        if redis_conf is not UNSET:
            field_dict["redis_conf"] = redis_conf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _scale_out = d.pop("scale_out", UNSET)
            scale_out: ScaleOut | Unset
            if isinstance(_scale_out, Unset):
                scale_out = UNSET
            else:
                scale_out = ScaleOut.from_dict(_scale_out)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            scale_out = _drift(cls, src_dict, "scale_out", src_dict.get("scale_out", UNSET), "ScaleOut")

        try:
            _resize = d.pop("resize", UNSET)
            resize: Resize | Unset
            if isinstance(_resize, Unset):
                resize = UNSET
            else:
                resize = Resize.from_dict(_resize)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            resize = _drift(cls, src_dict, "resize", src_dict.get("resize", UNSET), "Resize")

        logical_cluster_name = d.pop("logical_cluster_name", UNSET)
        if logical_cluster_name.__class__ is not str and logical_cluster_name is not UNSET:
            logical_cluster_name = _drift(cls, src_dict, "logical_cluster_name", logical_cluster_name, "string")

        create_node_only = d.pop("create_node_only", UNSET)
        if create_node_only.__class__ is not bool and create_node_only is not UNSET:
            create_node_only = _drift(cls, src_dict, "create_node_only", create_node_only, "boolean")

        waiting_for_killing = d.pop("waiting_for_killing", UNSET)
        if waiting_for_killing.__class__ is not int and waiting_for_killing is not UNSET:
            waiting_for_killing = _drift(cls, src_dict, "waiting_for_killing", waiting_for_killing, "integer")

        auto_redistribute = d.pop("auto_redistribute", UNSET)
        if auto_redistribute.__class__ is not bool and auto_redistribute is not UNSET:
            auto_redistribute = _drift(cls, src_dict, "auto_redistribute", auto_redistribute, "boolean")

        mode = d.pop("mode", UNSET)
        if mode.__class__ is not str and mode is not UNSET:
            mode = _drift(cls, src_dict, "mode", mode, "string")

        try:
            _redis_conf = d.pop("redis_conf", UNSET)
            redis_conf: RedisConfReq | Unset
            if isinstance(_redis_conf, Unset):
                redis_conf = UNSET
            else:
                redis_conf = RedisConfReq.from_dict(_redis_conf)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            redis_conf = _drift(cls, src_dict, "redis_conf", src_dict.get("redis_conf", UNSET), "RedisConfReq")

        resize_cluster_request = cls(  # the fields in declaration order
            scale_out,
            resize,
            logical_cluster_name,
            create_node_only,
            waiting_for_killing,
            auto_redistribute,
            mode,
            redis_conf,
        )

        resize_cluster_request.additional_properties = d
        return resize_cluster_request

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
from ..models.redis_conf_req import RedisConfReq  # noqa: E402
from ..models.resize import Resize  # noqa: E402
from ..models.scale_out import ScaleOut  # noqa: E402
