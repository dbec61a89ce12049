# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
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

T = TypeVar("T", bound="NodeTypes")


class NodeTypes(_Model):
    """One node type (Table 5-29).

    Attributes:
        spec_name (str | None): Name of the node type.
        detail (list[ListNodeTypesDetail] | None): Attributes of the node type (vCPU, memory, disk).
        id (str | None): Node type ID.
        datastore_type (str | None): Product the node type belongs to: dws (standard data warehouse) or hybrid (real-
            time data warehouse).
        architecture (str | None): CPU architecture of the node type: x86 or arm.
        available_zones (list[NodeTypeAvailableZones] | None): Availability zones offering the node type, with its state
            in each.
        ram (int | None): Memory per node, in GB.
        vcpus (int | None): Number of vCPUs per node.
        datastores (list[NodeTypeDatastores] | None): Kernel versions the node type supports.
        volume (VolumeResp | None): Local disk of a node type (vendor SDK model; not in the references).
        elastic_volume_specs (list[NodeTypeElasticVolumeSpecs] | None): Cloud-disk options of an elastic-volume node
            type: disk kind, size range and step.
    """

    __slots__ = (
        "spec_name",
        "detail",
        "id",
        "datastore_type",
        "architecture",
        "available_zones",
        "ram",
        "vcpus",
        "datastores",
        "volume",
        "elastic_volume_specs",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "spec_name",
        "detail",
        "id",
        "datastore_type",
        "architecture",
        "available_zones",
        "ram",
        "vcpus",
        "datastores",
        "volume",
        "elastic_volume_specs",
    )

    spec_name: str | None
    detail: list[ListNodeTypesDetail] | None
    id: str | None
    datastore_type: str | None
    architecture: str | None
    available_zones: list[NodeTypeAvailableZones] | None
    ram: int | None
    vcpus: int | None
    datastores: list[NodeTypeDatastores] | None
    volume: VolumeResp | None
    elastic_volume_specs: list[NodeTypeElasticVolumeSpecs] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        spec_name: str | None = None,
        detail: list[ListNodeTypesDetail] | None = None,
        id: str | None = None,
        datastore_type: str | None = None,
        architecture: str | None = None,
        available_zones: list[NodeTypeAvailableZones] | None = None,
        ram: int | None = None,
        vcpus: int | None = None,
        datastores: list[NodeTypeDatastores] | None = None,
        volume: VolumeResp | None = None,
        elastic_volume_specs: list[NodeTypeElasticVolumeSpecs] | None = None,
    ) -> None:
        self.spec_name = spec_name
        self.detail = detail
        self.id = id
        self.datastore_type = datastore_type
        self.architecture = architecture
        self.available_zones = available_zones
        self.ram = ram
        self.vcpus = vcpus
        self.datastores = datastores
        self.volume = volume
        self.elastic_volume_specs = elastic_volume_specs
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.spec_name is not None:
            spec_name = self.spec_name
            field_dict["spec_name"] = spec_name
        elif "spec_name" in self._present:  # null in the reply: sent back as null
            field_dict["spec_name"] = None
        if self.detail is not None:
            try:
                detail: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.detail, Unset):
                    detail = []
                    for detail_item_data in self.detail:
                        detail_item = detail_item_data.to_dict()
                        detail.append(detail_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                detail = _cast(Any, self.detail)
            field_dict["detail"] = detail
        elif "detail" in self._present:  # null in the reply: sent back as null
            field_dict["detail"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.datastore_type is not None:
            datastore_type = self.datastore_type
            field_dict["datastore_type"] = datastore_type
        elif "datastore_type" in self._present:  # null in the reply: sent back as null
            field_dict["datastore_type"] = None
        if self.architecture is not None:
            architecture = self.architecture
            field_dict["architecture"] = architecture
        elif "architecture" in self._present:  # null in the reply: sent back as null
            field_dict["architecture"] = None
        if self.available_zones is not None:
            try:
                available_zones: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.available_zones, Unset):
                    available_zones = []
                    for available_zones_item_data in self.available_zones:
                        available_zones_item = available_zones_item_data.to_dict()
                        available_zones.append(available_zones_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                available_zones = _cast(Any, self.available_zones)
            field_dict["available_zones"] = available_zones
        elif "available_zones" in self._present:  # null in the reply: sent back as null
            field_dict["available_zones"] = None
        if self.ram is not None:
            ram = self.ram
            field_dict["ram"] = ram
        elif "ram" in self._present:  # null in the reply: sent back as null
            field_dict["ram"] = None
        if self.vcpus is not None:
            vcpus = self.vcpus
            field_dict["vcpus"] = vcpus
        elif "vcpus" in self._present:  # null in the reply: sent back as null
            field_dict["vcpus"] = None
        if self.datastores is not None:
            try:
                datastores: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.datastores, Unset):
                    datastores = []
                    for datastores_item_data in self.datastores:
                        datastores_item = datastores_item_data.to_dict()
                        datastores.append(datastores_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                datastores = _cast(Any, self.datastores)
            field_dict["datastores"] = datastores
        elif "datastores" in self._present:  # null in the reply: sent back as null
            field_dict["datastores"] = None
        if self.volume is not None:
            try:
                volume: dict[str, Any] | Unset = UNSET
                if not isinstance(self.volume, Unset):
                    volume = self.volume.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                volume = _cast(Any, self.volume)
            field_dict["volume"] = volume
        elif "volume" in self._present:  # null in the reply: sent back as null
            field_dict["volume"] = None
        if self.elastic_volume_specs is not None:
            try:
                elastic_volume_specs: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.elastic_volume_specs, Unset):
                    elastic_volume_specs = []
                    for elastic_volume_specs_item_data in self.elastic_volume_specs:
                        elastic_volume_specs_item = elastic_volume_specs_item_data.to_dict()
                        elastic_volume_specs.append(elastic_volume_specs_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                elastic_volume_specs = _cast(Any, self.elastic_volume_specs)
            field_dict["elastic_volume_specs"] = elastic_volume_specs
        elif "elastic_volume_specs" in self._present:  # null in the reply: sent back as null
            field_dict["elastic_volume_specs"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spec_name = d.pop("spec_name", UNSET)
        if spec_name.__class__ is not str and spec_name is not UNSET:
            spec_name = _drift(cls, src_dict, "spec_name", spec_name, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("detail").__class__ is not list:
                _detail = d.pop("detail", UNSET)
                detail: list[ListNodeTypesDetail] | Unset = UNSET
                if _detail is not UNSET:
                    detail = []
                    for detail_item_data in _detail:
                        detail_item = ListNodeTypesDetail.from_dict(detail_item_data)

                        detail.append(detail_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                detail = _LazyList(d.pop("detail"), ListNodeTypesDetail.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            detail = _drift(cls, src_dict, "detail", src_dict.get("detail", UNSET), "array")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        datastore_type = d.pop("datastore_type", UNSET)
        if datastore_type.__class__ is not str and datastore_type is not UNSET:
            datastore_type = _drift(cls, src_dict, "datastore_type", datastore_type, "string")

        architecture = d.pop("architecture", UNSET)
        if architecture.__class__ is not str and architecture is not UNSET:
            architecture = _drift(cls, src_dict, "architecture", architecture, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("available_zones").__class__ is not list:
                _available_zones = d.pop("available_zones", UNSET)
                available_zones: list[NodeTypeAvailableZones] | Unset = UNSET
                if _available_zones is not UNSET:
                    available_zones = []
                    for available_zones_item_data in _available_zones:
                        available_zones_item = NodeTypeAvailableZones.from_dict(available_zones_item_data)

                        available_zones.append(available_zones_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                available_zones = _LazyList(d.pop("available_zones"), NodeTypeAvailableZones.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            available_zones = _drift(cls, src_dict, "available_zones", src_dict.get("available_zones", UNSET), "array")

        ram = d.pop("ram", UNSET)
        if ram.__class__ is not int and ram is not UNSET:
            ram = _drift(cls, src_dict, "ram", ram, "integer")

        vcpus = d.pop("vcpus", UNSET)
        if vcpus.__class__ is not int and vcpus is not UNSET:
            vcpus = _drift(cls, src_dict, "vcpus", vcpus, "integer")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("datastores").__class__ is not list:
                _datastores = d.pop("datastores", UNSET)
                datastores: list[NodeTypeDatastores] | Unset = UNSET
                if _datastores is not UNSET:
                    datastores = []
                    for datastores_item_data in _datastores:
                        datastores_item = NodeTypeDatastores.from_dict(datastores_item_data)

                        datastores.append(datastores_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                datastores = _LazyList(d.pop("datastores"), NodeTypeDatastores.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            datastores = _drift(cls, src_dict, "datastores", src_dict.get("datastores", UNSET), "array")

        try:
            _volume = d.pop("volume", UNSET)
            volume: VolumeResp | Unset
            if isinstance(_volume, Unset):
                volume = UNSET
            else:
                volume = VolumeResp.from_dict(_volume)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            volume = _drift(cls, src_dict, "volume", src_dict.get("volume", UNSET), "VolumeResp")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("elastic_volume_specs").__class__ is not list:
                _elastic_volume_specs = d.pop("elastic_volume_specs", UNSET)
                elastic_volume_specs: list[NodeTypeElasticVolumeSpecs] | Unset = UNSET
                if _elastic_volume_specs is not UNSET:
                    elastic_volume_specs = []
                    for elastic_volume_specs_item_data in _elastic_volume_specs:
                        elastic_volume_specs_item = NodeTypeElasticVolumeSpecs.from_dict(elastic_volume_specs_item_data)

                        elastic_volume_specs.append(elastic_volume_specs_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                elastic_volume_specs = _LazyList(
                    d.pop("elastic_volume_specs"), NodeTypeElasticVolumeSpecs.from_dict, _lazy_reply
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            elastic_volume_specs = _drift(
                cls, src_dict, "elastic_volume_specs", src_dict.get("elastic_volume_specs", UNSET), "array"
            )

        node_types = cls(  # the fields in declaration order; absent members read as None
            None if spec_name is UNSET else spec_name,
            None if detail is UNSET else detail,
            None if id is UNSET else id,
            None if datastore_type is UNSET else datastore_type,
            None if architecture is UNSET else architecture,
            None if available_zones is UNSET else available_zones,
            None if ram is UNSET else ram,
            None if vcpus is UNSET else vcpus,
            None if datastores is UNSET else datastores,
            None if volume is UNSET else volume,
            None if elastic_volume_specs is UNSET else elastic_volume_specs,
        )
        node_types._present = frozenset(src_dict)

        node_types.additional_properties = d
        return node_types

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("spec_name", "spec_name"),
            ("detail", "detail"),
            ("id", "id"),
            ("datastore_type", "datastore_type"),
            ("architecture", "architecture"),
            ("available_zones", "available_zones"),
            ("ram", "ram"),
            ("vcpus", "vcpus"),
            ("datastores", "datastores"),
            ("volume", "volume"),
            ("elastic_volume_specs", "elastic_volume_specs"),
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
from ..models.list_node_types_detail import ListNodeTypesDetail  # noqa: E402
from ..models.node_type_available_zones import NodeTypeAvailableZones  # noqa: E402
from ..models.node_type_datastores import NodeTypeDatastores  # noqa: E402
from ..models.node_type_elastic_volume_specs import NodeTypeElasticVolumeSpecs  # noqa: E402
from ..models.volume_resp import VolumeResp  # noqa: E402
