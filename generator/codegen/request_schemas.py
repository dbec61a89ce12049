"""The per-operation request schemas a client validates against before sending (``_request_schemas.json``).

Each operation gets its JSON body schema and its path/query/header parameters keyed by the keyword
opc gave them, with the spec's own JSON Schema (``$ref``s into ``components``). The runtime
(``dbcloud_core.validation``) compiles them with jsonschema-rs on first use, so a client accepts
exactly what the simulator accepts and nothing parses YAML at run time.

An operation whose 2xx reply holds a list of objects also gets that reply's schema, by status
(``replies``): the runtime's reply guard, which lets a reply that fits it take the lazy-items path
(``dbcloud_core.lazy``; docs/decisions.md, "Typed decoding"). The guard only has to ensure that the
generated models cannot report drift, so its schemas (and the components they reach, written apart as
``reply_components``) keep what ``from_dict`` checks (types, required, enums, unions, date and
date-time formats) and drop the rest (lengths, patterns, bounds...): cheaper, and a reply beyond a
documented bound still takes the lazy path, whose models are the same.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Operation, ServiceModel
from ..spec import Spec

FILE_NAME = "_request_schemas.json"
# OpenAPI's integer formats bound the value (jsonschema itself ignores ``format``).
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


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


def _params(model: ServiceModel, op: Operation) -> dict[str, Any]:
    """The operation's path/query/header/cookie keywords (opc's names) with their spec schemas; a
    constant header is no keyword (the runtime sends it itself)."""
    declared = {}
    for node in op.raw.get("parameters", []):
        param = model.spec.deref(node)
        declared[(param["in"], param["name"])] = param
    found: dict[str, Any] = {}
    for keyword in op.params:
        if keyword.location == "body":
            continue
        param = declared[(keyword.location, keyword.wire_name)]
        found[keyword.name] = {
            "in": param["in"],
            "name": param["name"],
            "required": bool(param.get("required")),
            "schema": bounded(param.get("schema") or {}),
        }
    return found


# Keywords that restrict values without changing what the generated models check or report.
_UNCHECKED = frozenset(
    {
        "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "minContains",
        "maxContains",
    }
)  # fmt: skip
_CHECKED_FORMATS = frozenset({"date", "date-time"})  # parsed by from_dict (dateutil), so asserted by the guard
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONE = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems"}
    | {"unevaluatedProperties"}
)


def drift_only(node: Any) -> Any:
    """A copy of a schema with only what the generated ``from_dict`` checks (see the module docstring).
    Walked as a schema: a property named ``pattern`` is kept, a ``pattern`` keyword is not."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _UNCHECKED or (key == "format" and value not in _CHECKED_FORMATS):
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: drift_only(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [drift_only(sub) for sub in value]
        elif key in _SCHEMA_ONE:
            out[key] = drift_only(value)
        else:
            out[key] = value
    return out


def _components_reached(spec: Spec, schemas: list[Any]) -> set[str]:
    """The names of the components the schemas refer to, directly or through other components."""
    prefix = "#/components/schemas/"
    found: set[str] = set()
    stack = list(schemas)
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] not in found:
                found.add(ref[len(prefix) :])
                stack.append(spec.deref(node))
            stack.extend(v for k, v in node.items() if k != "$ref")
    return found


def _object_list(spec: Spec, schema: Any, seen: frozenset[int] = frozenset()) -> bool:
    """Whether a reply schema holds an array of objects (its members, not inside another array): the
    members the generated models read lazily."""
    node = spec.deref(schema)
    if not isinstance(node, dict) or id(node) in seen:
        return False
    seen = seen | {id(node)}
    items = spec.deref(node.get("items")) if "items" in node else None
    if isinstance(items, dict) and (items.get("type") == "object" or "properties" in items or "allOf" in items):
        return True
    members = [*(node.get("properties") or {}).values()]
    for key in ("allOf", "anyOf", "oneOf"):
        members.extend(node.get(key) or [])
    return any(_object_list(spec, member, seen) for member in members)


def _replies(model: ServiceModel, op: Operation) -> dict[str, Any]:
    """Status -> schema of the operation's 2xx JSON replies that hold a list of objects."""
    found = {}
    for status, response in model.spec.success_responses(op.raw):
        schema = model.spec.json_schema(response)
        if isinstance(schema, dict) and _object_list(model.spec, schema):
            found[status] = drift_only(schema)
    return found


def request_schemas(model: ServiceModel, comment: str) -> dict[str, Any]:
    """The data file's content: ``{"components": {"schemas": ...}, "operations": {id: {body, params,
    replies}}}``."""
    operations: dict[str, Any] = {}
    for op in model.operations:
        body = model.body_schema(op)
        operations[op.operation_id] = {
            "body": bounded(body) if isinstance(body, dict) else None,
            "params": _params(model, op),
        }
        replies = _replies(model, op)
        if replies:
            operations[op.operation_id]["replies"] = replies
    components = (model.spec.doc.get("components") or {}).get("schemas") or {}
    replied = [s for entry in operations.values() for s in entry.get("replies", {}).values()]
    reached = {name: drift_only(components[name]) for name in sorted(_components_reached(model.spec, replied))}
    return {
        "$comment": comment,
        "components": {"schemas": bounded(components)},
        "operations": operations,
        "reply_components": {"schemas": reached},
    }


def dumps(content: dict[str, Any]) -> str:
    """Stable text for the drift gate: sorted keys, no ASCII escaping, one level of indent."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
