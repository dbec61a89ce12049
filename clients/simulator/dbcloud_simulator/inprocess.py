"""The simulator inside the caller's process, the moto way: no port, no server thread per test.

``with mock_dbcloud() as sim:`` routes every dbcloud client built inside the block (sync or async,
any ``region`` or ``base_url``) to a fresh in-process simulator through an httpx transport, puts fake
credentials in the environment (as moto's ``mock_aws`` does, so a forgotten key can never reach a
real account), and exposes the clock, faults and reset as Python calls. It is also a decorator, and
the pytest plugin (pytest_plugin.py) offers it as the ``dbcloud_simulator`` fixture.

httpx's ``ASGITransport`` is async-only; :class:`SyncASGITransport` runs the same app for blocking
clients on one private event loop in a daemon thread (what starlette's TestClient does with an anyio
portal, without its test-only dependencies).
"""

from __future__ import annotations

import asyncio
import functools
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import ContextDecorator, contextmanager
from types import TracebackType
from typing import Any, TypeVar
from unittest import mock

import httpx

from .accounts import Accounts
from .app import Simulator, build_app
from .clock import SimClock
from .faults import parse as parse_fault

__all__ = ["AsyncASGITransport", "InProcessSimulator", "SyncASGITransport", "mock_dbcloud"]

#: The project id the fake environment names (any project id works for the first account).
DEFAULT_PROJECT = "0123456789abcdef0123456789abcdef"
_F = TypeVar("_F", bound=Callable[..., Any])


def _dropped(exc: ConnectionAbortedError) -> httpx.RemoteProtocolError:
    # The ``drop`` fault closes the connection mid-response; over a socket httpx reports exactly this.
    return httpx.RemoteProtocolError(f"server disconnected without sending a complete response ({exc})")


