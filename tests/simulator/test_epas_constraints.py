"""EPAS constraints taken from Samsung's machine-readable spec (x-errata of specs/epas/openapi.yaml): the
client refuses a value outside them before sending, and the simulator refuses it on the wire."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from dbcloud_core import ScpCredentials
from dbcloud_core.auth.scp import ScpAuth
from dbcloud_core.errors import RequestValidationError
from dbcloud_simulator.server import BackgroundServer
from tests.simulator.test_e2e import request_example


def _scp(simulator: BackgroundServer) -> ScpCredentials:
    creds = simulator.app.credentials
    return ScpCredentials(access_key=creds.scp_access_key, secret_key=creds.scp_secret_key)


def _send(simulator: BackgroundServer, method: str, path: str, body: Any) -> httpx.Response:
    auth = ScpAuth.from_credentials(_scp(simulator), api_version="epas 1.0")
    return httpx.request(method, f"{simulator.url}/epas{path}", json=body, auth=auth)


def _cluster_body(**init: Any) -> Any:
    body = request_example("epas", "create_cluster")
    body["init_config_option"].update(init)
    return body


def _storage_body(size_gb: int) -> Any:
    body = request_example("epas", "add_block_storages")
    body["size_gb"] = size_gb
    return body


CASES = [
    ("database_port below 1024", "POST", "/v1/clusters", _cluster_body(database_port=80)),
    ("database_port above 65535", "POST", "/v1/clusters", _cluster_body(database_port=70000)),
    ("size_gb not a multiple of 8", "POST", "/v1/instance-groups/ig-1/block-storage-groups", _storage_body(20)),
]


@pytest.mark.parametrize(("label", "method", "path", "body"), CASES, ids=[c[0] for c in CASES])
def test_simulator_refuses_values_outside_the_vendor_constraints(
    simulator: BackgroundServer, label: str, method: str, path: str, body: Any
) -> None:
    reply = _send(simulator, method, path, body)
    assert reply.status_code == 400, (label, reply.status_code, reply.text)
    assert label.split()[0] in reply.json()["message"]  # refused for this member, not another


def test_archive_retention_is_1_to_35_days_on_the_wire(simulator: BackgroundServer) -> None:
    created = _send(simulator, "POST", "/v1/clusters", _cluster_body(database_port=2866))
    assert created.status_code == 202, created.text
    cluster_id = created.json()["resource"]["id"]
    for days, status in ((0, 400), (36, 400), (35, 202), (1, 202)):
        reply = _send(
            simulator,
            "PUT",
            f"/v1/clusters/{cluster_id}/archive",
            {"archive_enabled": True, "retention_period_day": days},
        )
        assert reply.status_code == status, (days, reply.text)
        assert status == 202 or "retention_period_day" in reply.json()["message"]


def test_client_refuses_them_before_sending(simulator: BackgroundServer) -> None:
    from dbcloud_epas import EpasClient
    from dbcloud_epas.models import AddBlockStoragesRequest, ArchiveConfigSetRequest

    sent: list[httpx.Request] = []
    with EpasClient(
        base_url=f"{simulator.url}/epas",
        credentials=_scp(simulator),
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(202)),
    ) as epas:
        with pytest.raises(RequestValidationError):
            epas.add_block_storages(instance_group_id="ig-1", body=AddBlockStoragesRequest.from_dict(_storage_body(20)))
        with pytest.raises(RequestValidationError):
            epas.set_archive_config(
                cluster_id="c-1", body=ArchiveConfigSetRequest(archive_enabled=True, retention_period_day=36)
            )
    assert sent == []
