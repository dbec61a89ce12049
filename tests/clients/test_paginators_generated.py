"""Every generated ``paginate_<operation>`` (sync and async) against an in-process backend that pages
exactly as the operation's ``x-pagination`` declares: every item comes back once, in order, typed,
for 0, 1, a page, a page + 1 and many items."""

from __future__ import annotations

import asyncio
import importlib
import inspect
from typing import Any

import httpx
import pytest

from dbcloud_core import HuaweiCredentials, ScpCredentials
from dbcloud_simulator.render import Renderer
from dbcloud_simulator.spec import Spec as SimulatorSpec
from generator.naming import pascal
from generator.spec import pointer_tokens
from tests.support import SERVICES, spec_of

PAGE = 3
SEQ = "dbcloud_seq"  # an extra member on each item: where it came from, kept by additional_properties


def _declared(service: Any) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for _, _, _, op in spec_of(service).operations() if "x-pagination" in op}


CASES = [(s, op_id) for s in SERVICES for op_id in sorted(_declared(s))]


def _backend(service: Any, op: dict[str, Any], count: int, seen: list[httpx.Request]) -> httpx.MockTransport:
    """Answers the list call with its own slice of ``count`` items, reading the paging parameters
    by their wire names, as the real service would."""
    spec = spec_of(service)
    paging = op["x-pagination"]
    behaviour = importlib.import_module(f"{service.package}._behaviour")
    model = behaviour.PAGINATORS[op["operationId"]]["item_model"]
    renderer = Renderer(SimulatorSpec(spec.doc))
    template = renderer.synthesize({"$ref": f"#/components/schemas/{model}"}) if model else None
    items = [{**template, SEQ: n} if model else f"item-{n}" for n in range(count)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        query = request.url.params
        if paging["style"] == "offset":
            size = int(query.get(paging.get("limit_param", "limit"), 10))
            start = int(query.get(paging.get("offset_param", "offset"), 0))
        else:
            size = int(query.get(paging.get("size_param", "size"), 10))
            page = int(query.get(paging.get("page_param", "page"), paging.get("first_page", 1)))
            start = (page - paging.get("first_page", 1)) * size
        body: dict[str, Any] = {}
        for key, value in (("items", items[start : start + size]), ("total", count)):
            if key in paging:
                node = body
                *parents, last = pointer_tokens(paging[key])
                for token in parents:
                    node = node.setdefault(token, {})
                node[last] = value
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def _client(service: Any, transport: Any, asynchronous: bool = False) -> Any:
    package = importlib.import_module(service.package)
    name = ("Async" if asynchronous else "") + f"{pascal(service.key)}Client"
    if service.key == "epas":
        credentials: Any = ScpCredentials(access_key="AK", secret_key="SK")
    else:
        credentials = HuaweiCredentials(ak="AK", sk="SK", project_id="p" * 32)
    return getattr(package, name)(base_url="https://paging.test", credentials=credentials, transport=transport)


def _required(method: Any) -> dict[str, str]:
    """A value for each required argument: identifiers and dates (str) or epoch milliseconds (int)."""
    params = inspect.signature(method).parameters.values()
    # 36 alphanumerics: a valid value for every constrained identifier (DDM config_id is exactly that)
    samples = {"str": "x" * 36, "int": 1700000000000}
    return {p.name: samples[str(p.annotation)] for p in params if p.default is inspect.Parameter.empty}


def _seq(item: Any) -> Any:
    return item if isinstance(item, str) else item.additional_properties[SEQ]


@pytest.mark.parametrize("count", [0, 1, PAGE, PAGE + 1, 4 * PAGE + 2])
@pytest.mark.parametrize(("service", "operation_id"), CASES, ids=[f"{s.key}-{o}" for s, o in CASES])
def test_paginator_yields_every_item_once(service: Any, operation_id: str, count: int) -> None:
    op = _declared(service)[operation_id]
    seen: list[httpx.Request] = []
    with _client(service, _backend(service, op, count, seen)) as client:
        method = getattr(client, f"paginate_{operation_id}")
        walk = method(**_required(method), page_size=PAGE)
        assert seen == [], "nothing is sent before the first item is asked for"
        items = list(walk)
    expected = [f"item-{n}" for n in range(count)] if items and isinstance(items[0], str) else list(range(count))
    assert [_seq(i) for i in items] == expected
    model = importlib.import_module(f"{service.package}._behaviour").PAGINATORS[operation_id]["item_model"]
    assert all(type(i).__name__ == model for i in items) if model else True
    # total known: stop on it; otherwise a full last page costs one empty request more
    assert len(seen) == max(1, -(-count // PAGE) + (0 if "total" in op["x-pagination"] or count % PAGE else 1))


@pytest.mark.parametrize(("service", "operation_id"), CASES, ids=[f"{s.key}-{o}" for s, o in CASES])
def test_async_paginator_yields_every_item_once(service: Any, operation_id: str) -> None:
    op = _declared(service)[operation_id]
    count = 2 * PAGE + 1

    async def run() -> list[Any]:
        async with _client(service, _backend(service, op, count, []), asynchronous=True) as client:
            method = getattr(client, f"paginate_{operation_id}")
            return [item async for item in method(**_required(method), page_size=PAGE)]

    assert [_seq(i) for i in asyncio.run(run())] == list(range(count))
