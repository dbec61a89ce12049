# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.compute_flavors_group_type import ComputeFlavorsGroupType
from ..models.cpu_architecture import CpuArchitecture
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ComputeFlavors")


@_attrs_define
class ComputeFlavors:
    """Node class (table 4-103).

    Attributes:
        id (str | Unset): Node class ID.
        type_code (str | Unset): Resource type code.
        code (str | Unset): VM flavor as recorded in DDM (specification code, see appendix A.4).
        iaas_code (str | Unset): VM flavor as recorded by the IaaS layer.
        cpu (str | Unset): Number of vCPUs.
        mem (str | Unset): Memory size in GB.
        max_connections (str | Unset): Maximum number of connections (the examples show the string "null").
        server_type (str | Unset): Compute resource type.
        architecture (CpuArchitecture | Unset): CPU architecture of compute resources, X86 or ARM (the tables also write
            x86 and Arm).
        az_status (ComputeFlavorsAzStatus | Unset): Availability of the class per AZ, keyed by AZ ID: normal
            (available), unsupported (not offered in the AZ), sellout (sold out).
        region_status (str | Unset): Status in the region.
        group_type (ComputeFlavorsGroupType | Unset): CPU architecture of the compute resource (see CpuArchitecture);
            the examples also show the string "null" for a class listed outside a group.
        db_type (str | Unset): Engine type.
        extend_fields (ComputeFlavorsExtendFields | Unset): Extension fields, currently AZ information.
    """

    id: str | Unset = UNSET
    type_code: str | Unset = UNSET
    code: str | Unset = UNSET
    iaas_code: str | Unset = UNSET
    cpu: str | Unset = UNSET
    mem: str | Unset = UNSET
    max_connections: str | Unset = UNSET
    server_type: str | Unset = UNSET
    architecture: CpuArchitecture | Unset = UNSET
    az_status: ComputeFlavorsAzStatus | Unset = UNSET
    region_status: str | Unset = UNSET
    group_type: ComputeFlavorsGroupType | Unset = UNSET
    db_type: str | Unset = UNSET
    extend_fields: ComputeFlavorsExtendFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_code = self.type_code

        code = self.code

        iaas_code = self.iaas_code

        cpu = self.cpu

        mem = self.mem

        max_connections = self.max_connections

        server_type = self.server_type

        try:
            architecture: str | Unset = UNSET
            if not isinstance(self.architecture, Unset):
                architecture = self.architecture.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            architecture = _cast(Any, self.architecture)

        try:
            az_status: dict[str, Any] | Unset = UNSET
            if not isinstance(self.az_status, Unset):
                az_status = self.az_status.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            az_status = _cast(Any, self.az_status)

        region_status = self.region_status

        try:
            group_type: str | Unset = UNSET
            if not isinstance(self.group_type, Unset):
                group_type = self.group_type.value

        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            group_type = _cast(Any, self.group_type)

        db_type = self.db_type

        try:
            extend_fields: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extend_fields, Unset):
                extend_fields = self.extend_fields.to_dict()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            extend_fields = _cast(Any, self.extend_fields)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_code is not UNSET:
            field_dict["typeCode"] = type_code
        if code is not UNSET:
            field_dict["code"] = code
        if iaas_code is not UNSET:
            field_dict["iaasCode"] = iaas_code
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if mem is not UNSET:
            field_dict["mem"] = mem
        if max_connections is not UNSET:
            field_dict["maxConnections"] = max_connections
        if server_type is not UNSET:
            field_dict["serverType"] = server_type
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if az_status is not UNSET:
            field_dict["azStatus"] = az_status
        if region_status is not UNSET:
            field_dict["regionStatus"] = region_status
        if group_type is not UNSET:
            field_dict["groupType"] = group_type
        if db_type is not UNSET:
            field_dict["dbType"] = db_type
        if extend_fields is not UNSET:
            field_dict["extendFields"] = extend_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        type_code = d.pop("typeCode", UNSET)
        if type_code.__class__ is not str and type_code is not UNSET:
            type_code = _drift(cls, src_dict, "typeCode", type_code, "string")

        code = d.pop("code", UNSET)
        if code.__class__ is not str and code is not UNSET:
            code = _drift(cls, src_dict, "code", code, "string")

        iaas_code = d.pop("iaasCode", UNSET)
        if iaas_code.__class__ is not str and iaas_code is not UNSET:
            iaas_code = _drift(cls, src_dict, "iaasCode", iaas_code, "string")

        cpu = d.pop("cpu", UNSET)
        if cpu.__class__ is not str and cpu is not UNSET:
            cpu = _drift(cls, src_dict, "cpu", cpu, "string")

        mem = d.pop("mem", UNSET)
        if mem.__class__ is not str and mem is not UNSET:
            mem = _drift(cls, src_dict, "mem", mem, "string")

        max_connections = d.pop("maxConnections", UNSET)
        if max_connections.__class__ is not str and max_connections is not UNSET:
            max_connections = _drift(cls, src_dict, "maxConnections", max_connections, "string")

        server_type = d.pop("serverType", UNSET)
        if server_type.__class__ is not str and server_type is not UNSET:
            server_type = _drift(cls, src_dict, "serverType", server_type, "string")

        try:
            _architecture = d.pop("architecture", UNSET)
            architecture: CpuArchitecture | Unset = (
                UNSET if _architecture is UNSET else enum_member(CpuArchitecture, _architecture)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            architecture = _drift(cls, src_dict, "architecture", src_dict.get("architecture", UNSET), "CpuArchitecture")

        try:
            _az_status = d.pop("azStatus", UNSET)
            az_status: ComputeFlavorsAzStatus | Unset
            if isinstance(_az_status, Unset):
                az_status = UNSET
            else:
                az_status = ComputeFlavorsAzStatus.from_dict(_az_status)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            az_status = _drift(cls, src_dict, "azStatus", src_dict.get("azStatus", UNSET), "ComputeFlavorsAzStatus")

        region_status = d.pop("regionStatus", UNSET)
        if region_status.__class__ is not str and region_status is not UNSET:
            region_status = _drift(cls, src_dict, "regionStatus", region_status, "string")

        try:
            _group_type = d.pop("groupType", UNSET)
            group_type: ComputeFlavorsGroupType | Unset = (
                UNSET if _group_type is UNSET else enum_member(ComputeFlavorsGroupType, _group_type)
            )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            group_type = _drift(cls, src_dict, "groupType", src_dict.get("groupType", UNSET), "ComputeFlavorsGroupType")

        db_type = d.pop("dbType", UNSET)
        if db_type.__class__ is not str and db_type is not UNSET:
            db_type = _drift(cls, src_dict, "dbType", db_type, "string")

        try:
            _extend_fields = d.pop("extendFields", UNSET)
            extend_fields: ComputeFlavorsExtendFields | Unset
            if isinstance(_extend_fields, Unset):
                extend_fields = UNSET
            else:
                extend_fields = ComputeFlavorsExtendFields.from_dict(_extend_fields)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            extend_fields = _drift(
                cls, src_dict, "extendFields", src_dict.get("extendFields", UNSET), "ComputeFlavorsExtendFields"
            )

        compute_flavors = cls(  # the fields in declaration order
            id,
            type_code,
            code,
            iaas_code,
            cpu,
            mem,
            max_connections,
            server_type,
            architecture,
            az_status,
            region_status,
            group_type,
            db_type,
            extend_fields,
        )

        compute_flavors.additional_properties = d
        return compute_flavors

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
from ..models.compute_flavors_az_status import ComputeFlavorsAzStatus  # noqa: E402
from ..models.compute_flavors_extend_fields import ComputeFlavorsExtendFields  # noqa: E402
