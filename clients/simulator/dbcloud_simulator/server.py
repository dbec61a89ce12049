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

from .accounts import Accounts, AccountsConfigError, load_accounts
from .app import Simulator, build_app
from .clock import SimClock

# HTTP parsed by httptools and the loop run by uvloop, both in C: the pure-Python h11 + asyncio stack
# cost several times as much per request (docs/simulator.md, Performance). Named, not "auto", so a
# venv without them fails loudly instead of quietly serving slower.
UVICORN_STACK: dict[str, Any] = {"http": "httptools", "loop": "uvloop"}


def banner(app: Simulator, base: str) -> str:
    lines = [f"dbcloud simulator on {base} (every service at the root, and under its prefix)"]
    lines += [f"  {key:5} {base}/{key}   (spec: {base}/{key}/openapi.json)" for key in sorted(app.services)]
    for account in app.accounts.accounts:  # test keys only: printing them is the point of the banner
        creds = account.credentials
        projects = ", ".join("any project no other account lists" if p == "*" else p for p in account.projects)
        lines += [
            f"  account {account.name!r} (projects: {projects or 'none'})",
            f"    Huawei: ak={creds.huawei_ak} sk={creds.huawei_sk}"
            + (f" (or X-Auth-Token: {', '.join(sorted(creds.static_tokens))})" if creds.static_tokens else ""),
            f"    IAM:    user={creds.iam_user} password={creds.iam_password} (POST {base}/iam/v3/auth/tokens)",
            f"    SCP:    access_key={creds.scp_access_key} secret_key={creds.scp_secret_key}",
        ]
    lines.append(f'  admin: POST {base}/_sim/clock/advance {{"seconds": 60}}, /_sim/faults, /_sim/reset')
    return "\n".join(lines)


def serve(host: str = "127.0.0.1", port: int = 8080, speed: float = 1.0, accounts: Accounts | None = None) -> None:
    """Run until interrupted; port 0 takes a free port (the banner names it)."""
    app = build_app(clock=SimClock(speed=speed), accounts=accounts)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    print(banner(app, f"http://{host}:{sock.getsockname()[1]}"), flush=True)
    # SIGTERM stops the server within seconds even while an injected delay holds a request open.
    config = uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=5, **UVICORN_STACK)
    uvicorn.Server(config).run(sockets=[sock])


def main(argv: list[str] | None = None) -> int:
    """The ``dbcloud-simulator`` console script."""
    parser = argparse.ArgumentParser(
        prog="dbcloud-simulator", description="A stateful local simulator of every service."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    parser.add_argument("--speed", type=float, default=1.0, help="simulated seconds per real second (default: 1)")
    parser.add_argument(
        "--accounts", metavar="FILE", help="accounts and projects (TOML; default: two built-in accounts)"
    )
    args = parser.parse_args(argv)
    try:
        accounts = load_accounts(args.accounts) if args.accounts else None
    except AccountsConfigError as exc:
        parser.error(str(exc))
    serve(host=args.host, port=args.port, speed=args.speed, accounts=accounts)
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
