"""Serve the simulator with uvicorn: the ``dbcloud-simulator`` command (``make simulate``), and a
background server for tests and benchmarks (:class:`BackgroundServer`)."""

from __future__ import annotations

import argparse
import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from .app import Simulator, build_app
from .clock import SimClock

# HTTP parsed by httptools and the loop run by uvloop, both in C: the pure-Python h11 + asyncio stack
# cost several times as much per request (docs/simulator.md, Performance). Named, not "auto", so a
# venv without them fails loudly instead of quietly serving slower.
UVICORN_STACK: dict[str, Any] = {"http": "httptools", "loop": "uvloop"}


def banner(app: Simulator, base: str) -> str:
    creds = app.credentials
    lines = [f"dbcloud simulator on {base}"]
    lines += [f"  {key:5} {base}/{key}   (spec: {base}/{key}/openapi.json)" for key in sorted(app.services)]
    lines += [
        f"  Huawei test credentials: ak={creds.huawei_ak} sk={creds.huawei_sk} (or X-Auth-Token: sim-token)",
        f"  SCP test credentials:    access_key={creds.scp_access_key} secret_key={creds.scp_secret_key}",
        f'  admin: POST {base}/_sim/clock/advance {{"seconds": 60}}, /_sim/faults, /_sim/reset',
    ]
    return "\n".join(lines)


def serve(host: str = "127.0.0.1", port: int = 8080, speed: float = 1.0) -> None:
    """Run until interrupted."""
    app = build_app(clock=SimClock(speed=speed))
    print(banner(app, f"http://{host}:{port}"), flush=True)
    # SIGTERM stops the server within seconds even while an injected delay holds a request open.
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5, **UVICORN_STACK)


def main(argv: list[str] | None = None) -> int:
    """The ``dbcloud-simulator`` console script."""
    parser = argparse.ArgumentParser(
        prog="dbcloud-simulator", description="A stateful local simulator of every service."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    parser.add_argument("--speed", type=float, default=1.0, help="simulated seconds per real second (default: 1)")
    args = parser.parse_args(argv)
    serve(host=args.host, port=args.port, speed=args.speed)
    return 0


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class BackgroundServer:
    """uvicorn in a thread on a free loopback port; a context manager that waits until it accepts."""

    def __init__(self, app: Simulator | None = None, host: str = "127.0.0.1") -> None:
        self.app = app or build_app()
        self.host = host
        self.port = free_port(host)
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(
            self.app, host=host, port=self.port, log_level="warning", lifespan="off", **UVICORN_STACK
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="dbcloud-simulator", daemon=True)

    def __enter__(self) -> BackgroundServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the simulator did not start within 10 s")
            time.sleep(0.01)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
