"""The issue's "done when": every asynchronous operation has a waiter following it, and every list
operation taking paging parameters has a paginator. Counts are printed for the closing note."""

from __future__ import annotations

from typing import Any

import pytest

from generator.config import Service, all_services
from generator.spec import Spec, load

SPECS = all_services()
TRACKERS = {"job_id", "jobId", "request_id"}  # DDM task-center jobs, EPAS requests
PAGING = {"offset", "limit", "page", "size", "marker", "curPage", "perPage"}
# DWS replies carry no tracker: its asynchronous calls are the ones the reference says return before
# the work ends (5.1.1 "an asynchronous API", 202 deletes) or whose work shows in task_status
# (REBOOTING, GROWING, RESTORING) or in a snapshot's CREATING state.
DWS_ASYNCHRONOUS = {
    "create_cluster",
    "delete_cluster",
    "restart_cluster",
    "resize_cluster",
    "restore_cluster",
    "create_snapshot",
    "delete_snapshot",
}


def _success_properties(spec: Spec, op: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for schema in spec.success_schemas(op):
        names |= set(spec.deref(schema).get("properties") or {})
    return names


def asynchronous(service: Service) -> set[str]:
    spec = load(service.spec)
    found = {
        op["operationId"]
        for _, _, method, op in spec.operations()
        if method != "get"
        and (any(str(c) == "202" for c in op["responses"]) or _success_properties(spec, op) & TRACKERS)
    }
    return found | (DWS_ASYNCHRONOUS if service.key == "dws" else set())


@pytest.mark.parametrize("service", SPECS, ids=[s.key for s in SPECS])
def test_every_asynchronous_operation_has_a_waiter_following_it(service: Service) -> None:
    waiters = load(service.spec).doc.get("x-waiters") or {}
    followed = {op for waiter in waiters.values() for op in waiter.get("follows") or {}}
    wanted = asynchronous(service)
    assert wanted and wanted <= followed, sorted(wanted - followed)
    print(f"\n{service.key}: {len(waiters)} waiters follow {len(followed)} operations ({len(wanted)} asynchronous)")


@pytest.mark.parametrize("service", SPECS, ids=[s.key for s in SPECS])
def test_every_list_with_paging_parameters_has_a_paginator(service: Service) -> None:
    spec = load(service.spec)
    paged, declared = set(), set()
    for _, _, method, op in spec.operations():
        query = {spec.deref(p).get("name") for p in op.get("parameters") or [] if spec.deref(p).get("in") == "query"}
        if method == "get" and len(query & PAGING) >= 2:
            paged.add(op["operationId"])
        if "x-pagination" in op:
            declared.add(op["operationId"])
    assert paged == declared, (sorted(paged - declared), sorted(declared - paged))
    print(f"\n{service.key}: {len(declared)} paginators")
