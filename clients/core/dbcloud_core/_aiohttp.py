"""The asyncio clients' wire: an httpx transport that sends over aiohttp (docs/decisions.md, "in flight").

httpx stays the client (requests, auth flows, event hooks, timeouts, errors); only the bytes on the
wire go through aiohttp's connection pool and C HTTP parser. With a hundred requests in flight,
httpx's own async transport (httpcore 1.0.x: h11 in Python, an anyio cancel scope per read, a pool
walk per event) costs about 3 ms of client CPU a call; this one about 1 ms (``make bench``, 3d).

Errors become httpx's, keeping what ``retries`` reads from them: only a failure to connect maps to an
error meaning "not sent" (``ConnectError``/``ConnectTimeout``), anything after the connection may
have carried the request (``ReadError``, ``ReadTimeout``, ``RemoteProtocolError``), so a POST is
never retried on a guess. httpx-aiohttp (the same idea, packaged) maps every ``ClientConnectionError``
to ``ConnectTimeout``, a server disconnect included, which would resend a create: hence our own.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpTransport"]

#: aiohttp adds these unless told not to; the request carries httpx's own (or none, as signed).
_NO_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


def _httpx_error(exc: Exception, request: httpx.Request) -> httpx.TransportError | None:
    """``exc`` (from aiohttp) as the httpx error with the same retry meaning; None if not aiohttp's."""
    import aiohttp

    message = str(exc) or type(exc).__name__
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):  # refused, unreachable, DNS, TLS handshake
        kind = httpx.ConnectError
    elif isinstance(exc, aiohttp.ClientOSError):
        kind = httpx.ReadError
    elif isinstance(exc, aiohttp.ClientError):  # disconnects, truncated or malformed replies
        kind = httpx.RemoteProtocolError
    else:
        return None
    return kind(message, request=request)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests through one ``aiohttp.ClientSession``, made on first use in the running loop
    (and made again if the client is later used from another loop: a session belongs to its loop).

    ``verify`` is what httpx takes (``True``: httpx's default context, built on the first https
    request; ``False``: no verification; or an ``ssl.SSLContext``). ``limits.max_connections`` bounds
    the pool; idle connections live ``limits.keepalive_expiry`` seconds. No proxy: the clients keep
    httpx's own transport whenever a proxy applies (``dbcloud_core.concurrency.async_transport``).
    """

    def __init__(self, *, verify: bool | ssl.SSLContext = True, limits: httpx.Limits | None = None) -> None:
        limits = limits if limits is not None else httpx.Limits()
        self._verify = verify
        self._max_connections = limits.max_connections or 0  # aiohttp: 0 is no limit
        self._keepalive_s = limits.keepalive_expiry
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ssl: bool | ssl.SSLContext | None = None

    async def _client(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None and self._loop is not loop:
            await self._drop_stale_session()
        if self._session is None:
            import aiohttp

            connector = aiohttp.TCPConnector(
                limit=self._max_connections,
                limit_per_host=0,
                keepalive_timeout=self._keepalive_s,  # None: kept until the server closes, as in httpx
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,  # httpx decodes by Content-Encoding itself
                skip_auto_headers=_NO_AUTO_HEADERS,
                cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
                timeout=aiohttp.ClientTimeout(total=None),
                trust_env=False,
            )
            self._loop = loop
        return self._session

    async def _drop_stale_session(self) -> None:
        """Forget a session made in another loop. When that loop has ended (the usual case: a second
        ``asyncio.run``), its sockets went with it and closing the session here only marks it closed; a
        loop still running elsewhere keeps its session (and aiohttp warns when it is collected)."""
        stale, self._session = self._session, None
        if stale is not None and (self._loop is None or self._loop.is_closed()):
            await stale.close()

    def _tls(self, url: httpx.URL) -> bool | ssl.SSLContext:
        if self._verify is False or url.scheme != "https":
            return self._verify is not False  # aiohttp: False verifies nothing; plain http reads neither
        if self._ssl is None:  # httpx's default trust (certifi, or SSL_CERT_FILE/SSL_CERT_DIR), built once
            self._ssl = self._verify if isinstance(self._verify, ssl.SSLContext) else httpx.create_ssl_context()
        return self._ssl

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp
        import yarl

        timeout = request.extensions.get("timeout", {})
        connect, pool = timeout.get("connect"), timeout.get("pool")
        session = await self._client()
        try:
            response = await session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),  # the path exactly as signed
                headers=request.headers.multi_items(),
                data=await request.aread() or None,
                allow_redirects=False,
                compress=False,
                ssl=self._tls(request.url),
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    # waiting for a pooled connection and making one: httpx's pool + connect
                    connect=None if connect is None or pool is None else connect + pool,
                    sock_connect=connect,
                    sock_read=timeout.get("read"),
                ),
            )
            # Read whole, as the clients read every reply (``send(stream=False)``): the read returns the
            # connection to the pool, and its failures are mapped here with the request's (measured against
            # an async byte stream per reply: the same CPU per call, one class less).
            body = await response.read()
        except Exception as exc:
            mapped = _httpx_error(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=httpx.ByteStream(body),  # as received: httpx decodes by Content-Encoding
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
            request=request,
        )

    async def aclose(self) -> None:
        if self._session is not None and self._loop is asyncio.get_running_loop():
            session, self._session = self._session, None
            await session.close()
        await self._drop_stale_session()

    def __del__(self) -> None:
        """A client dropped without ``close()`` ends its session quietly, as httpx's own transport does: aiohttp
        would report the session and its idle connections through the loop's exception handler, an ERROR log
        line in every script that forgets to close. Only the sockets of a loop that has ended stay open (a
        ResourceWarning, as with httpx)."""
        session = getattr(self, "_session", None)
        if session is None or session.closed:
            return
        connector = session.connector
        session.detach()  # the session now counts as closed; the connector is closed here instead
        close = getattr(connector, "_close", None)  # synchronous in every aiohttp 3.x; close() wants awaiting
        if close is not None:
            close()

    def __repr__(self) -> str:
        return f"AiohttpTransport(max_connections={self._max_connections or None})"
