"""The in-flight limit of an async client: how many of its requests may be on the wire at once.

httpcore's connection pool (1.0.x) costs client CPU that grows with what it holds (docs/decisions.md,
"in flight"): every pool event walks the queued requests against every connection, probes each idle
connection's socket, and hands one idle HTTP/1.1 connection to every request that enters in the same
loop turn, all but one then failing and walking again (encode/httpcore#1035). So the calls of a
crowd wait on an ``asyncio.Semaphore`` in front of the pool, never in it, and the pool keeps httpx's
20 idle connections whatever the limit: with one kept alive per slot, a burst of replies leaves a
crowd of idle connections for the next burst to pile onto (25 ms client CPU a call at 100 slots and
0.3 s server latency, against 3 ms with 20 kept alive). Each attempt holds a slot while it is sent
and its body read, never while a retry sleeps.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from .errors import ConfigurationError

if TYPE_CHECKING:
    import ssl

    import httpx

__all__ = ["DEFAULT_MAX_CONCURRENCY", "async_transport", "in_flight_limit", "pool_limits"]

#: Requests one async client keeps on the wire at once; more calls wait their turn (``max_concurrency``).
#: A client then holds 100 / latency calls a second (1,000 at 0.1 s), beyond what its CPU can drive.
DEFAULT_MAX_CONCURRENCY = 100
#: httpx's own pool defaults (``httpx._config.DEFAULT_LIMITS``): connections, idle connections kept alive.
_HTTPX_POOL = (100, 20)


def _checked(limit: object) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ConfigurationError(f"max_concurrency must be a positive integer or None, got {limit!r}")
    return limit


def in_flight_limit(limit: int | None) -> contextlib.AbstractAsyncContextManager[Any]:
    """An async context manager admitting ``limit`` holders at once (no limit: a no-op).

    Raises:
        ConfigurationError: ``limit`` is not a positive integer or None.
    """
    checked = _checked(limit)
    if checked is None:
        return contextlib.nullcontext()
    import asyncio  # with the first async client only

    return asyncio.Semaphore(checked)


def pool_limits(limit: int | None) -> httpx.Limits:
    """httpx's default pool (100 connections, 20 kept alive), with a connection for every admitted
    request, so none waits inside the pool. Never more than 20 kept alive (see the module's doc): past
    20 connections httpcore closes each one as it idles, so those calls reconnect, cheaper than the pile-up."""
    import httpx

    checked = _checked(limit)
    connections, keepalive = _HTTPX_POOL
    if checked is not None:
        connections = max(checked, connections)
    return httpx.Limits(max_connections=connections, max_keepalive_connections=keepalive)


def async_transport(limit: int | None, verify: bool | ssl.SSLContext, proxy: object) -> httpx.AsyncBaseTransport | None:
    """The wire of an async client that builds its own httpx client: aiohttp's pool (``_aiohttp``), or
    None (httpx builds its own transport) where a proxy applies, explicit or from the environment, so
    proxies, ``NO_PROXY`` and ``trust_env`` keep httpx's handling."""
    import urllib.request  # httpx's own source of environment proxies, loaded with httpx already

    if proxy is not None or urllib.request.getproxies():
        return None
    from ._aiohttp import AiohttpTransport

    return AiohttpTransport(verify=verify, limits=pool_limits(limit))
