"""Lenient response parsing through the public clients (issue 17, part 2).

A 2xx reply that drifts from the spec (a null where none is allowed, another JSON type, a missing
"required" member, a date-time without a zone) parses, keeps every value and logs one warning naming
the operation and the JSON paths; ``strict`` (per client or per call) raises ResponseValidationError.

The DWS Getting Started replies in ``replies/`` are the references' own (000 = English Issue 06,
"Step 4"/"Step 5"; 001 = the Chinese edition, 步骤4/步骤5), with only the PDF extraction repaired:
page breaks inside a block joined, a URL broken over two lines joined, trailing commas and a
fragment repeated across the page break (001 details) dropped. Every value is as printed.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from dbcloud_core import errors
from dbcloud_core.credentials import HuaweiCredentials
from dbcloud_dws import AsyncDwsClient, DwsClient
from dbcloud_dws.models import ClusterStatus
from generator.config import Service
from tests.clients.test_facade import _client, _success_body
from tests.support import SERVICE_IDS, SERVICES, canonical, operations

REPLIES = Path(__file__).parent / "replies"
CREDENTIALS = HuaweiCredentials(ak="AKID", sk="secret-key", project_id="proj-1")
# (file, facade method, its arguments): since the spec follows the Getting Started replies (task_status,
# action_progress and tags nullable; created/updated plain strings, see x-errata) they fit it exactly.
GETTING_STARTED = [(f"dws_{edition}_list_clusters.json", "list_clusters", {}) for edition in ("000", "001")] + [
    (
        f"dws_{edition}_list_cluster_details.json",
        "list_cluster_details",
        {"cluster_id": "7ba031f6-81f4-4670-ad20-c490b91877e5"},
    )
    for edition in ("000", "001")
]
GS_IDS = [case[0].removesuffix(".json") for case in GETTING_STARTED]


def _reply(content: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, content=content))


def _async_reply(content: bytes) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content)

    return httpx.MockTransport(handler)


def _drift_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "dbcloud.parsing"]


def _call_sync(
    content: bytes, method: str, kwargs: dict[str, Any], call_strict: bool | None = None, **options: Any
) -> Any:
    with DwsClient(base_url="https://dws.test", credentials=CREDENTIALS, transport=_reply(content), **options) as dws:
        return getattr(dws.with_options(strict=call_strict), method)(**kwargs)


def _call_async(content: bytes, method: str, kwargs: dict[str, Any], **options: Any) -> Any:
    async def run() -> Any:
        async with AsyncDwsClient(
            base_url="https://dws.test", credentials=CREDENTIALS, transport=_async_reply(content), **options
        ) as dws:
            return await getattr(dws, method)(**kwargs)

    return asyncio.run(run())


CALLS = {"sync": _call_sync, "async": _call_async}


@pytest.mark.parametrize("mode", sorted(CALLS))
@pytest.mark.parametrize(("name", "method", "kwargs"), GETTING_STARTED, ids=GS_IDS)
def test_getting_started_reply_parses_keeps_every_value_silently_also_when_strict(
    caplog: pytest.LogCaptureFixture, mode: str, name: str, method: str, kwargs: dict[str, Any]
) -> None:
    content = (REPLIES / name).read_bytes()
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsed = CALLS[mode](content, method, kwargs, strict=True)

    assert canonical(parsed.to_dict()) == canonical(json.loads(content)), "a value was lost or changed"
    cluster = parsed.clusters[0] if method == "list_clusters" else parsed.cluster
    assert cluster.status is ClusterStatus.AVAILABLE  # typed where it fits
    assert cluster.task_status is None and cluster.action_progress is None  # null is documented now
    assert cluster.created == "2018-01-15T12:50:06"  # zone-less, as the reference prints it
    assert cluster.port == 8000 and cluster.public_ip.eip_id == "85b20d7e-9eb7-4b2a-98f3-3c8843ea3574"
    assert not _drift_records(caplog)


def _drifting_reply() -> bytes:
    """The Getting Started list reply with one member the spec does not allow (a string port)."""
    body = json.loads((REPLIES / "dws_000_list_clusters.json").read_bytes())
    body["clusters"][0]["port"] = "8000"
    return json.dumps(body).encode()


def test_strict_per_call_overrides_the_client_both_ways() -> None:
    content = _drifting_reply()
    with pytest.raises(errors.ResponseValidationError):
        _call_sync(content, "list_clusters", {}, call_strict=True)
    parsed = _call_sync(content, "list_clusters", {}, strict=True, call_strict=False)
    assert parsed.clusters[0].port == "8000"


def _clean_reply() -> dict[str, Any]:
    """The Getting Started list reply with its drift repaired: it fits the spec as it is today."""
    body = json.loads((REPLIES / "dws_000_list_clusters.json").read_bytes())
    cluster = body["clusters"][0]
    del cluster["task_status"], cluster["action_progress"]
    cluster["updated"] = cluster["created"] = "2018-01-15T12:50:06+00:00"
    return body


def test_a_reply_that_fits_the_spec_is_silent_also_with_unknown_members_and_enum_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = _clean_reply()
    body["clusters"][0]["status"] = "HIBERNATING"  # an enum value from the future (open enum)
    body["clusters"][0]["node_type_id"] = "from-a-newer-service"  # an unknown member
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsed = _call_sync(json.dumps(body).encode(), "list_clusters", {}, strict=True)
    cluster = parsed.clusters[0]
    assert cluster.status == "HIBERNATING" and cluster.additional_properties == {"node_type_id": "from-a-newer-service"}
    assert not _drift_records(caplog)


DRIFTS = [
    # (what, mutation of the clean reply, JSON path, expected, got, the value kept)
    ("string for integer", ("port", "8000"), "$.clusters[0].port", "integer", "string", "8000"),
    ("unexpected null", ("name", None), "$.clusters[0].name", "string", "null", None),
    ("integer for string", ("vpc_id", 42), "$.clusters[0].vpc_id", "string", "integer", 42),
    ("object for enum", ("status", {"code": 1}), "$.clusters[0].status", "ClusterStatus", "object", {"code": 1}),
    ("string for object", ("public_ip", "10.0.0.1"), "$.clusters[0].public_ip", "PublicIp", "string", "10.0.0.1"),
]


@pytest.mark.parametrize("mode", sorted(CALLS))
@pytest.mark.parametrize(("what", "mutation", "path", "expected", "got", "kept"), DRIFTS, ids=[d[0] for d in DRIFTS])
def test_a_drifted_member_is_kept_warned_once_and_raised_when_strict(
    caplog: pytest.LogCaptureFixture,
    mode: str,
    what: str,
    mutation: tuple[str, Any],
    path: str,
    expected: str,
    got: str,
    kept: Any,
) -> None:
    body = _clean_reply()
    key, value = mutation
    body["clusters"][0][key] = value
    content = json.dumps(body).encode()
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsed = CALLS[mode](content, "list_clusters", {})
    assert getattr(parsed.clusters[0], key) == kept
    assert parsed.clusters[0].id == body["clusters"][0]["id"], "the other members are typed as usual"
    assert canonical(parsed.to_dict()) == canonical(body), "to_dict sends the kept value back as it came"
    [record] = _drift_records(caplog)
    assert (
        record.getMessage()
        == f"list_clusters: the reply departs from the spec at {path}: expected {expected}, got {got}; kept as received"
    )

    with pytest.raises(errors.ResponseValidationError) as caught:
        CALLS[mode](content, "list_clusters", {}, strict=True)
    assert [(d.path, d.expected, d.got) for d in caught.value.drifts] == [(path, expected, got)]


@pytest.mark.parametrize(
    ("value", "kept", "expected"),
    [
        ("yesterday", "yesterday", "date-time"),
        ("2018-01-15T12:50:06", datetime.datetime(2018, 1, 15, 12, 50, 6), "date-time with a time zone"),
    ],
    ids=["not-a-date-time", "zone-less"],
)
def test_a_date_time_that_is_not_rfc3339_is_kept_and_reported(value: str, kept: Any, expected: str) -> None:
    body = {"snapshots": [{"id": "s1", "name": "n", "started": "2018-01-15T12:50:06Z", "finished": value}]}
    content = json.dumps(body).encode()
    parsed = _call_sync(content, "list_snapshots", {})
    assert parsed.snapshots[0].finished == kept
    assert canonical(parsed.to_dict()) == canonical(body), "the value goes back as it came"
    with pytest.raises(errors.ResponseValidationError) as caught:
        _call_sync(content, "list_snapshots", {}, strict=True)
    [drift] = caught.value.drifts
    assert (drift.path, drift.expected) == ("$.snapshots[0].finished", expected)


def test_a_missing_required_member_is_named_with_its_path() -> None:
    body = _clean_reply()
    del body["clusters"][0]["endpoints"][0]["jdbc_url"]  # Endpoints requires connect_info and jdbc_url
    content = json.dumps(body).encode()
    parsed = _call_sync(content, "list_clusters", {})
    assert parsed.clusters[0].endpoints[0].connect_info == body["clusters"][0]["endpoints"][0]["connect_info"]
    assert canonical(parsed.to_dict()) == canonical(body), "nothing is invented for the missing member"
    with pytest.raises(errors.ResponseValidationError) as caught:
        _call_sync(content, "list_clusters", {}, strict=True)
    [drift] = caught.value.drifts
    assert str(drift) == "$.clusters[0].endpoints[0].jdbc_url: expected string, got missing"


def test_many_drifts_make_one_warning_that_counts_the_rest(caplog: pytest.LogCaptureFixture) -> None:
    body = _clean_reply()
    body["clusters"] = [{**copy.deepcopy(body["clusters"][0]), "port": str(i)} for i in range(8)]
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsed = _call_sync(json.dumps(body).encode(), "list_clusters", {})
    assert [c.port for c in parsed.clusters] == [str(i) for i in range(8)]
    [record] = _drift_records(caplog)
    assert "$.clusters[4].port" in record.getMessage() and "$.clusters[5].port" not in record.getMessage()
    assert record.getMessage().endswith("; and 3 more; kept as received")


def test_drift_reports_never_carry_the_values(caplog: pytest.LogCaptureFixture) -> None:
    planted = "S3cr3t-Planted-Value"
    body = _clean_reply()
    body["clusters"][0]["port"] = planted
    content = json.dumps(body).encode()
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        _call_sync(content, "list_clusters", {})
    with pytest.raises(errors.ResponseValidationError) as caught:
        _call_sync(content, "list_clusters", {}, strict=True)
    for text in (caplog.text, str(caught.value), repr(caught.value), repr(caught.value.drifts)):
        assert planted not in text


def test_raw_response_parses_as_the_call_would() -> None:
    content = _drifting_reply()
    with DwsClient(base_url="https://dws.test", credentials=CREDENTIALS, transport=_reply(content)) as dws:
        assert dws.with_raw_response.list_clusters().parse().clusters[0].port == "8000"
        raw = dws.with_options(strict=True).with_raw_response.list_clusters()
    with pytest.raises(errors.ResponseValidationError):
        raw.parse()


def test_a_body_that_is_not_json_or_not_an_object_still_raises() -> None:
    for content in (b"<html>gateway</html>", b"[1, 2]"):
        with pytest.raises(errors.ResponseValidationError) as caught:
            _call_sync(content, "list_clusters", {})
        assert caught.value.drifts == [] and caught.value.operation == "list_clusters"


def _string_members(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every string in a JSON value, depth first."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _string_members(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _string_members(v, (*path, i))]
    return [path] if isinstance(value, str) else []


def _json_path(path: tuple[Any, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _set(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    body = copy.deepcopy(body)
    node = body
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return body


def _example_call(service: Service) -> tuple[str, dict[str, Any], Any]:
    """An argument-free GET (only path ids) with an object example reply."""
    for path, method, operation_id, op in operations(service):
        params = op.get("parameters", [])
        body = _success_body(service, operation_id)
        if (
            method == "get"
            and isinstance(body, dict)
            and body
            and not any("$ref" not in p and p.get("required") and p["in"] != "path" for p in params)
        ):
            ids = {seg.strip("{}"): "x" for seg in path.split("/") if seg.startswith("{") and seg != "{project_id}"}
            return operation_id, ids, body
    raise LookupError(service.key)


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_service_reports_a_number_where_a_string_is_documented(service: Service) -> None:
    operation_id, ids, example = _example_call(service)

    def call(body: Any, **options: Any) -> Any:
        content = json.dumps(body).encode()
        return getattr(_client(service, lambda r: httpx.Response(200, content=content), **options), operation_id)(**ids)

    def drifts(body: Any) -> list[tuple[str, str]]:
        try:
            call(body, strict=True)
        except errors.ResponseValidationError as exc:
            return [(d.path, d.got) for d in exc.drifts]
        return []

    before = drifts(example)  # an example may drift already (a date-time without a zone)
    reported = []
    for path in _string_members(example):
        drifted = _set(example, path, 12345)
        added = [d for d in drifts(drifted) if d not in before]
        if added:
            reported.append((path, added))
            assert canonical(call(drifted).to_dict()) == canonical(drifted), "lenient parse lost the value"
    assert reported, f"{operation_id}: no string member of the example is type-checked"
    for path, added in reported:  # exactly the member changed, named by its path
        assert added == [(_json_path(path), "integer")]


def _ddm_instances(items: list[dict[str, Any]], asynchronous: bool = False) -> Any:
    from dbcloud_ddm import AsyncDdmClient, DdmClient

    def reply(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params.get("offset", 0)), int(request.url.params["limit"])
        return httpx.Response(200, json={"instances": items[offset : offset + limit], "total_record": len(items)})

    async def async_reply(request: httpx.Request) -> httpx.Response:
        return reply(request)

    cls = AsyncDdmClient if asynchronous else DdmClient
    transport = httpx.MockTransport(async_reply if asynchronous else reply)
    return cls(base_url="https://ddm.test", credentials=CREDENTIALS, transport=transport)


def test_paginated_items_parse_leniently_and_name_the_item_member(caplog: pytest.LogCaptureFixture) -> None:
    items = [{"id": f"i-{n}", "name": "ddm", "node_count": 2} for n in range(5)]
    items[3]["node_count"] = "two"
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        walked = list(_ddm_instances(items).paginate_list_instances(page_size=2))
    assert [i.node_count for i in walked] == [2, 2, 2, "two", 2]
    [record] = _drift_records(caplog)
    assert record.getMessage() == (
        "list_instances: the reply departs from the spec at item.node_count: expected integer, got string;"
        " kept as received"
    )
    with pytest.raises(errors.ResponseValidationError) as caught:
        list(_ddm_instances(items).with_options(strict=True).paginate_list_instances(page_size=2))
    assert [d.path for d in caught.value.drifts] == ["item.node_count"]

    async def walk_strict() -> list[Any]:
        async with _ddm_instances(items, asynchronous=True) as ddm:
            return [i async for i in ddm.with_options(strict=True).paginate_list_instances(page_size=2)]

    with pytest.raises(errors.ResponseValidationError):
        asyncio.run(walk_strict())
