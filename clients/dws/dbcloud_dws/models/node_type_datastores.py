# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="NodeTypeDatastores")


class NodeTypeDatastores(_Model):
    """A kernel version a node type supports (vendor SDK model; not in the references).

    Attributes:
        attachments (NodeTypeDatastoresAttachments | None): Coordinator-node limits of a kernel version (vendor SDK
            model; not in the references).
        version (str | None): Kernel version, dotted digits such as 9.1.0 or 9.1.1.100.
        role (str | None): Release kind: STABLE or PREVIEW.
    """

    __slots__ = (
        "attachments",
        "version",
        "role",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "attachments",
        "version",
        "role",
    )

    attachments: NodeTypeDatastoresAttachments | None
    version: str | None
    role: str | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        attachments: NodeTypeDatastoresAttachments | None = None,
        version: str | None = None,
        role: str | None = None,
    ) -> None:
        self.attachments = attachments
        self.version = version
        self.role = role
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.attachments is not None:
            try:
                attachments: dict[str, Any] | Unset = UNSET
                if not isinstance(self.attachments, Unset):
                    attachments = self.attachments.to_dict()
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                attachments = _cast(Any, self.attachments)
            field_dict["attachments"] = attachments
        elif "attachments" in self._present:  # null in the reply: sent back as null
            field_dict["attachments"] = None
        if self.version is not None:
            version = self.version
            field_dict["version"] = version
        elif "version" in self._present:  # null in the reply: sent back as null
            field_dict["version"] = None
        if self.role is not None:
            role = self.role
            field_dict["role"] = role
        elif "role" in self._present:  # null in the reply: sent back as null
            field_dict["role"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _attachments = d.pop("attachments", UNSET)
            attachments: NodeTypeDatastoresAttachments | Unset
            if isinstance(_attachments, Unset):
                attachments = UNSET
            else:
                attachments = NodeTypeDatastoresAttachments.from_dict(_attachments)

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            attachments = _drift(
                cls, src_dict, "attachments", src_dict.get("attachments", UNSET), "NodeTypeDatastoresAttachments"
            )

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _drift(cls, src_dict, "version", version, "string")

        role = d.pop("role", UNSET)
        if role.__class__ is not str and role is not UNSET:
            role = _drift(cls, src_dict, "role", role, "string")

        node_type_datastores = cls(  # the fields in declaration order; absent members read as None
            None if attachments is UNSET else attachments,
            None if version is UNSET else version,
            None if role is UNSET else role,
        )
        node_type_datastores._present = frozenset(src_dict)

        node_type_datastores.additional_properties = d
        return node_type_datastores

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("attachments", "attachments"),
            ("version", "version"),
            ("role", "role"),
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
from ..models.node_type_datastores_attachments import NodeTypeDatastoresAttachments  # noqa: E402
