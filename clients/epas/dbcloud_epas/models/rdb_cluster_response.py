# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        database_name: None | str
        database_name = self.database_name

        id = self.id

        modified_at = self.modified_at.isoformat()

        modified_by = self.modified_by

        name = self.name

        role_type: None | str
        if isinstance(self.role_type, RdbClusterResponseRoleTypeType1):
            role_type = self.role_type.value
        elif isinstance(self.role_type, RdbClusterResponseRoleTypeType2Type1):
            role_type = self.role_type.value
        elif isinstance(self.role_type, RdbClusterResponseRoleTypeType3Type1):
            role_type = self.role_type.value
        else:
            role_type = self.role_type

        service_state = self.service_state.value

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        database_name: None | str = d.pop("database_name")

        id = d.pop("id")

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        modified_by = d.pop("modified_by")

        name = d.pop("name")

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

        role_type = _parse_role_type(d.pop("role_type"))

        service_state = enum_member(RdbClusterResponseServiceState, d.pop("service_state"))

        ha_enabled = d.pop("ha_enabled", UNSET)

        instance_count = d.pop("instance_count", UNSET)

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
