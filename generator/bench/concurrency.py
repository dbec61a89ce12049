"""5. Many concurrent async calls over loopback: 1,000 ``list_clusters`` at once on one client.

The simulator runs in its own process (uvicorn on 127.0.0.1, a free port; 3 clusters seeded); each
sample runs one contender in a fresh interpreter, which starts ``calls`` tasks at once on one client
and times them until the last reply (wall time, and the client process's own CPU time per call):

- dbcloud ``AsyncDwsClient`` (AK/SK, typed) at in-flight limits ``SWEEP`` (``max_concurrency``; ``None``
  is what a client did before the limit existed);
- bare ``httpx.AsyncClient`` + ``json.loads`` behind an ``asyncio.Semaphore`` of the default limit;
- bare ``httpx.AsyncClient`` + ``json.loads``, unlimited (httpx's default pool of 100 connections).

Throughput is wall time over loopback on a shared 2-CPU machine: the server's CPU and other load count.
The client's CPU per call (``time.process_time``) is the steadier figure.
``python -m generator.bench.concurrency --url URL --kind dbcloud --limit 20`` runs one sample, prints JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ._common import LIST_PATH, PROJECT_ID, BenchError, python_json, ratio, summarise

#: The simulator's default account (docs/simulator.md), valid on any project id.
AK, SK = "SIMULATORAK0000000000", "simulator-secret-key"
TOKEN_HEADERS = {"X-Auth-Token": "sim-token"}
#: The in-flight limits dbcloud is measured at (the default is one of them); ``None``: no limit.
SWEEP: tuple[int | None, ...] = (10, 20, 50, None)


def contenders() -> list[tuple[str, int | None]]:
    """(kind, limit) of every sample: dbcloud across the sweep, bare httpx at the default and unlimited."""
    from dbcloud_core.concurrency import DEFAULT_MAX_CONCURRENCY

    return [*(("dbcloud", limit) for limit in SWEEP), ("httpx", DEFAULT_MAX_CONCURRENCY), ("httpx", None)]


def label(kind: str, limit: int | None) -> str:
    from dbcloud_core.concurrency import DEFAULT_MAX_CONCURRENCY

    if kind == "dbcloud":
        default = " (the default)" if limit == DEFAULT_MAX_CONCURRENCY else ""
        return f"dbcloud AsyncDwsClient (AK/SK, typed), max_concurrency={limit}{default}"
    gate = "unlimited (httpx's pool of 100)" if limit is None else f"asyncio.Semaphore({limit})"
    return f"bare httpx.AsyncClient + json.loads, {gate}"


def _call_factory(kind: str, url: str, limit: int | None) -> tuple[Callable[[], Awaitable[int]], Any]:
    """One call of the contender (returning the number of clusters listed) and the client to close."""
    if kind == "dbcloud":
        from dbcloud_core import HuaweiCredentials
        from dbcloud_dws import AsyncDwsClient

        credentials = HuaweiCredentials(ak=AK, sk=SK, project_id=PROJECT_ID)
        client: Any = AsyncDwsClient(credentials=credentials, base_url=f"{url}/dws", max_concurrency=limit)

        async def typed() -> int:
            return len((await client.list_clusters()).clusters)

        return typed, client.close
    import httpx

    bare = httpx.AsyncClient(base_url=f"{url}/dws", headers=TOKEN_HEADERS)
    gate: Any = contextlib.nullcontext() if limit is None else asyncio.Semaphore(limit)

    async def plain() -> int:
        async with gate:
            reply = await bare.get(LIST_PATH)
        reply.raise_for_status()
        return len(json.loads(reply.content)["clusters"])

    return plain, bare.aclose


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
    return {"calls_per_s": calls / wall, "cpu_ms_per_call": cpu / calls * 1000}


def drive(kind: str, url: str, calls: int, limit: int | None) -> dict[str, Any]:
    """One sample of a contender in this interpreter (see ``measure`` for the whole comparison)."""
    return asyncio.run(_sample(kind, url, calls, limit))


def measure(runs: int, calls: int) -> dict[str, Any]:
    """``runs`` samples of every contender, interleaved, a fresh interpreter each, against one simulator."""
    from dbcloud_core.concurrency import DEFAULT_MAX_CONCURRENCY

    from .simulator import _Server

    chosen = contenders()
    samples: dict[str, list[dict[str, Any]]] = {label(*c): [] for c in chosen}
    server = _Server("simulator")
    try:
        for _ in range(runs):
            for kind, limit in chosen:
                args = ["-m", "generator.bench.concurrency", "--url", server.url, "--kind", kind]
                args += ["--limit", str(limit), "--calls", str(calls)]
                samples[label(kind, limit)].append(python_json(args, timeout_s=600))
    finally:
        server.stop()
    rows = {
        name: {
            "calls_per_s": summarise([s["calls_per_s"] for s in values]),
            "cpu_ms_per_call": summarise([s["cpu_ms_per_call"] for s in values]),
        }
        for name, values in samples.items()
    }
    ours, unlimited = label("dbcloud", DEFAULT_MAX_CONCURRENCY), label("dbcloud", None)
    same = label("httpx", DEFAULT_MAX_CONCURRENCY)
    return {
        "calls": calls,
        "limit": DEFAULT_MAX_CONCURRENCY,
        "rows": rows,
        "x_unlimited": ratio(rows[ours]["calls_per_s"], rows[unlimited]["calls_per_s"]),
        "x_httpx_same_limit": ratio(rows[ours]["calls_per_s"], rows[same]["calls_per_s"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench.concurrency", description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--kind", choices=("dbcloud", "httpx"), required=True)
    parser.add_argument("--limit", type=lambda v: None if v == "None" else int(v), required=True)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args(argv)
    print(json.dumps(drive(args.kind, args.url, args.calls, args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
