"""In-process mode (moto's way): ``mock_dbcloud`` and the ``dbcloud_simulator`` pytest fixture route
clients built inside them to a simulator without a port; clock, faults and reset are Python calls."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from dbcloud_core.errors import NotFoundError, ServerError, TransportError
from dbcloud_core.retries import RetryPolicy
from dbcloud_simulator import InProcessSimulator, mock_dbcloud
from dbcloud_simulator.inprocess import AsyncASGITransport, SyncASGITransport
from tests.simulator.test_e2e import request_example

ROOT = Path(__file__).resolve().parents[2]
NO_WAIT = RetryPolicy(max_attempts=3, base_delay_s=0.0, max_delay_s=0.0)


def _create_cluster(dws) -> str:  # type: ignore[no-untyped-def]
    from dbcloud_dws.models import CreateClusterRequest

    return str(
        dws.create_cluster(body=CreateClusterRequest.from_dict(request_example("dws", "create_cluster"))).cluster.id
    )


def test_clients_on_their_default_endpoints_reach_the_simulator_with_fake_credentials() -> None:
    from dbcloud_ddm import DdmClient
    from dbcloud_dws import DwsClient

    with mock_dbcloud(strict=True) as sim:
        with DwsClient(region="eu-west-101") as dws, DdmClient(region="ap-southeast-1") as ddm:
            assert isinstance(dws._http._transport, SyncASGITransport)  # type: ignore[attr-defined]
            cluster_id = _create_cluster(dws)
            assert dws.list_cluster_details(cluster_id=cluster_id).cluster.status == "CREATING"
            sim.advance(3600)
            assert dws.list_cluster_details(cluster_id=cluster_id).cluster.status == "AVAILABLE"
            assert ddm.list_instances().instances == []
        assert [c.id for c in DwsClient(region="eu-west-101").list_clusters().clusters] == [cluster_id]
        sim.reset()
        assert DwsClient(region="eu-west-101").list_clusters().clusters == []
    # Outside the block nothing is routed: a client gets its ordinary network transport again.
    outside = DwsClient(region="eu-west-101", credentials=None, auth=httpx.BasicAuth("u", "p"))
    assert isinstance(outside._http._transport, httpx.HTTPTransport)  # type: ignore[attr-defined]


@mock_dbcloud()
def test_as_a_decorator_each_call_gets_a_fresh_simulator() -> None:
    from dbcloud_dws import DwsClient

    with DwsClient(region="eu-west-101") as dws:
        assert dws.list_clusters().clusters == []
        _create_cluster(dws)
        assert len(dws.list_clusters().clusters) == 1


def test_faults_and_fields_as_python_calls(dbcloud_simulator: InProcessSimulator) -> None:
    from dbcloud_dws import DwsClient

    with DwsClient(region="eu-west-101", retry=NO_WAIT) as dws:
        dbcloud_simulator.fault("503", count=2, service="dws")
        assert dws.list_clusters().clusters == []  # two faults, retried, third answer is real
        dbcloud_simulator.fault("503", count=3)
        with pytest.raises(ServerError):
            dws.list_clusters()
        dbcloud_simulator.fault("drop", operation="list_clusters")
        with pytest.raises(TransportError):
            dws.with_options(retry=RetryPolicy(max_attempts=1)).list_clusters()
        cluster_id = _create_cluster(dws)
        fields = dbcloud_simulator.set_fields("dws", "cluster", cluster_id, status="CREATION FAILED")
        assert fields["status"] == dws.list_cluster_details(cluster_id=cluster_id).cluster.status == "CREATION FAILED"
        with pytest.raises(KeyError, match="no cluster 'nope' in dws"):
            dbcloud_simulator.set_fields("dws", "cluster", "nope", status="AVAILABLE")
        with pytest.raises(ValueError, match="unknown fault"):
            dbcloud_simulator.fault("sometimes")


def test_async_clients_are_routed_too(dbcloud_simulator: InProcessSimulator) -> None:
    from dbcloud_epas import AsyncEpasClient

    async def scenario() -> None:
        async with AsyncEpasClient(region="kr-west1") as epas:
            assert isinstance(epas._http._transport, AsyncASGITransport)  # type: ignore[attr-defined]
            with pytest.raises(NotFoundError):
                await epas.show_cluster(cluster_id="missing")

    asyncio.run(scenario())


def test_own_httpx_client_over_the_transport_at_the_root(dbcloud_simulator: InProcessSimulator) -> None:
    with httpx.Client(base_url="http://anything", transport=dbcloud_simulator.transport()) as http:
        assert http.get("/_sim/health").json()["services"] == ["ddm", "dws", "epas"]
        token = {"X-Auth-Token": "sim-token"}
        assert http.get("/v1.0/p1/clusters", headers=token).json()["clusters"] == []  # DWS, no prefix
        assert http.get("/v1/p1/instances", headers=token).json()["instances"] == []  # DDM, no prefix
        assert http.get("/nowhere", headers=token).status_code == 404


def test_readme_in_process_example_runs_as_a_users_own_test(tmp_path: Path) -> None:
    """The README's example, verbatim, as a user's test file run by pytest in a directory of its own:
    the fixture comes from the installed package's pytest11 entry point, not from our conftest."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"### In your own tests\n.*?```python\n(.*?)```", readme, re.S)
    assert code is not None
    (tmp_path / "test_user.py").write_text(code.group(1), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"\b1 passed\b", run.stdout), run.stdout
