# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from typing import cast as _cast

from dbcloud_core.model import Model as _Model
from dbcloud_core.parsing import drift as _drift

from ..types import UNSET, Unset

_MISSING: Any = None  # a required member the reply left out (typed Any: the attribute is typed as documented)

T = TypeVar("T", bound="RdbClusterPageResponse")


class RdbClusterPageResponse(_Model):
    """One page of EPAS clusters (reference 2.43).

    Attributes:
        contents (list[RdbClusterResponse] | None): Clusters on this page.
        count (int): Total number of clusters.
        page (int): Zero-based page number.
        size (int): Page size.
        sort (list[str] | None): Sort order applied, as field:direction.
    """

    __slots__ = (
        "contents",
        "count",
        "page",
        "size",
        "sort",
        "additional_properties",
        "_present",
        "_request_id",
        "__weakref__",
    )
    __match_args__ = (
        "contents",
        "count",
        "page",
        "size",
        "sort",
    )

    contents: list[RdbClusterResponse] | None
    count: int
    page: int
    size: int
    sort: list[str] | None
    additional_properties: dict[str, Any]
    _present: frozenset[str]  # the reply's member names (fields_set)
    _request_id: str | None

    def __init__(
        self,
        contents: list[RdbClusterResponse] | None,
        count: int,
        page: int,
        size: int,
        sort: list[str] | None = None,
    ) -> None:
        self.contents = contents
        self.count = count
        self.page = page
        self.size = size
        self.sort = sort
        self.additional_properties = {}
        self._present = frozenset()
        self._request_id = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.contents is not None:
            try:
                contents: list[dict[str, Any]] | None
                if isinstance(self.contents, list):
                    contents = []
                    for contents_type_0_item_data in self.contents:
                        contents_type_0_item = contents_type_0_item_data.to_dict()
                        contents.append(contents_type_0_item)

                else:
                    contents = self.contents
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                contents = _cast(Any, self.contents)
            field_dict["contents"] = contents
        elif "contents" in self._present:  # null in the reply: sent back as null
            field_dict["contents"] = None
        if self.count is not None:
            count = self.count
            field_dict["count"] = count
        elif "count" in self._present:  # null in the reply: sent back as null
            field_dict["count"] = None
        if self.page is not None:
            page = self.page
            field_dict["page"] = page
        elif "page" in self._present:  # null in the reply: sent back as null
            field_dict["page"] = None
        if self.size is not None:
            size = self.size
            field_dict["size"] = size
        elif "size" in self._present:  # null in the reply: sent back as null
            field_dict["size"] = None
        if self.sort is not None:
            try:
                sort: list[str] | None | Unset
                if isinstance(self.sort, Unset):
                    sort = UNSET
                elif isinstance(self.sort, list):
                    sort = self.sort

                else:
                    sort = self.sort
            except (AttributeError, TypeError, ValueError):  # kept as received by from_dict: sent back as it came
                sort = _cast(Any, self.sort)
            field_dict["sort"] = sort
        elif "sort" in self._present:  # null in the reply: sent back as null
            field_dict["sort"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:

            def _parse_contents(data: object) -> list[RdbClusterResponse] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    contents_type_0 = []
                    _contents_type_0 = data
                    for contents_type_0_item_data in _contents_type_0:
                        contents_type_0_item = RdbClusterResponse.from_dict(contents_type_0_item_data)

                        contents_type_0.append(contents_type_0_item)

                    return contents_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[RdbClusterResponse] | None, data)

            contents = _parse_contents(d.pop("contents", None))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            contents = _drift(
                cls,
                src_dict,
                "contents",
                src_dict.get("contents"),
                "array or null",
                None if "contents" in src_dict else "missing",
            )

        count = d.pop("count", UNSET)
        if count.__class__ is not int:
            count = _drift(cls, src_dict, "count", count, "integer")

        page = d.pop("page", UNSET)
        if page.__class__ is not int:
            page = _drift(cls, src_dict, "page", page, "integer")

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = _drift(cls, src_dict, "size", size, "integer")

        try:

            def _parse_sort(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    sort_type_0 = cast(list[str], data)

                    return sort_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            sort = _parse_sort(d.pop("sort", UNSET))

        except Exception:  # does not fit the spec: kept as received, reported (dbcloud_core.parsing)
            sort = _drift(cls, src_dict, "sort", src_dict.get("sort", UNSET), "array or null")

        rdb_cluster_page_response = cls(  # the fields in declaration order; absent members read as None
            contents,
            _MISSING if count is UNSET else count,
            _MISSING if page is UNSET else page,
            _MISSING if size is UNSET else size,
            None if sort is UNSET else sort,
        )
        rdb_cluster_page_response._present = frozenset(src_dict)

        rdb_cluster_page_response.additional_properties = d
        return rdb_cluster_page_response

    @property
    def fields_set(self) -> frozenset[str]:
        """The attributes present in the reply (a null too) or set since: what ``to_dict`` sends back.

        An absent member and a null one both read as ``None``; this tells them apart, as pydantic's
        ``model_fields_set`` does."""
        names = (
            ("contents", "contents"),
            ("count", "count"),
            ("page", "page"),
            ("size", "size"),
            ("sort", "sort"),
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
from ..models.rdb_cluster_response import RdbClusterResponse  # noqa: E402
