"""4. Simulator throughput and latency: a DWS list call over loopback, server and load in two processes.

``serve`` runs uvicorn with the simulator app, or with a minimal ASGI app that answers every request
with the same 3-cluster body: the ceiling of the server stack (uvicorn + httptools + uvloop, as
``dbcloud-simulator`` runs it) and of the load driver on this machine, so the simulator's
own share can be read off. ``drive`` keeps ``clients`` keep-alive connections (a thread each) busy on
``GET /dws/v1.0/<project>/clusters`` with the simulator's static token for ``seconds`` and prints
req/s, p50 and p99. The server's CPU seconds (``/proc``) per request served give its own cost, and
the driver's CPU seconds per request its own, whatever share of the two cores each takes.

The driver writes the request bytes itself and reads the replies with httptools' response parser:
an httpx client in a thread costs ~0.6 ms of CPU per request, which on two cores capped the floor app
at ~1,300 req/s - it measured the driver, not the server. The raw driver costs ~0.02 ms.

Below the throughput target the simulator is run once more under cProfile (in the server process)
and the profile says where its busy time goes.
"""

from __future__ import annotations

import argparse
import json
import marshal
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any, Literal

import httptools
import httpx

from .. import config
from . import sim_scaling
from ._common import LIST_PATH, BenchError, create_cluster_bodies, list_clusters_body, python_json, summarise

TOKEN_HEADERS = {"X-Auth-Token": "sim-token"}
SERVICE_PATH = f"/dws{LIST_PATH}"
APPS = ("simulator", "floor")

