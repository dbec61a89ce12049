"""The concurrency bench (generator/bench/concurrency.py): its contenders are what they claim to be, the
server latency really reaches the calls, and the report holds each latency's ratios against issue 21's targets."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from generator.bench import concurrency, report
from generator.bench._common import python_json
from generator.bench.simulator import _Server


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    simulator = _Server("simulator")  # its own process on 127.0.0.1, a free port, 3 clusters seeded
    yield simulator
    simulator.stop()


def _sample(server: _Server, kind: str, limit: int | None, calls: int) -> dict[str, float]:
    args = ["-m", "generator.bench.concurrency", "--url", server.url, "--kind", kind]
    result: dict[str, float] = python_json([*args, "--limit", str(limit), "--calls", str(calls)], timeout_s=120)
    return result


def test_the_queued_latency_holds_every_call_of_a_sample(server: _Server) -> None:
    """12 calls (and the untimed first) at 0.2 s each, 4 at once: at least 3 waves, so at most 20 calls/s."""
    concurrency.queue_latency(server.url, 0.2, 13)
    started = time.perf_counter()
    result = _sample(server, "dbcloud", 4, 12)
    assert time.perf_counter() - started >= 0.8  # the first call and three waves
    assert result["calls_per_s"] <= 12 / 0.6
    assert result["cpu_ms_per_call"] > 0
    assert _sample(server, "dbcloud", 4, 12)["calls_per_s"] > 20  # the queue is spent: no latency left over


@pytest.mark.parametrize(
    ("kind", "limit"),
    [("dbcloud", 5), ("dbcloud-httpx-wire", 5), ("as-filed", None), ("httpx", 5), ("httpx-dbcloud-wire", 5)],
)
def test_each_contender_runs_on_its_own_wire_with_its_own_sniffio_state(
    server: _Server, kind: str, limit: int | None
) -> None:
    """The child refuses a sample sent through the other transport than its label says (aiohttp or httpcore),
    or where sniffio was imported as filed, or was not imported by an httpcore contender otherwise."""
    result = _sample(server, kind, limit, 10)
    assert result["calls_per_s"] > 0


def test_missing_sniffio_fails_the_import_as_a_missing_package_does() -> None:
    """What httpcore then does: its async library check falls back to asyncio, sniffio never loaded."""
    code = """if True:
        import asyncio, json, sys
        from generator.bench.concurrency import MissingSniffio
        sys.meta_path.insert(0, MissingSniffio())
        try:
            import sniffio
        except ModuleNotFoundError as exc:
            name = exc.name
        from httpcore._synchronization import current_async_library
        async def library():
            return current_async_library()
        print(json.dumps([name, asyncio.run(library()), "sniffio" in sys.modules]))
    """
    assert python_json(["-c", code]) == ["sniffio", "asyncio", False]


def _row(calls_per_s: float) -> dict[str, dict[str, float]]:
    return {"calls_per_s": {"min": calls_per_s, "median": calls_per_s, "max": calls_per_s}} | {
        "cpu_ms_per_call": {"min": 3.0, "median": 3.0, "max": 3.0}
    }


def test_the_report_holds_each_latency_against_its_targets() -> None:
    """Against the client as filed at the issue's own condition (no server latency); against bare httpx at both."""
    results = {
        "concurrency": {
            "calls": 1000,
            "runs": 3,
            "limit": 100,
            "realistic_latency_s": 0.1,
            "latencies": {
                "0": {"rows": {"a client": _row(300)}, "x_as_filed": 1.4, "x_httpx_same_limit": 0.95},
                "0.1": {"rows": {"a client": _row(280)}, "x_as_filed": 5.2, "x_httpx_same_limit": 1.1},
            },
        }
    }
    found = {t["target"]: (t["measured"], t["holds"]) for t in report._targets_21(results)}
    assert found == {
        "1,000 concurrent async calls, no server latency: default (limit 100) vs as filed (no limit, no sniffio)": (
            "1.4x",
            False,
        ),
        "1,000 concurrent async calls, no server latency: default vs bare httpx with the same limit": ("0.95x", False),
        "1,000 concurrent async calls, server latency 0.1 s: default vs bare httpx with the same limit": ("1.1x", True),
    }
    table = report._concurrency(results["concurrency"])
    assert "3 samples per row" in "\n".join(table)
    assert "| 0 s | a client | 300 / 300 / 300 | 3.00 / 3.00 / 3.00 |" in table
    assert "| 0.1 s | a client | 280 / 280 / 280 | 3.00 / 3.00 / 3.00 |" in table
    assert any("At 0.1 s the default against the client as filed is 5.20x" in line for line in table)
    assert any("100 / 0.1 s = 1,000 calls/s" in line for line in table)


def test_the_official_sdk_runs_its_calls_on_a_thread_pool_of_the_limit(server: _Server) -> None:
    """12 calls at 0.2 s each on 4 threads: three waves at least, as for our client at the same limit."""
    concurrency.queue_latency(server.url, 0.2, 13)
    result = _sample(server, "official", 4, 12)
    assert 0 < result["calls_per_s"] <= 12 / 0.6
