"""Turn the raw request into typed parameter values and check them (and the body) against the spec."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from . import sensitive
from .catalog import Operation, Param
from .limits import load_json

_MISSING = object()


@dataclass
class ParsedRequest:
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    problems: list[str] = field(default_factory=list)


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


def _coerce(text: str, schema: dict[str, Any]) -> Any:
    """Read one textual value as the schema's scalar type; unparseable text stays a string (and fails)."""
    for kind in _types(schema):
        if kind == "integer":
            try:
                return int(text)
            except ValueError:
                continue
        if kind == "number":
            try:
                value = float(text)
            except ValueError:
                continue
            return int(value) if value.is_integer() and "." not in text and "e" not in text.lower() else value
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind == "null" and text == "null":
            return None
    return text


def _value(param: Param, raw: list[str], deref: Any) -> Any:
    schema = deref(param.schema) or {}
    if "array" in _types(schema):
        items = deref(schema.get("items") or {})
        values = [
            part
            for text in raw
            for part in (text.split(",") if len(raw) == 1 and param.location != "query" else [text])
        ]
        return [_coerce(text, items) for text in values]
    return _coerce(raw[-1], schema)


def parse(
    op: Operation,
    path_values: Mapping[str, str],
    query: list[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    content_type: str,
) -> ParsedRequest:
    """Read and validate every documented parameter and the JSON body; problems name what is wrong."""
    spec = op.catalog.spec
    parsed = ParsedRequest()
    lower_headers = {k.lower(): v for k, v in headers.items()}
    for param in op.params:
        if param.location == "path":
            raw = [unquote(path_values.get(param.name, ""))]
        elif param.location == "query":
            raw = [v for k, v in query if k == param.name]
        elif param.location == "header":
            found = lower_headers.get(param.name.lower())
            raw = [] if found is None else [found]
        else:
            continue
        if not raw:
            if param.required:
                parsed.problems.append(f"{param.location} parameter {param.name!r} is required")
            continue
        value = _value(param, raw, spec.deref)
        for problem in op.catalog.errors(param.schema, value):
            if sensitive.is_secret(spec.deref(param.schema)):
                problem = sensitive.scrub(problem, [str(v) for v in (value if isinstance(value, list) else [value])])
            parsed.problems.append(f"{param.location} parameter {param.name!r}: {problem}")
        getattr(parsed, "headers" if param.location == "header" else param.location)[param.name] = value
    schema, required = op.body
    if body.strip():
        if "json" not in content_type:
            parsed.problems.append(f"the body must be application/json, got {content_type or 'no content type'!r}")
            return parsed
        try:
            parsed.body = load_json(body)
        except ValueError as exc:  # not JSON, too large, too deep, or text that cannot be stored
            parsed.problems.append(str(exc))
            return parsed
        if schema is not None:
            problems = op.catalog.errors(schema, parsed.body)
            secrets = sensitive.secret_values(spec, schema, parsed.body) if problems else []
            # a message quotes the value it rejects: never a password
            parsed.problems.extend(f"body {sensitive.scrub(problem, secrets)}" for problem in problems)
    elif required:
        parsed.problems.append("a JSON request body is required")
    return parsed
