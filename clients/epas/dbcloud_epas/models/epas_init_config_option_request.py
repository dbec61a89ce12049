# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

T = TypeVar("T", bound="EpasInitConfigOptionRequest")


class EpasInitConfigOptionRequest(_Model):
    """Initial database settings for a new cluster (reference 2.21).

    Attributes:
        database_name (str): Name of the database to create; starts with a letter, then letters and digits.
        database_user_name (str): Name of the database administrator account (lower-case letters).
        database_user_password (str): Password of the database administrator account.
        audit_enabled (bool | Unset): Whether audit logging is switched on from the start. Default: false.
        backup_option (EpasBackupOption | None | Unset): Automatic backup settings.
        database_encoding (None | str | Unset): Character encoding of the database. Default: "UTF-8".
        database_locale (None | str | Unset): Locale of the database. Default: "C".
        database_port (int | None | Unset): TCP port the database is to listen on. Default: 2866.
    """

    __slots__ = (
        "database_name",
        "database_user_name",
        "database_user_password",
        "audit_enabled",
        "backup_option",
        "database_encoding",
        "database_locale",
        "database_port",
        "additional_properties",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "database_name",
        "database_user_name",
        "database_user_password",
        "audit_enabled",
        "backup_option",
        "database_encoding",
        "database_locale",
        "database_port",
    )

    database_name: str
    database_user_name: str
    database_user_password: str
    audit_enabled: bool | Unset
    backup_option: EpasBackupOption | None | Unset
    database_encoding: None | str | Unset
    database_locale: None | str | Unset
    database_port: int | None | Unset
    additional_properties: dict[str, Any]
    _request_id: str | None

    def __init__(
        self,
        database_name: str,
        database_user_name: str,
        database_user_password: str,
        audit_enabled: bool | Unset = UNSET,
        backup_option: EpasBackupOption | None | Unset = UNSET,
        database_encoding: None | str | Unset = UNSET,
        database_locale: None | str | Unset = UNSET,
        database_port: int | None | Unset = UNSET,
    ) -> None:
        self.database_name = database_name
        self.database_user_name = database_user_name
        self.database_user_password = database_user_password
        self.audit_enabled = audit_enabled
        self.backup_option = backup_option
        self.database_encoding = database_encoding
        self.database_locale = database_locale
        self.database_port = database_port
        self.additional_properties = {}
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        database_name = self.database_name

        database_user_name = self.database_user_name

        database_user_password = self.database_user_password

        audit_enabled = self.audit_enabled

        try:
            backup_option: dict[str, Any] | None | Unset
            if isinstance(self.backup_option, Unset):
                backup_option = UNSET
            elif isinstance(self.backup_option, EpasBackupOption):
                backup_option = self.backup_option.to_dict()
            else:
                backup_option = self.backup_option
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            backup_option = _cast(Any, self.backup_option)

        try:
            database_encoding: None | str | Unset
            if isinstance(self.database_encoding, Unset):
                database_encoding = UNSET
            else:
                database_encoding = self.database_encoding
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            database_encoding = _cast(Any, self.database_encoding)

        try:
            database_locale: None | str | Unset
            if isinstance(self.database_locale, Unset):
                database_locale = UNSET
            else:
                database_locale = self.database_locale
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            database_locale = _cast(Any, self.database_locale)

        try:
            database_port: int | None | Unset
            if isinstance(self.database_port, Unset):
                database_port = UNSET
            else:
                database_port = self.database_port
        except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
            database_port = _cast(Any, self.database_port)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database_name": database_name,
                "database_user_name": database_user_name,
                "database_user_password": database_user_password,
            }
        )
        if audit_enabled is not UNSET:
            field_dict["audit_enabled"] = audit_enabled
        if backup_option is not UNSET:
            field_dict["backup_option"] = backup_option
        if database_encoding is not UNSET:
            field_dict["database_encoding"] = database_encoding
        if database_locale is not UNSET:
            field_dict["database_locale"] = database_locale
        if database_port is not UNSET:
            field_dict["database_port"] = database_port
        if isinstance(database_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["database_name"]
        if isinstance(database_user_name, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["database_user_name"]
        if isinstance(database_user_password, Unset):  # dbcloud: a required member the reply left out stays out
            del field_dict["database_user_password"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_name = d.pop("database_name", UNSET)
        if database_name.__class__ is not str:
            database_name = _drift(cls, src_dict, "database_name", database_name, "string")

        database_user_name = d.pop("database_user_name", UNSET)
        if database_user_name.__class__ is not str:
            database_user_name = _drift(cls, src_dict, "database_user_name", database_user_name, "string")

        database_user_password = d.pop("database_user_password", UNSET)
        if database_user_password.__class__ is not str:
            database_user_password = _drift(cls, src_dict, "database_user_password", database_user_password, "string")

        audit_enabled = d.pop("audit_enabled", UNSET)
        if audit_enabled.__class__ is not bool and audit_enabled is not UNSET:
            audit_enabled = _drift(cls, src_dict, "audit_enabled", audit_enabled, "boolean")

        try:

            def _parse_backup_option(data: object) -> EpasBackupOption | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    backup_option_type_0 = EpasBackupOption.from_dict(data)

                    return backup_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EpasBackupOption | None | Unset, data)

            backup_option = _parse_backup_option(d.pop("backup_option", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            backup_option = _drift(
                cls, src_dict, "backup_option", src_dict.get("backup_option", UNSET), "EpasBackupOption or null"
            )

        try:
            database_encoding: None | str | Unset = d.pop("database_encoding", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            database_encoding = _drift(
                cls, src_dict, "database_encoding", src_dict.get("database_encoding", UNSET), "string or null"
            )

        try:
            database_locale: None | str | Unset = d.pop("database_locale", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            database_locale = _drift(
                cls, src_dict, "database_locale", src_dict.get("database_locale", UNSET), "string or null"
            )

        try:
            database_port: int | None | Unset = d.pop("database_port", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            database_port = _drift(
                cls, src_dict, "database_port", src_dict.get("database_port", UNSET), "integer or null"
            )

        epas_init_config_option_request = cls(  # the fields in declaration order
            database_name,
            database_user_name,
            database_user_password,
            audit_enabled,
            backup_option,
            database_encoding,
            database_locale,
            database_port,
        )

        epas_init_config_option_request.additional_properties = d
        return epas_init_config_option_request

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
from ..models.epas_backup_option import EpasBackupOption  # noqa: E402
