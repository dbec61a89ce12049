"""5. Many concurrent async calls over loopback: 1,000 ``list_clusters`` at once on one client.

The simulator runs in its own process (uvicorn on 127.0.0.1, a free port; 3 clusters seeded); each
sample runs one contender in a fresh interpreter, which starts ``calls`` tasks at once on one client
and times them until the last reply (wall time, and the client process's own CPU time per call).
Every contender is measured at each server latency of ``LATENCIES``: 0 (the simulator answers at once)
and ``REALISTIC_LATENCY_S``, a cloud API's list call, added to every reply with the simulator's queued
``delay`` fault. Only with latency do connections idle and waiters pile up in httpcore's pool, which
is where its cost lies (docs/decisions.md, "in flight"). The contenders:

- dbcloud ``AsyncDwsClient`` (AK/SK, typed) with the default in-flight limit, and with ``None`` (no limit),
  on its own wire (``dbcloud_core._aiohttp``);
- the same client on httpx's own transport (httpcore), sized as the client sizes it where a proxy applies:
  the default before the wire changed;
- the client *as filed* in issue 21: httpx's own transport, no limit and no ``sniffio`` (its import fails
  as for a missing package, after the same search of the import path), httpx's pool of 100 connections,
  20 kept alive;
- bare ``httpx.AsyncClient`` + ``json.loads`` behind an ``asyncio.Semaphore`` of the default limit,
  and unlimited (httpx's default pool); and behind the same semaphore on dbcloud's wire. Same timeouts
  as dbcloud's (60 s, 10 s to connect), so no call of either fails on httpx's 5 s pool timeout;
- the official ``huaweicloudsdkdws`` client (AK/SK, its own models): it has no asyncio client, so the calls
  run on a thread pool of the default limit, as its users would run many at once.

Throughput is wall time over loopback on a shared 2-CPU machine: the server's CPU and other load count.
The client's CPU per call (``time.process_time``) is the steadier figure.
``python -m generator.bench.concurrency --url URL --kind dbcloud --limit 100`` runs one sample, prints JSON
(faults are the caller's to queue).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.abc
import json
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from types import ModuleType
from typing import Any

from ._common import LIST_PATH, PROJECT_ID, BenchError, python_json, ratio, summarise

#: The simulator's default account (docs/simulator.md), valid on any project id.
AK, SK = "SIMULATORAK0000000000", "simulator-secret-key"
TOKEN_HEADERS = {"X-Auth-Token": "sim-token"}
#: A cloud API's list call seen from a client in the same region: tens to a few hundred ms.
REALISTIC_LATENCY_S = 0.1
LATENCIES = (0.0, REALISTIC_LATENCY_S)
#: dbcloud on its own wire, on httpx's, as filed; bare httpx on its own wire, on dbcloud's; the official SDK.
KINDS = ("dbcloud", "dbcloud-httpx-wire", "as-filed", "httpx", "httpx-dbcloud-wire", "official")
#: The contenders that send through httpcore, which imports sniffio on each async request (as filed: absent).
_HTTPCORE_KINDS = ("dbcloud-httpx-wire", "as-filed", "httpx")
#: The simulator queues at most this many faults per admin call (docs/simulator.md).
_FAULTS_PER_CALL = 1000


class MissingSniffio(importlib.abc.MetaPathFinder):
    """``import sniffio`` fails as it does where the package is not installed: after the other finders
    have searched the import path for it (httpcore retries that import on every async request)."""

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> None:
        if name != "sniffio":
            return None
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                finder.find_spec(name, path, target)  # the search a missing package costs; the result is dropped
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def contenders() -> list[tuple[str, int | None]]:
    """(kind, limit) of every sample at each latency."""
    from dbcloud_core.concurrency import DEFAULT_MAX_CONCURRENCY as default

    return [
        ("dbcloud", default),
        ("dbcloud", None),
        ("dbcloud-httpx-wire", default),
        ("as-filed", None),
        ("httpx", default),
        ("httpx", None),
        ("httpx-dbcloud-wire", default),
        ("official", default),
    ]


def label(kind: str, limit: int | None) -> str:
    from dbcloud_core.concurrency import DEFAULT_MAX_CONCURRENCY

    if kind == "as-filed":
        return "dbcloud AsyncDwsClient as filed: httpx's transport, no limit, no sniffio"
    if kind == "official":
        return f"official huaweicloudsdkdws DwsClient (AK/SK), a pool of {limit} threads"
    if kind.startswith("dbcloud"):
        default = " (the default)" if limit == DEFAULT_MAX_CONCURRENCY and kind == "dbcloud" else ""
        wire = ", httpx's transport" if kind == "dbcloud-httpx-wire" else ""
        return f"dbcloud AsyncDwsClient (AK/SK, typed), max_concurrency={limit}{wire}{default}"
    gate = "unlimited (httpx's pool of 100)" if limit is None else f"asyncio.Semaphore({limit})"
    wire = " on dbcloud's transport" if kind == "httpx-dbcloud-wire" else ""
    return f"bare httpx.AsyncClient{wire} + json.loads, {gate}"


def _call_factory(kind: str, url: str, limit: int | None) -> tuple[Callable[[], Awaitable[int]], Any]:
    """One call of the contender (returning the number of clusters listed) and the client to close."""
    if kind == "as-filed":
        sys.modules.pop("sniffio", None)
        sys.meta_path.insert(0, MissingSniffio())
    if kind == "official":
        return _official_call(url, limit)
    import httpx

    from dbcloud_core._aiohttp import AiohttpTransport
    from dbcloud_core.concurrency import pool_limits

    if not kind.startswith("httpx"):
        from dbcloud_core import HuaweiCredentials
        from dbcloud_dws import AsyncDwsClient

        credentials = HuaweiCredentials(ak=AK, sk=SK, project_id=PROJECT_ID)
        wire = None  # the client's own
        if kind == "dbcloud-httpx-wire":
            wire = httpx.AsyncHTTPTransport(limits=pool_limits(limit))
        elif kind == "as-filed":
            wire = httpx.AsyncHTTPTransport()  # httpx's pool as it comes: 100 connections, 20 kept alive
        client: Any = AsyncDwsClient(
            credentials=credentials, base_url=f"{url}/dws", max_concurrency=limit, transport=wire
        )

        async def typed() -> int:
            return len((await client.list_clusters()).clusters)

        return typed, client.close
    from dbcloud_core.base_client import DEFAULT_TIMEOUT

    ours = AiohttpTransport(limits=pool_limits(limit)) if kind == "httpx-dbcloud-wire" else None
    bare = httpx.AsyncClient(base_url=f"{url}/dws", headers=TOKEN_HEADERS, timeout=DEFAULT_TIMEOUT, transport=ours)
    gate: Any = contextlib.nullcontext() if limit is None else asyncio.Semaphore(limit)

    async def plain() -> int:
        async with gate:
            reply = await bare.get(LIST_PATH)
        reply.raise_for_status()
        return len(json.loads(reply.content)["clusters"])

    return plain, bare.aclose


def _official_call(url: str, limit: int | None) -> tuple[Callable[[], Awaitable[int]], Any]:
    """The official SDK's list call on a thread pool of ``limit`` workers (its client is synchronous)."""
    from concurrent.futures import ThreadPoolExecutor

    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkdws.v2 import DwsClient, ListClustersRequest

    config = HttpConfig.get_default_config()
    config.retry_times = 0
    official = (
        DwsClient.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials(AK, SK, PROJECT_ID))
        .with_endpoint(f"{url}/dws")
        .build()
    )
    pool = ThreadPoolExecutor(max_workers=limit)

    def listed() -> int:
        return len(official.list_clusters(ListClustersRequest()).clusters)

    async def threaded() -> int:
        return await asyncio.get_running_loop().run_in_executor(pool, listed)

    async def close() -> None:
        pool.shutdown()

    return threaded, close


