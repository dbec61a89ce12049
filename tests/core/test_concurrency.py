"""The async client's in-flight limit (dbcloud_core.concurrency), counted at the transport: no timing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from dbcloud_core.concurrency import DEFAULT_MAX_CONCURRENCY, pool_limits
from dbcloud_core.errors import ConfigurationError
from dbcloud_core.retries import RetryPolicy

PROJECT = "p" * 32
LIST_BODY = {"clusters": [], "count": 0}


class CountingTransport(httpx.AsyncBaseTransport):
    """Answers after yielding to the loop a few times, counting the requests it holds at once."""

    def __init__(self, fail_first: int = 0) -> None:
        self.in_flight = 0
        self.peak = 0
        self.seen = 0
        self.fail_first = fail_first

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.seen += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            for _ in range(3):  # let every other task that can enter do so
                await asyncio.sleep(0)
        finally:
            self.in_flight -= 1
        if self.seen <= self.fail_first:
            return httpx.Response(503, json={"error_code": "DWS.9999", "error_msg": "busy"})
        return httpx.Response(200, json=LIST_BODY)


def _client(transport: CountingTransport, **options: Any) -> Any:
    from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
    from dbcloud_dws import AsyncDwsClient

    return AsyncDwsClient(
        base_url="https://dws.test",
        auth=HuaweiTokenAuth.static("token"),
        project_id=PROJECT,
        transport=transport,
        **options,
    )


async def _gather(calls: int, **options: Any) -> CountingTransport:
    transport = CountingTransport()
    async with _client(transport, **options) as dws:
        replies = await asyncio.gather(*(dws.list_clusters() for _ in range(calls)))
    assert [r.clusters for r in replies] == [[]] * calls
    assert transport.seen == calls and transport.in_flight == 0
    return transport


@pytest.mark.parametrize("limit", [1, 7, 50])
def test_no_more_requests_than_the_limit_are_on_the_wire_at_once(limit: int) -> None:
    transport = asyncio.run(_gather(120, max_concurrency=limit))
    assert transport.peak == limit  # reached, never passed


def test_the_default_limit_applies_without_the_option() -> None:
    transport = asyncio.run(_gather(DEFAULT_MAX_CONCURRENCY * 3))
    assert transport.peak == DEFAULT_MAX_CONCURRENCY


def test_none_lifts_the_limit() -> None:
    transport = asyncio.run(_gather(120, max_concurrency=None))
    assert transport.peak == 120


def test_views_of_a_client_share_its_slots() -> None:
    async def run() -> CountingTransport:
        transport = CountingTransport()
        async with _client(transport, max_concurrency=4) as dws:
            views = [dws, dws.with_options(timeout=5), dws.with_raw_response]
            await asyncio.gather(*(views[n % 3].list_clusters() for n in range(30)))
        return transport

    assert asyncio.run(run()).peak == 4


def test_a_retry_waiting_its_backoff_holds_no_slot() -> None:
    """One slot; the first call's first attempt fails: the second call is sent during its backoff."""

    async def backoff(delay: float) -> None:  # the backoff, in loop turns instead of seconds
        for _ in range(10):
            await asyncio.sleep(0)

    async def run() -> list[float]:
        transport = CountingTransport(fail_first=1)
        sent: list[float] = []
        original = transport.handle_async_request

        async def record(request: httpx.Request) -> httpx.Response:
            sent.append(request.extensions["timeout"]["read"])
            return await original(request)

        transport.handle_async_request = record  # type: ignore[method-assign]
        retry = RetryPolicy(max_attempts=2, jitter="none")
        async with _client(transport, max_concurrency=1, retry=retry) as dws:
            dws._sleep = backoff
            first, second = dws.with_options(timeout=1), dws.with_options(timeout=2)
            await asyncio.gather(first.list_clusters(), second.list_clusters())
        assert transport.peak == 1
        return sent

    assert asyncio.run(run()) == [1, 2, 1]


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "20"])
def test_a_limit_that_is_not_a_positive_integer_is_refused_before_any_call(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="max_concurrency must be a positive integer or None"):
        _client(CountingTransport(), max_concurrency=bad)


