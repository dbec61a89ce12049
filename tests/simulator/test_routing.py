"""Every service at the root of the port: picked by path template, then credential scheme, then the
host's first label; the prefixes keep working."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from dbcloud_simulator import build_app
from dbcloud_simulator.inprocess import SyncASGITransport

TOKEN = {"X-Auth-Token": "sim-token"}
SCP = {"Scp-Accesskey": "simulator-access-key", "Scp-Signature": "not-valid", "Scp-Timestamp": "0"}
# Matches EPAS show_cluster (cluster_id=instances) and DDM list_instances (project_id=clusters).
AMBIGUOUS = "/v1/clusters/instances"


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(base_url="http://127.0.0.1:1", transport=SyncASGITransport(build_app(strict=True))) as client:
        yield client


def test_huawei_credentials_pick_ddm_for_an_ambiguous_path(http: httpx.Client) -> None:
    reply = http.get(AMBIGUOUS, headers=TOKEN)
    assert reply.status_code == 200 and reply.json()["instances"] == []


def test_scp_credentials_pick_epas_for_an_ambiguous_path(http: httpx.Client) -> None:
    reply = http.get(AMBIGUOUS, headers=SCP)
    assert reply.status_code == 401 and set(reply.json()) == {"code", "message"}  # EPAS's error shape


def test_without_credentials_the_host_label_decides(http: httpx.Client) -> None:
    epas = http.get(AMBIGUOUS, headers={"Host": "epas.kr-west1.s.samsungsdscloud.com"})
    ddm = http.get(AMBIGUOUS, headers={"Host": "ddm.ap-southeast-1.myhuaweicloud.com"})
    assert set(epas.json()) == {"code", "message"}
    assert ddm.json()["error_code"] == "APIGW.0301"  # DDM v1 documents no 401 body: the generic Huawei shape


def test_prefixes_and_the_root_reach_the_same_operation(http: httpx.Client) -> None:
    root = http.get("/v1.0/p1/clusters", headers=TOKEN)
    prefixed = http.get("/dws/v1.0/p1/clusters", headers=TOKEN)
    assert root.status_code == prefixed.status_code == 200 and root.json() == prefixed.json()
    missing = http.post("/v1.0/p1/clusters/x/restart", headers=TOKEN, json={"restart": {}})
    assert (missing.status_code, missing.json()["error_code"]) == (404, "DWS.0022")
    assert http.put("/v1.0/p1/clusters", headers=TOKEN).status_code == 405


def test_a_path_no_spec_knows_is_a_404_naming_the_prefixes(http: httpx.Client) -> None:
    reply = http.get("/v9/nothing/here", headers=TOKEN)
    assert reply.status_code == 404 and "/dws" in reply.json()["message"]
