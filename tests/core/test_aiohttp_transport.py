"""The async clients' own wire (dbcloud_core._aiohttp): what reaches the server is what httpx's own transport
sends, replies come back as httpx's, and every failure keeps the retry meaning ``retries`` reads from it."""

from __future__ import annotations

import asyncio
import gc
import gzip
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import aiohttp
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dbcloud_core import HuaweiCredentials
from dbcloud_core._aiohttp import AiohttpTransport, _httpx_error
from dbcloud_core.errors import APIConnectionError
from dbcloud_core.retries import _MAYBE_SENT, _NOT_SENT, RetryPolicy
from tests.rawhttp import LIST_BODY, RawServer, canned_reply, request_parts, serving_list

CREDENTIALS = HuaweiCredentials("AK", "SK", project_id="p1")


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    with serving_list("X-Request-Id: r-1") as server:
        yield server


async def _send(url: str, transport: httpx.AsyncBaseTransport | None, **call: Any) -> Any:
    from dbcloud_ddm import AsyncDdmClient

    async with AsyncDdmClient(base_url=url, credentials=CREDENTIALS, transport=transport) as ddm:
        return await ddm.create_database(**call)


def test_the_bytes_sent_are_httpx_s_own(raw_server: RawServer) -> None:
    """One signed POST with a body and a path to escape, through httpx's transport and through ours: the
    same request line, the same headers (signature and date aside, which differ by the second), the same body."""
    from dbcloud_ddm.models import CreateDatabaseRequest
    from tests.support import request_example

    body = CreateDatabaseRequest.from_dict(request_example("ddm", "create_database"))
    instance = "inst ance/ü%"  # a space, a slash, a non-ASCII letter and a percent to escape
    for transport in (httpx.AsyncHTTPTransport(), AiohttpTransport()):
        asyncio.run(_send(raw_server.url, transport, instance_id=instance, body=body))  # the reply does not matter
    (line_a, fields_a, body_a), (line_b, fields_b, body_b) = (request_parts(r) for r in raw_server.requests)
    assert line_a == line_b and b"inst%20ance%2F%C3%BC%25" in line_a
    assert body_a == body_b and len(body_a) > 50
    volatile = {b"x-sdk-date", b"authorization", b"x-request-id", b"x-dbcloud-attempt"}
    assert {k: v for k, v in fields_a.items() if k not in volatile} == {
        k: v for k, v in fields_b.items() if k not in volatile
    }
    assert fields_a.keys() == fields_b.keys()


def test_a_reply_comes_back_as_httpx_s_own_gzip_decoded_with_every_header() -> None:
    server = RawServer(
        canned_reply(gzip.compress(LIST_BODY), "Content-Encoding: gzip", "X-Request-Id: r-7", "X-Two: a")
    )
    try:

        async def run() -> httpx.Response:
            async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
                return await client.get(f"{server.url}/v1.0/p1/clusters")

        reply = asyncio.run(run())
    finally:
        server.close()
    assert reply.status_code == 200 and reply.content == LIST_BODY
    assert reply.headers["x-request-id"] == "r-7" and reply.http_version == "HTTP/1.1"
    assert reply.reason_phrase == "OK"


@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_client_works_from_one_event_loop_after_another(raw_server: RawServer) -> None:
    """A session belongs to its loop: a client used by two ``asyncio.run`` calls makes a second one (httpx's own
    transport raises "Event loop is closed" there). The first loop's idle connection cannot be closed once that
    loop has ended, with either transport: collected here, so its ResourceWarning stays in this test."""
    from dbcloud_dws import AsyncDwsClient

    dws = AsyncDwsClient(base_url=raw_server.url, credentials=CREDENTIALS)
    assert isinstance(dws._http._transport, AiohttpTransport)
    assert asyncio.run(dws.list_clusters())._request_id == "r-1"
    assert asyncio.run(dws.list_clusters())._request_id == "r-1"

    async def close() -> None:
        await dws.close()

    asyncio.run(close())
    gc.collect()


# --- failures keep their retry meaning --------------------------------------------------------------------


def _request_info() -> aiohttp.RequestInfo:
    from multidict import CIMultiDict, CIMultiDictProxy
    from yarl import URL

    url = URL("http://127.0.0.1:9/")
    return aiohttp.RequestInfo(url=url, method="GET", headers=CIMultiDictProxy(CIMultiDict()), real_url=url)


def _connection_key() -> Any:
    return type("Key", (), {"ssl": False, "host": "127.0.0.1", "port": 9})()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ClientConnectorError(_connection_key(), ConnectionRefusedError(111, "refused")), httpx.ConnectError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("truncated"), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "reset by peer"), httpx.ReadError),
        (aiohttp.ClientResponseError(_request_info(), (), message="bad status line"), httpx.RemoteProtocolError),
    ],
)
def test_aiohttp_errors_become_httpx_errors_that_say_whether_the_request_went(
    error: Exception, expected: type[httpx.TransportError]
) -> None:
    request = httpx.Request("POST", "http://127.0.0.1:9/v1.0/p1/clusters")
    mapped = _httpx_error(error, request)
    assert type(mapped) is expected and mapped.request is request
    # only a failure to connect may be resent whatever the method; everything else may have reached the server
    not_sent = isinstance(error, aiohttp.ConnectionTimeoutError | aiohttp.ClientConnectorError)
    assert isinstance(mapped, _NOT_SENT) == not_sent
    assert not_sent or isinstance(mapped, _MAYBE_SENT)


