"""Semantic checks of the behaviour declared in a spec: OpenAPI ``links``, ``x-waiters`` and
``x-pagination`` must name operations, parameters and response fields that exist.

The extension schema (``extensions_valid``) only checks shapes; these rules catch what a shape
cannot: a waiter polling a renamed operation, an acceptor path or expected value that the response
schema does not have (a typo such as ``CREATION_FAILED`` would wait until the timeout), a paginator
whose items pointer is not an array, a link reading a field that does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..naming import pointer
from ..spec import MISSING, Spec, paging_parameters, pointer_tokens, schema_at
from .findings import Finding
from .findings import error as _error


def _operations(spec: Spec) -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (pointer, operation)."""
    return {op["operationId"]: (at, op) for at, _, _, op in spec.operations() if "operationId" in op}


def _parameters(spec: Spec, op: dict[str, Any], where: str | None = None) -> dict[str, dict[str, Any]]:
    params = {}
    for raw in op.get("parameters") or []:
        param = spec.deref(raw)
        if isinstance(param, dict) and (where is None or param.get("in") == where):
            params[str(param.get("name"))] = param
    return params


def _types(spec: Spec, schema: Any) -> set[str]:
    schema = spec.deref(schema)
    if not isinstance(schema, dict):
        return set()
    declared = schema.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            types |= _types(spec, member)
    return types


def _enum(spec: Spec, schema: Any) -> list[Any] | None:
    schema = spec.deref(schema)
    if not isinstance(schema, dict):
        return None
    if "enum" in schema:
        return list(schema["enum"])
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            found = _enum(spec, member)
            if found is not None:
                return found
    return None


def _expression_problem(spec: Spec, expression: str, op: dict[str, Any], response: Any) -> str | None:
    """Check one runtime expression (``$request.path.x``, ``$request.body#/p``, ``$response.body#/p``)."""
    if expression.startswith("$request.path."):
        name = expression.removeprefix("$request.path.")
        return None if name in _parameters(spec, op, "path") else f"{expression}: no path parameter {name!r}"
    for prefix, holder in (("$request.body#", op.get("requestBody")), ("$response.body#", response)):
        if expression.startswith(prefix):
            schema = spec.json_schema(holder) if holder is not None else None
            tokens = pointer_tokens(expression.removeprefix(prefix))
            if schema is None or schema_at(spec, schema, tokens) is MISSING:
                return f"{expression}: the body schema has no such field"
            return None
    return f"{expression}: only $request.path.*, $request.body#/... and $response.body#/... are supported"


def links_resolve(spec: Spec) -> Iterator[Finding]:
    ops = _operations(spec)
    for at, _, _, op in spec.operations():
        for code, response in (op.get("responses") or {}).items():
            for name, link in ((spec.deref(response) or {}).get("links") or {}).items():
                link_at = at + pointer("responses", code, "links", name)
                target = ops.get(link.get("operationId"))
                if target is None:
                    yield _error(spec, link_at + "/operationId", "links", f"no operation {link.get('operationId')!r}")
                    continue
                target_params = _parameters(spec, target[1])
                for param, expression in (link.get("parameters") or {}).items():
                    bare = param.split(".", 1)[-1]  # "path.cluster_id" qualifies the location
                    if bare not in target_params:
                        yield _error(
                            spec,
                            link_at + pointer("parameters", param),
                            "links",
                            f"{link['operationId']} has no {bare!r}",
                        )
                    problem = _expression_problem(spec, str(expression), op, response)
                    if problem:
                        yield _error(spec, link_at + pointer("parameters", param), "links", problem)


def waiters_resolve(spec: Spec) -> Iterator[Finding]:
    ops = _operations(spec)
    for name, waiter in (spec.doc.get("x-waiters") or {}).items():
        at = pointer("x-waiters", name)
        polled = ops.get(waiter.get("operation"))
        if polled is None:
            yield _error(spec, at + "/operation", "waiters", f"no operation {waiter.get('operation')!r}")
            continue
        polled_params = _parameters(spec, polled[1])
        renames = waiter.get("arguments") or {}
        for target in renames.values():
            if target not in polled_params:
                yield _error(spec, at + "/arguments", "waiters", f"{waiter['operation']} has no parameter {target!r}")
        waiter_args = set(renames) | {p for p in polled_params if p not in renames.values()}
        schemas = spec.success_schemas(polled[1])
        for i, acceptor in enumerate(waiter.get("acceptors") or []):
            if "path" not in acceptor:
                continue
            tokens = str(acceptor["path"]).split(".")
            found = next((s for s in (schema_at(spec, sch, tokens) for sch in schemas) if s is not MISSING), MISSING)
            if found is MISSING:
                yield _error(
                    spec,
                    at + f"/acceptors/{i}/path",
                    "waiters",
                    f"{waiter['operation']} replies have no {acceptor['path']!r}",
                )
                continue
            allowed = _enum(spec, found)
            expected = acceptor.get("expected")
            for value in expected if isinstance(expected, list) else [expected]:
                if allowed is not None and value not in allowed:
                    yield _error(spec, at + f"/acceptors/{i}/expected", "waiters", f"{value!r} is not one of {allowed}")
        for followed, arguments in (waiter.get("follows") or {}).items():
            follow_at = at + pointer("follows", followed)
            source = ops.get(followed)
            if source is None:
                yield _error(spec, follow_at, "waiters", f"no operation {followed!r}")
                continue
            # the resource's identity; project_id comes from the client, constant headers are pinned
            required = set(_parameters(spec, polled[1], "path")) - {"project_id"}
            missing = required - set(arguments or {})
            if missing:
                yield _error(spec, follow_at, "waiters", f"no value for {sorted(missing)}")
            for argument, expression in (arguments or {}).items():
                if argument not in waiter_args:
                    yield _error(spec, follow_at, "waiters", f"{name} takes no argument {argument!r}")
                responses = [r for _, r in spec.success_responses(source[1])]
                problems = [_expression_problem(spec, str(expression), source[1], r) for r in responses or [None]]
                if all(problems):
                    yield _error(spec, follow_at + pointer(argument), "waiters", str(problems[0]))


def pagination_resolves(spec: Spec) -> Iterator[Finding]:
    for at, _, _, op in spec.operations():
        declared = op.get("x-pagination")
        if not isinstance(declared, dict):
            continue
        query = _parameters(spec, op, "query")
        for key, name in paging_parameters(declared).items():
            if name not in query:
                yield _error(spec, at + "/x-pagination", "pagination", f"no query parameter {name!r} ({key})")
        schemas = spec.success_schemas(op)
        for key, wanted in (("items", "array"), ("total", "integer"), ("next_marker", "string")):
            if key not in declared:
                continue
            tokens = pointer_tokens(str(declared[key]))
            found = [s for s in (schema_at(spec, sch, tokens) for sch in schemas) if s is not MISSING]
            if not found:
                yield _error(spec, at + f"/x-pagination/{key}", "pagination", f"replies have no {declared[key]!r}")
            elif not any(wanted in _types(spec, s) for s in found):
                yield _error(spec, at + f"/x-pagination/{key}", "pagination", f"{declared[key]!r} is not a(n) {wanted}")


BEHAVIOUR_RULES = (links_resolve, waiters_resolve, pagination_resolves)
