"""schemathesis generates valid requests for every operation; driven through the generated client,
the request on the wire (method, path, query, headers, JSON body) equals the generated case."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import types
import typing
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import pytest
import schemathesis
from dateutil.parser import isoparse
from hypothesis import HealthCheck, given, settings
from schemathesis.generation import GenerationMode

from generator.config import Service
from tests.support import (
    SERVICES,
    behaviour,
    canonical,
    norm,
    operation_module,
    operations,
    schemathesis_operation,
    type_hints,
)

CASES = [(s, op_id) for s in SERVICES for _, _, op_id, _ in operations(s)]


@cache
def _schema(service: Service) -> Any:
    return schemathesis.openapi.from_path(str(service.spec))


def _operation(service: Service, operation_id: str) -> Any:
    return schemathesis_operation(_schema(service), operation_id)


def _convert(value: Any, hint: Any) -> Any:
    """Turn a JSON value from the case into what the generated function's annotation expects."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg is type(None) and value is None:
                return None
        for arg in typing.get_args(hint):
            if arg is not type(None) and getattr(arg, "__name__", "") != "Unset":
                try:
                    return _convert(value, arg)
                except (TypeError, ValueError, AttributeError):
                    continue
        return value
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return [_convert(v, item) for v in value]
    if isinstance(hint, type):
        if hasattr(hint, "from_dict"):
            return hint.from_dict(value)
        if issubclass(hint, enum.Enum):
            return hint(value)
        if hint is dt.datetime:
            return isoparse(value)
        if hint is dt.date:
            return dt.date.fromisoformat(value)
    return value


def _wire_query(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [json.dumps(v) if isinstance(v, bool) else str(v) for v in values]


def _call(service: Service, operation_id: str, tag: str, case: Any) -> httpx.Request:
    module = operation_module(service, tag, operation_id)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client_module = __import__(f"{service.package}.client", fromlist=["Client"])
    client = client_module.Client(base_url="https://api.test", httpx_args={"transport": httpx.MockTransport(handler)})
    hints = type_hints(module.sync_detailed)
    by_norm = {norm(name): name for name in hints if name not in ("client", "return")}
    kwargs: dict[str, Any] = {}
    for location in (case.path_parameters or {}, case.query or {}, case.headers or {}):
        for name, value in location.items():
            arg = by_norm.get(norm(name))
            if arg is not None:
                kwargs[arg] = _convert(value, hints[arg])
    if case.body is not None and "body" in hints and not isinstance(case.body, schemathesis.core.NotSet):
        kwargs["body"] = _convert(case.body, hints["body"])
    with client, contextlib.suppress(Exception):
        # Only the request matters here; parsing the canned 204 is another test's business.
        module.sync_detailed(client=client, **kwargs)
    assert len(sent) == 1
    return sent[0]


@pytest.mark.parametrize(("service", "operation_id"), CASES, ids=[f"{s.key}-{o}" for s, o in CASES])
def test_request_on_the_wire_equals_the_generated_case(service: Service, operation_id: str) -> None:
    operation = _operation(service, operation_id)
    tag = operation.definition.raw["tags"][0]
    header_params = {
        p["name"].lower() for p in operation.definition.raw.get("parameters", []) if p.get("in") == "header"
    }
    constant = behaviour(service).DEFAULT_HEADERS  # sent by the runtime, not the function
    strategy = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)

    # max_examples comes from the hypothesis profile: 25 in make test, more in make fuzz.
    @given(case=strategy)
    @settings(deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: Any) -> None:
        request = _call(service, operation_id, tag, case)
        assert request.method == case.method.upper()
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        assert [unquote(seg) for seg in raw_path.split("/")] == case.formatted_path.split("/") or unquote(
            raw_path
        ) == case.formatted_path
        expected_query = sorted((k, v) for k, value in (case.query or {}).items() for v in _wire_query(value))
        assert sorted(parse_qsl(raw_query, keep_blank_values=True)) == expected_query
        for name, value in (case.headers or {}).items():
            if name.lower() in header_params and name not in constant:
                assert request.headers[name] == str(value)
        if case.body is None or isinstance(case.body, schemathesis.core.NotSet):
            assert request.content in (b"", b"null")
        else:
            assert canonical(json.loads(request.content)) == canonical(case.body)

    check()
