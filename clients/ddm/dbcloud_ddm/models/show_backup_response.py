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

T = TypeVar("T", bound="ShowBackupResponse")


class ShowBackupResponse(_Model):
    """Backup details (Table 4-471).

    Attributes:
        id (str | None): Backup ID.
        name (str | None): Backup name.
        instance_id (str | None): Instance ID.
        instance_name (str | None): Instance name.
        related_data_nodes (list[RelatedDn] | None): Data nodes covered by the backup.
    """

    __slots__ = (
        "id",
        "name",
        "instance_id",
        "instance_name",
        "related_data_nodes",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "instance_id",
        "instance_name",
        "related_data_nodes",
    )

    id: str | None
    name: str | None
    instance_id: str | None
    instance_name: str | None
    related_data_nodes: list[RelatedDn] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        related_data_nodes: list[RelatedDn] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.instance_id = instance_id
        self.instance_name = instance_name
        self.related_data_nodes = related_data_nodes
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
        if self.instance_id is not None:
            instance_id = self.instance_id
            field_dict["instance_id"] = instance_id
        elif "instance_id" in self._present:  # null in the reply: sent back as null
            field_dict["instance_id"] = None
        if self.instance_name is not None:
            instance_name = self.instance_name
            field_dict["instance_name"] = instance_name
        elif "instance_name" in self._present:  # null in the reply: sent back as null
            field_dict["instance_name"] = None
        if self.related_data_nodes is not None:
            try:
                related_data_nodes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.related_data_nodes, Unset):
                    related_data_nodes = []
                    for related_data_nodes_item_data in self.related_data_nodes:
                        related_data_nodes_item = related_data_nodes_item_data.to_dict()
                        related_data_nodes.append(related_data_nodes_item)

            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                related_data_nodes = _cast(Any, self.related_data_nodes)
            field_dict["related_data_nodes"] = related_data_nodes
        elif "related_data_nodes" in self._present:  # null in the reply: sent back as null
            field_dict["related_data_nodes"] = None
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

        instance_id = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not str and instance_id is not UNSET:
            instance_id = _drift(cls, src_dict, "instance_id", instance_id, "string")

        instance_name = d.pop("instance_name", UNSET)
        if instance_name.__class__ is not str and instance_name is not UNSET:
            instance_name = _drift(cls, src_dict, "instance_name", instance_name, "string")

        try:
            if (_lazy_reply := _lazy_reply_now()) is None or d.get("related_data_nodes").__class__ is not list:
                _related_data_nodes = d.pop("related_data_nodes", UNSET)
                related_data_nodes: list[RelatedDn] | Unset = UNSET
                if _related_data_nodes is not UNSET:
                    related_data_nodes = []
                    for related_data_nodes_item_data in _related_data_nodes:
                        related_data_nodes_item = RelatedDn.from_dict(related_data_nodes_item_data)

                        related_data_nodes.append(related_data_nodes_item)

            else:  # the reply passed its guard (dbcloud_core.lazy): items typed on first access
                related_data_nodes = _LazyList(d.pop("related_data_nodes"), RelatedDn.from_dict, _lazy_reply)
        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            related_data_nodes = _drift(
                cls, src_dict, "related_data_nodes", src_dict.get("related_data_nodes", UNSET), "array"
            )

        show_backup_response = cls(  # the fields in declaration order; absent members read as None
            None if id is UNSET else id,
            None if name is UNSET else name,
            None if instance_id is UNSET else instance_id,
            None if instance_name is UNSET else instance_name,
            None if related_data_nodes is UNSET else related_data_nodes,
        )
        show_backup_response._present = frozenset(src_dict)

        show_backup_response.additional_properties = d
        return show_backup_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("id", "id"),
            ("name", "name"),
            ("instance_id", "instance_id"),
            ("instance_name", "instance_name"),
            ("related_data_nodes", "related_data_nodes"),
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
from ..models.related_dn import RelatedDn  # noqa: E402
