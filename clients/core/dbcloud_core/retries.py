"""Retries: a pure policy and the httpx transports that run it (botocore's retries/standard.py).

Parts:
- `RetryPolicy` decides (``should_retry``) and waits (``delay_s``); it is pure data plus pure
  functions of its arguments, so it is table-tested with injected randomness and clock.
- `_run` / `_arun`, the one retry loop. It reads per-request facts from
  ``request.extensions["dbcloud"]`` (``operation_id``, ``idempotent``) and a vendor code's
  ``retryable`` flag from the errors.yaml table, and sleeps through an injected function. The last
  failure is returned (a response) or raised (the httpx exception) unchanged:
  `errors.from_response`/`from_transport_error` translate it in one place, above.
- The clients (``base_client``) run the loop above httpx's auth flow and body read: every attempt
  is a new request, signed afresh (date, signature, SCP timestamp), and a connection that breaks
  while the body is read fails that attempt like any connection error (botocore, openai-python).
- `RetryTransport` / `AsyncRetryTransport` run the same loop below httpx, for callers composing
  their own ``httpx.Client``; there a retry re-sends the same request (and signature).
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Literal

import httpx

from .errors import ConfigurationError, parse_error_body
from .record import Record

__all__ = ["IDEMPOTENT_METHODS", "RETRY_STATUSES", "AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger("dbcloud")

# Methods whose repetition cannot change server state twice (RFC 9110 9.2.2); POST needs x-idempotent.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Failures that happen before a single request byte leaves the client: repeating them cannot
# repeat a side effect, so even a non-idempotent POST is retried.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that may strike after the server got the request: only idempotent requests repeat.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class RetryPolicy(Record, hidden=("random", "now"), uncompared=("random", "now")):
    """When to retry and how long to wait.

    Attributes:
        max_attempts: Total attempts including the first (1 disables retries).
        base_delay_s: Backoff of the first retry; doubles per attempt.
        max_delay_s: Ceiling of the exponential backoff.
        retry_after_cap_s: Ceiling applied to a server's ``Retry-After``.
        max_total_s: No retry starts if its delay would push the call past this many seconds
            since the first attempt (time spent in attempts counts); None, the default, means no
            cap. Set it well above the client's read timeout, or timeouts will never be retried.
        jitter: ``full`` (uniform 0..backoff), ``equal`` (backoff/2 + uniform 0..backoff/2) or ``none``.
        random: Uniform [0, 1) source, injectable for deterministic tests.
        now: Wall clock (epoch seconds) used to read a ``Retry-After`` HTTP date.
        retry_statuses: Statuses retried for eligible requests.

    Raises:
        ConfigurationError: On a non-positive attempt count or a negative delay.
    """

    max_attempts: int = 3
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    retry_after_cap_s: float = 30.0
    max_total_s: float | None = None
    jitter: Literal["full", "equal", "none"] = "full"
    random: Callable[[], float] = _random.random
    now: Callable[[], float] = time.time
    retry_statuses: frozenset[int] = RETRY_STATUSES

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be at least 1, got {self.max_attempts}")
        delays = (self.base_delay_s, self.max_delay_s, self.retry_after_cap_s, self.max_total_s or 0.0)
        if min(delays) < 0:
            raise ConfigurationError("retry delays and caps must not be negative")
        if self.jitter not in ("full", "equal", "none"):
            raise ConfigurationError(f"jitter must be full, equal or none, got {self.jitter!r}")

    def should_retry(
        self,
        attempt: int,
        method: str,
        idempotent: bool | None,
        status: int | None,
        exc: BaseException | None,
        retryable_code: bool = False,
    ) -> bool:
        """Decide whether the attempt that just failed gets another one.

        Args:
            attempt: 1-based number of the attempt that just finished.
            method: HTTP method of the request.
            idempotent: ``x-idempotent`` of the operation; None means "by method".
            status: Response status, or None when ``exc`` is set.
            exc: The transport exception of the attempt, or None.
            retryable_code: The response carries an errors.yaml code marked ``retryable``.

        Returns:
            True to try again.
        """
        if attempt >= self.max_attempts:
            return False
        eligible = method.upper() in IDEMPOTENT_METHODS or idempotent is True
        if exc is not None:
            if isinstance(exc, _NOT_SENT):
                return True
            return eligible and isinstance(exc, _MAYBE_SENT)
        if status is None or not eligible:
            return False
        return status in self.retry_statuses or retryable_code

    def delay_s(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before the attempt after ``attempt``.

        A ``Retry-After`` (seconds or HTTP date) or ``Retry-After-Ms`` header is honoured up to
        ``retry_after_cap_s``; otherwise exponential backoff ``base * 2**(attempt-1)`` capped at
        ``max_delay_s``, with jitter.

        Args:
            attempt: 1-based number of the attempt that just failed.
            response: Its response, if any.

        Returns:
            A delay in seconds, never negative.
        """
        hinted = self._retry_after_s(response) if response is not None else None
        if hinted is not None:
            return min(hinted, self.retry_after_cap_s)
        backoff = min(self.max_delay_s, self.base_delay_s * 2.0 ** max(attempt - 1, 0))
        if self.jitter == "full":
            return backoff * self.random()
        if self.jitter == "equal":
            return backoff / 2 + backoff / 2 * self.random()
        return backoff

    def _retry_after_s(self, response: httpx.Response) -> float | None:
        millis = response.headers.get("retry-after-ms")
        if millis is not None:
            try:
                return max(float(millis) / 1000, 0.0)
            except ValueError:
                pass
        value = response.headers.get("retry-after")
        if value is None:
            return None
        try:
            seconds = float(value)
        except ValueError:
            try:
                return max(parsedate_to_datetime(value).timestamp() - self.now(), 0.0)
            except (TypeError, ValueError, IndexError, OverflowError):
                return None  # garbage: fall back to backoff
        return seconds if seconds >= 0 and seconds == seconds else None  # rejects negatives and NaN


