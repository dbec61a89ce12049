"""schemathesis against the simulator in-process: every operation of every spec, positive and
negative generation, all default checks. Counts of cases per check are printed at the end.

Under xdist each service's cases are one unit of work (tests/conftest.py ``xdist_scope``, keyed by the id's
service prefix): one worker runs them in order, with its own simulator, secret watch and counts, ending with
that service's ``test_zz_print_check_counts``; the services run side by side."""

from __future__ import annotations

import os
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import CHECKS
from schemathesis.generation import GenerationMode

from dbcloud_core.auth import scp
from dbcloud_simulator import Credentials, Simulator, build_app
from tests.contract.secret_watch import SecretWatch
from tests.support import SERVICE_IDS, SERVICES, operations, schemathesis_operation

CREDENTIALS = Credentials()
#: Examples per operation and generation mode; `make fuzz` raises it.
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "8"))
CHECK_COUNTS: Counter[tuple[str, str]] = Counter()
#: Scenarios per service in the stateful phase.
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "25"))
STATEFUL_COUNTS: Counter[str] = Counter()
ROOT = Path(__file__).resolve().parents[2]
CASES = [(s, op_id) for s in SERVICES for _, _, op_id, _ in operations(s)]


@cache
def _app() -> Simulator:
    return build_app(strict=True, credentials=CREDENTIALS)


@cache
def _watch() -> SecretWatch:
    """The app as schemathesis calls it: every secret sent is remembered, every reply searched for one."""
    return SecretWatch(_app())


def _no_leak() -> None:
    leaks = _watch().new_leaks()
    assert not leaks, f"replies carrying a secret sent earlier: {leaks[:5]}"


@cache
def _schema(service_key: str) -> Any:
    schema = schemathesis.openapi.from_asgi(f"/{service_key}/openapi.json", _watch())

    @schema.hook("after_validate")  # type: ignore[misc]
    def count(context: Any, case: Any, response: Any, results: Any) -> None:
        for result in results:
            CHECK_COUNTS[(service_key, result.name)] += 1

    return schema


def auth_headers(service_key: str, case: Any) -> dict[str, str]:
    """What a client would add: an IAM token for Huawei, the SCP signature headers for EPAS."""
    if service_key != "epas":
        return {"X-Auth-Token": next(iter(CREDENTIALS.static_tokens))}
    stamp = str(int(time.time() * 1000))
    query = urlencode(case.query or {}, doseq=True)
    url = f"http://testserver/{service_key}{case.formatted_path}"
    canonical = f"{url}?{scp.canonical_query(query)}" if query else url
    message = scp.message(case.method, canonical, stamp, CREDENTIALS.scp_access_key)
    return {
        "Scp-Accesskey": CREDENTIALS.scp_access_key,
        "Scp-Timestamp": stamp,
        "Scp-ClientType": scp.CLIENT_TYPE,
        "Scp-Signature": scp.signature(CREDENTIALS.scp_secret_key, message),
    }


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["positive", "negative"])
@pytest.mark.parametrize(("service", "operation_id"), CASES, ids=[f"{s.key}-{o}" for s, o in CASES])
def test_operation_against_simulator(service: Any, operation_id: str, mode: GenerationMode) -> None:
    operation = schemathesis_operation(_schema(service.key), operation_id)

    @settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck), deadline=None)
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        headers = auth_headers(service.key, case)
        # The checks judge the case's own headers: a generated auth header our signing replaces (a negative
        # case that dropped Scp-Accesskey) is not what is sent, so the case holds what is. Otherwise a case
        # whose remaining negation is only an undeclared query parameter, which schemathesis itself lets a
        # server ignore, was reported as "schema-violating request accepted".
        case.headers = {**(case.headers or {}), **headers}
        case.call_and_validate(headers=headers)
        _no_leak()

    try:
        run()
    except Unsatisfiable:
        # Only string path parameters without constraints: no request can violate this operation's schema.
        assert mode is GenerationMode.NEGATIVE, "positive generation must always find cases"
        pytest.skip("no schema-violating request exists for this operation")


