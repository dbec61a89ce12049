"""Hostile input is answered 4xx, never 5xx, and leaves the simulator working: bodies with lone
surrogates or deep nesting, malformed IAM, SCP and fault headers, malformed admin bodies, a clock
pushed out of range, an unbounded fault queue and delays asked for by callers without credentials.

The last test is a property: hypothesis-generated bodies, headers and admin requests against every
operation, after which every project still lists and shows."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dbcloud_simulator import faults, limits
from tests.simulator.calls import PROJECT, Sim
from tests.simulator.test_e2e import request_example

CREATES = [("dws", "create_cluster"), ("ddm", "create_instance"), ("epas", "create_cluster")]
LISTS = [("dws", "list_clusters"), ("ddm", "list_instances"), ("epas", "list_clusters")]


@pytest.fixture
def sim() -> Iterator[Sim]:
    sim = Sim()
    yield sim
    sim.close()


def _lists_still_work(sim: Sim) -> None:
    for service, op_id in LISTS:
        reply = sim.call(service, op_id)
        assert reply.status_code == 200, (service, op_id, reply.text)


def _string_paths(value: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _string_paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _string_paths(item, (*here, index))
    elif isinstance(value, str):
        yield here


def _with(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(value))
    node = copy
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = new
    return copy


@pytest.mark.parametrize(("service", "op_id"), CREATES)
def test_a_lone_surrogate_is_refused_in_any_field(sim: Sim, service: str, op_id: str) -> None:
    example = request_example(service, op_id)
    paths = list(_string_paths(example))
    assert paths
    for path in paths:
        body = _with(example, path, "dws-\ud800")
        reply = sim.call(service, op_id, content=json.dumps(body).encode())  # ensure_ascii writes \\ud800
        assert reply.status_code == 400, (path, reply.text)
        assert "surrogate" in reply.text
    _lists_still_work(sim)


@pytest.mark.parametrize("depth", [limits.MAX_DEPTH + 1, 900, 5000, 100_000])
def test_deep_json_is_refused(sim: Sim, depth: int) -> None:
    nested = b"[" * depth + b"]" * depth
    for service, op_id in CREATES:
        reply = sim.call(service, op_id, content=b'{"x": ' + nested + b"}")
        assert reply.status_code == 400, reply.text
    assert sim.call("dws", "create_cluster", content=b"[" * depth).status_code == 400  # unbalanced as well
    _lists_still_work(sim)


def test_a_body_past_the_size_bound_is_refused(sim: Sim) -> None:
    body = b'{"cluster": {"name": "' + b"x" * limits.MAX_BODY_BYTES + b'"}}'
    reply = sim.call("dws", "create_cluster", content=body)
    assert reply.status_code == 400
    assert "bytes" in reply.json()["error_msg"]


@pytest.mark.parametrize(
    "body",
    [
        {"auth": {"identity": {"password": {"user": "sim-user"}}}},
        {"auth": {"identity": {"password": {"user": ["sim-user"]}}}},
        {"auth": {"identity": {"password": {"user": None}}}},
        {"auth": []},
        [],
        "text",
    ],
)
def test_a_malformed_iam_token_request_is_400(sim: Sim, body: Any) -> None:
    reply = sim.request("POST", "/iam/v3/auth/tokens", json=body)
    assert reply.status_code == 400
    assert reply.json()["error_code"] == "APIGW.0101"


@pytest.mark.parametrize("stamp", [b"\xb2", "1" * 400, "", "-5", "12.5", "\u0661\u0662".encode()])
def test_a_malformed_scp_timestamp_is_401(sim: Sim, stamp: str | bytes) -> None:
    method, path = sim.path("epas", "list_clusters")
    headers = {**sim.auth("epas", method, path), "Scp-Timestamp": stamp}
    headers.update(sim.required_headers("epas", "list_clusters"))
    reply = sim.request(method, path, headers=headers)
    assert reply.status_code == 401, reply.text


@pytest.mark.parametrize(
    "spec",
    ["delay=nan", "delay=inf", "delay=-1", "delay=1e9", "429;retry-after=nan", "429;retry-after=1e400", "²", "5e2"],
)
def test_a_malformed_fault_is_400(sim: Sim, spec: str) -> None:
    with pytest.raises(ValueError):
        faults.parse(spec)
    reply = sim.call("dws", "list_clusters", headers={faults.HEADER: spec.encode()})
    assert reply.status_code == 400, reply.text
    assert sim.admin("faults", {"fault": spec}).status_code == 400


@pytest.mark.parametrize(
    ("action", "content"),
    [
        ("faults", b"{not json"),
        ("faults", b"[]"),
        ("faults", b'"503"'),
        ("faults", b'{"fault": 503}'),
        ("faults", b'{"fault": "503", "count": "many"}'),
        ("faults", b'{"fault": "503", "count": 1e9}'),
        ("faults", b'{"fault": "503", "count": 0}'),
        ("faults", b'{"fault": "503", "service": ["dws"]}'),
        ("clock/advance", b'{"seconds": "soon"}'),
        ("clock/advance", b'{"seconds": null}'),
        ("clock/advance", b'{"seconds": 1e12}'),
        ("clock/advance", b'{"seconds": 1e400}'),
        ("clock/advance", b'{"seconds": -1}'),
        ("clock/advance", b'{"seconds": NaN}'),
        ("clock/advance", b"[1]"),
        ("resources/dws/cluster/x", b"[]"),
        ("reset", b"\xff\xfe"),
        ("reset", b'"\\udc00"'),
    ],
)
def test_a_malformed_admin_body_is_400(sim: Sim, action: str, content: bytes) -> None:
    before = sim.app.clock.now()
    reply = sim.admin(action, content=content)
    assert reply.status_code == 400, reply.text
    assert sim.app.clock.now() - before < 60  # nothing moved
    _lists_still_work(sim)


def test_the_clock_stays_in_range_and_reset_sets_it_back(sim: Sim) -> None:
    sim.advance(limits.MAX_CLOCK_OFFSET_S)
    assert sim.admin("clock/advance", {"seconds": 1}).status_code == 400  # past the century
    created = sim.ok("dws", "create_cluster", request_example("dws", "create_cluster"))["cluster"]["id"]
    assert sim.ok("dws", "list_cluster_details", cluster_id=created)["cluster"]["status"] == "CREATING"
    assert sim.admin("reset").status_code == 200
    assert abs(sim.app.clock.now() - time.time()) < 60
    sim.ok("dws", "create_cluster", request_example("dws", "create_cluster"))


def test_the_fault_queue_is_bounded(sim: Sim) -> None:
    assert sim.admin("faults", {"fault": "503", "count": limits.MAX_FAULT_COUNT + 1}).status_code == 400
    for _ in range(limits.MAX_QUEUED_FAULTS // limits.MAX_FAULT_COUNT):
        reply = sim.admin("faults", {"fault": "503", "count": limits.MAX_FAULT_COUNT, "service": "epas"})
        assert reply.status_code == 200
    full = sim.admin("faults", {"fault": "503", "count": 1})
    assert full.status_code == 400
    assert "reset" in full.json()["message"]
    assert sim.admin("reset").status_code == 200
    assert sim.admin("faults", {"fault": "503"}).status_code == 200


def test_faults_wait_for_credentials(sim: Sim) -> None:
    method, path = sim.path("dws", "list_clusters")
    started = time.monotonic()
    reply = sim.request(method, path, headers={faults.HEADER: "delay=30"})  # no credentials
    assert reply.status_code == 401
    assert time.monotonic() - started < 5
    # a queued fault is not spent on a caller without credentials
    assert sim.admin("faults", {"fault": "503", "service": "dws"}).status_code == 200
    assert sim.request(method, path).status_code == 401
    assert sim.call("dws", "list_clusters").status_code == 503
    assert sim.call("dws", "list_clusters").status_code == 200


# ---- the property: any hostile request, never an uninjected 5xx, and the state still reads -------------

_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)  # surrogates included
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=12,
)
_LATIN1 = st.text(st.characters(max_codepoint=255, exclude_characters="\r\n\x00"), max_size=20)
_HEADERS = st.dictionaries(
    st.sampled_from(
        [
            "X-Dbcloud-Sim-Outcome",
            "Scp-Timestamp",
            "Scp-Signature",
            "X-Auth-Token",
            "Authorization",
            "X-Sdk-Date",
            "Scp-Api-Version",
            "Content-Type",
        ]
    ),
    _LATIN1,
    max_size=3,
)
_FAULTS = st.sampled_from(["", "delay=nan", "delay=1e999", "429;retry-after=-1", "drop=yes", "600", "\u00b2"])


def _encoded(value: Any) -> bytes:
    return json.dumps(value, allow_nan=True).encode("utf-8", "surrogatepass")


@st.composite
def _hostile_call(draw: st.DrawFn, sim: Sim) -> tuple[str, str, dict[str, str], dict[str, Any], bytes | None]:
    service = draw(st.sampled_from(sorted(sim.app.services)))
    operation = draw(st.sampled_from(sim.app.services[service].catalog.operations))
    values = {
        p.name: draw(st.sampled_from(["x", PROJECT, "%00", "..", "0" * 200]) | _LATIN1.filter(bool))
        for p in operation.params
        if p.location == "path"
    }
    query = draw(st.dictionaries(st.sampled_from([p.name for p in operation.params] + ["offset", "limit"]), _LATIN1))
    body = draw(st.none() | _JSON.map(_encoded) | st.binary(max_size=40))
    headers = draw(_HEADERS)
    fault = draw(_FAULTS)
    if fault:
        headers[faults.HEADER] = fault
    return service, operation.op_id, {**values, "__query": json.dumps(query)}, headers, body


_SIM = Sim()  # one simulator for every example: state left by one example must not break the next
# (service, create, list, items key, show, id parameter): what each example leaves in place and reads back
_STATE = [
    ("dws", "create_cluster", "list_clusters", "clusters", "list_cluster_details", "cluster_id"),
    ("ddm", "create_instance", "list_instances", "instances", "show_instance", "instance_id"),
    ("epas", "create_cluster", "list_clusters", "contents", "show_cluster", "cluster_id"),
]
_ADMIN = st.sampled_from(["faults", "clock/advance", "resources/dws/cluster/x", "reset", "health", "nope"])


@given(data=st.data())
def test_hostile_requests_never_answer_5xx_and_state_still_reads(data: st.DataObject) -> None:
    sim = _SIM
    for service, create, list_op, items, _, _ in _STATE:  # some state for the hostile call to break
        if not sim.ok(service, list_op)[items]:
            sim.ok(service, create, request_example(service, create))
    service, op_id, values, headers, body = data.draw(_hostile_call(sim))
    query = json.loads(values.pop("__query"))
    method, path = sim.path(service, op_id, **values)
    signed = sim.auth(service, method, path) if data.draw(st.booleans()) else {}
    all_headers = {name: value.encode("latin-1") for name, value in {**signed, **headers}.items()}
    reply = sim.request(method, path, params=query, headers=all_headers, content=body)
    assert reply.status_code < 500, (service, op_id, reply.status_code, reply.text)
    action = data.draw(_ADMIN)
    admin = sim.admin(action, content=data.draw(st.none() | _JSON.map(_encoded) | st.binary(max_size=20)))
    assert admin.status_code < 500, (action, admin.text)
    sim.admin("faults", {"fault": "503", "service": "none"})  # a queued fault matching nothing: harmless
    for service, _, list_op, items, show, id_param in _STATE:
        for item in sim.ok(service, list_op)[items]:
            sim.ok(service, show, **{id_param: item["id"]})


def test_sigterm_stops_the_server_while_a_delay_holds_a_request() -> None:
    import signal
    import subprocess
    import sys
    import threading

    import httpx

    from dbcloud_simulator.server import free_port

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "dbcloud_simulator", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/_sim/health", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the simulator did not start"
                time.sleep(0.2)
        outcome: list[object] = []

        def delayed_call() -> None:
            headers = {"X-Auth-Token": "sim-token", faults.HEADER: f"delay={limits.MAX_DELAY_S:g}"}
            try:
                outcome.append(httpx.get(f"{url}/dws/v1.0/{PROJECT}/clusters", headers=headers, timeout=60))
            except httpx.HTTPError as exc:  # the server went away mid-delay: expected
                outcome.append(exc)

        held = threading.Thread(target=delayed_call, daemon=True)
        held.start()
        time.sleep(1)  # the request is inside its delay
        stopped_at = time.monotonic()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
        assert time.monotonic() - stopped_at < limits.MAX_DELAY_S - 5
        held.join(timeout=10)
        # cut short: uvicorn answers a request it cancels at shutdown 500, or the connection closes
        assert outcome and not (isinstance(outcome[0], httpx.Response) and outcome[0].status_code == 200)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
