"""The per-operation request schemas a client validates against before sending (``_request_schemas.json``).

Each operation gets its JSON body schema and its path/query/header parameters keyed by the keyword
opc gave them, with the spec's own JSON Schema (``$ref``s into ``components``). The runtime
(``dbcloud_core.validation``) compiles them with jsonschema-rs on first use, so a client accepts
exactly what the simulator accepts and nothing parses YAML at run time.
"""

from __future__ import annotations

import json
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .facade import op_pointer
from .spec import Spec

FILE_NAME = "_request_schemas.json"
# opc's default ``field_prefix``: a parameter whose snake_case name is no identifier gets it.
_OPC_FIELD_PREFIX = "field_"
# OpenAPI's integer formats bound the value (jsonschema itself ignores ``format``).
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


class RequestSchemaError(Exception):
    """A parameter of the spec has no keyword in the generated operation module."""


def bounded(node: Any) -> Any:
    """A copy of a schema where ``format: int32/int64`` also sets the implied minimum/maximum."""
    if isinstance(node, list):
        return [bounded(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: bounded(v) for k, v in node.items()}
    fmt = out.get("format")
    limits = _INT_BOUNDS.get(fmt) if isinstance(fmt, str) else None
    if limits:
        out.setdefault("minimum", limits[0])
        out.setdefault("maximum", limits[1])
    return out


def _body(spec: Spec, op: dict[str, Any]) -> dict[str, Any] | None:
    body = spec.deref(op.get("requestBody"))
    media = ((body or {}).get("content") or {}).get("application/json") if isinstance(body, dict) else None
    schema = (media or {}).get("schema")
    return bounded(schema) if isinstance(schema, dict) else None


def _params(spec: Spec, op: dict[str, Any], keywords: set[str], constant: dict[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for node in op.get("parameters", []):
        param = spec.deref(node)
        if param["in"] == "header" and param["name"] in constant:
            continue  # an API-version pin the runtime sends itself; not an argument
        keyword = str(PythonIdentifier(param["name"], prefix=_OPC_FIELD_PREFIX))
        if keyword not in keywords:
            raise RequestSchemaError(
                f"{op['operationId']}: {param['in']} parameter {param['name']!r} has no keyword {keyword!r}"
                f" in the generated module (it has {sorted(keywords)})"
            )
        found[keyword] = {
            "in": param["in"],
            "name": param["name"],
            "required": bool(param.get("required")),
            "schema": bounded(param.get("schema") or {}),
        }
    return found


def request_schemas(
    spec: Spec, described: list[dict[str, Any]], constant: dict[str, str], comment: str
) -> dict[str, Any]:
    """The data file's content: ``{"components": {"schemas": ...}, "operations": {id: {body, params}}}``."""
    operations: dict[str, Any] = {}
    for row in described:
        op = spec.resolve(op_pointer(row))
        keywords = {str(p["name"]) for p in row["params"]}
        operations[row["operation_id"]] = {"body": _body(spec, op), "params": _params(spec, op, keywords, constant)}
    schemas = bounded((spec.doc.get("components") or {}).get("schemas") or {})
    return {"$comment": comment, "components": {"schemas": schemas}, "operations": operations}


def dumps(content: dict[str, Any]) -> str:
    """Stable text for the drift gate: sorted keys, no ASCII escaping, one level of indent."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
