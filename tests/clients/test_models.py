"""Every spec example parses into the generated model and the pydantic model; generated responses with
unknown fields and unknown enum values parse and keep the data (forward compatibility)."""

from __future__ import annotations

import enum
from functools import cache
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation import GenerationMode

from generator.config import Service
from tests.support import SERVICES, inline_refs, operations, pydantic_model, ref_name, spec_of, typed_model
from tests.support import canonical as _canonical


def _bodies(service: Service) -> list[tuple[str, str, dict[str, Any]]]:
    """(label, schema name, media object) for every JSON request/response body of the service."""
    found = []
    for _, _, operation_id, op in operations(service):
        spec = spec_of(service)
        media = [("request", op.get("requestBody", {}))]
        media += [(f"response {code}", resp) for code, resp in op.get("responses", {}).items()]
        for label, holder in media:
            content = spec.json_media(holder)
            if content and ref_name(content.get("schema")):
                found.append((f"{operation_id} {label}", ref_name(content["schema"]), content))
    return found


EXAMPLES = [
    (s, f"{label} {name}", schema, ex["value"])
    for s in SERVICES
    for label, schema, content in _bodies(s)
    for name, ex in (content.get("examples") or {}).items()
]


@pytest.mark.parametrize(
    ("service", "label", "schema", "value"), EXAMPLES, ids=[f"{e[0].key}-{e[1]}" for e in EXAMPLES]
)
def test_example_parses_into_both_model_sets(service: Service, label: str, schema: str, value: Any) -> None:
    # A union schema (DDM's AnyErrorResponse) has no model of its own: its example must fit one member.
    node = spec_of(service).doc["components"]["schemas"][schema]
    members = [ref_name(m) for m in node.get("anyOf", node.get("oneOf", []))] or [schema]
    fitting = [m for m in members if set(value) <= set(_schema_props(service, m)) or m == schema]
    assert fitting, f"{label}: the example fits no member of {members}"
    member = fitting[0]
    model = typed_model(service, member).from_dict(value)
    assert _canonical(model.to_dict()) == _canonical(value), "model round trip lost or changed data"
    pydantic_model(service, member).model_validate(value)


def _schema_props(service: Service, name: str) -> dict[str, Any]:
    props: dict[str, Any] = spec_of(service).doc["components"]["schemas"][name].get("properties", {})
    return props


def test_examples_were_found_for_every_service() -> None:
    counts = {s.key: sum(1 for e in EXAMPLES if e[0] is s) for s in SERVICES}
    assert all(n > 10 for n in counts.values()), counts


def _success_bodies(service: Service) -> list[tuple[str, str]]:
    return sorted({(label, schema) for label, schema, _ in _bodies(service) if " 2" in label})


RESPONSES = [(s, label, schema) for s in SERVICES for label, schema in _success_bodies(s)]
UNKNOWN = "VALUE_FROM_THE_FUTURE"


def _add_unknowns(value: Any, schema: dict[str, Any]) -> Any:
    """Add an unknown member to every object and swap string enum values for an unknown one."""
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        out = {k: _add_unknowns(v, props.get(k, extra if isinstance(extra, dict) else {})) for k, v in value.items()}
        if props:  # a declared map already takes any key; a record gains a field it does not know
            out["x_field_from_the_future"] = {"nested": [1, "two"]}
        return out
    if isinstance(value, list):
        return [_add_unknowns(v, schema.get("items", {})) for v in value]
    enum_values = schema.get("enum") or next((s.get("enum") for s in schema.get("anyOf", []) if s.get("enum")), None)
    if isinstance(value, str) and enum_values:
        return UNKNOWN
    return value


@cache
def _probe_schema(service: Service) -> Any:
    """schemathesis generates request bodies only, so each response schema becomes the body of a
    synthetic operation on a copy of the spec; its cases are valid instances of that schema."""
    doc = spec_of(service).doc
    paths = {
        f"/probe/{schema}": {
            "post": {
                "operationId": f"probe_{schema}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
        for _, schema in _success_bodies(service)
    }
    return schemathesis.openapi.from_dict({**doc, "paths": paths, "x-errata": []})


def _instances(service: Service, schema: str) -> Any:
    operation = _probe_schema(service)["/probe/" + schema]["POST"]
    return operation.as_strategy(generation_mode=GenerationMode.POSITIVE).map(lambda case: case.body)


@pytest.mark.parametrize(("service", "label", "schema"), RESPONSES, ids=[f"{r[0].key}-{r[1]}" for r in RESPONSES])
def test_responses_with_unknown_fields_and_enum_values_parse_and_keep_data(
    service: Service, label: str, schema: str
) -> None:
    full = inline_refs(spec_of(service), spec_of(service).resolve(f"#/components/schemas/{schema}"))
    model_cls = typed_model(service, schema)

    @given(value=_instances(service, schema), mutate=st.booleans())
    @settings(
        max_examples=settings.default.max_examples * 2 // 5,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def check(value: Any, mutate: bool) -> None:
        body = _add_unknowns(value, full) if mutate else value
        parsed = model_cls.from_dict(body)
        assert _canonical(parsed.to_dict()) == _canonical(body)
        if mutate and isinstance(body, dict) and full.get("properties"):
            assert parsed.additional_properties["x_field_from_the_future"] == {"nested": [1, "two"]}

    check()


def test_an_unknown_enum_value_is_kept_not_raised() -> None:
    for service in SERVICES:
        models = __import__(f"{service.package}.models", fromlist=["*"])
        enums = [v for v in vars(models).values() if isinstance(v, type) and issubclass(v, enum.Enum)]
        assert enums, f"{service.key}: no enum found to check"
        for cls in enums:
            member = cls(UNKNOWN) if issubclass(cls, str) else cls(987654)
            assert member.value in (UNKNOWN, 987654) and isinstance(member, cls)
