"""The simulator answers from the state the caller made, never from the reference's examples where
state exists: ids and job ids that resolve, names just set, paging counted from the data, no example
task in progress on a new resource, failure reasons on a failed outcome, no secret in any reply."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

import pytest

from dbcloud_core.auth.huawei_aksk import HuaweiAkSkAuth
from dbcloud_simulator.server import BackgroundServer
from tests.simulator.calls import PROJECT, Sim
from tests.simulator.test_e2e import huawei, request_example

FAILURE = {"X-Dbcloud-Sim-Outcome": "failure"}


@pytest.fixture
def sim() -> Iterator[Sim]:
    sim = Sim()
    yield sim
    sim.close()


def _ddm_instance(sim: Sim, **headers: str) -> str:
    return str(sim.ok("ddm", "create_instance", request_example("ddm", "create_instance"), headers=headers)["id"])


def _ddm_database(sim: Sim, instance_id: str) -> tuple[str, str]:
    """(schema name, the admin password sent with it) of a v1 schema created on ``instance_id``."""
    body = request_example("ddm", "create_database")
    database = body["databases"][0]
    database["used_rds"][0]["adminPassword"] = "Sent-Secret-0xC0FFEE"
    sim.ok("ddm", "create_database", body, instance_id=instance_id)
    return str(database["name"]), "Sent-Secret-0xC0FFEE"


def test_no_reply_echoes_a_nested_secret_or_the_stored_record(sim: Sim) -> None:
    instance_id = _ddm_instance(sim)
    name, secret = _ddm_database(sim, instance_id)
    replies = [
        sim.call("ddm", "show_database", instance_id=instance_id, ddm_dbname=name),
        sim.call("ddm", "list_databases", instance_id=instance_id),
        sim.call("ddm", "delete_database", instance_id=instance_id, ddm_dbname=name),
    ]
    for reply in replies:
        assert reply.status_code == 200, reply.text
        assert secret not in reply.text
    # delete_database documents no fields: its answer is the reference's {} , not the records touched
    assert replies[-1].json() == {}
    assert not any(secret in json.dumps(r.fields) for r in sim.app.store.all("ddm", PROJECT, "database", instance_id))


@pytest.mark.parametrize(
    "op_id", ["expand_instance_nodes", "shrink_instance_nodes", "restart_instance", "update_database_info"]
)
def test_actions_answer_the_instance_and_a_job_that_resolves(sim: Sim, op_id: str) -> None:
    instance_id = _ddm_instance(sim)
    sim.advance(3600)
    needs_body = sim.app.services["ddm"].catalog.by_id[op_id].body[1]
    body = request_example("ddm", op_id) if needs_body else None
    reply = sim.ok("ddm", op_id, body, instance_id=instance_id)
    assert reply["instanceId"] == instance_id
    if "instanceName" in reply:
        assert reply["instanceName"] == sim.ok("ddm", "show_instance", instance_id=instance_id)["name"]
    job = sim.ok("ddm", "show_ddm_job_result", job_id=reply["jobId"])["job"]
    assert job["status"] == "Running"
    sim.advance(3600)
    assert sim.ok("ddm", "show_ddm_job_result", job_id=reply["jobId"])["job"]["status"] == "Completed"


def test_modify_name_answers_and_stores_the_new_name(sim: Sim) -> None:
    instance_id = _ddm_instance(sim)
    sim.advance(3600)
    assert sim.ok("ddm", "update_instance_name", {"name": "renamed-ddm"}, instance_id=instance_id) == {
        "name": "renamed-ddm"
    }
    assert sim.ok("ddm", "show_instance", instance_id=instance_id)["name"] == "renamed-ddm"


def test_epas_show_request_is_a_read(sim: Sim) -> None:
    created = sim.ok("epas", "create_cluster", request_example("epas", "create_cluster"))
    request_id = created["request_id"]
    held = len(sim.app.store.all("epas", "default", "request"))
    polls = [sim.ok("epas", "show_request", request_id=request_id)["request_id"] for _ in range(3)]
    assert polls == [request_id] * 3
    assert len(sim.app.store.all("epas", "default", "request")) == held


def test_ddm_paging_counts_the_data(sim: Sim) -> None:
    for _ in range(5):
        _ddm_instance(sim)
    page = sim.ok("ddm", "list_instances", query={"offset": 2, "limit": 2})
    assert len(page["instances"]) == 2
    assert (page["page_no"], page["page_size"], page["total_page"], page["total_record"]) == (2, 2, 3, 5)
    assert page["instance_num"] == 5


def test_a_new_resource_has_no_example_state(sim: Sim) -> None:
    cluster_id = sim.ok("dws", "create_cluster", request_example("dws", "create_cluster"))["cluster"]["id"]
    cluster = sim.ok("dws", "list_cluster_details", cluster_id=cluster_id)["cluster"]
    assert cluster["status"] == "CREATING"
    assert "task_status" not in cluster
    assert "resize_info" not in cluster
    listed = sim.ok("dws", "list_clusters")["clusters"]
    assert [c.get("task_status") for c in listed] == [None]


def test_a_failed_outcome_says_why(sim: Sim) -> None:
    body = request_example("dws", "create_cluster")
    cluster_id = sim.ok("dws", "create_cluster", body, headers=FAILURE)["cluster"]["id"]
    sim.advance(3600)
    cluster = sim.ok("dws", "list_cluster_details", cluster_id=cluster_id)["cluster"]
    assert cluster["status"] == "CREATION FAILED"
    assert cluster["failed_reasons"]["error_code"] == "DWS.6000"
    assert cluster["failed_reasons"]["error_msg"]

    healthy = sim.ok("dws", "create_cluster", body)["cluster"]["id"]
    sim.advance(3600)
    cluster = sim.ok("dws", "list_cluster_details", cluster_id=healthy)["cluster"]
    assert cluster["status"] == "AVAILABLE"
    assert "failed_reasons" not in cluster  # the example's reasons never reach a healthy cluster


def test_parameter_template_ids_fit_the_spec_and_work(sim: Sim) -> None:
    created = sim.ok("ddm", "create_ddm_configurations", request_example("ddm", "create_ddm_configurations"))
    config_id = created["id"]
    assert re.fullmatch(r"[A-Za-z0-9]{36}", config_id)
    copy = request_example("ddm", "copy_configuration")
    assert sim.call("ddm", "copy_configuration", copy, config_id=config_id).status_code == 200
    assert sim.call("ddm", "list_configuration_apply_histories", config_id=config_id).status_code == 200


def test_a_signed_non_ascii_header_verifies(sim: Sim) -> None:
    creds = sim.app.credentials
    method, path = sim.path("dws", "list_clusters")
    auth = HuaweiAkSkAuth(creds.huawei_ak, creds.huawei_sk, project_id=PROJECT)
    # The client signs the text; the value travels as its UTF-8 bytes.
    for value in ("café".encode(), "数据库".encode()):
        reply = sim.request(method, path, headers={"X-Client-Note": value}, auth=auth)
        assert reply.status_code == 200, reply.text
    bad = HuaweiAkSkAuth(creds.huawei_ak, "another-secret-key", project_id=PROJECT)
    assert sim.request(method, path, headers={"X-Client-Note": "café".encode()}, auth=bad).status_code == 401


@pytest.mark.parametrize("op_id", ["expand_instance_nodes", "shrink_instance_nodes", "update_database_info"])
def test_the_clients_job_waiter_follows_an_action(
    simulator: BackgroundServer, advance: Callable[[float], None], op_id: str
) -> None:
    """The generated facade's ``wait_until_job_finished`` over real HTTP, on the job an action answered."""
    from dbcloud_ddm import DdmClient, models

    with DdmClient(base_url=f"{simulator.url}/ddm", credentials=huawei(simulator)) as ddm:
        create = models.CreateInstanceRequest.from_dict(request_example("ddm", "create_instance"))
        instance_id = ddm.create_instance(body=create).id
        advance(3600)
        method = getattr(ddm, op_id)
        if op_id == "update_database_info":
            reply = method(instance_id=instance_id)
        else:
            model = getattr(models, "".join(p.title() for p in op_id.split("_")) + "Request")
            reply = method(instance_id=instance_id, body=model.from_dict(request_example("ddm", op_id)))
        assert reply.instance_id == instance_id
        seen: list[str] = []
        done = ddm.wait_until_job_finished(
            job_id=reply.job_id, delay=0.001, on_progress=lambda p: (seen.append(p.state), advance(45))
        )
    assert done is not None and done.job.status == "Completed"
    assert seen[0] == "retry" and seen[-1] == "success"


def test_the_official_signer_with_a_non_ascii_header_verifies(sim: Sim) -> None:
    """Verified from outside: huaweicloudsdkcore signs the request; it goes out as UTF-8 bytes."""
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest

    creds = sim.app.credentials
    method, path = sim.path("dws", "list_clusters")
    request = SdkRequest(
        method=method,
        schema="http",
        host="testserver",
        resource_path=path,
        query_params=[],
        header_params={"X-Client-Note": "数据库 café"},
        body="",
    )
    signed = BasicCredentials(creds.huawei_ak, creds.huawei_sk, PROJECT).sign_request(request)
    # The SDK leaves each value as its UTF-8 bytes read as latin-1, which requests then sends as is.
    headers = {name: str(value).encode("latin-1") for name, value in signed.header_params.items()}
    assert headers["X-Client-Note"] == "数据库 café".encode()
    assert sim.request(method, path, headers=headers).status_code == 200
    headers["X-Client-Note"] = "数据库 cafe".encode()  # not what was signed
    assert sim.request(method, path, headers=headers).status_code == 401
