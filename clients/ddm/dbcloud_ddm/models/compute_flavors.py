# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.compute_flavors_group_type import ComputeFlavorsGroupType
from ..models.cpu_architecture import CpuArchitecture
from ..types import UNSET, Unset, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="ComputeFlavors")


class ComputeFlavors(_Model):
    """Node class (table 4-103).

    Attributes:
        id (str | None): Node class ID.
        type_code (str | None): Resource type code.
        code (str | None): VM flavor as recorded in DDM (specification code, see appendix A.4).
        iaas_code (str | None): VM flavor as recorded by the IaaS layer.
        cpu (str | None): Number of vCPUs.
        mem (str | None): Memory size in GB.
        max_connections (str | None): Maximum number of connections (the examples show the string "null").
        server_type (str | None): Compute resource type.
        architecture (CpuArchitecture | None): CPU architecture of compute resources, X86 or ARM (the tables also write
            x86 and Arm).
        az_status (ComputeFlavorsAzStatus | None): Availability of the class per AZ, keyed by AZ ID: normal (available),
            unsupported (not offered in the AZ), sellout (sold out).
        region_status (str | None): Status in the region.
        group_type (ComputeFlavorsGroupType | None): CPU architecture of the compute resource (see CpuArchitecture); the
            examples also show the string "null" for a class listed outside a group.
        db_type (str | None): Engine type.
        extend_fields (ComputeFlavorsExtendFields | None): Extension fields, currently AZ information.
    """

    __slots__ = (
        "id",
        "type_code",
        "code",
        "iaas_code",
        "cpu",
        "mem",
        "max_connections",
        "server_type",
        "architecture",
        "az_status",
        "region_status",
        "group_type",
        "db_type",
        "extend_fields",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "type_code",
        "code",
        "iaas_code",
        "cpu",
        "mem",
        "max_connections",
        "server_type",
        "architecture",
        "az_status",
        "region_status",
        "group_type",
        "db_type",
        "extend_fields",
    )

    id: str | None
    type_code: str | None
    code: str | None
    iaas_code: str | None
    cpu: str | None
    mem: str | None
    max_connections: str | None
    server_type: str | None
    architecture: CpuArchitecture | None
    az_status: ComputeFlavorsAzStatus | None
    region_status: str | None
    group_type: ComputeFlavorsGroupType | None
    db_type: str | None
    extend_fields: ComputeFlavorsExtendFields | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        type_code: str | None = None,
        code: str | None = None,
        iaas_code: str | None = None,
        cpu: str | None = None,
        mem: str | None = None,
        max_connections: str | None = None,
        server_type: str | None = None,
        architecture: CpuArchitecture | None = None,
        az_status: ComputeFlavorsAzStatus | None = None,
        region_status: str | None = None,
        group_type: ComputeFlavorsGroupType | None = None,
        db_type: str | None = None,
        extend_fields: ComputeFlavorsExtendFields | None = None,
    ) -> None:
        self.id = id
        self.type_code = type_code
        self.code = code
        self.iaas_code = iaas_code
        self.cpu = cpu
        self.mem = mem
        self.max_connections = max_connections
        self.server_type = server_type
        self.architecture = architecture
        self.az_status = az_status
        self.region_status = region_status
        self.group_type = group_type
        self.db_type = db_type
        self.extend_fields = extend_fields
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.type_code is not None:
            type_code = self.type_code
            field_dict["typeCode"] = type_code
        elif "typeCode" in self._present:  # null in the reply: sent back as null
            field_dict["typeCode"] = None
        if self.code is not None:
            code = self.code
            field_dict["code"] = code
        elif "code" in self._present:  # null in the reply: sent back as null
            field_dict["code"] = None
        if self.iaas_code is not None:
            iaas_code = self.iaas_code
            field_dict["iaasCode"] = iaas_code
        elif "iaasCode" in self._present:  # null in the reply: sent back as null
            field_dict["iaasCode"] = None
        if self.cpu is not None:
            cpu = self.cpu
            field_dict["cpu"] = cpu
        elif "cpu" in self._present:  # null in the reply: sent back as null
            field_dict["cpu"] = None
        if self.mem is not None:
            mem = self.mem
            field_dict["mem"] = mem
        elif "mem" in self._present:  # null in the reply: sent back as null
            field_dict["mem"] = None
        if self.max_connections is not None:
            max_connections = self.max_connections
            field_dict["maxConnections"] = max_connections
        elif "maxConnections" in self._present:  # null in the reply: sent back as null
            field_dict["maxConnections"] = None
        if self.server_type is not None:
            server_type = self.server_type
            field_dict["serverType"] = server_type
        elif "serverType" in self._present:  # null in the reply: sent back as null
            field_dict["serverType"] = None
        if self.architecture is not None:
            try:
                architecture: str | Unset = UNSET
                if not isinstance(self.architecture, Unset):
                    architecture = self.architecture.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                architecture = _cast(Any, self.architecture)
            field_dict["architecture"] = architecture
        elif "architecture" in self._present:  # null in the reply: sent back as null
            field_dict["architecture"] = None
        if self.az_status is not None:
            try:
                az_status: dict[str, Any] | Unset = UNSET
                if not isinstance(self.az_status, Unset):
                    az_status = self.az_status.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                az_status = _cast(Any, self.az_status)
            field_dict["azStatus"] = az_status
        elif "azStatus" in self._present:  # null in the reply: sent back as null
            field_dict["azStatus"] = None
        if self.region_status is not None:
            region_status = self.region_status
            field_dict["regionStatus"] = region_status
        elif "regionStatus" in self._present:  # null in the reply: sent back as null
            field_dict["regionStatus"] = None
        if self.group_type is not None:
            try:
                group_type: str | Unset = UNSET
                if not isinstance(self.group_type, Unset):
                    group_type = self.group_type.value

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                group_type = _cast(Any, self.group_type)
            field_dict["groupType"] = group_type
        elif "groupType" in self._present:  # null in the reply: sent back as null
            field_dict["groupType"] = None
        if self.db_type is not None:
            db_type = self.db_type
            field_dict["dbType"] = db_type
        elif "dbType" in self._present:  # null in the reply: sent back as null
            field_dict["dbType"] = None
        if self.extend_fields is not None:
            try:
                extend_fields: dict[str, Any] | Unset = UNSET
                if not isinstance(self.extend_fields, Unset):
                    extend_fields = self.extend_fields.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                extend_fields = _cast(Any, self.extend_fields)
            field_dict["extendFields"] = extend_fields
        elif "extendFields" in self._present:  # null in the reply: sent back as null
            field_dict["extendFields"] = None
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

        compute_flavors = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if type_code is UNSET else type_code,
            None if code is UNSET else code,
            None if iaas_code is UNSET else iaas_code,
            None if cpu is UNSET else cpu,
            None if mem is UNSET else mem,
            None if max_connections is UNSET else max_connections,
            None if server_type is UNSET else server_type,
            None if architecture is UNSET else architecture,
            None if az_status is UNSET else az_status,
            None if region_status is UNSET else region_status,
            None if group_type is UNSET else group_type,
            None if db_type is UNSET else db_type,
            None if extend_fields is UNSET else extend_fields,
        )
        compute_flavors._present = frozenset(src_dict)

        compute_flavors.additional_properties = d
        return compute_flavors

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("typeCode", "type_code"),
            ("code", "code"),
            ("iaasCode", "iaas_code"),
            ("cpu", "cpu"),
            ("mem", "mem"),
            ("maxConnections", "max_connections"),
            ("serverType", "server_type"),
            ("architecture", "architecture"),
            ("azStatus", "az_status"),
            ("regionStatus", "region_status"),
            ("groupType", "group_type"),
            ("dbType", "db_type"),
            ("extendFields", "extend_fields"),
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
from ..models.compute_flavors_az_status import ComputeFlavorsAzStatus  # noqa: E402
from ..models.compute_flavors_extend_fields import ComputeFlavorsExtendFields  # noqa: E402
