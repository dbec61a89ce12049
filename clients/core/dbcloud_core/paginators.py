"""Paginators: every item of a list operation, page after page (botocore's paginate.py, as data).

A list operation's ``x-pagination`` extension says how it pages; the generator writes it into the
service's ``_behaviour.py`` and `PaginationSpec.from_dict` reads it. One engine serves every style:

- ``offset``: ``offset_param`` counts items (``offset=0, limit=10``, then ``offset=10``...).
- ``page``: ``page_param`` counts pages from ``first_page`` (1, or 0 for zero-based APIs), with
  ``size_param`` items each.
- ``marker``: the response's ``next_marker`` (a JSON pointer) is sent back as ``marker_param``.

Parts: `_Cursor` decides the next request and when to stop (pure, shared by the sync and async
loops); `pages`/`paginate` and `async_pages`/`async_paginate` are the loops over an operation
*callable*, so this module knows nothing about any service or client.

Stopping, in order: a page repeating the previous one (a server ignoring the paging parameters;
the repeat is dropped and a warning logged), an empty page, the ``total`` count reached (when the
body has one: it is authoritative, so a server capping a large page size does not end the walk
early), a page shorter than the page size (only without a total, and not for markers), a missing,
empty or repeated marker.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeGuard

from ._jsonpath import MISSING, check_pointer, resolve_pointer
from .errors import ConfigurationError, ResponseValidationError

__all__ = [
    "PaginationSpec",
    "PaginationStyle",
    "async_pages",
    "async_paginate",
    "pages",
    "paginate",
]

logger = logging.getLogger("dbcloud.paginators")

PaginationStyle = Literal["offset", "page", "marker"]
_STYLES: tuple[PaginationStyle, ...] = ("offset", "page", "marker")
_KEYS = frozenset(
    {
        "style",
        "items",
        "total",
        "offset_param",
        "limit_param",
        "page_param",
        "size_param",
        "first_page",
        "marker_param",
        "next_marker",
    }
)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class PaginationSpec:
    """How one list operation pages (its ``x-pagination`` extension).

    Attributes:
        style: ``offset``, ``page`` or ``marker``.
        items: JSON pointer to the items array in the response body (``"/clusters"``).
        total: JSON pointer to the total item count, or None when the body has none.
        offset_param: Query parameter of the item offset (offset style).
        limit_param: Query parameter of the page size (offset and marker styles).
        page_param: Query parameter of the page number (page style).
        size_param: Query parameter of the page size (page style).
        first_page: Number of the first page (page style): 1, or 0 for zero-based APIs.
        marker_param: Query parameter carrying the marker (marker style).
        next_marker: JSON pointer to the next marker in the body (required for marker style).

    Raises:
        ConfigurationError: Unknown style, malformed pointer, or marker style without ``next_marker``.
    """

    style: PaginationStyle
    items: str
    total: str | None = None
    offset_param: str = "offset"
    limit_param: str = "limit"
    page_param: str = "page"
    size_param: str = "size"
    first_page: int = 1
    marker_param: str = "marker"
    next_marker: str | None = None

    def __post_init__(self) -> None:
        if self.style not in _STYLES:
            raise ConfigurationError(f"pagination style must be offset, page or marker, got {self.style!r}")
        if self.style == "marker" and self.next_marker is None:
            raise ConfigurationError("marker pagination needs next_marker (a JSON pointer into the body)")
        if not _is_int(self.first_page):
            raise ConfigurationError(f"first_page must be an integer, got {self.first_page!r}")
        for pointer in (self.items, self.total, self.next_marker):
            if pointer is not None:
                try:
                    check_pointer(pointer)
                except ValueError as exc:
                    raise ConfigurationError(str(exc)) from None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PaginationSpec:
        """Read an ``x-pagination`` block (``{style, items, total?, ...param names..., first_page?}``).

        Raises:
            ConfigurationError: Missing ``style``/``items``, unknown keys, or an invalid value.
        """
        unknown = set(data) - _KEYS
        if unknown:
            raise ConfigurationError(f"unknown x-pagination keys {sorted(unknown)}")
        missing = {"style", "items"} - set(data)
        if missing:
            raise ConfigurationError(f"x-pagination is missing {sorted(missing)}")
        return cls(**dict(data))

    @property
    def size_key(self) -> str:
        """The request parameter that sets the page size in this style."""
        return self.size_param if self.style == "page" else self.limit_param


class _Cursor:
    """Where a walk is: the next request's parameters and whether to stop. No I/O."""

    def __init__(self, spec: PaginationSpec, params: Mapping[str, Any] | None, page_size: int | None) -> None:
        self.spec = spec
        self.params = dict(params or {})
        if page_size is not None:
            if not _is_int(page_size) or page_size < 1:
                raise ConfigurationError(f"page_size must be a positive integer, got {page_size!r}")
            self.params[spec.size_key] = page_size
        size = self.params.get(spec.size_key)
        # Without a size the service uses its default; the first page's length stands in for it.
        self.size: int | None = size if _is_int(size) and size > 0 else None
        self.offset = self._start(spec.offset_param, 0)
        self.page = self._start(spec.page_param, spec.first_page)
        if spec.style == "page":
            # Sent from the first call on: some services require it (DDM's curPage).
            self.params[spec.page_param] = self.page
        self.inferred: int | None = self.size
        self.skipped = 0  # items before the walk's start, known once the first page is in
        self.seen = 0
        self.previous: list[Any] | None = None
        self.done = False

    def _start(self, name: str, default: int) -> int:
        value = self.params.get(name)
        if value is None:
            return default
        if not _is_int(value):
            raise ConfigurationError(f"pagination parameter {name} must be an integer, got {value!r}")
        return int(value)

    def request(self) -> dict[str, Any]:
        """Parameters of the next call (a copy: callers may keep or change it)."""
        return dict(self.params)

    def _items(self, body: Any) -> list[Any]:
        items = resolve_pointer(body, self.spec.items)
        if items is MISSING or items is None:  # some services omit an empty array
            return []
        if not isinstance(items, Sequence) or isinstance(items, str | bytes):
            raise ResponseValidationError(
                f"pagination items at {self.spec.items!r} is a {type(items).__name__}, not an array"
            )
        return list(items)

    def accept(self, body: Any) -> list[Any] | None:
        """Take one page's body; return its items, or None when it repeats the previous page.

        Sets ``done`` when this page is the last, else moves the parameters to the next page.
        """
        spec = self.spec
        items = self._items(body)
        if items and items == self.previous:
            # Only the paging parameters: the others may identify (or authenticate) the caller.
            paging = (spec.offset_param, spec.page_param, spec.marker_param, spec.size_key)
            logger.warning(
                "%s pagination: a page repeated the previous one, so the server ignored %s; stopping",
                spec.style,
                {key: value for key, value in self.params.items() if key in paging},
            )
            self.done = True
            return None
        self.previous = items
        if not items:
            self.done = True
            return items
        if self.inferred is None:
            self.inferred = len(items)
        if self.seen == 0:
            if spec.style == "offset":
                self.skipped = self.offset
            elif spec.style == "page":
                self.skipped = (self.page - spec.first_page) * self.inferred
        self.seen += len(items)
        if spec.style == "offset":
            self.params[spec.offset_param] = self.offset + self.seen
        elif spec.style == "page":
            self.page += 1
            self.params[spec.page_param] = self.page
        else:
            marker = resolve_pointer(body, spec.next_marker or "")
            if marker is MISSING or marker is None or marker == "" or marker == self.params.get(spec.marker_param):
                self.done = True
            else:
                self.params[spec.marker_param] = marker
        total = resolve_pointer(body, spec.total) if spec.total is not None else MISSING
        if _is_int(total):
            # A marker walk may start mid-way (skipped unknown, so 0): an undercount never stops early.
            if self.skipped + self.seen >= total:
                self.done = True
        elif spec.style != "marker" and len(items) < self.inferred:
            self.done = True
        return items


