"""Every declared waiter through the generated facade, against the in-process simulator (the
``dbcloud_simulator`` fixture: no port, clients on their default endpoints) with its fast clock:
success (the clock moves on after every poll), failure (the resource is put in a failure state) and
timeout (the clock stands still). Paginators over stateful lists: every item once, for 0, 1, a page,
a page + 1 and many items."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from dbcloud_core.errors import WaiterFailureError, WaiterTimeoutError
from dbcloud_simulator import InProcessSimulator
from tests.support import SERVICES, request_example, spec_of

pytestmark = pytest.mark.dbcloud_simulator(strict=True)


@pytest.fixture
def simulator(dbcloud_simulator: InProcessSimulator) -> InProcessSimulator:
    """A fresh in-process simulator per test (the package's pytest plugin)."""
    return dbcloud_simulator


@pytest.fixture
def advance(simulator: InProcessSimulator) -> Callable[[float], float]:
    return simulator.advance


def _client(simulator: InProcessSimulator, service: str, **options: Any) -> Any:
    """A client as a user builds one: default endpoint, credentials from the (fake) environment."""
    options.setdefault("strict", True)  # the simulator answers by the spec: any drift is its bug
    if service == "epas":
        from dbcloud_epas import EpasClient

        return EpasClient(**options)
    if service == "ddm":
        from dbcloud_ddm import DdmClient

        return DdmClient(**options)
    from dbcloud_dws import DwsClient

    return DwsClient(**options)


@dataclass
class Started:
    """What a scenario's setup returns: the waiter's arguments, and the record a failure is put on."""

    kwargs: dict[str, Any]
    record: tuple[str, str]  # (simulator kind, id)
    failure: dict[str, Any] | None  # fields that put the resource in a failure state


# ---- scenario setups: start the asynchronous work each waiter follows ------------------------------


def _dws_cluster(c: Any, advance: Callable[[float], None], ready: bool = False) -> str:
    from dbcloud_dws.models import CreateClusterRequest

    cluster_id = str(
        c.create_cluster(body=CreateClusterRequest.from_dict(request_example("dws", "create_cluster"))).cluster.id
    )
    if ready:
        advance(3600)
    return cluster_id


def _dws_snapshot(c: Any, advance: Callable[[float], None]) -> str:
    from dbcloud_dws.models import CreateSnapshotRequest

    body = request_example("dws", "create_snapshot")
    body["snapshot"]["cluster_id"] = _dws_cluster(c, advance, ready=True)
    return str(c.create_snapshot(body=CreateSnapshotRequest.from_dict(body)).snapshot.id)


def dws_cluster_available(c: Any, advance: Callable[[float], None]) -> Started:
    cluster_id = _dws_cluster(c, advance)
    return Started({"cluster_id": cluster_id}, ("cluster", cluster_id), {"status": "CREATION FAILED"})


def dws_cluster_restored(c: Any, advance: Callable[[float], None]) -> Started:
    from dbcloud_dws.models import RestoreClusterRequest

    snapshot_id = _dws_snapshot(c, advance)
    advance(3600)
    body = RestoreClusterRequest.from_dict(request_example("dws", "restore_cluster"))
    restored = str(c.restore_cluster(snapshot_id=snapshot_id, body=body).cluster.id)
    return Started({"cluster_id": restored}, ("cluster", restored), {"status": "CREATION FAILED"})


def dws_cluster_resized(c: Any, advance: Callable[[float], None]) -> Started:
    from dbcloud_dws.models import ResizeClusterRequest

    cluster_id = _dws_cluster(c, advance, ready=True)
    c.resize_cluster(
        cluster_id=cluster_id, body=ResizeClusterRequest.from_dict(request_example("dws", "resize_cluster"))
    )
    return Started({"cluster_id": cluster_id}, ("cluster", cluster_id), {"task_status": "RESIZE_FAILURE"})


def dws_cluster_restarted(c: Any, advance: Callable[[float], None]) -> Started:
    from dbcloud_dws.models import RestartClusterRequest

    cluster_id = _dws_cluster(c, advance, ready=True)
    c.restart_cluster(cluster_id=cluster_id, body=RestartClusterRequest.from_dict({"restart": {}}))
    return Started({"cluster_id": cluster_id}, ("cluster", cluster_id), {"task_status": "REBOOT_FAILURE"})


def dws_cluster_deleted(c: Any, advance: Callable[[float], None], delete: bool = True) -> Started:
    from dbcloud_dws.models import DeleteClusterRequest

    cluster_id = _dws_cluster(c, advance, ready=True)
    if delete:
        c.delete_cluster(cluster_id=cluster_id, body=DeleteClusterRequest(keep_last_manual_snapshot=0))
    return Started({"cluster_id": cluster_id}, ("cluster", cluster_id), None)


def dws_snapshot_available(c: Any, advance: Callable[[float], None]) -> Started:
    snapshot_id = _dws_snapshot(c, advance)
    return Started({"snapshot_id": snapshot_id}, ("snapshot", snapshot_id), {"status": "UNAVAILABLE"})


def dws_snapshot_deleted(c: Any, advance: Callable[[float], None], delete: bool = True) -> Started:
    snapshot_id = _dws_snapshot(c, advance)
    advance(3600)
    if delete:
        c.delete_snapshot(snapshot_id=snapshot_id)
    return Started({"snapshot_id": snapshot_id}, ("snapshot", snapshot_id), None)


def _ddm_instance(c: Any) -> Any:
    from dbcloud_ddm.models import CreateInstanceRequest

    return c.create_instance(body=CreateInstanceRequest.from_dict(request_example("ddm", "create_instance")))


def ddm_instance_running(c: Any, advance: Callable[[float], None]) -> Started:
    instance_id = str(_ddm_instance(c).id)
    return Started({"instance_id": instance_id}, ("instance", instance_id), {"status": "CREATEFAILED"})


def ddm_instance_deleted(c: Any, advance: Callable[[float], None], delete: bool = True) -> Started:
    instance_id = str(_ddm_instance(c).id)
    advance(3600)
    if delete:
        c.delete_instance(instance_id=instance_id)
    return Started({"instance_id": instance_id}, ("instance", instance_id), None)


def ddm_job_finished(c: Any, advance: Callable[[float], None]) -> Started:
    job_id = str(_ddm_instance(c).job_id)
    return Started({"job_id": job_id}, ("job", job_id), {"status": "Failed"})


def _epas_cluster(c: Any) -> Any:
    from dbcloud_epas.models import EpasClusterCreateRequest

    return c.create_cluster(body=EpasClusterCreateRequest.from_dict(request_example("epas", "create_cluster")))


def epas_cluster_running(c: Any, advance: Callable[[float], None]) -> Started:
    cluster_id = str(_epas_cluster(c).resource.id)
    return Started({"cluster_id": cluster_id}, ("cluster", cluster_id), {"service_state": "FAILED"})


def epas_cluster_stopped(c: Any, advance: Callable[[float], None]) -> Started:
    cluster_id = str(_epas_cluster(c).resource.id)
    advance(3600)
    c.stop_cluster(cluster_id=cluster_id)
    return Started({"cluster_id": cluster_id}, ("cluster", cluster_id), {"service_state": "ERROR"})


def epas_cluster_deleted(c: Any, advance: Callable[[float], None], delete: bool = True) -> Started:
    cluster_id = str(_epas_cluster(c).resource.id)
    advance(3600)
    if delete:
        c.terminate_cluster(cluster_id=cluster_id)
    return Started({"cluster_id": cluster_id}, ("cluster", cluster_id), None)


def epas_request_finished(c: Any, advance: Callable[[float], None]) -> Started:
    request_id = str(_epas_cluster(c).request_id)
    return Started({"request_id": request_id}, ("request", request_id), {"state": "FAILED"})


SCENARIOS: dict[tuple[str, str], Callable[..., Started]] = {
    ("dws", "ClusterAvailable"): dws_cluster_available,
    ("dws", "ClusterRestored"): dws_cluster_restored,
    ("dws", "ClusterResized"): dws_cluster_resized,
    ("dws", "ClusterRestarted"): dws_cluster_restarted,
    ("dws", "ClusterDeleted"): dws_cluster_deleted,
    ("dws", "SnapshotAvailable"): dws_snapshot_available,
    ("dws", "SnapshotDeleted"): dws_snapshot_deleted,
    ("ddm", "InstanceRunning"): ddm_instance_running,
    ("ddm", "InstanceDeleted"): ddm_instance_deleted,
    ("ddm", "JobFinished"): ddm_job_finished,
    ("epas", "ClusterRunning"): epas_cluster_running,
    ("epas", "ClusterStopped"): epas_cluster_stopped,
    ("epas", "ClusterDeleted"): epas_cluster_deleted,
    ("epas", "RequestFinished"): epas_request_finished,
}
DECLARED = [(s.key, name) for s in SERVICES for name in spec_of(s).doc.get("x-waiters") or {}]
IDS = [f"{s}-{n}" for s, n in DECLARED]


def _method(name: str) -> str:
    from generator.naming import snake

    return f"wait_until_{snake(name)}"


def _has_failure(service: str, name: str) -> bool:
    waiter = spec_of(next(s for s in SERVICES if s.key == service)).doc["x-waiters"][name]
    return any(a["state"] == "failure" for a in waiter["acceptors"])


@pytest.fixture
def patch(simulator: InProcessSimulator) -> Callable[[str, tuple[str, str], dict[str, Any]], None]:
    def patch(service: str, record: tuple[str, str], fields: dict[str, Any]) -> None:
        kind, key = record
        simulator.set_fields(service, kind, key, **fields)

    return patch


def test_every_waiter_has_a_scenario() -> None:
    assert set(DECLARED) == set(SCENARIOS)


@pytest.mark.parametrize(("service", "name"), DECLARED, ids=IDS)
def test_waiter_success(
    simulator: InProcessSimulator, advance: Callable[[float], None], service: str, name: str
) -> None:
    seen: list[Any] = []
    with _client(simulator, service) as client:
        started = SCENARIOS[(service, name)](client, advance)

        def progress(p: Any) -> None:
            seen.append(p)
            advance(45)  # the simulated clock moves on between polls

        result = getattr(client, _method(name))(**started.kwargs, delay=0.001, on_progress=progress)
    assert seen and seen[-1].state == "success" and seen[-1].name == name
    if _has_failure(service, name):  # a lifecycle: it went through a transient state first
        assert len(seen) >= 2 and seen[0].state == "retry", [p.status for p in seen]
        assert result is not None and type(result).__name__.endswith("Response")
    else:  # a "deleted" waiter: its resource is gone, the 404 ended the wait
        assert result is None


@pytest.mark.parametrize(("service", "name"), [d for d in DECLARED if _has_failure(*d)], ids=lambda v: str(v))
def test_waiter_failure_fails_fast(
    simulator: InProcessSimulator, advance: Callable[[float], None], patch: Any, service: str, name: str
) -> None:
    with _client(simulator, service) as client:
        started = SCENARIOS[(service, name)](client, advance)
        assert started.failure is not None
        patch(service, started.record, started.failure)
        with pytest.raises(WaiterFailureError) as caught:
            getattr(client, _method(name))(**started.kwargs, delay=0.001, max_attempts=50)
    assert caught.value.attempts == 1 and caught.value.waiter == name
    assert caught.value.matched in started.failure.values()


@pytest.mark.parametrize(("service", "name"), DECLARED, ids=IDS)
def test_waiter_timeout_names_the_last_status(
    simulator: InProcessSimulator, advance: Callable[[float], None], service: str, name: str
) -> None:
    with _client(simulator, service) as client:
        scenario = SCENARIOS[(service, name)]
        started = (
            scenario(client, advance, delete=False) if not _has_failure(service, name) else scenario(client, advance)
        )
        with pytest.raises(WaiterTimeoutError) as caught:
            getattr(client, _method(name))(**started.kwargs, delay=0.001, max_attempts=3)
    assert caught.value.attempts == 3 and caught.value.waiter == name
    assert "gave up after 3 attempts" in str(caught.value)
    if _has_failure(service, name):  # still in its transient state, and the message says which
        assert caught.value.last_status is not None
        assert f"last status {caught.value.last_status!r}" in str(caught.value)


def test_async_waiter_success_and_cancellation(simulator: InProcessSimulator, advance: Callable[[float], None]) -> None:
    from dbcloud_epas import AsyncEpasClient

    async def run() -> None:
        async with AsyncEpasClient(strict=True) as epas:
            from dbcloud_epas.models import EpasClusterCreateRequest

            body = EpasClusterCreateRequest.from_dict(request_example("epas", "create_cluster"))
            cluster_id = (await epas.create_cluster(body=body)).resource.id
            polls: list[Any] = []
            waiting = epas.wait_until_cluster_running(cluster_id=cluster_id, delay=30, on_progress=polls.append)
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(waiting, timeout=0.5)  # cancelled during its 30 s sleep
            assert len(polls) == 1 and polls[0].status == "CREATING"
            advance(3600)
            done = await epas.wait_until_cluster_running(cluster_id=cluster_id, delay=0.001)
            assert done is not None and done.service_state == "RUNNING"

    asyncio.run(run())


# ---- paginators over the simulator's stateful lists --------------------------------------------------

PAGE = 4


def _ddm_configurations(c: Any, count: int) -> tuple[list[str], Iterator[Any], Callable[[Any], str]]:
    from dbcloud_ddm.models import CreateDdmConfigurationsRequest

    body = request_example("ddm", "create_ddm_configurations")
    ids = []
    for n in range(count):
        body["name"] = f"tmpl-{n:03d}"
        ids.append(str(c.create_ddm_configurations(body=CreateDdmConfigurationsRequest.from_dict(body)).id))
    return ids, c.paginate_list_ddm_configurations(page_size=PAGE), lambda item: str(item.id)


def _ddm_instances(c: Any, count: int) -> tuple[list[str], Iterator[Any], Callable[[Any], str]]:
    ids = [str(_ddm_instance(c).id) for _ in range(count)]
    return ids, c.paginate_list_instances(page_size=PAGE), lambda item: str(item.id)


def _epas_clusters(c: Any, count: int) -> tuple[list[str], Iterator[Any], Callable[[Any], str]]:
    ids = [str(_epas_cluster(c).resource.id) for _ in range(count)]
    return ids, c.paginate_list_clusters(page_size=PAGE), lambda item: str(item.id)


LISTS = {
    "ddm-list_ddm_configurations": ("ddm", _ddm_configurations),
    "ddm-list_instances": ("ddm", _ddm_instances),
    "epas-list_clusters": ("epas", _epas_clusters),
}


@pytest.mark.parametrize("count", [0, 1, PAGE, PAGE + 1, 5 * PAGE + 3])
@pytest.mark.parametrize("case", sorted(LISTS))
def test_paginator_returns_every_item_once(simulator: InProcessSimulator, case: str, count: int) -> None:
    service, seed = LISTS[case]
    with _client(simulator, service) as client:
        requests: list[httpx.Request] = []
        client._http.event_hooks["request"].append(requests.append)
        created, walk, key = seed(client, count)
        requests.clear()
        got = [key(item) for item in walk]
    assert sorted(got) == sorted(created) and len(got) == len(set(got))
    assert len(requests) <= count // PAGE + 1, "one request per page, at most one extra for the end"
