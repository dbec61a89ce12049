"""The real replies the references print in their narrative chapters (DWS Getting Started, both
editions) parse through the public clients, sync and async, and keep every value, nulls included."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from dbcloud_core.credentials import HuaweiCredentials
from dbcloud_dws import AsyncDwsClient, DwsClient
from tests.support import SERVICES, canonical, operations

DWS = next(s for s in SERVICES if s.key == "dws")
IDS = {"cluster_id": "7ba031f6-81f4-4670-ad20-c490b91877e5", "snapshot_id": "2a4d0f86-67cd-408a-8b66-017454fb7793"}


def _getting_started() -> list[tuple[str, str, str, Any]]:
    """(operationId, path template, example name, reply) of every Getting Started example."""
    found = []
    for path, method, operation_id, op in operations(DWS):
        media = op["responses"].get("200", {}).get("content", {}).get("application/json", {})
        for name, example in (media.get("examples") or {}).items():
            if method == "get" and name.startswith("getting_started"):
                found.append((operation_id, path, name, example["value"]))
    return found


REPLIES = _getting_started()


def _handler(path: str, reply: Any) -> Any:
    expected = path.replace("{project_id}", "proj-1").format(**IDS)

    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == expected
        return httpx.Response(200, json=reply)

    return handle


def _arguments(path: str) -> dict[str, str]:
    return {k: v for k, v in IDS.items() if "{" + k + "}" in path}


CREDENTIALS = HuaweiCredentials(ak="AKID", sk="SK", project_id="proj-1")


def test_both_editions_getting_started_replies_are_in_the_spec() -> None:
    found = {(op, name) for op, _, name, _ in REPLIES}
    for op in ("list_clusters", "list_cluster_details"):
        assert {(op, "getting_started"), (op, "getting_started_zh")} <= found
    nulls = [r for op, _, _, r in REPLIES if op == "list_cluster_details"]
    assert all(r["cluster"]["task_status"] is None and r["cluster"]["tags"] is None for r in nulls)


@pytest.mark.parametrize(("operation_id", "path", "name", "reply"), REPLIES, ids=[f"{r[0]}-{r[2]}" for r in REPLIES])
def test_getting_started_reply_parses_sync_and_async_keeping_every_value(
    operation_id: str, path: str, name: str, reply: Any
) -> None:
    with DwsClient(credentials=CREDENTIALS, transport=httpx.MockTransport(_handler(path, reply))) as client:
        parsed = getattr(client, operation_id)(**_arguments(path))

    async def run() -> Any:
        transport = httpx.MockTransport(_handler(path, reply))
        async with AsyncDwsClient(credentials=CREDENTIALS, transport=transport) as client:
            return await getattr(client, operation_id)(**_arguments(path))

    for result in (parsed, asyncio.run(run())):
        assert canonical(result.to_dict()) == canonical(reply), f"{name}: a value was lost or changed"


def test_null_task_status_and_zoneless_times_are_typed_as_received() -> None:
    _, path, _, reply = next(r for r in REPLIES if r[0] == "list_cluster_details" and r[2] == "getting_started")
    with DwsClient(credentials=CREDENTIALS, transport=httpx.MockTransport(_handler(path, reply))) as client:
        cluster = client.list_cluster_details(cluster_id=IDS["cluster_id"]).cluster
    assert cluster.task_status is None and cluster.action_progress is None and cluster.tags is None
    assert cluster.created == "2018-01-15T12:50:06" and cluster.status == "AVAILABLE"
    assert cluster.parameter_group.status == "In-Sync"
