"""The generated clients over real HTTP against the simulator: the lifecycles of the issue, with
signing, validation, typed errors and faults on the way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dbcloud_core import HuaweiCredentials, ScpCredentials
from dbcloud_core.errors import NotFoundError, RateLimitedError, ServerError, UnauthorizedError
from dbcloud_core.retries import RetryPolicy
from dbcloud_simulator.server import BackgroundServer
from tests.support import request_example

PROJECT = "0123456789abcdef0123456789abcdef"


def huawei(simulator: BackgroundServer, **kw: Any) -> HuaweiCredentials:
    creds = simulator.app.credentials
    return HuaweiCredentials(ak=creds.huawei_ak, sk=creds.huawei_sk, project_id=PROJECT, **kw)


def test_dws_cluster_snapshot_restore_delete(simulator: BackgroundServer, advance: Callable[[float], None]) -> None:
    from dbcloud_dws import DwsClient
    from dbcloud_dws.models import (
        CreateClusterRequest,
        CreateSnapshotRequest,
        DeleteClusterRequest,
        RestoreClusterRequest,
    )

    with DwsClient(base_url=f"{simulator.url}/dws", credentials=huawei(simulator), strict=True) as dws:
        body = request_example("dws", "create_cluster")
        body["cluster"]["name"] = "e2e-dws"
        cluster_id = dws.create_cluster(body=CreateClusterRequest.from_dict(body)).cluster.id
        assert dws.list_cluster_details(cluster_id=cluster_id).cluster.status == "CREATING"
        advance(3600)
        detail = dws.list_cluster_details(cluster_id=cluster_id).cluster
        assert (detail.status, detail.name) == ("AVAILABLE", "e2e-dws")
        assert cluster_id in [c.id for c in dws.list_clusters().clusters]

        snap = request_example("dws", "create_snapshot")
        snap["snapshot"]["cluster_id"] = cluster_id
        snapshot_id = dws.create_snapshot(body=CreateSnapshotRequest.from_dict(snap)).snapshot.id
        advance(3600)
        assert dws.list_snapshot_details(snapshot_id=snapshot_id).snapshot.status == "AVAILABLE"

        restore = request_example("dws", "restore_cluster")
        restored_id = dws.restore_cluster(
            snapshot_id=snapshot_id, body=RestoreClusterRequest.from_dict(restore)
        ).cluster.id
        advance(3600)
        assert dws.list_cluster_details(cluster_id=restored_id).cluster.status == "AVAILABLE"

        for doomed in (cluster_id, restored_id):
            dws.delete_cluster(cluster_id=doomed, body=DeleteClusterRequest(keep_last_manual_snapshot=0))
            with pytest.raises(NotFoundError) as caught:
                dws.list_cluster_details(cluster_id=doomed)
            assert caught.value.error_code == "DWS.0022" and caught.value.request_id
        assert [c.id for c in dws.list_clusters().clusters] == []


def test_ddm_instance_schema_and_account(simulator: BackgroundServer, advance: Callable[[float], None]) -> None:
    from dbcloud_ddm import DdmClient
    from dbcloud_ddm.models import CreateDatabaseRequest, CreateInstanceRequest, CreateUsersRequest

    with DdmClient(base_url=f"{simulator.url}/ddm", credentials=huawei(simulator), strict=True) as ddm:
        created = ddm.create_instance(body=CreateInstanceRequest.from_dict(request_example("ddm", "create_instance")))
        instance_id = created.id
        assert ddm.show_ddm_job_result(job_id=created.job_id).job.status == "Running"
        advance(3600)
        assert ddm.show_instance(instance_id=instance_id).status == "RUNNING"
        assert ddm.show_ddm_job_result(job_id=created.job_id).job.status == "Completed"

        schema_body = request_example("ddm", "create_database")
        ddm.create_database(instance_id=instance_id, body=CreateDatabaseRequest.from_dict(schema_body))
        names = [d.name for d in ddm.list_databases(instance_id=instance_id).databases]
        assert names == [d["name"] for d in schema_body["databases"]]

        users = request_example("ddm", "create_users")
        users["users"][0]["password"] = "Never-Echo-Pa55"
        ddm.create_users(instance_id=instance_id, body=CreateUsersRequest.from_dict(users))
        listed = ddm.list_users(instance_id=instance_id).users
        assert [u.name for u in listed] == [u["name"] for u in users["users"]]
        assert all("Never-Echo-Pa55" not in repr(u.to_dict()) for u in listed)


def test_epas_create_and_restart_cluster(simulator: BackgroundServer, advance: Callable[[float], None]) -> None:
    from dbcloud_epas import EpasClient
    from dbcloud_epas.models import EpasClusterCreateRequest

    creds = simulator.app.credentials
    scp = ScpCredentials(access_key=creds.scp_access_key, secret_key=creds.scp_secret_key)
    with EpasClient(base_url=f"{simulator.url}/epas", credentials=scp, strict=True) as epas:
        accepted = epas.create_cluster(
            body=EpasClusterCreateRequest.from_dict(request_example("epas", "create_cluster"))
        )
        cluster_id = accepted.resource.id
        assert epas.show_request(request_id=accepted.request_id).state == "IN_PROGRESS"
        advance(3600)
        assert epas.show_request(request_id=accepted.request_id).state == "COMPLETED"
        assert epas.show_cluster(cluster_id=cluster_id).service_state == "RUNNING"

        restart = epas.restart_cluster(cluster_id=cluster_id)
        assert epas.show_cluster(cluster_id=cluster_id).service_state == "RESTARTING"
        advance(3600)
        assert epas.show_cluster(cluster_id=cluster_id).service_state == "RUNNING"
        assert epas.show_request(request_id=restart.request_id).state == "COMPLETED"


def test_wrong_secret_is_rejected_with_the_vendor_shape(simulator: BackgroundServer) -> None:
    from dbcloud_dws import DwsClient

    bad = HuaweiCredentials(ak=simulator.app.credentials.huawei_ak, sk="not-the-secret", project_id=PROJECT)
    with DwsClient(base_url=f"{simulator.url}/dws", credentials=bad) as dws, pytest.raises(UnauthorizedError) as caught:
        dws.list_clusters()
    assert caught.value.error_code == "APIGW.0301"
    assert "not-the-secret" not in str(caught.value)


def test_iam_token_from_the_simulated_iam(simulator: BackgroundServer) -> None:
    from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
    from dbcloud_dws import DwsClient

    creds = simulator.app.credentials
    auth = HuaweiTokenAuth(
        user_name=creds.iam_user,
        password=creds.iam_password,
        domain_name="sim",
        project_id=PROJECT,
        iam_endpoint=f"{simulator.url}/iam",
    )
    with DwsClient(base_url=f"{simulator.url}/dws", auth=auth, project_id=PROJECT, strict=True) as dws:
        assert dws.list_clusters().clusters == []


@pytest.mark.parametrize(("fault", "error"), [("429;retry-after=0", RateLimitedError), ("503", ServerError)])
def test_injected_faults_are_retried_then_typed(simulator: BackgroundServer, fault: str, error: type) -> None:
    from dbcloud_dws import DwsClient

    queue = f"{simulator.url}/_sim/faults"
    no_wait = RetryPolicy(max_attempts=3, base_delay_s=0.0, max_delay_s=0.0)
    with DwsClient(base_url=f"{simulator.url}/dws", credentials=huawei(simulator), retry=no_wait, strict=True) as dws:
        httpx.post(queue, json={"fault": fault, "count": 2, "service": "dws"}).raise_for_status()
        assert dws.list_clusters().clusters == []  # two faults, third attempt succeeds
        httpx.post(queue, json={"fault": fault, "count": 3, "service": "dws"}).raise_for_status()
        with pytest.raises(error):
            dws.list_clusters()


def test_invalid_input_is_a_vendor_400_never_a_500(simulator: BackgroundServer) -> None:
    reply = httpx.get(
        f"{simulator.url}/ddm/v1/{PROJECT}/instances", params={"limit": "-1"}, headers={"X-Auth-Token": "sim-token"}
    )
    assert reply.status_code == 400
    assert reply.json()["errCode"] == "DBS.280001" and "limit" in reply.json()["externalMessage"]


def test_readme_simulator_session_runs_verbatim(
    simulator: BackgroundServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    from generator.config import ROOT

    code = re.search(r"## Try it against the simulator\n.*?```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    assert code is not None
    monkeypatch.setenv("DBCLOUD_SIMULATOR", simulator.url)
    exec(compile(code.group(1), "README.md", "exec"), {})
    assert capsys.readouterr().out.split() == ["CREATING", "AVAILABLE"]


def test_behaviour_tables_name_only_codes_of_the_error_tables(simulator: BackgroundServer) -> None:
    for sim in simulator.app.services.values():
        assert set(sim.behaviour.errors.values()) <= set(sim.codes), sim.key