def _request_facts(request: httpx.Request) -> tuple[str | None, bool | None]:
    ext = request.extensions.get("dbcloud")
    if not isinstance(ext, Mapping):
        return None, None
    operation, idempotent = ext.get("operation_id"), ext.get("idempotent")
    return (
        operation if isinstance(operation, str) else None,
        idempotent if isinstance(idempotent, bool) else None,
    )


class _Retrier:
    """The decision shared by the sync and async transports; holds no I/O."""

    def __init__(self, policy: RetryPolicy, error_codes: Mapping[str, tuple[int, str, bool]] | None) -> None:
        self.policy = policy
        self._retryable_codes = frozenset(
            code for code, (_s, _m, retryable) in (error_codes or {}).items() if retryable
        )

    def policy_for(self, request: httpx.Request) -> RetryPolicy:
        """A per-call policy (``client.with_options(retry=...)``) rides in the request extensions."""
        ext = request.extensions.get("dbcloud")
        override = ext.get("retry") if isinstance(ext, Mapping) else None
        return override if isinstance(override, RetryPolicy) else self.policy

    def needs_body(self, request: httpx.Request, response: httpx.Response) -> bool:
        # Only an error status outside the retry set can be rescued by a retryable vendor code.
        return (
            bool(self._retryable_codes)
            and response.status_code >= 400
            and response.status_code not in self.policy_for(request).retry_statuses
        )

    def next_delay(
        self,
        request: httpx.Request,
        attempt: int,
        elapsed_s: float,
        response: httpx.Response | None,
        exc: BaseException | None,
    ) -> float | None:
        """The delay before another attempt, or None to stop here."""
        operation, idempotent = _request_facts(request)
        policy = self.policy_for(request)
        status = response.status_code if response is not None else None
        retryable_code = False
        if response is not None and self.needs_body(request, response):
            try:
                content = response.content
            except httpx.ResponseNotRead:  # the body could not be read: the code is unknown
                content = b""
            retryable_code = parse_error_body(content).code in self._retryable_codes
        if not policy.should_retry(attempt, request.method, idempotent, status, exc, retryable_code):
            return None
        delay = policy.delay_s(attempt, response)
        cap = policy.max_total_s
        if cap is not None and elapsed_s + delay > cap:
            return None
        # Method, host and path only: query strings and headers may carry credentials.
        logger.info(
            "retrying %s %s%s (%s) after attempt %d of %d in %.2fs",
            operation or request.method,
            request.url.host,
            request.url.path,
            f"HTTP {status}" if exc is None else type(exc).__name__,
            attempt,
            policy.max_attempts,
            delay,
        )
        return delay


