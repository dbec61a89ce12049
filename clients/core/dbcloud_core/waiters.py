"""Waiters: poll an operation until the resource reaches a state (botocore's waiter.py, as data).

A spec's top-level ``x-waiters`` block names, per waiter, the operation to poll, how often and how
many times, and an ordered list of acceptors. The generator writes each block into the service's
``_behaviour.py``; `WaiterSpec.from_dict` reads one, and `wait` / `async_wait` run it against an
operation *callable*, so this module knows nothing about any service or client.

Parts:
- `Acceptor` matches one outcome of a call: a value in the body (``path`` + ``expected``), or an
  `APIError` by HTTP ``status`` and/or vendor ``error_code``. Its ``state`` says what a match means.
- `WaiterSpec` is one waiter: operation, delay, attempts, acceptors (first match wins).
- `_Run` holds the decision shared by the sync and async loops (state, progress, errors); no I/O.
- `wait` / `async_wait` are the loops; sleep and clock are injected so tests never wait.

An acceptor state means: ``success`` returns the body, ``failure`` raises `WaiterFailureError`,
``retry`` (or no acceptor matching a body) polls again. An `APIError` no acceptor matches is
re-raised unchanged: a waiter does not hide a denied or malformed call behind "still waiting".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, cast

from ._jsonpath import MISSING, as_json, resolve_path
from .errors import APIError, ConfigurationError, WaiterError, WaiterFailureError, WaiterTimeoutError
from .redaction import redact, redact_text

__all__ = [
    "Acceptor",
    "AcceptorState",
    "WaitProgress",
    "WaiterError",
    "WaiterFailureError",
    "WaiterSpec",
    "WaiterTimeoutError",
    "async_wait",
    "wait",
]

logger = logging.getLogger("dbcloud.waiters")

AcceptorState = Literal["success", "failure", "retry"]
_STATES: tuple[AcceptorState, ...] = ("success", "failure", "retry")
_ACCEPTOR_KEYS = frozenset({"state", "path", "expected", "status", "error_code"})
# description and follows document the waiter (docstrings, lint); the loop does not need them
_WAITER_KEYS = frozenset({"description", "operation", "arguments", "delay_s", "max_attempts", "acceptors", "follows"})

# Fields in which services put a resource's own account of why it failed (DWS ``failed_reasons``,
# Huawei ``error_msg``/``fail_reason``...); shown in WaiterFailureError, searched nearest the status first.
_REASON_FIELDS = (
    "failed_reasons",
    "failed_reason",
    "fail_reason",
    "fail_reasons",
    "error_msg",
    "error_message",
    "error_code",
    "error",
    "errors",
)
_REASON_CHARS = 300


def _same(actual: Any, expected: Any) -> bool:
    # JSON true is not 1: Python's True == 1 must not make a boolean field match a number.
    if isinstance(actual, bool) != isinstance(expected, bool):
        return False
    return bool(actual == expected)


@dataclass(frozen=True)
class Acceptor:
    """One outcome of a polled call and what it means.

    Exactly one kind of matcher is set:

    - ``path`` (dotted, ``"cluster.status"``, ``"items.0.status"``) with ``expected``: matches a
      returned body whose value there equals ``expected``, or any member of it when ``expected`` is
      a list or tuple. A path that does not resolve matches nothing (not even ``expected=None``).
    - ``status`` and/or ``error_code``: matches an `APIError` the call raised with that HTTP status
      and/or vendor code (both must hold when both are set). A ``status`` below 400 matches a call
      that returned normally (the body's own status code is not seen by the engine).

    Attributes:
        state: ``success``, ``failure`` or ``retry``.
        path: Dotted path into the body, or None.
        expected: The value (or tuple of values) compared with ``==`` at ``path``.
        status: HTTP status to match, or None.
        error_code: Vendor error code to match, or None.

    Raises:
        ConfigurationError: Unknown state, no matcher, or a body matcher mixed with an error matcher.
    """

    state: AcceptorState
    path: str | None = None
    expected: Any = None
    status: int | None = None
    error_code: str | None = None

    def __post_init__(self) -> None:
        if self.state not in _STATES:
            raise ConfigurationError(f"acceptor state must be success, failure or retry, got {self.state!r}")
        on_error = self.status is not None or self.error_code is not None
        if (self.path is None) == (not on_error):
            raise ConfigurationError(
                f"an acceptor needs either a path (with expected) or a status/error_code, got {self!r}"
            )
        if self.path is None and self.expected is not None:
            raise ConfigurationError(f"an acceptor's expected value needs a path, got {self!r}")
        if self.path is not None and not all(self.path.split(".")):
            raise ConfigurationError(f"acceptor path has an empty segment: {self.path!r}")
        if isinstance(self.expected, list):  # keep the dataclass immutable (and hashable)
            object.__setattr__(self, "expected", tuple(self.expected))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Acceptor:
        """Read one acceptor of an ``x-waiters`` block (``{state, path?, expected?, status?, error_code?}``).

        Raises:
            ConfigurationError: Unknown keys, a path without ``expected``, or an invalid acceptor.
        """
        unknown = set(data) - _ACCEPTOR_KEYS
        if unknown:
            raise ConfigurationError(f"unknown acceptor keys {sorted(unknown)}")
        if "path" in data and "expected" not in data:
            raise ConfigurationError(f"acceptor with path {data['path']!r} has no expected value")
        status = data.get("status")
        if status is not None and (not isinstance(status, int) or isinstance(status, bool)):
            raise ConfigurationError(f"acceptor status must be an integer, got {status!r}")
        return cls(
            state=cast(AcceptorState, data.get("state")),  # checked in __post_init__
            path=data.get("path"),
            expected=data.get("expected"),
            status=status,
            error_code=data.get("error_code"),
        )

    def matches(self, body: Any, error: APIError | None) -> bool:
        """Whether this acceptor matches a call that returned ``body`` or raised ``error``."""
        if self.path is not None:
            if error is not None:
                return False
            actual = resolve_path(body, self.path)
            if actual is MISSING:
                return False
            if isinstance(self.expected, tuple):
                return any(_same(actual, option) for option in self.expected)
            return _same(actual, self.expected)
        if error is None:
            return self.error_code is None and self.status is not None and self.status < 400
        if self.status is not None and error.status != self.status:
            return False
        # str(): a generated open ErrorCode enum member compares by its value.
        return self.error_code is None or (error.error_code is not None and str(error.error_code) == self.error_code)


@dataclass(frozen=True)
class WaiterSpec:
    """One waiter of a spec's ``x-waiters`` block.

    Attributes:
        name: The waiter's name in the spec (``"ClusterAvailable"``).
        operation: operationId polled.
        delay_s: Seconds between attempts.
        max_attempts: Calls before giving up (including the first).
        acceptors: Evaluated in order; the first match decides.
        arguments: Waiter keyword -> operation keyword, for waiters whose arguments are named
            differently from the operation's (empty: same names).

    Raises:
        ConfigurationError: A non-positive delay or attempt count, or no acceptors.
    """

    name: str
    operation: str
    delay_s: float
    max_attempts: int
    acceptors: tuple[Acceptor, ...]
    arguments: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.delay_s > 0:
            raise ConfigurationError(f"{self.name}: delay_s must be positive, got {self.delay_s!r}")
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int) or self.max_attempts < 1:
            raise ConfigurationError(f"{self.name}: max_attempts must be an integer >= 1, got {self.max_attempts!r}")
        if not self.acceptors:
            raise ConfigurationError(f"{self.name}: a waiter needs at least one acceptor")
        object.__setattr__(self, "acceptors", tuple(self.acceptors))

    def __hash__(self) -> int:
        return hash((self.name, self.operation, self.delay_s, self.max_attempts, self.acceptors))

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> WaiterSpec:
        """Read one entry of ``x-waiters`` (``{operation, arguments?, delay_s, max_attempts, acceptors}``).

        Raises:
            ConfigurationError: Missing or unknown keys, or any invalid value; the message names the waiter.
        """
        unknown = set(data) - _WAITER_KEYS
        missing = {"operation", "delay_s", "max_attempts", "acceptors"} - set(data)
        if unknown or missing:
            raise ConfigurationError(f"{name}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
        raw_acceptors = data["acceptors"]
        if not isinstance(raw_acceptors, Sequence) or isinstance(raw_acceptors, str):
            raise ConfigurationError(f"{name}: acceptors must be a list")
        acceptors = []
        for index, raw in enumerate(raw_acceptors):
            if not isinstance(raw, Mapping):
                raise ConfigurationError(f"{name}: acceptor {index} must be a mapping")
            try:
                acceptors.append(Acceptor.from_dict(raw))
            except ConfigurationError as exc:
                raise ConfigurationError(f"{name}: acceptor {index}: {exc}") from None
        delay_s = data["delay_s"]
        if isinstance(delay_s, bool) or not isinstance(delay_s, int | float):
            raise ConfigurationError(f"{name}: delay_s must be a number, got {delay_s!r}")
        return cls(
            name=name,
            operation=str(data["operation"]),
            delay_s=float(delay_s),
            max_attempts=data["max_attempts"],
            acceptors=tuple(acceptors),
            arguments=dict(data.get("arguments") or {}),
        )

    def match(self, body: Any, error: APIError | None = None) -> Acceptor | None:
        """The first acceptor matching a call that returned ``body`` or raised ``error``, or None."""
        return next((a for a in self.acceptors if a.matches(body, error)), None)

    def operation_kwargs(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """Rename a waiter's keyword arguments to the polled operation's (others pass unchanged)."""
        return {self.arguments.get(key, key): value for key, value in kwargs.items()}

    def status_of(self, body: Any, error: APIError | None = None) -> Any:
        """What a call "looks like" for progress and messages.

        The value at the first success/failure acceptor path that resolves in ``body`` (any path
        acceptor as a fallback), or for an error its vendor code, else its HTTP status.
        """
        if error is not None:
            return str(error.error_code) if error.error_code is not None else error.status
        paths = [a.path for a in self.acceptors if a.path is not None and a.state != "retry"]
        paths += [a.path for a in self.acceptors if a.path is not None and a.state == "retry"]
        for path in paths:
            value = resolve_path(body, path)
            if value is not MISSING:
                return value
        return None


class WaitProgress(NamedTuple):
    """What `wait` reports after every attempt.

    Attributes:
        name: The waiter's name.
        attempt: 1-based number of the attempt that just finished.
        elapsed_s: Seconds since the first call started.
        status: `WaiterSpec.status_of` the outcome (a body value, an error code or HTTP status).
        state: The matched acceptor's state, or ``"retry"`` when none matched.
    """

    name: str
    attempt: int
    elapsed_s: float
    status: Any
    state: AcceptorState


def _seconds(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _attempts(count: int) -> str:
    return f"{count} attempt" if count == 1 else f"{count} attempts"


def _short(value: Any) -> str:
    text = redact_text(repr(redact(value)))
    return text if len(text) <= _REASON_CHARS else text[:_REASON_CHARS] + "..."


def _resource_reasons(body: Any, path: str | None) -> dict[str, Any]:
    """The resource's own error fields, from the object holding the status outwards to the root."""
    document = as_json(body)
    containers: list[Any] = [document]
    if path is not None:
        parts = path.split(".")
        for depth in range(1, len(parts)):
            container = resolve_path(document, ".".join(parts[:depth]))
            if container is not MISSING:
                containers.append(container)
    for container in reversed(containers):
        container = as_json(container)
        if isinstance(container, Mapping):
            found = {key: container[key] for key in _REASON_FIELDS if container.get(key) not in (None, "", [], {})}
            if found:
                return cast(dict[str, Any], redact(found))
    return {}


class _Run:
    """One waiter run: the decision after each attempt, shared by `wait` and `async_wait`."""

    def __init__(
        self,
        spec: WaiterSpec,
        *,
        timeout_s: float | None,
        delay_s: float | None,
        max_attempts: int | None,
        on_progress: Callable[[WaitProgress], object] | None,
        clock: Callable[[], float],
    ) -> None:
        self.spec = spec
        self.delay_s = spec.delay_s if delay_s is None else delay_s
        self.max_attempts = spec.max_attempts if max_attempts is None else max_attempts
        if self.delay_s < 0:
            raise ConfigurationError(f"{spec.name}: delay_s must not be negative, got {self.delay_s!r}")
        if self.max_attempts < 1:
            raise ConfigurationError(f"{spec.name}: max_attempts must be at least 1, got {self.max_attempts!r}")
        if timeout_s is not None and timeout_s < 0:
            raise ConfigurationError(f"{spec.name}: timeout_s must not be negative, got {timeout_s!r}")
        self.timeout_s = timeout_s
        self.on_progress = on_progress
        self.clock = clock
        self.start = clock()
        self.attempt = 0

    def settle(self, body: Any, error: APIError | None) -> float | None:
        """Judge the attempt that returned ``body`` or raised ``error`` (which an acceptor matches).

        Returns:
            None on success, else the seconds to sleep before the next attempt.

        Raises:
            WaiterFailureError: A failure acceptor matched.
            WaiterTimeoutError: No attempts or time left.
        """
        self.attempt += 1
        elapsed = self.clock() - self.start
        acceptor = self.spec.match(body, error)
        state: AcceptorState = acceptor.state if acceptor is not None else "retry"
        status = self.spec.status_of(body, error)
        name = self.spec.name
        logger.debug(
            "%s: attempt %d/%d after %ss: %s -> %s",
            name,
            self.attempt,
            self.max_attempts,
            _seconds(elapsed),
            _short(status),
            state,
        )
        if self.on_progress is not None:
            self.on_progress(WaitProgress(name, self.attempt, elapsed, status, state))
        context: dict[str, Any] = {
            "waiter": name,
            "attempts": self.attempt,
            "elapsed_s": elapsed,
            "last_status": status,
        }
        last = error if error is not None else body
        if state == "success":
            return None
        if state == "failure":
            assert acceptor is not None
            raise self._failure(acceptor, body, error, elapsed, context) from error
        if self.attempt >= self.max_attempts or (self.timeout_s is not None and elapsed >= self.timeout_s):
            seen = f"last error {error}" if error is not None else f"last status {_short(status)}"
            raise WaiterTimeoutError(
                f"{name}: gave up after {_attempts(self.attempt)} ({_seconds(elapsed)} s); {seen}", last, **context
            ) from error
        if self.timeout_s is None:
            return self.delay_s
        # The last attempt lands on the deadline instead of giving up a whole delay early.
        return max(min(self.delay_s, self.timeout_s - elapsed), 0.0)

    def _failure(
        self, acceptor: Acceptor, body: Any, error: APIError | None, elapsed: float, context: dict[str, Any]
    ) -> WaiterFailureError:
        name = self.spec.name
        if error is not None:
            matched: Any = str(error.error_code) if acceptor.error_code is not None else error.status
            what = f"error {error}"
            details: dict[str, Any] = {}
        else:
            matched = resolve_path(body, acceptor.path or "")
            what = f"{acceptor.path} is {_short(matched)}"
            details = _resource_reasons(body, acceptor.path)
        reasons = "; ".join(f"{key}: {_short(value)}" for key, value in details.items())
        reason = f"{name}: {what} (failure acceptor) after {_attempts(self.attempt)} ({_seconds(elapsed)} s)"
        return WaiterFailureError(
            reason + (f"; {reasons}" if reasons else ""),
            error if error is not None else body,
            matched=matched,
            details=details,
            **context,
        )


def wait(
    spec: WaiterSpec,
    call: Callable[[], Any],
    *,
    timeout_s: float | None = None,
    delay_s: float | None = None,
    max_attempts: int | None = None,
    on_progress: Callable[[WaitProgress], object] | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll ``call`` until a success acceptor matches.

    Args:
        spec: The waiter.
        call: Calls the polled operation (arguments already bound) and returns its parsed JSON
            body, or raises `APIError`.
        timeout_s: Give up once this many seconds have passed since the first call (whichever of
            this and ``max_attempts`` comes first); the last delay is shortened to end on the deadline.
        delay_s: Override of ``spec.delay_s``.
        max_attempts: Override of ``spec.max_attempts``.
        on_progress: Called with a `WaitProgress` after every attempt an acceptor (or "retry") judged.
        sleep: Waits between attempts (injectable in tests).
        clock: Monotonic seconds, for ``timeout_s`` and ``elapsed_s``.

    Returns:
        The body of the call a success acceptor matched; None when it matched an error (a 404 for
        a "deleted" waiter).

    Raises:
        WaiterFailureError: A failure acceptor matched.
        WaiterTimeoutError: Attempts or time ran out; the message names the last status seen.
        APIError: The call raised one that no acceptor matches (re-raised unchanged).
        ConfigurationError: A negative override.
    """
    run = _Run(
        spec, timeout_s=timeout_s, delay_s=delay_s, max_attempts=max_attempts, on_progress=on_progress, clock=clock
    )
    while True:
        error: APIError | None = None
        try:
            body = call()
        except APIError as exc:
            if spec.match(None, exc) is None:
                raise
            body, error = None, exc
        delay = run.settle(body, error)
        if delay is None:
            return body
        sleep(delay)


async def async_wait(
    spec: WaiterSpec,
    call: Callable[[], Awaitable[Any]],
    *,
    timeout_s: float | None = None,
    delay_s: float | None = None,
    max_attempts: int | None = None,
    on_progress: Callable[[WaitProgress], object] | None = None,
    sleep: Callable[[float], Awaitable[object]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The asyncio twin of `wait`: ``call`` and ``sleep`` (default ``asyncio.sleep``) are awaited.

    Cancelling the task (``task.cancel()``, ``asyncio.wait_for``/``timeout``) stops the waiter at its
    current ``await`` at once: `asyncio.CancelledError` is never caught here.

    Raises:
        The same as `wait`.
    """
    if sleep is None:
        # asyncio is imported here, not at module level: a sync-only program never loads it.
        import asyncio

        sleep = asyncio.sleep
    run = _Run(
        spec, timeout_s=timeout_s, delay_s=delay_s, max_attempts=max_attempts, on_progress=on_progress, clock=clock
    )
    while True:
        error: APIError | None = None
        try:
            body = await call()
        except APIError as exc:
            if spec.match(None, exc) is None:
                raise
            body, error = None, exc
        delay = run.settle(body, error)
        if delay is None:
            return body
        await sleep(delay)
