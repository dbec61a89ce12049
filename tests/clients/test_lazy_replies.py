"""Lazy list members of a reply through the public client (issue 21; docs/decisions.md, "Typed decoding").

A 2xx reply that passes its guard (the spec's reply schema, jsonschema-rs) keeps its list of models
as a ``LazyList``; one that does not is typed eagerly, as before. Either way the user sees the same
models: the property test mutates a real reply at random (another JSON value, a member removed, an
unknown member added) and compares the client's reply with eager typing of the same bytes: equal
models, equal ``to_dict``, the same drift places reported, and strict raising exactly when they exist.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import pkgutil
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any
from unittest import mock

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dbcloud_core import base_client, errors, parsing
from dbcloud_core.credentials import HuaweiCredentials
from dbcloud_core.lazy import LazyList, Reply, reading_lazily
from dbcloud_core.validation import RequestValidator
from dbcloud_dws import AsyncDwsClient, DwsClient
from dbcloud_dws.models import ClusterInfo, ClusterStatus
from generator.bench._common import list_clusters_body
from generator.config import Service
from tests.support import SERVICE_IDS, SERVICES, members, operations, spec_of

CREDENTIALS = HuaweiCredentials(ak="AKID", sk="secret-key", project_id="proj-1")
REPLY: dict[str, Any] = json.loads(list_clusters_body(3))


def _client(reply: Any) -> DwsClient:
    content = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    client = DwsClient(base_url="https://dws.test", credentials=CREDENTIALS, transport=transport)
    client._validator.guard_in_use("list_clusters", 200)  # past the first reply: the guard is in use from the second
    return client


@contextmanager
def _eager() -> Iterator[None]:
    """Every reply typed eagerly, as before the lazy lists (the guard never consulted)."""
    with mock.patch.object(base_client, "_lazily", return_value=None):
        yield


def _places(records: list[logging.LogRecord]) -> set[str]:
    """The drift places the warnings name."""
    found = set()
    for record in records:
        if record.name == "dbcloud.parsing":
            text = record.getMessage().split(" departs from the spec at ", 1)[1].removesuffix("; kept as received")
            found.update(text.split("; "))
    return found


def test_a_fitting_reply_is_lazy_and_equal_to_eager_typing() -> None:
    lazy = _client(REPLY).list_clusters()
    with _eager():
        eager = _client(REPLY).list_clusters()
    assert isinstance(lazy.clusters, LazyList) and type(eager.clusters) is list
    assert lazy == eager and lazy.to_dict() == eager.to_dict() == REPLY
    assert repr(lazy) == repr(eager) and lazy.fields_set == eager.fields_set
    assert [c.name for c in lazy.clusters or []] == ["dws-1", "dws-2", "dws-3"]


def test_each_item_is_built_once_on_first_access() -> None:
    built = []
    original = ClusterInfo.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type[ClusterInfo], src: Any) -> ClusterInfo:
        built.append(src["name"])
        made: ClusterInfo = original(cls, src)
        return made

    with mock.patch.object(ClusterInfo, "from_dict", classmethod(counting)):
        reply = _client(REPLY).list_clusters()
        clusters = reply.clusters or []
        assert built == [] and len(clusters) == 3
        assert clusters[1] is clusters[1]
        assert built == ["dws-2"]
        assert [c.name for c in clusters] == ["dws-1", "dws-2", "dws-3"]
        assert reply.to_dict() == REPLY
    assert built == ["dws-2", "dws-1", "dws-3"]


def test_unknown_members_are_kept_on_the_lazy_path() -> None:
    reply = json.loads(json.dumps(REPLY))
    reply["clusters"][0]["new_member"] = {"a": [1]}
    reply["next_page"] = "x"
    parsed = _client(reply).list_clusters()
    assert isinstance(parsed.clusters, LazyList)
    assert parsed.additional_properties == {"next_page": "x"}
    assert parsed.clusters[0].additional_properties == {"new_member": {"a": [1]}}
    assert parsed.to_dict() == reply


def test_an_unlisted_enum_value_takes_the_eager_path_and_is_kept() -> None:
    reply = json.loads(json.dumps(REPLY))
    reply["clusters"][1]["status"] = "HIBERNATING"
    parsed = _client(reply).list_clusters()
    assert type(parsed.clusters) is list
    status = parsed.clusters[1].status
    assert isinstance(status, ClusterStatus) and status.value == "HIBERNATING"


def test_a_drifting_reply_is_typed_eagerly_reports_and_raises_when_strict(caplog: pytest.LogCaptureFixture) -> None:
    reply = json.loads(json.dumps(REPLY))
    reply["clusters"][1]["port"] = "8000"
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsed = _client(reply).list_clusters()
    assert type(parsed.clusters) is list and parsed.clusters[1].port == "8000"  # type: ignore[comparison-overlap]
    assert _places(caplog.records) == {"$.clusters[1].port: expected integer, got string"}
    with pytest.raises(errors.ResponseValidationError) as raised:
        _client(reply).with_options(strict=True).list_clusters()
    assert [str(d) for d in raised.value.drifts] == ["$.clusters[1].port: expected integer, got string"]


def test_what_the_guard_cannot_see_is_reported_when_the_item_is_built(caplog: pytest.LogCaptureFixture) -> None:
    # JSON Schema calls 8000.0 an integer; the models report it (a float where an integer is documented).
    content = json.dumps(REPLY).replace('"port": 8000', '"port": 8000.0', 1).encode()
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsed = _client(content).list_clusters()
        assert isinstance(parsed.clusters, LazyList) and caplog.records == []
        assert parsed.clusters[0].port == 8000.0
    assert [r.getMessage() for r in caplog.records] == [
        "list_clusters: the reply departs from the spec at $.clusters[0].port: expected integer, got number;"
        " kept as received"
    ]
    with pytest.raises(errors.ResponseValidationError):  # strict: typed eagerly, so it raises at the call
        _client(content).with_options(strict=True).list_clusters()


def test_a_raw_response_parses_lazily_too() -> None:
    raw = _client(REPLY).with_raw_response.list_clusters()
    assert isinstance(raw.parse().clusters, LazyList) and raw.parse().to_dict() == REPLY


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.integers(-100, 40000).map(float)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6)
    | st.sampled_from(["2024-05-01T10:00:00Z", "2024-05-01T10:00:00", "2024-05-01", "AVAILABLE", "ACTIVE", "8000"])
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
    max_leaves=4,
)


def _places_in(cluster: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Paths (keys and indexes) to every member of a cluster, at any depth, and to unknown ones."""
    found: list[tuple[Any, ...]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            for key in [*node, "new_member"]:
                found.append((*path, key))
                if key in node:
                    walk(node[key], (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                found.append((*path, index))
                walk(item, (*path, index))

    walk(cluster, ())
    return found


@st.composite
def _mutated(draw: st.DrawFn) -> dict[str, Any]:
    reply: dict[str, Any] = json.loads(json.dumps(REPLY))
    for _ in range(draw(st.integers(1, 2))):
        index = draw(st.integers(0, len(reply["clusters"]) - 1))
        cluster = reply["clusters"][index]
        path = draw(st.sampled_from(_places_in(cluster)))
        holder = cluster
        for step in path[:-1]:
            holder = holder[step]
        if draw(st.booleans()) and isinstance(holder, dict) and path[-1] in holder:
            del holder[path[-1]]
        elif isinstance(holder, dict) or path[-1] < len(holder):
            holder[path[-1]] = draw(_VALUES)
    return reply


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reply=_mutated())
def test_lazy_and_eager_typing_agree_on_any_reply(reply: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        with _eager():
            eager = _client(reply).list_clusters()
        eager_places = _places(caplog.records)
        caplog.clear()
        lazy = _client(reply).list_clusters()
        event("lazy path" if isinstance(lazy.clusters, LazyList) else "eager path")
        assert lazy == eager  # builds every lazy item: late reports come now
        assert lazy.to_dict() == eager.to_dict() and repr(lazy) == repr(eager)
    assert _places(caplog.records) == eager_places
    if eager_places:
        with pytest.raises(errors.ResponseValidationError):
            _client(reply).with_options(strict=True).list_clusters()
    else:
        assert _client(reply).with_options(strict=True).list_clusters() == eager


def test_the_async_client_parses_lazily_too() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(REPLY).encode())

    async def run() -> Any:
        async with AsyncDwsClient(
            base_url="https://dws.test", credentials=CREDENTIALS, transport=httpx.MockTransport(handler)
        ) as dws:
            await dws.list_clusters()
            return await dws.list_clusters()  # the guard is in use from an operation's second reply

    reply = asyncio.run(run())
    assert isinstance(reply.clusters, LazyList) and reply.to_dict() == REPLY


def test_a_guard_that_cannot_decide_sends_the_reply_down_the_eager_path() -> None:
    def undecided(body: Any) -> bool:
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    with mock.patch.object(RequestValidator, "guard_in_use", return_value=undecided):
        reply = _client(REPLY).list_clusters()
    assert type(reply.clusters) is list and reply.to_dict() == REPLY


def _operation_module(service: Service, operation_id: str) -> Any:
    api = importlib.import_module(f"{service.package}.api")
    for tag in pkgutil.iter_modules(api.__path__):
        try:
            return importlib.import_module(f"{service.package}.api.{tag.name}.{operation_id}")
        except ModuleNotFoundError:
            continue
    raise AssertionError(f"no module for {operation_id}")


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_guarded_example_reply_is_typed_the_same_lazily(service: Service) -> None:
    # The specs' own example replies of every operation with a guard, each service: the guard passes them,
    # and lazy typing gives what eager typing gives (models, to_dict), with no drift either way.
    spec, validator = spec_of(service), RequestValidator(service.package)
    table = json.loads((service.client_dir / service.package / "_request_schemas.json").read_text())
    lazy_lists = 0
    for _, _, oid, op in operations(service):
        for status in table["operations"][oid].get("replies", {}):
            assert validator.guard_in_use(oid, int(status)) is None  # an operation's first reply: typed eagerly
            guard = validator.guard_in_use(oid, int(status))
            assert guard is not None
            module = _operation_module(service, oid)
            media = spec.deref(op["responses"][status])["content"]["application/json"]
            for example in (media.get("examples") or {}).values():
                body = spec.deref(example)["value"]
                assert guard(body), (oid, status)
                reply = SimpleNamespace(status_code=int(status), json=lambda body=body: body)
                with parsing.collecting() as reports:
                    eager = module._parse_response(client=base_client._PARSE_CONTEXT, response=reply)
                    with reading_lazily(Reply(oid, body)):
                        lazy = module._parse_response(client=base_client._PARSE_CONTEXT, response=reply)
                    lazy_lists += sum(isinstance(getattr(lazy, f.name), LazyList) for f in members(type(lazy)))
                    assert lazy == eager and lazy.to_dict() == eager.to_dict(), oid
                assert reports == [], oid
    assert lazy_lists >= 3