def _read_quietly(response: httpx.Response) -> None:
    # The response is being discarded for a retry: a body that breaks off changes nothing.
    try:
        response.read()
    except httpx.TransportError:
        pass


async def _aread_quietly(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.TransportError:
        pass


def _run(
    retrier: _Retrier,
    request: httpx.Request,
    send: Callable[[int], httpx.Response],
    sleep: Callable[[float], None],
    clock: Callable[[], float],
) -> httpx.Response:
    """The retry loop: ``send(attempt)`` makes one attempt (a fresh, freshly signed request when
    called by the client); ``request`` supplies the facts the policy reads (method, operation).

    The last failure is returned (a response) or raised (the httpx exception) unchanged."""
    start = clock()
    attempt = 1
    while True:
        try:
            response = send(attempt)
            if response.status_code >= 400 and retrier.needs_body(request, response):
                response.read()  # a body cut off here is a failure of this attempt, handled below
        except httpx.TransportError as exc:
            delay = retrier.next_delay(request, attempt, clock() - start, None, exc)
            if delay is None:
                raise
        else:
            if response.status_code < 400:
                return response
            delay = retrier.next_delay(request, attempt, clock() - start, response, None)
            if delay is None:
                return response
            _read_quietly(response)  # drain so the connection returns to the pool, then let it go
            response.close()
        sleep(delay)
        attempt += 1


async def _arun(
    retrier: _Retrier,
    request: httpx.Request,
    send: Callable[[int], Awaitable[httpx.Response]],
    sleep: Callable[[float], Awaitable[None]],
    clock: Callable[[], float],
) -> httpx.Response:
    """The asyncio twin of `_run`; cancellation propagates (``CancelledError`` is no TransportError)."""
    start = clock()
    attempt = 1
    while True:
        try:
            response = await send(attempt)
            if response.status_code >= 400 and retrier.needs_body(request, response):
                await response.aread()
        except httpx.TransportError as exc:
            delay = retrier.next_delay(request, attempt, clock() - start, None, exc)
            if delay is None:
                raise
        else:
            if response.status_code < 400:
                return response
            delay = retrier.next_delay(request, attempt, clock() - start, response, None)
            if delay is None:
                return response
            await _aread_quietly(response)
            await response.aclose()
        await sleep(delay)
        attempt += 1


class RetryTransport(httpx.BaseTransport):
    """An httpx transport that retries another one according to a `RetryPolicy`.

    Args:
        transport: The transport doing the I/O (``httpx.HTTPTransport``, ``MockTransport``...).
        policy: The retry policy (defaults to ``RetryPolicy()``).
        error_codes: The service's errors.yaml table (code -> (status, message, retryable)).
        sleep: Called with each delay (``time.sleep``; injectable in tests).
        clock: Monotonic seconds, for ``max_total_s``.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        error_codes: Mapping[str, tuple[int, str, bool]] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._transport = transport
        self._retrier = _Retrier(policy or RetryPolicy(), error_codes)
        self._sleep = sleep
        self._clock = clock

    @property
    def policy(self) -> RetryPolicy:
        return self._retrier.policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._retrier.policy_for(request).max_attempts > 1:
            request.read()  # a generator body could be sent only once; bytes bodies are already read
        return _run(self._retrier, request, lambda _: self._transport.handle_request(request), self._sleep, self._clock)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `RetryTransport`; ``sleep`` is awaited (``asyncio.sleep`` by default)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        error_codes: Mapping[str, tuple[int, str, bool]] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if sleep is None:
            # asyncio is imported here, not at module level: a sync-only program never loads it.
            import asyncio

            sleep = asyncio.sleep
        self._transport = transport
        self._retrier = _Retrier(policy or RetryPolicy(), error_codes)
        self._sleep = sleep
        self._clock = clock

    @property
    def policy(self) -> RetryPolicy:
        return self._retrier.policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._retrier.policy_for(request).max_attempts > 1:
            await request.aread()

        async def send(_attempt: int) -> httpx.Response:
            return await self._transport.handle_async_request(request)

        return await _arun(self._retrier, request, send, self._sleep, self._clock)

    async def aclose(self) -> None:
        await self._transport.aclose()
