"""The in-flight limit of an async client: how many of its requests may be on the wire at once.

httpcore's connection pool serves its waiters poorly: with 1,000 calls gathered on one
``httpx.AsyncClient`` every waiter is re-examined on each connection release, and client CPU per
call grows with the crowd (about 33 ms a call, ~29 calls/s over loopback in our measurement). Queueing
the calls in front of the pool on an ``asyncio.Semaphore`` keeps the pool small and busy instead
(``make bench``, section "concurrency"; the default below is the measured knee). Each attempt holds a
slot while it is sent and its body read, never while a retry sleeps.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from .errors import ConfigurationError

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_MAX_CONCURRENCY", "in_flight_limit", "pool_limits"]

#: Requests one async client keeps on the wire at once; more calls wait their turn (``max_concurrency``).
DEFAULT_MAX_CONCURRENCY = 20
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
    """httpx's default pool (100 connections, 20 kept alive), keeping one alive for every admitted
    request: with a higher limit, httpx's 20 idle connections would mean reconnecting on most calls."""
    import httpx

    checked = _checked(limit)
    connections, keepalive = _HTTPX_POOL
    if checked is not None:
        connections, keepalive = max(checked, connections), max(checked, keepalive)
    return httpx.Limits(max_connections=connections, max_keepalive_connections=keepalive)
