"""schemathesis against the simulator in-process: every operation of every spec, positive and
negative generation, all default checks. Counts of cases per check are printed at the end."""

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
from schemathesis.generation import GenerationMode

from dbcloud_core.auth import scp
from dbcloud_simulator import Credentials, Simulator, build_app
from tests.contract.secret_watch import SecretWatch
from tests.support import SERVICES, operations, schemathesis_operation

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
        case.call_and_validate(headers=auth_headers(service.key, case))
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


def test_zz_print_check_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: every service ran every check on at least one case per operation;
    the per-check case counts are printed for the log and the closing note."""
    if not CHECK_COUNTS:
        pytest.skip("no contract case ran in this session (selected alone)")
    watch = _watch()
    assert watch.secrets(), "no secret was sent: the no-leak check would hold vacuously"
    assert not watch.leaks, f"replies carrying a secret sent earlier in the run: {watch.leaks[:5]}"
    checks = {check for _, check in CHECK_COUNTS}
    for service in SERVICES:
        operation_count = len(list(operations(service)))
        for check in checks:
            assert CHECK_COUNTS[(service.key, check)] >= operation_count, (service.key, check)
    with capsys.disabled():
        print("\ncontract cases per check:")
        for (service, check), count in sorted(CHECK_COUNTS.items()):
            print(f"  {service:5} {check:32} {count}")
        for service_key, count in sorted(STATEFUL_COUNTS.items()):
            print(f"  {service_key:5} stateful link steps followed     {count}")
        print(f"  replies searched for {len(watch.secrets()):,} secrets sent: {watch.replies:,}, none carried one")