def test_the_pool_has_a_connection_for_every_slot_and_keeps_httpx_s_20_alive() -> None:
    """docs/decisions.md ("in flight"): no admitted request waits inside httpcore's pool, and raising
    keep-alive with the limit brought back the pile-up the limit exists to avoid."""
    assert (pool_limits(DEFAULT_MAX_CONCURRENCY).max_connections, DEFAULT_MAX_CONCURRENCY) == (100, 100)
    assert pool_limits(250).max_connections == 250
    assert pool_limits(5).max_connections == 100  # httpx's own cap stays the floor
    assert {pool_limits(n).max_keepalive_connections for n in (1, 5, 20, 50, 100, 250, None)} == {20}
    from httpx._config import DEFAULT_LIMITS  # what a bare httpx client has

    assert pool_limits(None) == DEFAULT_LIMITS
    assert pool_limits(DEFAULT_MAX_CONCURRENCY) == DEFAULT_LIMITS


@pytest.mark.parametrize(("limit", "connections"), [(None, 100), (DEFAULT_MAX_CONCURRENCY, 100), (7, 100), (300, 300)])
def test_the_client_s_own_wire_is_sized_by_its_limit(
    limit: int | None, connections: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The transport the client really builds (no transport given): aiohttp's pool, or httpx's own where a
    proxy applies (dbcloud_core.concurrency.async_transport), both with a connection for every slot."""
    from dbcloud_core._aiohttp import AiohttpTransport
    from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
    from dbcloud_dws import AsyncDwsClient

    def client() -> Any:
        auth = HuaweiTokenAuth.static("token")
        return AsyncDwsClient(base_url="https://dws.test", auth=auth, project_id=PROJECT, max_concurrency=limit)

    direct = client()
    assert isinstance(direct._http._transport, AiohttpTransport)
    assert direct._http._transport._max_connections == connections and direct.max_concurrency == limit
    asyncio.run(direct.close())
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # httpx routes through it: its transport, its pool
    proxied = client()
    assert type(proxied._http._transport) is httpx.AsyncHTTPTransport
    pool = next(iter(proxied._http._mounts.values()))._pool  # the proxy's transport
    assert (pool._max_connections, pool._max_keepalive_connections) == (connections, 20)
    asyncio.run(proxied.close())


@pytest.fixture(scope="module")
def simulator_url() -> Iterator[str]:
    from generator.bench.simulator import _Server

    server = _Server("simulator")  # its own process on 127.0.0.1, a free port, 3 clusters seeded
    yield server.url
    server.stop()


def _pool_passes_per_call(url: str, monkeypatch: pytest.MonkeyPatch, limits: httpx.Limits) -> float:
    """300 calls gathered over loopback, each reply held 50 ms by the simulator: how often httpcore's pool
    re-assigned its requests to its connections, per call (2 when nothing piles up: one entering, one leaving).
    ``limits``: the pool of an httpx client given as ``http_client`` (as httpx's transport, which the client
    itself uses only where a proxy applies), behind the default in-flight limit."""
    from httpcore import AsyncConnectionPool

    from dbcloud_core import HuaweiCredentials
    from dbcloud_dws import AsyncDwsClient
    from generator.bench._common import PROJECT_ID
    from generator.bench.concurrency import AK, SK, queue_latency

    passes = 0
    assign = AsyncConnectionPool._assign_requests_to_connections

    def counted(pool: AsyncConnectionPool) -> Any:
        nonlocal passes
        passes += 1
        return assign(pool)

    monkeypatch.setattr(AsyncConnectionPool, "_assign_requests_to_connections", counted)
    calls = 300
    queue_latency(url, 0.05, calls)

    async def run() -> None:
        credentials = HuaweiCredentials(ak=AK, sk=SK, project_id=PROJECT_ID)  # the seeded project
        async with httpx.AsyncClient(limits=limits) as own:  # a caller's client: theirs to close
            async with AsyncDwsClient(credentials=credentials, base_url=f"{url}/dws", http_client=own) as dws:
                replies = await asyncio.gather(*(dws.list_clusters() for _ in range(calls)))
        assert {len(r.clusters) for r in replies} == {3}

    asyncio.run(run())
    return passes / calls


def test_with_server_latency_the_default_pool_does_not_pile_up(
    simulator_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/decisions.md ("in flight"): one idle connection kept alive per slot lets the requests entering in one
    loop turn all take the same idle connection and retry; httpx's 20 kept alive does not."""
    default = _pool_passes_per_call(simulator_url, monkeypatch, pool_limits(DEFAULT_MAX_CONCURRENCY))
    one_per_slot = _pool_passes_per_call(simulator_url, monkeypatch, httpx.Limits(max_keepalive_connections=100))
    # 2.0-2.9 passes a call with ours (idle connections exist only while the pool holds 20 or fewer), 4-6 with one
    # kept alive per slot: requests that took the same idle connection failing with ConnectionNotAvailable
    assert default < 3.5 and one_per_slot > default + 1, (default, one_per_slot)
