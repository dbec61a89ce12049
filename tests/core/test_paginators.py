from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dbcloud_core._jsonpath import MISSING, resolve_pointer
from dbcloud_core.errors import ConfigurationError, ResponseValidationError
from dbcloud_core.paginators import PaginationSpec, async_pages, async_paginate, pages, paginate

# DDM list_instances (offset/limit, total_record), EPAS (page/size, zero-based), a marker API.
OFFSET = PaginationSpec.from_dict({"style": "offset", "items": "/instances", "total": "/total_record"})
PAGE = PaginationSpec.from_dict({"style": "page", "items": "/instances", "total": "/total_record", "first_page": 0})
MARKER = PaginationSpec.from_dict(
    {"style": "marker", "items": "/instances", "marker_param": "marker", "next_marker": "/page_info/next_marker"}
)
SPECS = {"offset": OFFSET, "page": PAGE, "marker": MARKER}
DEFAULT_SIZE = 10


def item(index: int) -> dict[str, Any]:
    return {"id": f"i-{index:03d}", "name": f"instance {index}"}


@dataclass
class FakeServer:
    """A list operation over ``n`` items, paging the way ``spec`` says (or ignoring it)."""

    spec: PaginationSpec
    n: int
    total: bool = True
    default_size: int = DEFAULT_SIZE
    max_size: int | None = None
    ignore_paging: bool = False
    ignore_size: bool = False
    requests: list[dict[str, Any]] = field(default_factory=list)

    def __call__(self, params: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(params)
        spec = self.spec
        size = params.get(spec.size_key, self.default_size)
        size = min(size, self.max_size) if self.max_size else size
        if spec.style == "offset":
            start = params.get(spec.offset_param, 0)
        elif spec.style == "page":
            start = (params.get(spec.page_param, spec.first_page) - spec.first_page) * size
        else:
            marker = params.get(spec.marker_param)
            start = 0 if marker is None else int(marker.removeprefix("i-")) + 1
        if self.ignore_paging:
            start = 0
        if self.ignore_size:
            size = self.n
        chunk = [item(i) for i in range(start, min(start + size, self.n))]
        body: dict[str, Any] = {"instances": chunk}
        if self.total:
            body["total_record"] = self.n
        if spec.style == "marker":
            more = start + size < self.n
            body["page_info"] = {"next_marker": chunk[-1]["id"] if more and chunk else None}
        return body


def everything(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [item(i) for i in range(start, n)]


# ---------------------------------------------------------------- every style, every edge count


@pytest.mark.parametrize("style", ["offset", "page", "marker"])
@pytest.mark.parametrize("n", [0, 1, 9, 10, 11, 57])
@pytest.mark.parametrize("page_size", [None, 10, 1, 7])
@pytest.mark.parametrize("total", [True, False])
def test_every_item_exactly_once_in_order(style: str, n: int, page_size: int | None, total: bool) -> None:
    server = FakeServer(SPECS[style], n, total=total)
    assert list(paginate(SPECS[style], server, {}, page_size=page_size)) == everything(n)
    size = page_size or DEFAULT_SIZE
    # One call per page, plus at most one to find out the last full page was the last.
    assert len(server.requests) <= max(math.ceil(n / size), 1) + 1
    if page_size is not None:
        assert all(request[SPECS[style].size_key] == page_size for request in server.requests)


@pytest.mark.parametrize("style", ["offset", "page"])
def test_short_page_or_total_saves_the_last_call(style: str) -> None:
    with_total = FakeServer(SPECS[style], 20)
    assert len(list(paginate(SPECS[style], with_total, page_size=10))) == 20
    assert len(with_total.requests) == 2  # total reached: no third call
    without = FakeServer(SPECS[style], 15, total=False)
    assert len(list(paginate(SPECS[style], without, page_size=10))) == 15
    assert len(without.requests) == 2  # 5 < 10: the second page was the last


def test_requests_carry_the_paging_parameters() -> None:
    server = FakeServer(OFFSET, 25)
    list(paginate(OFFSET, server, {"project_id": "p1", "name": None}, page_size=10))
    assert server.requests == [
        {"project_id": "p1", "name": None, "limit": 10},  # the first page's offset is the service default
        {"project_id": "p1", "name": None, "limit": 10, "offset": 10},
        {"project_id": "p1", "name": None, "limit": 10, "offset": 20},
    ]
    pager = FakeServer(PAGE, 25)
    list(paginate(PAGE, pager, {}, page_size=10))
    assert [r.get("page") for r in pager.requests] == [0, 1, 2]  # the first page is named: some APIs require it
    marker = FakeServer(MARKER, 25)
    list(paginate(MARKER, marker, {}, page_size=10))
    assert [r.get("marker") for r in marker.requests] == [None, "i-009", "i-019"]


def test_without_a_page_size_nothing_is_sent_and_the_page_length_is_the_step() -> None:
    server = FakeServer(OFFSET, 57, total=False, default_size=8)
    assert list(paginate(OFFSET, server, {})) == everything(57)
    assert [r.get("offset") for r in server.requests] == [None, *range(8, 57, 8)]
    assert all("limit" not in r for r in server.requests)


def test_params_limit_is_the_page_size_and_page_size_overrides_it() -> None:
    server = FakeServer(OFFSET, 30, total=False)
    assert len(list(paginate(OFFSET, server, {"limit": 4}))) == 30
    assert len(server.requests) == 8 and server.requests[-1] == {"limit": 4, "offset": 28}
    server = FakeServer(OFFSET, 30, total=False)
    list(paginate(OFFSET, server, {"limit": 4}, page_size=15))
    assert [r["limit"] for r in server.requests] == [15, 15, 15]


def test_caller_params_are_not_changed() -> None:
    params = {"limit": 5, "project_id": "p1"}
    list(paginate(OFFSET, FakeServer(OFFSET, 12), params, page_size=3))
    assert params == {"limit": 5, "project_id": "p1"}


@pytest.mark.parametrize(
    ("spec", "params", "start"),
    [
        (OFFSET, {"offset": 20}, 20),
        (OFFSET, {"offset": 0}, 0),
        (PAGE, {"page": 3}, 30),  # zero-based page 3 of 10
        (MARKER, {"marker": "i-041"}, 42),
    ],
)
@pytest.mark.parametrize("total", [True, False])
def test_the_walk_starts_where_params_say(
    spec: PaginationSpec, params: dict[str, Any], start: int, total: bool
) -> None:
    server = FakeServer(spec, 57, total=total)
    assert list(paginate(spec, server, params, page_size=10)) == everything(57, start)


def test_one_based_pages() -> None:
    spec = PaginationSpec("page", "/instances", size_param="limit")
    server = FakeServer(spec, 23, total=False)
    assert list(paginate(spec, server, page_size=5)) == everything(23)
    assert [r.get("page") for r in server.requests] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- misbehaving servers


@pytest.mark.parametrize("style", ["offset", "page", "marker"])
@pytest.mark.parametrize("total", [True, False])
def test_a_server_ignoring_paging_stops_after_one_repeat(
    style: str, total: bool, caplog: pytest.LogCaptureFixture
) -> None:
    server = FakeServer(SPECS[style], 57, total=total, ignore_paging=True)
    with caplog.at_level(logging.WARNING, logger="dbcloud.paginators"):
        items = list(paginate(SPECS[style], server, {"project_id": "secret-ish"}, page_size=10))
    assert items == everything(10)
    assert len(server.requests) <= 2
    if len(server.requests) == 2:  # the marker walk already stops on the repeated marker
        assert "a page repeated the previous one" in caplog.text
        assert "secret-ish" not in caplog.text


@pytest.mark.parametrize("style", ["offset", "page"])
def test_a_server_ignoring_limit_and_offset_yields_everything_once(style: str) -> None:
    server = FakeServer(SPECS[style], 57, total=False, ignore_paging=True, ignore_size=True)
    assert list(paginate(SPECS[style], server, page_size=10)) == everything(57)
    assert len(server.requests) == 2  # 57 items for a page of 10 is not short; the repeat ends it
    # With a total, the first page already reaches it.
    server = FakeServer(SPECS[style], 57, ignore_paging=True, ignore_size=True)
    assert list(paginate(SPECS[style], server, page_size=10)) == everything(57)
    assert len(server.requests) == 1


def test_a_server_capping_the_page_size_is_walked_to_the_total() -> None:
    server = FakeServer(OFFSET, 300, max_size=128)
    assert list(paginate(OFFSET, server, page_size=500)) == everything(300)
    assert [r.get("offset") for r in server.requests] == [None, 128, 256]


def test_repeated_or_empty_marker_stops() -> None:
    def stuck(params: dict[str, Any]) -> dict[str, Any]:
        start = 0 if "marker" not in params else 1
        return {"instances": [item(start)], "page_info": {"next_marker": "same"}}

    assert list(paginate(MARKER, stuck)) == [item(0), item(1)]
    empty = lambda params: {"instances": [item(0)], "page_info": {"next_marker": ""}}  # noqa: E731
    assert list(paginate(MARKER, empty)) == [item(0)]
    absent = lambda params: {"instances": [item(0)]}  # noqa: E731
    assert list(paginate(MARKER, absent)) == [item(0)]


def test_missing_or_null_items_end_the_walk_and_other_types_are_rejected() -> None:
    assert list(paginate(OFFSET, lambda params: {})) == []
    assert list(paginate(OFFSET, lambda params: {"instances": None})) == []
    with pytest.raises(ResponseValidationError, match="'/instances' is a dict, not an array"):
        list(paginate(OFFSET, lambda params: {"instances": {"a": 1}}))
    with pytest.raises(ResponseValidationError, match="is a str"):
        list(paginate(OFFSET, lambda params: {"instances": "abc"}))


def test_errors_from_the_call_propagate() -> None:
    def broken(params: dict[str, Any]) -> Any:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        list(paginate(OFFSET, broken))


# ---------------------------------------------------------------- pages, laziness, models


def test_pages_yields_each_body_lazily() -> None:
    server = FakeServer(OFFSET, 25)
    walk = pages(OFFSET, server, page_size=10)
    assert server.requests == []  # nothing is called before the first next()
    first = next(walk)
    assert first["instances"] == everything(10) and len(server.requests) == 1
    assert [len(body["instances"]) for body in walk] == [10, 5]


def test_an_empty_first_page_is_still_a_page() -> None:
    assert list(pages(OFFSET, FakeServer(OFFSET, 0))) == [{"instances": [], "total_record": 0}]


def test_model_bodies_are_read_through_to_dict() -> None:
    class Body:
        def __init__(self, data: dict[str, Any]) -> None:
            self.data = data

        def to_dict(self) -> dict[str, Any]:
            return self.data

    server = FakeServer(OFFSET, 12)
    assert list(paginate(OFFSET, lambda params: Body(server(params)), page_size=5)) == everything(12)


# ---------------------------------------------------------------- the spec


def test_from_dict_defaults() -> None:
    spec = PaginationSpec.from_dict({"style": "offset", "items": "/clusters"})
    assert spec == PaginationSpec("offset", "/clusters")
    assert (spec.offset_param, spec.limit_param, spec.page_param, spec.size_param) == (
        "offset",
        "limit",
        "page",
        "size",
    )
    assert spec.first_page == 1 and spec.total is None and spec.size_key == "limit"
    assert PAGE.size_key == "size" and MARKER.size_key == "limit"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"items": "/x"}, "missing \\['style'\\]"),
        ({"style": "offset"}, "missing \\['items'\\]"),
        ({"style": "cursor", "items": "/x"}, "style must be offset, page or marker"),
        ({"style": "marker", "items": "/x"}, "needs next_marker"),
        ({"style": "offset", "items": "x"}, "must be empty or start with '/'"),
        ({"style": "offset", "items": "/x", "total": "/a~2"}, "'~' not followed by 0 or 1"),
        ({"style": "page", "items": "/x", "first_page": "1"}, "first_page must be an integer"),
        ({"style": "offset", "items": "/x", "result_key": "x"}, "unknown x-pagination keys"),
    ],
)
def test_from_dict_rejects_bad_blocks(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        PaginationSpec.from_dict(data)


@pytest.mark.parametrize(
    ("page_size", "params"),
    [(0, {}), (-1, {}), (True, {}), (None, {"offset": "10"}), (None, {"offset": 1.5})],
)
def test_bad_paging_arguments(page_size: Any, params: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        list(paginate(OFFSET, FakeServer(OFFSET, 3), params, page_size=page_size))


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("", {"a/b": {"m~n": [10, 20]}, "": 1, "list": [{"x": 1}]}),
        ("/a~1b", {"m~n": [10, 20]}),
        ("/a~1b/m~0n", [10, 20]),
        ("/a~1b/m~0n/1", 20),
        ("/a~1b/m~0n/2", MISSING),
        ("/a~1b/m~0n/-", MISSING),
        ("/a~1b/m~0n/01", MISSING),  # no leading zeros
        ("/a~1b/m~0n/-1", MISSING),
        ("/", 1),  # the empty key
        ("/list/0/x", 1),
        ("/list/x", MISSING),
        ("/nope", MISSING),
        ("/a~1b/m~0n/0/deeper", MISSING),
    ],
)
def test_json_pointer(pointer: str, expected: Any) -> None:
    document = {"a/b": {"m~n": [10, 20]}, "": 1, "list": [{"x": 1}]}
    assert resolve_pointer(document, pointer) == expected


