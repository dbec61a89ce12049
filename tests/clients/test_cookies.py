"""Our clients keep no cookies (dbcloud_core._http, docs/decisions.md "cookies"): a cookie a service sets is never
sent back, sync or async; a caller's own ``http_client`` keeps httpx's jar."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from dbcloud_core import HuaweiCredentials
from dbcloud_core.errors import ConfigurationError
from dbcloud_dws import AsyncDwsClient, DwsClient
from tests.rawhttp import RawServer, request_parts, serving_list

CREDENTIALS = HuaweiCredentials("AK", "SK", project_id="p1")


@pytest.fixture
def server() -> Iterator[RawServer]:
    with serving_list("Set-Cookie: HWWAFSESID=abc123; Path=/") as sets_a_cookie:
        yield sets_a_cookie


def _twice(url: str, use_async: bool, **options: Any) -> None:
    if not use_async:
        with DwsClient(base_url=url, credentials=CREDENTIALS, **options) as dws:
            dws.list_clusters()
            dws.list_clusters()
        return

    async def run() -> None:
        async with AsyncDwsClient(base_url=url, credentials=CREDENTIALS, **options) as dws:
            await dws.list_clusters()
            await dws.list_clusters()

    asyncio.run(run())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_cookie_the_service_sets_is_never_sent_back(server: RawServer, use_async: bool) -> None:
    _twice(server.url, use_async)
    assert len(server.requests) == 2
    assert [b"cookie" in request_parts(r)[1] for r in server.requests] == [False, False]


def test_a_caller_s_own_http_client_keeps_its_cookies(server: RawServer) -> None:
    with httpx.Client() as own:
        _twice(server.url, False, http_client=own)
        assert own.cookies.get("HWWAFSESID") == "abc123"
    assert request_parts(server.requests[1])[1][b"cookie"] == b"HWWAFSESID=abc123"


def test_setting_cookies_on_our_own_client_is_refused() -> None:
    dws = DwsClient(base_url="http://127.0.0.1:9", credentials=CREDENTIALS)
    with pytest.raises(ConfigurationError, match="keep no cookies"):
        dws._http.cookies = {"a": "b"}
    assert not dws._http.cookies
    dws.close()
