# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
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

T = TypeVar("T", bound="EngineGroupsInfo")


class EngineGroupsInfo(_Model):
    """Available engine (table 4-94).

    Attributes:
        id (str | None): Engine ID.
        name (str | None): Engine name.
        version (str | None): Engine version.
        support_azs (list[SupportAzsInfo] | None): AZs of the engine.
    """

    __slots__ = (
        "id",
        "name",
        "version",
        "support_azs",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "version",
        "support_azs",
    )

    id: str | None
    name: str | None
    version: str | None
    support_azs: list[SupportAzsInfo] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        version: str | None = None,
        support_azs: list[SupportAzsInfo] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.version = version
        self.support_azs = support_azs
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
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._present:  # null in the reply: sent back as null
            field_dict["name"] = None
        if self.version is not None:
            version = self.version
            field_dict["version"] = version
        elif "version" in self._present:  # null in the reply: sent back as null
            field_dict["version"] = None
        if self.support_azs is not None:
            try:
                support_azs: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.support_azs, Unset):
                    support_azs = []
                    for support_azs_item_data in self.support_azs:
                        support_azs_item = support_azs_item_data.to_dict()
                        support_azs.append(support_azs_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                support_azs = _cast(Any, self.support_azs)
            field_dict["supportAzs"] = support_azs
        elif "supportAzs" in self._present:  # null in the reply: sent back as null
            field_dict["supportAzs"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _drift(cls, src_dict, "id", id, "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _drift(cls, src_dict, "name", name, "string")

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _drift(cls, src_dict, "version", version, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("supportAzs").__class__ is not list:
                _support_azs = d.pop("supportAzs", UNSET)
                support_azs: list[SupportAzsInfo] | Unset = UNSET
                if _support_azs is not UNSET:
                    support_azs = []
                    for support_azs_item_data in _support_azs:
                        support_azs_item = SupportAzsInfo.from_dict(support_azs_item_data)

                        support_azs.append(support_azs_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                support_azs = _LazyList(d.pop("supportAzs"), SupportAzsInfo.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            support_azs = _drift(cls, src_dict, "supportAzs", src_dict.get("supportAzs", UNSET), "array")

        engine_groups_info = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if version is UNSET else version,
            None if support_azs is UNSET else support_azs,
        )
        engine_groups_info._present = frozenset(src_dict)

        engine_groups_info.additional_properties = d
        return engine_groups_info

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("version", "version"),
            ("supportAzs", "support_azs"),
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
from ..models.support_azs_info import SupportAzsInfo  # noqa: E402