def _declared_links(service_key: str) -> dict[tuple[str, str], str]:
    """(source operationId, link name) -> target operationId, for every link the spec declares."""
    spec = yaml.safe_load((ROOT / "specs" / service_key / "openapi.yaml").read_text(encoding="utf-8"))
    return {
        (op["operationId"], name): link["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
        for response in op["responses"].values()
        for name, link in (response.get("links") or {}).items()
    }


def _chains() -> list[tuple[Any, str]]:
    """(service, source operationId) for every operation some link starts from."""
    return [(s, source) for s in SERVICES for source in sorted({src for src, _ in _declared_links(s.key)})]


@pytest.mark.parametrize(("service", "source"), _chains(), ids=[f"{s.key}-{src}" for s, src in _chains()])
def test_stateful_links(service: Any, source: str) -> None:
    """schemathesis' stateful phase: chains of calls that follow the specs' OpenAPI links
    (create -> show -> delete), each step checked by every default check. One state machine per
    operation a link starts from, over that operation, the ones linking to it and its targets: with
    few rules even a three-step chain (create instance -> create schema -> show schema) is reached,
    and every link from ``source`` is followed with a value taken from a real reply at least once."""
    declared = _declared_links(service.key)
    wanted = {link for link in declared if link[0] == source}
    parents = {src for (src, _), target in declared.items() if target == source}
    chain = {source} | parents | {declared[link] for link in wanted}
    schema = _schema(service.key).include(operation_id=sorted(chain))
    operation_ids = {op.label: op.definition.raw.get("operationId") for op in _operations(schema)}
    followed: Counter[tuple[str, str]] = Counter()
    # Only the declared links: schemathesis' own inference would add guesses we do not maintain.
    schema.config.phases.stateful.inference.algorithms = []

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            _app().store.reset()  # every scenario starts empty, so hypothesis can replay it

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": auth_headers(service.key, case)}

        def step(self, input: Any) -> Any:
            transition = input.transition
            if transition is not None and input.is_applied and not transition.is_inferred:
                # "POST /v1.0/{project_id}/clusters -> [200] GetCluster -> GET /v1.0/..."
                origin, link, _ = transition.id.split(" -> ")
                followed[(operation_ids[origin], link.split("] ", 1)[1])] += 1
            result = super().step(input)
            _no_leak()
            return result

    Machine.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=8,
            derandomize=True,  # the same scenarios every run
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    STATEFUL_COUNTS[service.key] += sum(followed.values())
    missing = wanted - set(followed)
    assert not missing, f"links never followed: {sorted(missing)}"


def _operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_zz_print_check_counts(service: Any, record_property: Any) -> None:
    """Runs last in this module (and in the service's unit of work under xdist): the service ran every check on at least
    one case per operation, and no reply carried a secret; the per-check case counts are recorded for the
    closing summary (tests/conftest.py prints them, from whichever worker ran them)."""
    counts = {check: n for (key, check), n in CHECK_COUNTS.items() if key == service.key}
    if not counts:
        pytest.skip(f"no {service.key} contract case ran in this session (selected alone)")
    watch = _watch()
    assert watch.sent.get(service.key), "no secret was sent: the no-leak check would hold vacuously"
    leaks = [leak for leak in watch.leaks if leak.service == service.key]
    assert not leaks, f"replies carrying a secret sent earlier in the run: {leaks[:5]}"
    operation_count = len(list(operations(service)))
    for check in CHECKS.get_all_names():  # every registered check, not only those that ran
        assert counts.get(check, 0) >= operation_count, (service.key, check, counts.get(check), operation_count)
    lines = [f"  {service.key:5} {check:32} {count}" for check, count in sorted(counts.items())]
    lines.append(f"  {service.key:5} stateful link steps followed     {STATEFUL_COUNTS[service.key]}")
    secrets, replies = len(watch.sent[service.key]), watch.replies[service.key]
    lines.append(f"  {service.key:5} replies searched for {secrets:,} secrets sent: {replies:,}, none carried one")
    record_property("contract_counts", "\n".join(lines))
