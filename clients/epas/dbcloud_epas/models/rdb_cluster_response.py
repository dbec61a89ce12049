# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..models.cluster_role_type import ClusterRoleType
from ..models.service_state import ServiceState
from ..types import UNSET, enum_member

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="RdbClusterResponse")


class RdbClusterResponse(_Model):
    """Summary of an EPAS cluster in a list (reference 2.44).

    Attributes:
        account_id (str): Account that owns the cluster.
        created_at (datetime.datetime): Creation time.
        created_by (str): User who created the cluster.
        database_name (None | str): Name of the cluster's database.
        id (str): Cluster identifier.
        modified_at (datetime.datetime): Time of the last change.
        modified_by (str): User who last changed the cluster.
        name (str): Cluster name.
        role_type (ClusterRoleType | None): Role of the cluster in its replication topology.
        service_state (ServiceState):
        ha_enabled (bool | None): Whether the cluster is highly available. Default: false.
        instance_count (int | None): Number of instances in the cluster. Default: 0.
    """

    __slots__ = (
        "account_id",
        "created_at",
        "created_by",
        "database_name",
        "id",
        "modified_at",
        "modified_by",
        "name",
        "role_type",
        "service_state",
        "ha_enabled",
        "instance_count",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "account_id",
        "created_at",
        "created_by",
        "database_name",
        "id",
        "modified_at",
        "modified_by",
        "name",
        "role_type",
        "service_state",
        "ha_enabled",
        "instance_count",
    )

    account_id: str
    created_at: datetime.datetime
    created_by: str
    database_name: None | str
    id: str
    modified_at: datetime.datetime
    modified_by: str
    name: str
    role_type: ClusterRoleType | None
    service_state: ServiceState
    ha_enabled: bool | None
    instance_count: int | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        account_id: str,
        created_at: datetime.datetime,
        created_by: str,
        database_name: None | str,
        id: str,
        modified_at: datetime.datetime,
        modified_by: str,
        name: str,
        role_type: ClusterRoleType | None,
        service_state: ServiceState,
        ha_enabled: bool | None = None,
        instance_count: int | None = None,
    ) -> None:
        self.account_id = account_id
        self.created_at = created_at
        self.created_by = created_by
        self.database_name = database_name
        self.id = id
        self.modified_at = modified_at
        self.modified_by = modified_by
        self.name = name
        self.role_type = role_type
        self.service_state = service_state
        self.ha_enabled = ha_enabled
        self.instance_count = instance_count
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.account_id is not None:
            account_id = self.account_id
            field_dict["account_id"] = account_id
        elif "account_id" in self._present:  # null in the reply: sent back as null
            field_dict["account_id"] = None
        if self.created_at is not None:
            try:
                created_at = self.created_at.isoformat()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                created_at = _cast(Any, self.created_at)
            field_dict["created_at"] = created_at
        elif "created_at" in self._present:  # null in the reply: sent back as null
            field_dict["created_at"] = None
        if self.created_by is not None:
            created_by = self.created_by
            field_dict["created_by"] = created_by
        elif "created_by" in self._present:  # null in the reply: sent back as null
            field_dict["created_by"] = None
        if self.database_name is not None:
            try:
                database_name: None | str
                database_name = self.database_name
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                database_name = _cast(Any, self.database_name)
            field_dict["database_name"] = database_name
        elif "database_name" in self._present:  # null in the reply: sent back as null
            field_dict["database_name"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._present:  # null in the reply: sent back as null
            field_dict["id"] = None
        if self.modified_at is not None:
            try:
                modified_at = self.modified_at.isoformat()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                modified_at = _cast(Any, self.modified_at)
            field_dict["modified_at"] = modified_at
        elif "modified_at" in self._present:  # null in the reply: sent back as null
            field_dict["modified_at"] = None
        if self.modified_by is not None:
            modified_by = self.modified_by
            field_dict["modified_by"] = modified_by
        elif "modified_by" in self._present:  # null in the reply: sent back as null
            field_dict["modified_by"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.role_type is not None:
            try:
                role_type: None | str
                if isinstance(self.role_type, ClusterRoleType):
                    role_type = self.role_type.value
                else:
                    role_type = self.role_type
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                role_type = _cast(Any, self.role_type)
            field_dict["role_type"] = role_type
        elif "role_type" in self._present:  # null in the reply: sent back as null
            field_dict["role_type"] = None
        if self.service_state is not None:
            try:
                service_state = self.service_state.value
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                service_state = _cast(Any, self.service_state)
            field_dict["service_state"] = service_state
        elif "service_state" in self._present:  # null in the reply: sent back as null
            field_dict["service_state"] = None
        if self.ha_enabled is not None:
            ha_enabled = self.ha_enabled
            field_dict["ha_enabled"] = ha_enabled
        elif "ha_enabled" in self._present:  # null in the reply: sent back as null
            field_dict["ha_enabled"] = None
        if self.instance_count is not None:
            instance_count = self.instance_count
            field_dict["instance_count"] = instance_count
        elif "instance_count" in self._present:  # null in the reply: sent back as null
            field_dict["instance_count"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)
        if account_id.__class__ is not str:
            account_id = _drift(cls, src_dict, "account_id", account_id, "string")

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at", UNSET))

            if isinstance(created_at, datetime.datetime) and created_at.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "created_at",
                    src_dict.get("created_at"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            created_at = _drift(
                cls,
                src_dict,
                "created_at",
                src_dict.get("created_at"),
                "date-time",
                None if "created_at" in src_dict else "missing",
            )

        created_by = d.pop("created_by", UNSET)
        if created_by.__class__ is not str:
            created_by = _drift(cls, src_dict, "created_by", created_by, "string")

        try:
            database_name: None | str = d.pop("database_name", None)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            database_name = _drift(
                cls,
                src_dict,
                "database_name",
                src_dict.get("database_name"),
                "string or null",
                None if "database_name" in src_dict else "missing",
            )

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = _drift(cls, src_dict, "id", id, "string")

        try:
            modified_at = datetime.datetime.fromisoformat(d.pop("modified_at", UNSET))

            if isinstance(modified_at, datetime.datetime) and modified_at.tzinfo is None:
                _drift(
                    cls,
                    src_dict,
                    "modified_at",
                    src_dict.get("modified_at"),
                    "date-time with a time zone",
                    "date-time without one",
                )
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            modified_at = _drift(
                cls,
                src_dict,
                "modified_at",
                src_dict.get("modified_at"),
                "date-time",
                None if "modified_at" in src_dict else "missing",
            )

        modified_by = d.pop("modified_by", UNSET)
        if modified_by.__class__ is not str:
            modified_by = _drift(cls, src_dict, "modified_by", modified_by, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:

            def _parse_role_type(data: object) -> ClusterRoleType | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_type_0 = ClusterRoleType(data)

                    return role_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ClusterRoleType | None, data)

            role_type = _parse_role_type(d.pop("role_type", None))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(
                cls,
                src_dict,
                "role_type",
                src_dict.get("role_type"),
                "ClusterRoleType or null",
                None if "role_type" in src_dict else "missing",
            )

        try:
            service_state = enum_member(ServiceState, d.pop("service_state", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            service_state = _drift(
                cls,
                src_dict,
                "service_state",
                src_dict.get("service_state"),
                "ServiceState",
                None if "service_state" in src_dict else "missing",
            )

        ha_enabled = d.pop("ha_enabled", UNSET)
        if ha_enabled.__class__ is not bool and ha_enabled is not UNSET:
            ha_enabled = _drift(cls, src_dict, "ha_enabled", ha_enabled, "boolean")

        instance_count = d.pop("instance_count", UNSET)
        if instance_count.__class__ is not int and instance_count is not UNSET:
            instance_count = _drift(cls, src_dict, "instance_count", instance_count, "integer")

        rdb_cluster_response = cls(  # the fields in declaration order; absent members read as None
            _MISSING if account_id is UNSET else account_id,
            created_at,
            _MISSING if created_by is UNSET else created_by,
            database_name,
            _MISSING if id is UNSET else id,
            modified_at,
            _MISSING if modified_by is UNSET else modified_by,
            _MISSING if name is UNSET else name,
            role_type,
            service_state,
            None if ha_enabled is UNSET else ha_enabled,
            None if instance_count is UNSET else instance_count,
        )
        rdb_cluster_response._present = frozenset(src_dict)

        rdb_cluster_response.additional_properties = d
        return rdb_cluster_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("account_id", "account_id"),
            ("created_at", "created_at"),
            ("created_by", "created_by"),
            ("database_name", "database_name"),
            ("id", "id"),
            ("modified_at", "modified_at"),
            ("modified_by", "modified_by"),
            ("name", "name"),
            ("role_type", "role_type"),
            ("service_state", "service_state"),
            ("ha_enabled", "ha_enabled"),
            ("instance_count", "instance_count"),
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