def test_json_pointer_escapes_decode_in_order() -> None:
    assert resolve_pointer({"~1": "tilde-one", "/": "slash"}, "/~01") == "tilde-one"
    assert resolve_pointer({"~1": "tilde-one", "/": "slash"}, "/~1") == "slash"
    assert repr(MISSING) == "MISSING" and not MISSING


# ---------------------------------------------------------------- property


@given(
    n=st.integers(0, 120),
    page_size=st.none() | st.integers(1, 30),
    default_size=st.integers(1, 25),
    style=st.sampled_from(["offset", "page", "marker"]),
    total=st.booleans(),
    first_page=st.integers(0, 1),
)
def test_property_every_item_exactly_once(
    n: int, page_size: int | None, default_size: int, style: str, total: bool, first_page: int
) -> None:
    spec = SPECS[style]
    if style == "page":
        spec = PaginationSpec("page", "/instances", total="/total_record", first_page=first_page)
    server = FakeServer(spec, n, total=total, default_size=default_size)
    assert list(paginate(spec, server, page_size=page_size)) == everything(n)
    size = page_size or default_size
    assert len(server.requests) <= max(math.ceil(n / size), 1) + 1


# ---------------------------------------------------------------- asyncio


def _async(server: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    async def call(params: dict[str, Any]) -> Any:
        await asyncio.sleep(0)
        return server(params)

    return call


async def _collect(iterator: AsyncIterator[Any]) -> list[Any]:
    return [element async for element in iterator]


@pytest.mark.parametrize("style", ["offset", "page", "marker"])
@pytest.mark.parametrize("n", [0, 1, 10, 11, 57])
def test_async_paginate_mirrors_paginate(style: str, n: int) -> None:
    spec = SPECS[style]
    server = FakeServer(spec, n)
    assert asyncio.run(_collect(async_paginate(spec, _async(server), {}, page_size=10))) == everything(n)
    bodies = asyncio.run(_collect(async_pages(spec, _async(FakeServer(spec, n)), page_size=10)))
    assert [i for body in bodies for i in body["instances"]] == everything(n)


def test_async_paginate_stops_on_a_server_ignoring_paging() -> None:
    server = FakeServer(OFFSET, 57, ignore_paging=True)
    assert asyncio.run(_collect(async_paginate(OFFSET, _async(server), page_size=10))) == everything(10)
    assert len(server.requests) == 2
