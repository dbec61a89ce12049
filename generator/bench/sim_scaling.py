"""4b. Simulator cost against the number of resources it holds (in process, the app's own CPU).

Two questions, each answered as a ratio against the 10-resource case: does a 10-item page cost more
when 10,000 resources are stored (DDM ``list_instances?offset=0&limit=10``), and does a delete cost
more when 20,000 are (DWS ``delete_cluster``, the whole set deleted one call at a time)?

Requests go straight into the ASGI app (no sockets, no HTTP parsing): what is timed is the CPU the
simulator itself spends per request (``time.process_time``), the share that grows with stored state.
The throughput of section 4 covers the server stack around it.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from ._common import summarise

PAGE_SIZES = (10, 1_000, 10_000)
DELETE_COUNTS = (10, 20_000)
PAGE_CALLS = 200
PROJECT = "89cd04f168b84af6be287f71730fdb4b"
TOKEN = [(b"x-auth-token", b"sim-token"), (b"content-type", b"application/json")]


class _Caller:
    """Call an ASGI app in process: one event loop, one request at a time; ``cpu_s`` sums the CPU
    seconds spent inside the app (the caller's own encoding and event-loop turns are left out)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.cpu_s = 0.0

    def close(self) -> None:
        self.loop.close()

    def __call__(self, method: str, path: str, body: Any = None, query: str = "") -> tuple[int, Any]:
        payload = b"" if body is None else json.dumps(body).encode()
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "headers": [(b"host", b"bench"), *TOKEN],
            "client": ("127.0.0.1", 1),
            "server": ("127.0.0.1", 80),
        }
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": payload, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        async def timed() -> None:
            start = time.process_time()
            await self.app(scope, receive, send)
            self.cpu_s += time.process_time() - start

        self.loop.run_until_complete(timed())
        status = next(m["status"] for m in sent if m["type"] == "http.response.start")
        text = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        return status, json.loads(text) if text else None


def _example(app: Any, service: str, op_id: str) -> Any:
    op = app.services[service].catalog.by_id[op_id]
    spec = op.catalog.spec
    media = spec.deref(op.raw["requestBody"])["content"]["application/json"]
    return next(iter(media["examples"].values()))["value"]


def _seed_instances(app: Any, call: _Caller, count: int) -> None:
    """``count`` DDM instances: one created through the API, the rest stored as copies of it."""
    from dbcloud_simulator.state import Record

    status, created = call("POST", f"/ddm/v1/{PROJECT}/instances", _example(app, "ddm", "create_instance"))
    assert status == 200, created
    first = app.store.get("ddm", PROJECT, "instance", created["id"])
    for _ in range(count - 1):
        key = app.store.new_id()
        fields = {**first.fields, "id": key}
        app.store.put("ddm", PROJECT, Record(key, "instance", None, fields, first.created_at))


def page_cpu_ms(stored: int, calls: int = PAGE_CALLS) -> float:
    """Server CPU ms of one 10-item DDM page with ``stored`` instances held."""
    from dbcloud_simulator import build_app

    app = build_app()
    call = _Caller(app)
    try:
        _seed_instances(app, call, stored)
        path = f"/ddm/v1/{PROJECT}/instances"
        status, page = call("GET", path, query="offset=0&limit=10")
        assert status == 200 and len(page["instances"]) == min(10, stored), page
        call.cpu_s = 0.0
        for _ in range(calls):
            call("GET", path, query="offset=0&limit=10")
        return call.cpu_s / calls * 1000
    finally:
        call.close()


def bulk_delete(count: int) -> dict[str, float]:
    """Create ``count`` DWS clusters through the API, then delete them all: total s and ms per delete."""
    from dbcloud_simulator import build_app

    app = build_app()
    call = _Caller(app)
    try:
        body = _example(app, "dws", "create_cluster")
        delete_body = _example(app, "dws", "delete_cluster")
        ids = []
        for _ in range(count):
            status, created = call("POST", f"/dws/v1.0/{PROJECT}/clusters", body)
            assert 200 <= status < 300, created
            ids.append(created["cluster"]["id"])
        call.cpu_s = 0.0
        for cluster_id in ids:
            status, _ = call("DELETE", f"/dws/v1.0/{PROJECT}/clusters/{cluster_id}", delete_body)
            assert 200 <= status < 300, status
        total = call.cpu_s
        assert app.store.count("dws", PROJECT, "cluster") == 0
        return {"total_s": total, "ms_per_delete": total / count * 1000}
    finally:
        call.close()


def measure(runs: int) -> dict[str, Any]:
    """Page CPU at each stored count and bulk-delete cost, with ratios to the 10-resource case."""
    pages = {n: summarise([page_cpu_ms(n) for _ in range(runs)]) for n in PAGE_SIZES}
    deletes = {n: [bulk_delete(n) for _ in range(runs)] for n in DELETE_COUNTS}
    per_delete = {n: summarise([d["ms_per_delete"] for d in deletes[n]]) for n in DELETE_COUNTS}
    base_page = pages[PAGE_SIZES[0]]["median"]
    base_delete = per_delete[DELETE_COUNTS[0]]["median"]
    return {
        "page_cpu_ms": {str(n): s for n, s in pages.items()},
        "page_x_10": {str(n): round(s["median"] / base_page, 2) for n, s in pages.items()},
        "delete_ms": {str(n): s for n, s in per_delete.items()},
        "delete_x_10": {str(n): round(s["median"] / base_delete, 2) for n, s in per_delete.items()},
        "bulk_delete_s": summarise([d["total_s"] for d in deletes[DELETE_COUNTS[-1]]]),
    }


if __name__ == "__main__":  # python -m generator.bench.sim_scaling: a quick look without the full bench
    print(json.dumps(measure(1), indent=1))