async def _sample(kind: str, url: str, calls: int, limit: int | None) -> dict[str, Any]:
    call, close = _call_factory(kind, url, limit)
    try:
        await call()  # connect, compile validators, import lazily loaded modules: not timed
        cpu, wall = time.process_time(), time.perf_counter()
        results = await asyncio.gather(*(call() for _ in range(calls)), return_exceptions=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        await close()
    errors = [r for r in results if not isinstance(r, int)]
    if errors:
        raise BenchError(f"{kind} (limit {limit}): {len(errors)} of {calls} calls failed, first: {errors[0]!r}")
    listed = set(results)
    if listed != {3}:
        raise BenchError(f"{kind} (limit {limit}): listed {sorted(map(str, listed))} clusters, expected 3")
    if kind in _HTTPCORE_KINDS and (kind == "as-filed") == ("sniffio" in sys.modules):
        raise BenchError(f"{kind}: sniffio {'was' if 'sniffio' in sys.modules else 'was not'} imported")
    if kind in ("dbcloud", "httpx-dbcloud-wire") and not _sent_by_aiohttp():
        raise BenchError(f"{kind}: aiohttp sent nothing")
    if kind in _HTTPCORE_KINDS and _sent_by_aiohttp():
        raise BenchError(f"{kind}: aiohttp was used")
    return {"calls_per_s": calls / wall, "cpu_ms_per_call": cpu / calls * 1000}


def _sent_by_aiohttp() -> bool:
    """Whether this interpreter sent through aiohttp (it is imported by the first request, not before)."""
    return "aiohttp.client" in sys.modules


def drive(kind: str, url: str, calls: int, limit: int | None) -> dict[str, Any]:
    """One sample of a contender in this interpreter (see ``measure`` for the whole comparison)."""
    return asyncio.run(_sample(kind, url, calls, limit))


def queue_latency(url: str, seconds: float, count: int) -> None:
    """Delay the next ``count`` DWS list_clusters replies by ``seconds`` (the simulator's fault queue)."""
    import httpx

    while count > 0:
        batch = min(count, _FAULTS_PER_CALL)
        fault = {"fault": f"delay={seconds:g}", "count": batch, "service": "dws", "operation": "list_clusters"}
        reply = httpx.post(f"{url}/_sim/faults", json=fault)
        if reply.status_code != 200:
            raise BenchError(f"queueing {batch} delay faults failed: {reply.status_code} {reply.text[:300]}")
        count -= batch


def _summary(values: list[dict[str, Any]]) -> dict[str, Any]:
    return {key: summarise([v[key] for v in values]) for key in ("calls_per_s", "cpu_ms_per_call")}


def measure(runs: int, calls: int) -> dict[str, Any]:
    """``runs`` samples of every contender at every latency, interleaved, a fresh interpreter each."""
    from dbcloud_core.concurrency import DEFAULT_MAX_CONCURRENCY

    from .simulator import _Server

    chosen = contenders()
    samples: dict[float, dict[str, list[dict[str, Any]]]] = {lat: {label(*c): [] for c in chosen} for lat in LATENCIES}
    server = _Server("simulator")
    try:
        for _ in range(runs):
            for latency in LATENCIES:
                for kind, limit in chosen:
                    if latency:
                        queue_latency(server.url, latency, calls + 1)  # the untimed first call too
                    args = ["-m", "generator.bench.concurrency", "--url", server.url, "--kind", kind]
                    args += ["--limit", str(limit), "--calls", str(calls)]
                    samples[latency][label(kind, limit)].append(python_json(args, timeout_s=600))
    finally:
        server.stop()
    ours, as_filed = label("dbcloud", DEFAULT_MAX_CONCURRENCY), label("as-filed", None)
    same, official = label("httpx", DEFAULT_MAX_CONCURRENCY), label("official", DEFAULT_MAX_CONCURRENCY)
    same_wire = label("httpx-dbcloud-wire", DEFAULT_MAX_CONCURRENCY)
    old_wire = label("dbcloud-httpx-wire", DEFAULT_MAX_CONCURRENCY)
    latencies = {}
    for latency, by_label in samples.items():
        rows = {name: _summary(values) for name, values in by_label.items()}
        latencies[f"{latency:g}"] = {
            "rows": rows,
            "x_as_filed": ratio(rows[ours]["calls_per_s"], rows[as_filed]["calls_per_s"]),
            "x_httpx_same_limit": ratio(rows[ours]["calls_per_s"], rows[same]["calls_per_s"]),
            "x_httpx_same_wire": ratio(rows[ours]["calls_per_s"], rows[same_wire]["calls_per_s"]),
            "x_httpx_wire": ratio(rows[ours]["calls_per_s"], rows[old_wire]["calls_per_s"]),
            "x_official": ratio(rows[ours]["calls_per_s"], rows[official]["calls_per_s"]),
        }
    return {
        "calls": calls,
        "runs": runs,
        "limit": DEFAULT_MAX_CONCURRENCY,
        "realistic_latency_s": REALISTIC_LATENCY_S,
        "latencies": latencies,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench.concurrency", description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--kind", choices=KINDS, required=True)
    parser.add_argument("--limit", type=lambda v: None if v == "None" else int(v), required=True)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args(argv)
    print(json.dumps(drive(args.kind, args.url, args.calls, args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
