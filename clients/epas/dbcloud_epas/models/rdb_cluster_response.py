# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dbcloud_core.parsing import drift as _drift

from ..models.rdb_cluster_response_role_type_type_1 import RdbClusterResponseRoleTypeType1
from ..models.rdb_cluster_response_role_type_type_2_type_1 import RdbClusterResponseRoleTypeType2Type1
from ..models.rdb_cluster_response_role_type_type_3_type_1 import RdbClusterResponseRoleTypeType3Type1
from ..models.rdb_cluster_response_service_state import RdbClusterResponseServiceState
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="RdbClusterResponse")


@_attrs_define
class RdbClusterResponse:
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
        role_type (None | RdbClusterResponseRoleTypeType1 | RdbClusterResponseRoleTypeType2Type1 |
            RdbClusterResponseRoleTypeType3Type1): Role of the cluster in its replication topology.
        service_state (RdbClusterResponseServiceState): Service state of the cluster.
        ha_enabled (bool | Unset): Whether the cluster is highly available. Default: false.
        instance_count (int | Unset): Number of instances in the cluster. Default: 0.
    """

    account_id: str
    created_at: datetime.datetime
    created_by: str
    database_name: None | str
    id: str
    modified_at: datetime.datetime
    modified_by: str
    name: str
    role_type: (
        None
        | RdbClusterResponseRoleTypeType1
        | RdbClusterResponseRoleTypeType2Type1
        | RdbClusterResponseRoleTypeType3Type1
    )
    service_state: RdbClusterResponseServiceState
    ha_enabled: bool | Unset = UNSET
    instance_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            created_at = _cast(Any, self.created_at)

        created_by = self.created_by

        try:
            database_name: None | str
            database_name = self.database_name
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            database_name = _cast(Any, self.database_name)

        id = self.id

        try:
            modified_at = self.modified_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            modified_at = _cast(Any, self.modified_at)

        modified_by = self.modified_by

        name = self.name

        try:
            role_type: None | str
            if isinstance(self.role_type, RdbClusterResponseRoleTypeType1):
                role_type = self.role_type.value
            elif isinstance(self.role_type, RdbClusterResponseRoleTypeType2Type1):
                role_type = self.role_type.value
            elif isinstance(self.role_type, RdbClusterResponseRoleTypeType3Type1):
                role_type = self.role_type.value
            else:
                role_type = self.role_type
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            role_type = _cast(Any, self.role_type)

        try:
            service_state = self.service_state.value
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            service_state = _cast(Any, self.service_state)

        ha_enabled = self.ha_enabled

        instance_count = self.instance_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "created_by": created_by,
                "database_name": database_name,
                "id": id,
                "modified_at": modified_at,
                "modified_by": modified_by,
                "name": name,
                "role_type": role_type,
                "service_state": service_state,
            }
        )
        if ha_enabled is not UNSET:
            field_dict["ha_enabled"] = ha_enabled
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if isinstance(account_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["account_id"]
        if isinstance(created_at, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["created_at"]
        if isinstance(created_by, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["created_by"]
        if isinstance(database_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["database_name"]
        if isinstance(id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["id"]
        if isinstance(modified_at, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["modified_at"]
        if isinstance(modified_by, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["modified_by"]
        if isinstance(name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["name"]
        if isinstance(role_type, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["role_type"]
        if isinstance(service_state, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["service_state"]

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
            created_at = _drift(cls, src_dict, "created_at", src_dict.get("created_at", UNSET), "date-time")

        created_by = d.pop("created_by", UNSET)
        if created_by.__class__ is not str:
            created_by = _drift(cls, src_dict, "created_by", created_by, "string")

        try:
            database_name: None | str = d.pop("database_name", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            database_name = _drift(
                cls, src_dict, "database_name", src_dict.get("database_name", UNSET), "string or null"
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
            modified_at = _drift(cls, src_dict, "modified_at", src_dict.get("modified_at", UNSET), "date-time")

        modified_by = d.pop("modified_by", UNSET)
        if modified_by.__class__ is not str:
            modified_by = _drift(cls, src_dict, "modified_by", modified_by, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _drift(cls, src_dict, "name", name, "string")

        try:

            def _parse_role_type(
                data: object,
            ) -> (
                None
                | RdbClusterResponseRoleTypeType1
                | RdbClusterResponseRoleTypeType2Type1
                | RdbClusterResponseRoleTypeType3Type1
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_type_1 = RdbClusterResponseRoleTypeType1(data)

                    return role_type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_type_2_type_1 = RdbClusterResponseRoleTypeType2Type1(data)

                    return role_type_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_type_3_type_1 = RdbClusterResponseRoleTypeType3Type1(data)

                    return role_type_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | RdbClusterResponseRoleTypeType1
                    | RdbClusterResponseRoleTypeType2Type1
                    | RdbClusterResponseRoleTypeType3Type1,
                    data,
                )

            role_type = _parse_role_type(d.pop("role_type", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            role_type = _drift(
                cls,
                src_dict,
                "role_type",
                src_dict.get("role_type", UNSET),
                "null or RdbClusterResponseRoleTypeType1 or RdbClusterResponseRoleTypeType2Type1 or RdbClusterResponseRoleTypeType3Type1",
            )

        try:
            service_state = enum_member(RdbClusterResponseServiceState, d.pop("service_state", UNSET))
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            service_state = _drift(
                cls, src_dict, "service_state", src_dict.get("service_state", UNSET), "RdbClusterResponseServiceState"
            )

        ha_enabled = d.pop("ha_enabled", UNSET)
        if ha_enabled.__class__ is not bool and ha_enabled is not UNSET:
            ha_enabled = _drift(cls, src_dict, "ha_enabled", ha_enabled, "boolean")

        instance_count = d.pop("instance_count", UNSET)
        if instance_count.__class__ is not int and instance_count is not UNSET:
            instance_count = _drift(cls, src_dict, "instance_count", instance_count, "integer")

        rdb_cluster_response = cls(  # the fields in declaration order
            account_id,
            created_at,
            created_by,
            database_name,
            id,
            modified_at,
            modified_by,
            name,
            role_type,
            service_state,
            ha_enabled,
            instance_count,
        )

        rdb_cluster_response.additional_properties = d
        return rdb_cluster_response

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
