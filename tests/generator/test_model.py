"""The service model: opc's own parse gives the keywords, types and query names the generated
operation modules really have (checked here against those modules, read from outside)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import pytest

from generator.config import Service
from generator.model import ModelError, ServiceModel, build
from generator.spec import Spec
from tests.support import SERVICE_IDS, SERVICES, operation_module, spec_of


@pytest.fixture(scope="module", params=SERVICES, ids=SERVICE_IDS)
def model(request: pytest.FixtureRequest) -> ServiceModel:
    service: Service = request.param
    return build(service, spec_of(service))


def _function(source: str, name: str) -> ast.FunctionDef:
    return next(n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == name)


def _query_names(get_kwargs: ast.FunctionDef) -> dict[str, str]:
    """``params["curPage"] = json_cur_page`` -> ``{"curPage": "cur_page"}``."""
    found = {}
    for node in ast.walk(get_kwargs):
        if (
            isinstance(node, ast.Assign)
            and isinstance(target := node.targets[0], ast.Subscript)
            and isinstance(target.value, ast.Name)
            and target.value.id == "params"
            and isinstance(target.slice, ast.Constant)
            and isinstance(node.value, ast.Name)
        ):
            found[str(target.slice.value)] = node.value.id.removeprefix("json_")
    return found


def test_every_keyword_type_and_query_name_is_the_generated_ones(model: ServiceModel) -> None:
    assert len(model.operations) == len(list(model.spec.operations()))
    for op in model.operations:
        module = operation_module(model.service, op.tag_module, op.operation_id)
        function = _function(inspect.getsource(module), "sync_detailed")
        declared = [a for a in function.args.args + function.args.kwonlyargs if a.arg != "client"]
        assert [p.name for p in op.params] == [a.arg for a in declared], op.operation_id
        assert [p.annotation for p in op.params] == [ast.unparse(a.annotation) for a in declared if a.annotation]
        signature = inspect.signature(module.sync_detailed)
        required = {n for n, p in signature.parameters.items() if p.default is inspect.Parameter.empty}
        assert {p.name for p in op.params if p.required} == required - {"client"}, op.operation_id
        assert op.query_kwargs == _query_names(_function(inspect.getsource(module), "_get_kwargs")), op.operation_id


def test_facts_from_the_spec(model: ServiceModel) -> None:
    assert model.servers and model.security_schemes
    assert set(model.waiters) <= {w for w in model.spec.doc.get("x-waiters") or {}}
    for op in model.operations:
        assert model.spec.resolve(op.pointer) is op.raw
        assert op.idempotent == (op.method != "post" or bool(op.raw.get("x-idempotent")))


def _spec(path: str, operation: dict[str, Any]) -> Spec:
    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {path: operation}}
    return Spec(Path("inline.yaml"), doc)


def test_opc_renames_are_followed() -> None:
    """A path and a query parameter of the same Python name: opc suffixes both; the model says so."""
    spec = _spec(
        "/things/{thing_id}",
        {
            "get": {
                "operationId": "show_thing",
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "thing-id", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
    )
    (op,) = build(Service("dws"), spec).operations
    assert [(p.name, p.wire_name, p.location, p.required) for p in op.params] == [
        ("thing_id_path", "thing_id", "path", True),
        ("thing_id_query", "thing-id", "query", False),
    ]
    assert op.query_kwargs == {"thing-id": "thing_id_query"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"content": {"application/xml": {"schema": {"type": "string"}}}}, "Unsupported content type"),
        ({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}}}, "Could not find"),
    ],
)
def test_an_opc_warning_stops_the_model(body: dict[str, Any], message: str) -> None:
    operation = {"operationId": "create_thing", "requestBody": body, "responses": {"200": {"description": "ok"}}}
    spec = _spec("/things", {"post": operation})
    with pytest.raises(ModelError, match=message):
        build(Service("dws"), spec)
