"""A full lifecycle per service through ``dbcloud`` against the simulator (create -> wait -> list ->
delete -> wait), the request bodies being the references' own examples given as ``--body @file``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from click.testing import Result

from dbcloud_simulator.server import BackgroundServer
from tests.simulator.test_e2e import request_example

# service -> (create command, example, JMESPath of the new id, id flag, ready waiter, list command + query,
#             delete command + extra flags, deleted waiter)
LIFECYCLES = {
    "dws": ("create-cluster", "create_cluster", "cluster.id", "--cluster-id", "cluster-available",
            ("list-clusters", "clusters[].id"), ("delete-cluster", "--body", '{"keep_last_manual_snapshot": 0}'),
            "cluster-deleted"),
    "ddm": ("create-instance", "create_instance", "id", "--instance-id", "instance-running",
            ("list-instances", "instances[].id"), ("delete-instance",), "instance-deleted"),
    "epas": ("create-cluster", "create_cluster", "resource.id", "--cluster-id", "cluster-running",
             ("list-clusters", "contents[].id"), ("terminate-cluster",), "cluster-deleted"),
}  # fmt: skip


def _ok(result: Result) -> str:
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def _advance(simulator: BackgroundServer, seconds: float) -> None:
    httpx.post(f"{simulator.url}/_sim/clock/advance", json={"seconds": seconds}).raise_for_status()


@pytest.mark.parametrize("service", sorted(LIFECYCLES))
def test_create_wait_list_delete(
    service: str, dbcloud: Callable[..., Result], simulator: BackgroundServer, tmp_path: Path
) -> None:
    create, example, id_query, id_flag, ready, (listing, list_query), delete, deleted = LIFECYCLES[service]
    body = tmp_path / "body.json"
    body.write_text(json.dumps(request_example(service, example)))

    created = _ok(dbcloud(service, create, "--body", f"@{body}", options=("--query", id_query, "--output", "text")))
    resource_id = created.strip()
    assert resource_id and "\n" not in resource_id

    # the waiter polls until the simulated clock has moved on; progress goes to stderr, the reply to stdout
    _advance(simulator, 3600)
    waited = dbcloud(service, "wait", ready, id_flag, resource_id, "--delay", "0")
    reply = json.loads(_ok(waited))
    assert resource_id in json.dumps(reply)
    assert "attempt 1" in waited.stderr and "(success)" in waited.stderr

    listed = json.loads(_ok(dbcloud(service, listing, options=("--query", list_query))))
    assert resource_id in listed

    _ok(dbcloud(service, *delete[:1], id_flag, resource_id, *delete[1:]))
    _advance(simulator, 3600)
    gone = dbcloud(service, "wait", deleted, id_flag, resource_id, "--delay", "0")
    assert _ok(gone) == ""  # a 404 ended the wait: nothing to print
    assert resource_id not in json.loads(_ok(dbcloud(service, listing, options=("--query", list_query))))