# Where the simulator's busy time goes: (label, file suffix, function) of cumulative profile entries.
_ENTRIES = [
    (
        "simulator request handling (Simulator._service_call)",
        "clients/simulator/dbcloud_simulator/app.py",
        "_service_call",
    ),
    ("- acting + rendering the list (Simulator._act)", "clients/simulator/dbcloud_simulator/app.py", "_act"),
    (
        "  - response projection over the schema (Renderer.project)",
        "clients/simulator/dbcloud_simulator/render.py",
        "project",
    ),
    ("  - response schema check (Simulator._checked)", "clients/simulator/dbcloud_simulator/app.py", "_checked"),
    ("- request validation (validation.parse)", "clients/simulator/dbcloud_simulator/validation.py", "parse"),
    ("- token check (Simulator._authorise)", "clients/simulator/dbcloud_simulator/app.py", "_authorise"),
    ("- routing (Catalog.route)", "clients/simulator/dbcloud_simulator/catalog.py", "route"),
    ("- JSON encoding (_ServiceJSON.render)", "clients/simulator/dbcloud_simulator/app.py", "render"),
    (
        "sending the response (starlette Response.__call__ -> uvicorn httptools -> socket)",
        "starlette/responses.py",
        "__call__",
    ),
    (
        "reading the request (uvicorn HttpToolsProtocol.data_received)",
        "uvicorn/protocols/http/httptools_impl.py",
        "data_received",
    ),
]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class _FloorApp:
    """The least an ASGI app can do: the same body for every request."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


def serve(app_name: str, port: int, profile: str | None) -> None:
    """Run uvicorn on 127.0.0.1:``port`` until SIGINT/SIGTERM; with ``profile``, under cProfile."""
    import cProfile

    import uvicorn

    from dbcloud_simulator.server import UVICORN_STACK

    if app_name == "simulator":
        from dbcloud_simulator import build_app

        app: Any = build_app()
    else:
        app = _FloorApp(list_clusters_body())
    lifespan: Literal["auto", "off"] = "auto" if app_name == "simulator" else "off"
    settings = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan=lifespan, **UVICORN_STACK
    )
    server = uvicorn.Server(settings)
    if profile is None:
        server.run()
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        server.run()
    finally:
        profiler.disable()
        profiler.dump_stats(profile)


class _Reply:
    """httptools callbacks for one connection: whether the current response is complete."""

    def __init__(self) -> None:
        self.done = False

    def on_message_complete(self) -> None:
        self.done = True


class _Connection:
    """One keep-alive HTTP/1.1 connection sending the same request and reading each reply to its end."""

    def __init__(self, host: str, port: int, request: bytes) -> None:
        self.sock = socket.create_connection((host, port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.request = request
        self.reply = _Reply()
        self.parser = httptools.HttpResponseParser(self.reply)

    def call(self) -> int:
        """Send the request, read the whole response; its status code."""
        self.reply.done = False
        self.sock.sendall(self.request)
        while not self.reply.done:
            data = self.sock.recv(65536)
            if not data:
                raise BenchError("the server closed the connection")
            self.parser.feed_data(data)
        return self.parser.get_status_code()

    def close(self) -> None:
        self.sock.close()


def drive(url: str, seconds: float, clients: int) -> dict[str, Any]:
    """``clients`` keep-alive connections, one thread each, on the list call for ``seconds``."""
    parts = httpx.URL(url)
    host, port = parts.host, parts.port or 80
    request = (
        f"GET {SERVICE_PATH} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n"
        + "".join(f"{name}: {value}\r\n" for name, value in TOKEN_HEADERS.items())
        + "\r\n"
    ).encode()
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    ready = threading.Barrier(clients + 1)
    deadline = [0.0]

    def worker() -> None:
        nonlocal errors
        mine: list[float] = []
        failed = 0
        try:
            connection = _Connection(host, port, request)
            connection.call()  # connect before the clock starts
            ready.wait()
            while True:
                start = time.perf_counter()
                if start >= deadline[0]:
                    break
                status = connection.call()
                mine.append(time.perf_counter() - start)
                failed += status != 200
            connection.close()
        except BaseException:
            ready.abort()  # a failed client fails the run instead of leaving the others waiting
            raise
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    deadline[0] = time.perf_counter() + seconds
    started, cpu_started = time.perf_counter(), time.process_time()
    ready.wait()
    for thread in threads:
        thread.join()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    latencies.sort()
    if not latencies:
        raise BenchError("no request completed")
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": elapsed,
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
        "driver_cpu_ms_per_request": cpu * 1000 / len(latencies),
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process, from /proc (None where there is no /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _Server:
    """A ``serve`` child process on a free port; stopped with SIGINT so a profile gets written."""

    def __init__(self, app_name: str, profile: str | None = None) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        args = ["-m", "generator.bench.simulator", "serve", "--app", app_name, "--port", str(self.port)]
        args += ["--profile", profile] if profile else []
        self.proc = subprocess.Popen([sys.executable, *args], cwd=config.ROOT, stdout=self.log, stderr=self.log)
        self._wait_ready()
        if app_name == "simulator":
            self._seed()

    def _output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-4000:]

    def _wait_ready(self, timeout_s: float = 120) -> None:
        until = time.monotonic() + timeout_s
        while time.monotonic() < until:
            if self.proc.poll() is not None:
                raise BenchError(f"the server exited ({self.proc.returncode}):\n{self._output()}")
            try:
                if httpx.get(f"{self.url}/_sim/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise BenchError(f"the server did not answer within {timeout_s:.0f} s:\n{self._output()}")

    def _seed(self) -> None:
        """Three clusters, so the list body matches the per-call benchmark's."""
        with httpx.Client(base_url=self.url, headers=TOKEN_HEADERS) as client:
            for body in create_cluster_bodies(3):
                reply = client.post(SERVICE_PATH, json=body)
                if reply.status_code != 200:
                    raise BenchError(f"seeding a cluster failed: {reply.status_code} {reply.text[:300]}")
            listed = client.get(SERVICE_PATH).json().get("clusters", [])
        if len(listed) != 3:
            raise BenchError(f"the simulator lists {len(listed)} clusters after seeding 3")

    def cpu_s(self) -> float | None:
        return _cpu_s(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def _drive(url: str, seconds: float, clients: int) -> dict[str, Any]:
    args = ["-m", "generator.bench.simulator", "drive", "--url", url, "--seconds", str(seconds)]
    result: dict[str, Any] = python_json([*args, "--clients", str(clients)], timeout_s=seconds + 120)
    return result


def _measure_app(app_name: str, runs: int, seconds: float, clients: int) -> dict[str, Any]:
    server = _Server(app_name)
    samples = []
    try:
        for _ in range(runs):
            before = server.cpu_s()
            sample = _drive(server.url, seconds, clients)
            after = server.cpu_s()
            if before is not None and after is not None:
                sample["server_cpu_ms_per_request"] = (after - before) * 1000 / sample["requests"]
            samples.append(sample)
    finally:
        server.stop()
    result: dict[str, Any] = {
        key: summarise([s[key] for s in samples])
        for key in ("rps", "p50_ms", "p99_ms", "server_cpu_ms_per_request", "driver_cpu_ms_per_request")
        if all(key in s for s in samples)
    }
    result["errors"] = sum(s["errors"] for s in samples)
    return result


def _idle(file: str, func: str) -> bool:
    """Profile entries that are the event loop waiting for the network: the selector's poll (asyncio),
    or uvloop's C loop, which cProfile books as ``Runner.run``'s own time."""
    return (file == "~" and "poll" in func) or (file.endswith("asyncio/runners.py") and func == "run")


def profile(seconds: float, clients: int, top: int = 12) -> dict[str, Any]:
    """One drive against the simulator under cProfile: shares of its busy time, heaviest functions.

    Busy time is the profile's total less the loop's idle entries (wall time like every entry, so the
    shares stay comparable on a machine shared with the driver).
    """
    with tempfile.TemporaryDirectory(prefix="dbcloud-bench-") as tmp:
        path = str(Path(tmp) / "simulator.prof")
        server = _Server("simulator", profile=path)
        try:
            sample = _drive(server.url, seconds, clients)
        finally:
            server.stop()
        # What pstats.Stats loads: (file, line, function) -> (calls, primitive calls, self s, cumulative s, callers).
        stats: dict[tuple[str, int, str], tuple[Any, ...]] = marshal.loads(Path(path).read_bytes())
    idle = sum(row[2] for (file, _, func), row in stats.items() if _idle(file, func))
    busy = sum(row[2] for row in stats.values()) - idle
    shares = []
    for label, suffix, func in _ENTRIES:
        cum = sum(row[3] for (file, _, name), row in stats.items() if file.endswith(suffix) and name == func)
        shares.append((label, round(100 * cum / busy, 1)))
    heaviest = sorted(stats.items(), key=lambda item: -item[1][2])
    functions = [
        (f"{_short(file)}:{line}({func})", round(100 * row[2] / busy, 1))
        for (file, line, func), row in heaviest
        if not _idle(file, func)
    ][:top]
    return {
        "requests_profiled": sample["requests"],
        "busy_s": round(busy, 2),
        "share_of_busy_time_pct": shares,
        "heaviest_functions_self_pct": functions,
    }


def _short(file: str) -> str:
    """``site-packages/x.py`` -> ``x.py``; a file of this checkout -> its path from the root."""
    if "site-packages/" in file:
        return file.split("site-packages/", 1)[1]
    if file.startswith(str(config.ROOT) + "/"):
        return file[len(str(config.ROOT)) + 1 :]
    return re.sub(r"^.*/python3\.\d+/", "", file)


def measure(runs: int, seconds: float, clients: int, target_rps: float) -> dict[str, Any]:
    results: dict[str, Any] = {"clients": clients, "seconds_per_run": seconds, "path": f"GET {SERVICE_PATH}"}
    for app_name in APPS:
        results[app_name] = _measure_app(app_name, runs, seconds, clients)
    if results["simulator"]["rps"]["median"] < target_rps:
        results["profile"] = profile(seconds, clients)
    results["scaling"] = sim_scaling.measure(runs)  # cost against the number of stored resources
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench.simulator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve")
    serve_cmd.add_argument("--app", choices=APPS, default="simulator")
    serve_cmd.add_argument("--port", type=int, required=True)
    serve_cmd.add_argument("--profile")
    drive_cmd = commands.add_parser("drive")
    drive_cmd.add_argument("--url", required=True)
    drive_cmd.add_argument("--seconds", type=float, default=3.0)
    drive_cmd.add_argument("--clients", type=int, default=4)
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(args.app, args.port, args.profile)
    else:
        print(json.dumps(drive(args.url, args.seconds, args.clients)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