def _walk(
    spec: PaginationSpec, call: Callable[[dict[str, Any]], Any], params: Mapping[str, Any] | None, page_size: int | None
) -> Iterator[tuple[Any, list[Any]]]:
    cursor = _Cursor(spec, params, page_size)
    while not cursor.done:
        body = call(cursor.request())
        items = cursor.accept(body)
        if items is None:
            return
        yield body, items


def pages(
    spec: PaginationSpec,
    call: Callable[[dict[str, Any]], Any],
    params: Mapping[str, Any] | None = None,
    *,
    page_size: int | None = None,
) -> Iterator[Any]:
    """Yield the body of every page, lazily (nothing is called before the first ``next``).

    Args:
        spec: The operation's pagination.
        call: Calls the operation with one page's parameters (the caller's ``params`` plus the
            paging ones) and returns the parsed JSON body; errors propagate unchanged.
        params: The operation's other parameters; a paging parameter given here is where the walk
            starts (``offset``, ``page``, ``marker``) or the page size (``limit``, ``size``).
        page_size: Page size to request, overriding ``params``; None sends none (service default).

    Yields:
        Each page's body.

    Raises:
        ConfigurationError: A non-positive ``page_size`` or a non-integer start parameter.
        ResponseValidationError: The items pointer names something other than an array.
    """
    for body, _items in _walk(spec, call, params, page_size):
        yield body


def paginate(
    spec: PaginationSpec,
    call: Callable[[dict[str, Any]], Any],
    params: Mapping[str, Any] | None = None,
    *,
    page_size: int | None = None,
) -> Iterator[Any]:
    """Yield every item of every page, in order, each once (see `pages` for the arguments)."""
    for _body, items in _walk(spec, call, params, page_size):
        yield from items


async def _async_walk(
    spec: PaginationSpec,
    call: Callable[[dict[str, Any]], Awaitable[Any]],
    params: Mapping[str, Any] | None,
    page_size: int | None,
) -> AsyncIterator[tuple[Any, list[Any]]]:
    cursor = _Cursor(spec, params, page_size)
    while not cursor.done:
        body = await call(cursor.request())
        items = cursor.accept(body)
        if items is None:
            return
        yield body, items


async def async_pages(
    spec: PaginationSpec,
    call: Callable[[dict[str, Any]], Awaitable[Any]],
    params: Mapping[str, Any] | None = None,
    *,
    page_size: int | None = None,
) -> AsyncIterator[Any]:
    """The asyncio twin of `pages`: ``call`` is awaited."""
    async for body, _items in _async_walk(spec, call, params, page_size):
        yield body


async def async_paginate(
    spec: PaginationSpec,
    call: Callable[[dict[str, Any]], Awaitable[Any]],
    params: Mapping[str, Any] | None = None,
    *,
    page_size: int | None = None,
) -> AsyncIterator[Any]:
    """The asyncio twin of `paginate`: ``call`` is awaited."""
    async for _body, items in _async_walk(spec, call, params, page_size):
        for item in items:
            yield item
