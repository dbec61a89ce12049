"""Every attempt of a call is a new request, signed afresh, whose body is read inside the retry loop
(through the public facades on ``httpx.MockTransport``, sync and async)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from dbcloud_core.auth.huawei_aksk import HuaweiAkSkAuth
from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
from dbcloud_core.auth.scp import ScpAuth, canonical_url, message, signature
from dbcloud_core.errors import APIConnectionError
from dbcloud_core.retries import RetryPolicy

PROJECT = "0123456789abcdef0123456789abcdef"
SCP_SECRET = "scp-secret-0123456789"
# Retry-After is honoured up to this cap: the tests move the signers' clocks instead of sleeping.
NO_WAIT = RetryPolicy(max_attempts=3, base_delay_s=0.0, max_delay_s=0.0, retry_after_cap_s=0.0)
LIST_BODY = {"clusters": [], "count": 0}


class Clock:
    """A settable clock the signers read; the fake service moves it while it answers 503."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 20, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def epoch(self) -> float:
        return self.now.timestamp()


class Service:
    """First a 503 with ``Retry-After: 2`` (moving the clock 2 s, or past the token's life), then 200."""

    def __init__(self, clock: Clock, advance: timedelta = timedelta(seconds=2), body: Any = None) -> None:
        self.clock = clock
        self.advance = advance
        self.body = LIST_BODY if body is None else body
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if len(self.seen) == 1:
            self.clock.now += self.advance
            return httpx.Response(503, headers={"Retry-After": "2"}, json={"error_code": "X", "error_msg": "busy"})
        return httpx.Response(200, json=self.body)


def _iam(clock: Clock) -> Callable[[httpx.Request], httpx.Response]:
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        issued.append(f"token-{len(issued) + 1}")
        expires = (clock.now + timedelta(minutes=10)).isoformat()
        return httpx.Response(201, headers={"X-Subject-Token": issued[-1]}, json={"token": {"expires_at": expires}})

    return handler


def _auth(kind: str, clock: Clock) -> httpx.Auth:
    if kind == "aksk":
        return HuaweiAkSkAuth("AKID", "SKSKSKSKSKSK", project_id=PROJECT, clock=clock)
    if kind == "token":
        return HuaweiTokenAuth(
            user_name="u",
            password="iam-password-123",
            domain_name="d",
            project_id=PROJECT,
            iam_endpoint="https://iam.test",
            clock=clock,
            transport=httpx.MockTransport(_iam(clock)),
        )
    return ScpAuth("AKID", SCP_SECRET, clock=clock.epoch)


# The header(s) each scheme must renew per attempt.
FRESH = {"aksk": ("X-Sdk-Date", "Authorization"), "token": ("X-Auth-Token",), "scp": ("Scp-Timestamp", "Scp-Signature")}


def _call(kind: str, auth: httpx.Auth, transport: httpx.MockTransport, use_async: bool) -> Any:
    if kind == "scp":
        from dbcloud_epas import AsyncEpasClient, EpasClient

        sync_cls: Any = EpasClient
        async_cls: Any = AsyncEpasClient
        method = "list_engine_versions"
        kwargs: dict[str, Any] = {}
    else:
        from dbcloud_dws import AsyncDwsClient, DwsClient

        sync_cls, async_cls, method, kwargs = DwsClient, AsyncDwsClient, "list_clusters", {}
    options = {"base_url": "https://svc.test", "auth": auth, "transport": transport, "retry": NO_WAIT}
    if kind != "scp":
        options["project_id"] = PROJECT
    if not use_async:
        with sync_cls(**options) as client:
            return getattr(client.with_raw_response, method)(**kwargs)

    async def main() -> Any:
        async with async_cls(**options) as client:
            return await getattr(client.with_raw_response, method)(**kwargs)

    return asyncio.run(main())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", ["aksk", "token", "scp"])
def test_each_attempt_is_signed_afresh(kind: str, use_async: bool) -> None:
    clock = Clock()
    # the token expires 10 minutes after it is issued: the 503 moves the clock past its life
    advance = timedelta(minutes=20) if kind == "token" else timedelta(seconds=2)
    service = Service(clock, advance, body=None if kind != "scp" else {"contents": []})
    raw = _call(kind, _auth(kind, clock), httpx.MockTransport(service), use_async)
    assert raw.status_code == 200
    first, second = service.seen
    assert first is not second
    for header in FRESH[kind]:
        assert first.headers[header] != second.headers[header], header
    if kind == "aksk":
        assert (first.headers["X-Sdk-Date"], second.headers["X-Sdk-Date"]) == ("20261202T200000Z", "20261202T200002Z")
    if kind == "token":
        assert (first.headers["X-Auth-Token"], second.headers["X-Auth-Token"]) == ("token-1", "token-2")
    if kind == "scp":  # each attempt's signature verifies against its own timestamp
        for request in (first, second):
            text = message("GET", canonical_url(request), request.headers["Scp-Timestamp"], "AKID")
            assert request.headers["Scp-Signature"] == signature(SCP_SECRET, text)


class Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks off after its first bytes, as a reset or a short read does."""

    def __init__(self, error: type[httpx.TransportError]) -> None:
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"clus'
        raise self.error("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"clus'
        raise self.error("peer closed connection without sending complete message body")


class BreaksOnce:
    """Answers 200 whose body breaks off the first time, then a whole body."""

    def __init__(self, error: type[httpx.TransportError], body: Any) -> None:
        self.error = error
        self.body = body
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if len(self.seen) == 1:
            return httpx.Response(200, headers={"Content-Length": "100"}, stream=Broken(self.error))
        return httpx.Response(200, json=self.body)


def _dws(service: BreaksOnce, use_async: bool, call: Callable[[Any], Any]) -> Any:
    from dbcloud_dws import AsyncDwsClient, DwsClient

    options: dict[str, Any] = {
        "base_url": "https://dws.test",
        "auth": HuaweiAkSkAuth("AKID", "SKSKSKSKSKSK", project_id=PROJECT),
        "project_id": PROJECT,
        "transport": httpx.MockTransport(service),
        "retry": NO_WAIT,
    }
    if not use_async:
        with DwsClient(**options) as client:
            return call(client)

    async def main() -> Any:
        async with AsyncDwsClient(**options) as client:
            return await call(client)

    return asyncio.run(main())


ERRORS = [httpx.ReadError, httpx.RemoteProtocolError]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.__name__)
def test_a_get_whose_body_breaks_off_is_retried(error: type[httpx.TransportError], use_async: bool) -> None:
    service = BreaksOnce(error, {"clusters": [{"id": "c1", "name": "dws-1"}]})
    result = _dws(service, use_async, lambda client: client.list_clusters())
    assert len(service.seen) == 2
    assert [c.id for c in result.clusters] == ["c1"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.__name__)
def test_a_post_whose_body_breaks_off_is_a_connection_error_once(
    error: type[httpx.TransportError], use_async: bool
) -> None:
    from dbcloud_dws.models import CreateClusterRequest
    from tests.support import request_example

    body = CreateClusterRequest.from_dict(request_example("dws", "create_cluster"))
    service = BreaksOnce(error, {"cluster": {"id": "c1"}})
    with pytest.raises(APIConnectionError) as caught:
        _dws(service, use_async, lambda client: client.create_cluster(body=body))
    assert len(service.seen) == 1  # create_cluster is not x-idempotent: one attempt
    assert isinstance(caught.value.__cause__, error)
    assert caught.value.operation == "create_cluster"
    assert json.loads(service.seen[0].content)["cluster"]["name"] == body.cluster.name
