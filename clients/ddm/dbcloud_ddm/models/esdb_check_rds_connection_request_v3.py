# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="EsdbCheckRdsConnectionRequestV3")


class EsdbCheckRdsConnectionRequestV3(_Model):
    """Connection data of one RDS instance (4.2.38, Table 4-189).

    Attributes:
        endpoint (str): Private IPv4 address and port of the RDS instance, as ip:port (xx.xx.xx.xx:xx).
        username (str): RDS account name.
        password (str): Password of the RDS account.
        rds_instance_id (str): RDS instance ID; 36 letters and digits ending in in01.
    """

    __slots__ = (
        "endpoint",
        "username",
        "password",
        "rds_instance_id",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "endpoint",
        "username",
        "password",
        "rds_instance_id",
    )

    endpoint: str
    username: str
    password: str
    rds_instance_id: str
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        endpoint: str,
        username: str,
        password: str,
        rds_instance_id: str,
    ) -> None:
        self.endpoint = endpoint
        self.username = username
        self.password = password
        self.rds_instance_id = rds_instance_id
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        username = self.username

        password = self.password

        rds_instance_id = self.rds_instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "username": username,
                "password": password,
                "rds_instance_id": rds_instance_id,
            }
        )
        if isinstance(endpoint, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["endpoint"]
        if isinstance(username, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["username"]
        if isinstance(password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["password"]
        if isinstance(rds_instance_id, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["rds_instance_id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)
        if endpoint.__class__ is not str:
            endpoint = _drift(cls, src_dict, "endpoint", endpoint, "string")

        username = d.pop("username", UNSET)
        if username.__class__ is not str:
            username = _drift(cls, src_dict, "username", username, "string")

        password = d.pop("password", UNSET)
        if password.__class__ is not str:
            password = _drift(cls, src_dict, "password", password, "string")

        rds_instance_id = d.pop("rds_instance_id", UNSET)
        if rds_instance_id.__class__ is not str:
            rds_instance_id = _drift(cls, src_dict, "rds_instance_id", rds_instance_id, "string")

        esdb_check_rds_connection_request_v3 = cls(  # the fields in declaration order
            endpoint,
            username,
            password,
            rds_instance_id,
        )

        esdb_check_rds_connection_request_v3.additional_properties = d
        return esdb_check_rds_connection_request_v3

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
