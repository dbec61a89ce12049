"""What a request costs the simulator does not grow with the resources it holds: a page renders only
its items, a delete touches only the deleted record's children, finished jobs do not pile up.
(``make bench`` measures the full sizes: 20,000 deletes, a page with 10,000 stored.)"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from dbcloud_simulator import limits
from dbcloud_simulator.state import Record, Store
from generator.bench.sim_scaling import _Caller, bulk_delete, page_cpu_ms
from tests.simulator.calls import PROJECT, Sim
from tests.simulator.test_e2e import request_example


@pytest.fixture
def sim() -> Iterator[Sim]:
    sim = Sim()
    yield sim
    sim.close()


def _fill(sim: Sim, count: int) -> None:
    """``count`` DDM instances: one created through the API, the rest stored as copies of it."""
    created = sim.ok("ddm", "create_instance", request_example("ddm", "create_instance"))["id"]
    first = sim.app.store.get("ddm", PROJECT, "instance", created)
    assert first is not None
    for _ in range(count - 1):
        key = sim.app.store.new_id()
        sim.app.store.put("ddm", PROJECT, Record(key, "instance", None, {**first.fields, "id": key}, 0.0))


def test_a_page_views_only_its_items(sim: Sim, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(sim, 10_000)
    viewed = 0
    original = Record.view

    def counting(self: Record, now: float) -> dict[str, object]:
        nonlocal viewed
        viewed += 1
        return original(self, now)

    monkeypatch.setattr(Record, "view", counting)
    page = sim.ok("ddm", "list_instances", query={"offset": 9_990, "limit": 10})
    assert len(page["instances"]) == 10
    assert page["total_record"] == 10_000
    assert viewed == 10


def test_a_delete_does_not_scan_the_project() -> None:
    def cost(stored: int, deletes: int = 300) -> float:
        store = Store()
        for index in range(stored):
            store.put("dws", "p", Record(f"c{index}", "cluster", None, {}, 0.0))
            store.put("dws", "p", Record(f"s{index}", "snapshot", f"c{index}", {}, 0.0))
        start = time.process_time()
        for index in range(deletes):
            store.delete("dws", "p", "cluster", f"c{index}")
        elapsed = time.process_time() - start
        assert store.count("dws", "p", "cluster") == stored - deletes
        assert store.get("dws", "p", "snapshot", "s0", "c0") is None  # the children went too
        return elapsed

    small, large = min(cost(300) for _ in range(3)), min(cost(30_000) for _ in range(3))
    # A scan of the project per delete made this ~100x; a generous bound for a loaded machine.
    assert large < 5 * small + 0.01, (small, large)


def test_page_and_delete_cost_through_the_app_do_not_grow() -> None:
    """The bench's own measurements at reduced sizes, 10 vs 2,000 resources, a generous factor."""
    assert page_cpu_ms(2_000, calls=50) < 3 * page_cpu_ms(10, calls=50)
    assert bulk_delete(2_000)["ms_per_delete"] < 3 * bulk_delete(10)["ms_per_delete"]


def test_finished_jobs_are_bounded(sim: Sim, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dbcloud_simulator.app.MAX_TRACKED", 5)
    instance_id = sim.ok("ddm", "create_instance", request_example("ddm", "create_instance"))["id"]
    jobs = [sim.ok("ddm", "update_database_info", instance_id=instance_id)["jobId"] for _ in range(8)]
    assert sim.app.store.count("ddm", PROJECT, "job") == 5
    assert sim.call("ddm", "show_ddm_job_result", job_id=jobs[0]).status_code == 404  # the oldest went
    assert sim.call("ddm", "show_ddm_job_result", job_id=jobs[-1]).status_code == 200
    assert limits.MAX_TRACKED >= 1000  # the real bound keeps every job a test or a user waits on


def test_the_bench_caller_reports_app_cpu_only() -> None:
    from dbcloud_simulator import build_app

    call = _Caller(build_app())
    try:
        status, body = call("GET", "/_sim/health")
        assert status == 200 and "dws" in body["services"]
        assert 0 < call.cpu_s < 1
    finally:
        call.close()