def test_other_errors_pass_through() -> None:
    assert _httpx_error(ValueError("ours"), httpx.Request("GET", "http://x")) is None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_refused_post_is_retried_as_never_sent() -> None:
    from dbcloud_ddm import AsyncDdmClient
    from dbcloud_ddm.models import CreateDatabaseRequest
    from tests.support import request_example

    attempts: list[str] = []
    url = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    policy = RetryPolicy(max_attempts=3, base_delay_s=0.0, max_delay_s=0.0)
    body = CreateDatabaseRequest.from_dict(request_example("ddm", "create_database"))

    async def counted(request: httpx.Request) -> None:
        attempts.append(request.method)

    async def run() -> None:
        async with AsyncDdmClient(base_url=url, credentials=CREDENTIALS, retry=policy) as ddm:
            ddm._http.event_hooks["request"].append(counted)
            await ddm.create_database(instance_id="i1", body=body)

    with pytest.raises(APIConnectionError) as caught:
        asyncio.run(run())
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert attempts == ["POST"] * 3


def test_a_post_whose_reply_breaks_off_is_sent_once() -> None:
    """The server read the whole request, then closed mid-reply: a create may have happened, no resend."""
    from dbcloud_ddm.models import CreateDatabaseRequest
    from tests.support import request_example

    server = RawServer(close_after_head=True)
    body = CreateDatabaseRequest.from_dict(request_example("ddm", "create_database"))
    try:
        with pytest.raises(APIConnectionError) as caught:
            asyncio.run(_send(server.url, None, instance_id="i1", body=body))
    finally:
        server.close()
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert len(server.requests) == 1


def test_a_silent_server_is_a_read_timeout() -> None:
    from dbcloud_dws import AsyncDwsClient

    server = RawServer(reply=None)
    policy = RetryPolicy(max_attempts=1)

    async def run() -> None:
        async with AsyncDwsClient(base_url=server.url, credentials=CREDENTIALS, retry=policy, timeout=0.3) as dws:
            await dws.list_clusters()

    try:
        with pytest.raises(APIConnectionError) as caught:
            asyncio.run(run())
    finally:
        server.close()
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


# --- hostile input: any request httpx builds is sent byte for byte as httpx's own transport sends it ------------

_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x2FF, exclude_characters="\x7f"), max_size=20)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]),
    segment=_TEXT,
    query=st.lists(st.tuples(_TEXT, _TEXT), max_size=3),
    header=_TEXT.map(str.strip),
    body=st.binary(max_size=300),
)
def test_any_request_goes_out_as_httpx_sends_it(
    raw_server: RawServer, method: str, segment: str, query: list[tuple[str, str]], header: str, body: bytes
) -> None:
    from urllib.parse import quote

    url = f"{raw_server.url}/v1/{quote(segment, safe='')}"
    headers = {"X-Value": header.encode(), "Content-Type": "application/octet-stream"}  # UTF-8, as ours sends

    async def send(transport: httpx.AsyncBaseTransport) -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            await client.request(method, url, params=query, headers=headers, content=body)

    raw_server.requests.clear()
    for transport in (httpx.AsyncHTTPTransport(), AiohttpTransport()):
        asyncio.run(send(transport))
    (line_a, fields_a, body_a), (line_b, fields_b, body_b) = (request_parts(r) for r in raw_server.requests)
    assert (line_a, body_a) == (line_b, body_b)
    if method != "GET" and not body and b"content-length" not in fields_a:
        # the one difference: aiohttp always announces an empty body on a method other than GET/HEAD/OPTIONS
        # (RFC 9110 leaves it open for DELETE); no signature covers it (tests/simulator/test_attempts.py)
        assert fields_b.pop(b"content-length") == b"0"
    assert fields_a == fields_b


def test_a_client_dropped_without_close_says_nothing(raw_server: RawServer) -> None:
    """A script that forgets ``close()`` prints nothing more than with httpx's transport: aiohttp alone would log
    "Unclosed client session" and "Unclosed connector" through the loop's exception handler."""
    script = f"""if True:
        import asyncio
        from dbcloud_core import HuaweiCredentials
        from dbcloud_dws import AsyncDwsClient

        async def main():
            dws = AsyncDwsClient(base_url={raw_server.url!r}, credentials=HuaweiCredentials("AK", "SK", project_id="p"))
            print(len((await dws.list_clusters()).clusters))

        asyncio.run(main())
    """
    done = subprocess.run([sys.executable, "-W", "always", "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "0\n", "")
