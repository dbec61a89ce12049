# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="EpasInitConfigOptionDetail")


class EpasInitConfigOptionDetail(_Model):
    """Initial database settings as shown for an existing cluster (reference 2.20).

    Attributes:
        database_name (str): Name of the database.
        database_user_name (str): Name of the database administrator account.
        audit_enabled (bool | None): Whether audit logging is on. Default: false.
        backup_option (EpasBackupOption | None): Automatic backup settings.
        database_encoding (None | str): Character encoding of the database. Default: "UTF-8".
        database_locale (None | str): Locale of the database. Default: "C".
        database_port (int | None): TCP port the database listens on. Default: 2866.
        origin_region (None | str): Region of the origin cluster, for replicas in another region.
    """

    __slots__ = (
        "database_name",
        "database_user_name",
        "audit_enabled",
        "backup_option",
        "database_encoding",
        "database_locale",
        "database_port",
        "origin_region",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "database_name",
        "database_user_name",
        "audit_enabled",
        "backup_option",
        "database_encoding",
        "database_locale",
        "database_port",
        "origin_region",
    )

    database_name: str
    database_user_name: str
    audit_enabled: bool | None
    backup_option: EpasBackupOption | None
    database_encoding: None | str
    database_locale: None | str
    database_port: int | None
    origin_region: None | str
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        database_name: str,
        database_user_name: str,
        audit_enabled: bool | None = None,
        backup_option: EpasBackupOption | None = None,
        database_encoding: None | str = None,
        database_locale: None | str = None,
        database_port: int | None = None,
        origin_region: None | str = None,
    ) -> None:
        self.database_name = database_name
        self.database_user_name = database_user_name
        self.audit_enabled = audit_enabled
        self.backup_option = backup_option
        self.database_encoding = database_encoding
        self.database_locale = database_locale
        self.database_port = database_port
        self.origin_region = origin_region
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.database_name is not None:
            database_name = self.database_name
            field_dict["database_name"] = database_name
        elif "database_name" in self._present:  # null in the reply: sent back as null
            field_dict["database_name"] = None
        if self.database_user_name is not None:
            database_user_name = self.database_user_name
            field_dict["database_user_name"] = database_user_name
        elif "database_user_name" in self._present:  # null in the reply: sent back as null
            field_dict["database_user_name"] = None
        if self.audit_enabled is not None:
            audit_enabled = self.audit_enabled
            field_dict["audit_enabled"] = audit_enabled
        elif "audit_enabled" in self._present:  # null in the reply: sent back as null
            field_dict["audit_enabled"] = None
        if self.backup_option is not None:
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
            field_dict["backup_option"] = backup_option
        elif "backup_option" in self._present:  # null in the reply: sent back as null
            field_dict["backup_option"] = None
        if self.database_encoding is not None:
            try:
                database_encoding: None | str | Unset
                if isinstance(self.database_encoding, Unset):
                    database_encoding = UNSET
                else:
                    database_encoding = self.database_encoding
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                database_encoding = _cast(Any, self.database_encoding)
            field_dict["database_encoding"] = database_encoding
        elif "database_encoding" in self._present:  # null in the reply: sent back as null
            field_dict["database_encoding"] = None
        if self.database_locale is not None:
            try:
                database_locale: None | str | Unset
                if isinstance(self.database_locale, Unset):
                    database_locale = UNSET
                else:
                    database_locale = self.database_locale
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                database_locale = _cast(Any, self.database_locale)
            field_dict["database_locale"] = database_locale
        elif "database_locale" in self._present:  # null in the reply: sent back as null
            field_dict["database_locale"] = None
        if self.database_port is not None:
            try:
                database_port: int | None | Unset
                if isinstance(self.database_port, Unset):
                    database_port = UNSET
                else:
                    database_port = self.database_port
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                database_port = _cast(Any, self.database_port)
            field_dict["database_port"] = database_port
        elif "database_port" in self._present:  # null in the reply: sent back as null
            field_dict["database_port"] = None
        if self.origin_region is not None:
            try:
                origin_region: None | str | Unset
                if isinstance(self.origin_region, Unset):
                    origin_region = UNSET
                else:
                    origin_region = self.origin_region
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                origin_region = _cast(Any, self.origin_region)
            field_dict["origin_region"] = origin_region
        elif "origin_region" in self._present:  # null in the reply: sent back as null
            field_dict["origin_region"] = None
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

        try:
            origin_region: None | str | Unset = d.pop("origin_region", UNSET)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            origin_region = _drift(
                cls, src_dict, "origin_region", src_dict.get("origin_region", UNSET), "string or null"
            )

        epas_init_config_option_detail = cls(  # the fields in declaration order; absent members read as None
            _MISSING if database_name is UNSET else database_name,
            _MISSING if database_user_name is UNSET else database_user_name,
            None if audit_enabled is UNSET else audit_enabled,
            None if backup_option is UNSET else backup_option,
            None if database_encoding is UNSET else database_encoding,
            None if database_locale is UNSET else database_locale,
            None if database_port is UNSET else database_port,
            None if origin_region is UNSET else origin_region,
        )
        epas_init_config_option_detail._present = frozenset(src_dict)

        epas_init_config_option_detail.additional_properties = d
        return epas_init_config_option_detail

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("database_name", "database_name"),
            ("database_user_name", "database_user_name"),
            ("audit_enabled", "audit_enabled"),
            ("backup_option", "backup_option"),
            ("database_encoding", "database_encoding"),
            ("database_locale", "database_locale"),
            ("database_port", "database_port"),
            ("origin_region", "origin_region"),
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
from ..models.epas_backup_option import EpasBackupOption  # noqa: E402