class AsyncASGITransport(httpx.ASGITransport):
    """httpx's ASGI transport, with a dropped connection reported as a transport error."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionAbortedError as exc:
            raise _dropped(exc) from exc


class _Loop:
    """One event loop in a daemon thread, shared by every sync transport of the process."""

    _lock = threading.Lock()
    _loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def get(cls) -> asyncio.AbstractEventLoop:
        with cls._lock:
            if cls._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="dbcloud-simulator-loop", daemon=True).start()
                cls._loop = loop
            return cls._loop


class SyncASGITransport(httpx.BaseTransport):
    """A blocking httpx transport that calls an ASGI app in-process (on a private event loop)."""

    def __init__(self, app: Any) -> None:
        self._inner = AsyncASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a ByteStream afterwards, which the async transport can iterate
        future = asyncio.run_coroutine_threadsafe(self._send(request), _Loop.get())
        return future.result()

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)


class InProcessSimulator:
    """A simulator app plus the controls a test needs, as Python calls.

    Attributes:
        app: The :class:`~dbcloud_simulator.Simulator` (its ``store``, ``clock``, ``accounts``).
        credentials: The first account's test keys (those the fake environment holds).
    """

    def __init__(self, app: Simulator) -> None:
        self.app = app
        self.credentials = app.credentials

    def advance(self, seconds: float) -> float:
        """Move the simulated clock forward at once; returns the new simulated time."""
        return self.app.clock.advance(seconds)

    def reset(self) -> None:
        """Forget every resource, queued fault and issued token (``POST /_sim/reset``)."""
        self.app.store.reset()
        self.app.faults.clear()
        self.app.accounts.forget_tokens()

    def fault(self, spec: str, count: int = 1, *, service: str | None = None, operation: str | None = None) -> None:
        """Queue a fault (``"503"``, ``"429;retry-after=1"``, ``"delay=0.5"``, ``"drop"``) for the next
        ``count`` matching requests. Raises ValueError for a malformed spec."""
        self.app.faults.add(parse_fault(spec), count, service, operation)

    def set_fields(self, service: str, kind: str, resource_id: str, **fields: Any) -> dict[str, Any]:
        """Set fields of a stored resource now (e.g. a failed status); KeyError when there is none."""
        record = self.app.store.find(service, kind, resource_id)
        if record is None:
            raise KeyError(f"no {kind} {resource_id!r} in {service}")
        record.view(self.app.clock.now())
        record.schedule.clear()
        record.fields.update(fields)
        return record.view(self.app.clock.now())

    def transport(self) -> SyncASGITransport:
        """A blocking transport to this simulator (for an ``httpx.Client`` of your own)."""
        return SyncASGITransport(self.app)

    def async_transport(self) -> AsyncASGITransport:
        """An asyncio transport to this simulator (for an ``httpx.AsyncClient`` of your own)."""
        return AsyncASGITransport(app=self.app)


_ACTIVE: list[InProcessSimulator] = []
_ACTIVE_LOCK = threading.Lock()


def _routed(original: Callable[..., None], make: Callable[[InProcessSimulator], Any]) -> Callable[..., None]:
    @functools.wraps(original)
    def __init__(self: Any, behaviour: Any, *, transport: Any = None, **options: Any) -> None:
        if transport is None and options.get("http_client") is None and _ACTIVE:
            transport = make(_ACTIVE[-1])
        original(self, behaviour, transport=transport, **options)

    return __init__


_REGIONS = {"HUAWEICLOUD_SDK_REGION": "eu-west-101", "SCP_REGION": "kr-west1", "SCP_ENVIRONMENT": "s"}


def _fake_environment(sim: InProcessSimulator) -> dict[str, str]:
    keys = sim.credentials
    return {
        "HUAWEICLOUD_SDK_AK": keys.huawei_ak,
        "HUAWEICLOUD_SDK_SK": keys.huawei_sk,
        "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT,
        "SCP_ACCESS_KEY": keys.scp_access_key,
        "SCP_SECRET_KEY": keys.scp_secret_key,
        # The clients have no default region; a test that names none runs in these (one its environment
        # already sets is kept: unlike keys, a region cannot reach a real account).
        **{name: value for name, value in _REGIONS.items() if not os.environ.get(name)},
    }


@contextmanager
def _patched(sim: InProcessSimulator) -> Iterator[None]:
    from dbcloud_core.base_client import AsyncAPIClient, SyncAPIClient

    patches: list[Any] = [
        mock.patch.object(SyncAPIClient, "__init__", _routed(SyncAPIClient.__init__, InProcessSimulator.transport)),
        mock.patch.object(
            AsyncAPIClient, "__init__", _routed(AsyncAPIClient.__init__, InProcessSimulator.async_transport)
        ),
        mock.patch.dict(os.environ, _fake_environment(sim)),
    ]
    with _ACTIVE_LOCK:
        _ACTIVE.append(sim)
    try:
        for patch in patches:
            patch.start()
        yield
    finally:
        for patch in reversed(patches):
            patch.stop()
        with _ACTIVE_LOCK:
            _ACTIVE.remove(sim)


class mock_dbcloud(ContextDecorator):
    """Route every dbcloud client built inside to a fresh in-process simulator.

    Args:
        strict: A simulator response that breaks its schema is a 500 naming the bug (for our own tests).
        speed: Simulated seconds per real second (the clock also moves with :meth:`InProcessSimulator.advance`).
        accounts: Accounts and projects (default: the built-in two, see accounts.py).
        app: An existing simulator to route to instead of a fresh one.
    """

    def __init__(
        self,
        *,
        strict: bool = False,
        speed: float = 1.0,
        accounts: Accounts | None = None,
        app: Simulator | None = None,
    ) -> None:
        self._strict, self._speed, self._accounts, self._app = strict, speed, accounts, app
        self._stack: list[Any] = []

    def __enter__(self) -> InProcessSimulator:
        app = self._app or build_app(strict=self._strict, clock=SimClock(self._speed), accounts=self._accounts)
        sim = InProcessSimulator(app)
        patching = _patched(sim)
        patching.__enter__()
        self._stack.append(patching)
        return sim

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stack.pop().__exit__(kind, exc, tb)

    def __call__(self, func: _F) -> _F:  # typed passthrough of ContextDecorator's wrapper
        return super().__call__(func)
