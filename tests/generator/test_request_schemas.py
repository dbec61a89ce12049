"""The per-operation request schemas the generator writes for client-side validation."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
from typing import Any

import pytest

from generator.codegen.request_schemas import FILE_NAME, bounded, drift_only, request_schemas
from generator.config import Service
from generator.model import build
from tests.support import SERVICE_IDS, SERVICES, operations, spec_of


def _written(service: Service) -> dict[str, Any]:
    return json.loads((service.client_dir / service.package / FILE_NAME).read_text(encoding="utf-8"))


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_operation_and_parameter_is_written(service: Service) -> None:
    written = _written(service)
    assert set(written["operations"]) == {oid for _, _, oid, _ in operations(service)}
    spec = spec_of(service)
    for _, _, oid, op in operations(service):
        wire = {(p["in"], p["name"]) for p in (spec.deref(n) for n in op.get("parameters", []))}
        listed = {(p["in"], p["name"]) for p in written["operations"][oid]["params"].values()}
        # only the constant API-version headers (sent by the runtime) are left out
        assert listed <= wire and all(loc == "header" for loc, _ in wire - listed), oid
        assert (written["operations"][oid]["body"] is None) == ("requestBody" not in op), oid


def test_parameters_are_keyed_by_the_generated_keyword() -> None:
    ddm = next(s for s in SERVICES if s.key == "ddm")
    params = _written(ddm)["operations"]["show_instance_param"]["params"]
    assert params["x_language"]["name"] == "X-Language" and params["x_language"]["in"] == "header"
    assert params["limit"]["schema"]["maximum"] == 128


def test_int_formats_imply_their_bounds() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer", "format": "int32"}}}
    assert bounded(schema)["properties"]["n"] == {
        "type": "integer",
        "format": "int32",
        "minimum": -(2**31),
        "maximum": 2**31 - 1,
    }
    assert bounded({"type": "integer", "format": "int64", "minimum": 0})["minimum"] == 0  # an explicit bound wins


def test_parameters_are_keyed_by_the_models_keywords() -> None:
    dws = next(s for s in SERVICES if s.key == "dws")
    model = build(dws, spec_of(dws))
    written = request_schemas(model, "header")["operations"]
    for op in model.operations:
        keywords = {p.name for p in op.params if p.location != "body"}
        assert set(written[op.operation_id]["params"]) == keywords, op.operation_id
    assert written["list_clusters"]["params"]["datastore_type"]["name"] == "datastoreType"


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_a_reply_holding_a_list_of_models_gets_its_guard_schema(service: Service) -> None:
    # The runtime's reply guard (dbcloud_core.lazy): the spec's own 2xx schema, written exactly when the
    # reply's model keeps a list of models lazily; replies without one would only pay for the check.
    written, spec = _written(service), spec_of(service)
    models = importlib.import_module(f"{service.package}.models")
    guarded = checked = 0
    for _, _, oid, op in operations(service):
        replies = written["operations"][oid].get("replies", {})
        assert set(replies) <= {status for status, _ in spec.success_responses(op)}, oid
        for status, response in spec.success_responses(op):
            schema = spec.json_schema(response)
            if status in replies:
                assert replies[status] == drift_only(schema), oid
                guarded += 1
            elif isinstance(schema, dict) and "$ref" in schema:
                model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
                assert "_LazyList(" not in inspect.getsource(sys.modules[model.__module__]), oid
                checked += 1
    assert guarded >= 5 and checked >= 3
    if service.key == "dws":
        assert written["operations"]["list_clusters"]["replies"]["200"] == {
            "$ref": "#/components/schemas/ListClustersResponse"
        }


def test_the_reply_guard_keeps_only_what_the_models_check() -> None:
    schema = {
        "type": "object",
        "required": ["pattern"],
        "properties": {
            "pattern": {"type": "string", "pattern": "^a", "maxLength": 3, "description": "kept"},
            "when": {"type": "string", "format": "date-time"},
            "id": {"type": "string", "format": "uuid"},
            "size": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 9},
            "kind": {"anyOf": [{"enum": ["a", "b"]}, {"type": "null"}]},
            "items": {"type": "array", "maxItems": 2, "items": {"$ref": "#/components/schemas/X"}},
        },
    }
    assert drift_only(schema) == {
        "type": "object",
        "required": ["pattern"],
        "properties": {
            "pattern": {"type": "string", "description": "kept"},
            "when": {"type": "string", "format": "date-time"},
            "id": {"type": "string"},
            "size": {"type": "integer"},
            "kind": {"anyOf": [{"enum": ["a", "b"]}, {"type": "null"}]},
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/X"}},
        },
    }


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_the_reply_components_are_those_the_replies_reach(service: Service) -> None:
    written = _written(service)
    reached = written["reply_components"]["schemas"]
    text = json.dumps([e.get("replies", {}) for e in written["operations"].values()] + list(reached.values()))
    refs = {ref.rsplit("/", 1)[1] for ref in re.findall(r'"#/components/schemas/[^"]+"', text)}
    assert {r.strip('"') for r in refs} == set(reached)
    assert all(reached[name] == drift_only(spec_of(service).doc["components"]["schemas"][name]) for name in reached)
