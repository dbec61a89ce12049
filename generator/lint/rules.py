"""The house rules of SPEC_GUIDE.md, one small function each: ``rule(spec) -> Iterable[Finding]``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..config import EXTENSIONS_SCHEMA
from ..naming import is_snake_case, pointer
from ..spec import Spec, pointer_tokens
from .behaviour import BEHAVIOUR_RULES
from .findings import Finding, Level
from .findings import error as _error
from .hazards import HAZARD_RULES
from .provenance import PROVENANCE_RULES

Rule = Callable[[Spec], Iterable[Finding]]
_BASE = "urn:dbcloud:spec"


def _walk(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    """Every (pointer, node) below ``node``, depth first, in document order."""
    yield at, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, at + pointer(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, at + pointer(i))


def refs_resolve(spec: Spec) -> Iterator[Finding]:
    for at, node in _walk(spec.doc):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/"):
                yield _error(spec, at, "ref", f"only local references are allowed, got {ref!r}")
                continue
            try:
                spec.resolve(ref)
            except KeyError:
                yield _error(spec, at + "/$ref", "ref", f"{ref!r} does not resolve")


def _locate(spec: Spec, relative: str, instance: Any) -> str:
    """The validator reports some errors relative to the schema it was checking; find where in the
    document that relative path holds the offending value."""
    try:
        if spec.resolve(relative) == instance:
            return relative
    except KeyError:
        pass
    for at, _ in _walk(spec.doc):
        try:
            if spec.resolve(at + relative) == instance:
                return at + relative
        except KeyError:
            continue
    return relative


def openapi_valid(spec: Spec) -> Iterator[Finding]:
    broken = [f.pointer.removesuffix("/$ref") for f in refs_resolve(spec)]
    # Unresolvable refs become {} so the validator still checks the rest; refs_resolve names them.
    doc = _replace_refs(spec, spec.doc, set(broken))
    try:
        for err in OpenAPIV31SpecValidator(doc).iter_errors():
            at = _locate(spec, pointer(*err.absolute_path), err.instance)
            if not any(at == b or at.startswith(b + "/") for b in broken):
                yield _error(spec, at, "openapi", err.message.splitlines()[0][:300])
    except Exception as exc:  # the validator raises for shapes it cannot walk at all
        if not any(True for _ in schema_types(spec)):  # an unknown type is named precisely there
            yield _error(spec, "", "openapi", f"{type(exc).__name__}: {str(exc)[:300]}")


def _replace_refs(spec: Spec, node: Any, broken: set[str], at: str = "") -> Any:
    if at in broken:
        return {}
    if isinstance(node, dict):
        return {k: _replace_refs(spec, v, broken, at + pointer(k)) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace_refs(spec, v, broken, at + pointer(i)) for i, v in enumerate(node)]
    return node


def x_source(spec: Spec) -> Iterator[Finding]:
    for at, _, _, op in spec.operations():
        source = op.get("x-source")
        if not (isinstance(source, dict) and source.get("doc") and source.get("section")):
            yield _error(spec, at, "x-source", "every operation needs x-source: {doc, section}")


def operation_ids(spec: Spec) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for at, _, _, op in spec.operations():
        oid = op.get("operationId")
        if not isinstance(oid, str) or not is_snake_case(oid):
            yield _error(spec, at + "/operationId", "operation-id", f"{oid!r} is not snake_case")
        elif oid in seen:
            yield _error(spec, at + "/operationId", "operation-id", f"{oid!r} already used at {seen[oid]}")
        else:
            seen[oid] = at


@cache
def _registry_for(spec: Spec) -> Registry:
    registry: Registry = Registry().with_resource(
        _BASE, Resource.from_contents(spec.doc, default_specification=DRAFT202012)
    )
    return registry


def schema_validator(spec: Spec, schema_pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``schema_pointer`` whose ``#/components/...`` refs resolve in the spec."""
    return Draft202012Validator(
        {"$ref": f"{_BASE}#{schema_pointer}"},
        registry=_registry_for(spec),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _example_sites(spec: Spec) -> Iterator[tuple[str, str, str, Any]]:
    """(pointer of example, schema pointer, example name, value) for every example in the document."""
    for at, node in _walk(spec.doc):
        if not isinstance(node, dict) or "schema" not in node or at.startswith("/components/schemas"):
            continue
        schema_at = at + "/schema"
        if "example" in node:
            yield at + "/example", schema_at, "example", node["example"]
        for name, ex in (node.get("examples") or {}).items():
            ex = spec.deref(ex)
            if isinstance(ex, dict) and "value" in ex:
                yield at + pointer("examples", name, "value"), schema_at, name, ex["value"]


def examples_validate(spec: Spec) -> Iterator[Finding]:
    for at, schema_at, name, value in _example_sites(spec):
        try:
            errors = list(schema_validator(spec, schema_at).iter_errors(value))
        except Exception as exc:  # unresolvable schema: reported by refs_resolve
            yield _error(spec, at, "example", f"cannot validate {name!r}: {type(exc).__name__}")
            continue
        for err in errors:
            where = at + pointer(*err.absolute_path)
            yield _error(spec, where, "example", f"example {name!r} does not match its schema: {err.message[:240]}")


def _schemas(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object: components/schemas and everything below a ``schema`` key, recursively."""
    roots = [
        (pointer("components", "schemas", n), s)
        for n, s in (spec.doc.get("components", {}).get("schemas") or {}).items()
    ]
    roots += [
        (at + "/schema", n["schema"])
        for at, n in _walk(spec.doc.get("paths") or {}, "/paths")
        if isinstance(n, dict) and isinstance(n.get("schema"), dict)
    ]
    stack = list(reversed(roots))
    while stack:
        at, schema = stack.pop()
        if not isinstance(schema, dict):
            continue
        yield at, schema
        children: list[tuple[str, Any]] = [
            (at + pointer("properties", k), v) for k, v in (schema.get("properties") or {}).items()
        ]
        for key in ("items", "additionalProperties", "not"):
            if isinstance(schema.get(key), dict):
                children.append((at + pointer(key), schema[key]))
        for key in ("allOf", "oneOf", "anyOf", "prefixItems"):
            children += [(at + pointer(key, i), s) for i, s in enumerate(schema.get(key) or [])]
        stack.extend(reversed(children))


JSON_TYPES = {"string", "integer", "number", "boolean", "object", "array", "null"}


def schema_types(spec: Spec) -> Iterator[Finding]:
    for at, schema in _schemas(spec):
        types = schema.get("type")
        for t in types if isinstance(types, list) else [types] if types is not None else []:
            if t not in JSON_TYPES:
                yield _error(
                    spec, at + "/type", "openapi", f"{t!r} is not a JSON Schema type ({', '.join(sorted(JSON_TYPES))})"
                )


def required_in_properties(spec: Spec) -> Iterator[Finding]:
    for at, schema in _schemas(spec):
        props = schema.get("properties")
        for i, name in enumerate(schema.get("required") or []):
            if props is not None and name not in props:
                yield _error(
                    spec, at + pointer("required", i), "required", f"{name!r} is required but not in properties"
                )


def objects_have_properties(spec: Spec) -> Iterator[Finding]:
    for at, schema in _schemas(spec):
        types = schema.get("type")
        is_object = types == "object" or (isinstance(types, list) and "object" in types)
        composed = any(k in schema for k in ("$ref", "allOf", "oneOf", "anyOf"))
        if is_object and not schema.get("properties") and "additionalProperties" not in schema and not composed:
            yield _error(
                spec, at, "object", "object without properties: list them, or declare a map with additionalProperties"
            )


def _sample(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """A small instance of ``schema`` built from required members only (for the oneOf rule)."""
    schema = spec.deref(schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("examples"):
        return schema["examples"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for sub in schema["allOf"]:
            part = _sample(spec, sub, depth + 1)
            if isinstance(part, dict):
                merged.update(part)
        return merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return _sample(spec, schema[key][0], depth + 1)
    kind = schema.get("type")
    kind = next((t for t in kind if t != "null"), "null") if isinstance(kind, list) else kind
    props = schema.get("properties") or {}
    if kind == "object" or props:
        return {n: _sample(spec, props.get(n, {}), depth + 1) for n in schema.get("required") or []}
    if kind == "array":
        return [_sample(spec, schema.get("items", {}), depth + 1)] * int(schema.get("minItems", 0))
    if kind == "string":
        return "x" * int(schema.get("minLength", 1))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def one_of_exclusive(spec: Spec) -> Iterator[Finding]:
    for at, schema in _schemas(spec):
        variants = schema.get("oneOf") or []
        for i, variant in enumerate(variants):
            instance = _sample(spec, variant)
            for j in range(len(variants)):
                if j != i and schema_validator(spec, at + pointer("oneOf", j)).is_valid(instance):
                    yield _error(
                        spec,
                        at + pointer("oneOf", i),
                        "one-of",
                        f"variants {i} and {j} both accept {instance!r}: make them mutually exclusive",
                    )
                    break


ERRATUM_KEYS = {"where", "reference_says", "spec_says", "why"}


def errata_well_formed(spec: Spec) -> Iterator[Finding]:
    errata = spec.doc.get("x-errata")
    if errata is None:
        return
    if not isinstance(errata, list):
        yield _error(spec, "/x-errata", "errata", "x-errata must be a list")
        return
    op_ids = {op.get("operationId") for _, _, _, op in spec.operations()}
    for i, entry in enumerate(errata):
        at = pointer("x-errata", i)
        if not isinstance(entry, dict) or set(entry) != ERRATUM_KEYS:
            got = sorted(entry) if isinstance(entry, dict) else type(entry).__name__
            yield _error(spec, at, "errata", f"an erratum has exactly the keys {sorted(ERRATUM_KEYS)}, got {got}")
            continue
        empty = [k for k in sorted(ERRATUM_KEYS) if not str(entry[k]).strip()]
        if empty:
            yield _error(spec, at, "errata", f"empty: {', '.join(empty)}")
        for where in (w.strip() for w in str(entry["where"]).split(",")):
            problem = _where_problem(spec, where, op_ids)
            if problem:
                yield _error(spec, at + "/where", "errata", problem)


def _where_problem(spec: Spec, where: str, op_ids: set[Any]) -> str | None:
    """``where`` is a JSON pointer into the spec, or an operationId optionally followed by a
    relative path inside that operation (``list_users/parameters/offset``)."""
    if where.startswith("/"):
        try:
            spec.resolve(where)
        except KeyError:
            return f"{where!r} does not point into the spec"
        return None
    head, _, rest = where.partition("/")
    if head not in op_ids:
        return f"{where!r} is neither a JSON pointer nor an operationId[/path]"
    if rest and _inside_operation(spec, head, pointer_tokens("/" + rest)) is MISSING_NODE:
        return f"{where!r}: {rest!r} does not resolve inside operation {head}"
    return None


MISSING_NODE = object()


def _inside_operation(spec: Spec, operation_id: str, tokens: list[str]) -> Any:
    """The node a path inside an operation names, allowing the short forms the errata use: a parameter
    by name (``parameters/offset``) and a body's examples without ``content/application~1json``."""
    node: Any = next(op for _, _, _, op in spec.operations() if op.get("operationId") == operation_id)
    for token in tokens:
        node = spec.deref(node)
        if isinstance(node, list):
            named = [p for p in node if isinstance(spec.deref(p), dict) and spec.deref(p).get("name") == token]
            indexed = [node[int(token)]] if token.isdigit() and int(token) < len(node) else []
            node = (named or indexed or [None])[0]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, dict) and token == "examples" and "content" in node:
            node = spec.json_media(node).get("examples")
        else:
            return MISSING_NODE
        if node is None:
            return MISSING_NODE
    return node


@cache
def _extension_schemas() -> dict[str, Any]:
    data = yaml.safe_load(EXTENSIONS_SCHEMA.read_text(encoding="utf-8"))
    return dict(data["extensions"])


def extensions_valid(spec: Spec) -> Iterator[Finding]:
    known = _extension_schemas()
    for at, node in _walk(spec.doc):
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-")):
                continue
            if key not in known:
                yield _error(
                    spec,
                    at + pointer(key),
                    "extension",
                    f"unknown extension {key!r}: declare it in specs/extensions.schema.yaml",
                )
                continue
            for err in Draft202012Validator(known[key]).iter_errors(value):
                yield _error(spec, at + pointer(key, *err.absolute_path), "extension", err.message[:240])


SPEC_RULES: tuple[Rule, ...] = (
    refs_resolve,
    openapi_valid,
    x_source,
    operation_ids,
    examples_validate,
    schema_types,
    required_in_properties,
    objects_have_properties,
    one_of_exclusive,
    errata_well_formed,
    extensions_valid,
    *BEHAVIOUR_RULES,
    *HAZARD_RULES,
    *PROVENANCE_RULES,
)


ERRORS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["service", "source", "errors"],
    "properties": {
        "service": {"type": "string"},
        "source": {"type": "object", "required": ["doc", "section"]},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["code", "status", "message", "retryable"],
                "properties": {
                    "code": {"type": "string", "minLength": 1},
                    "status": {"type": "integer", "minimum": 400, "maximum": 599},
                    "message": {"type": "string", "minLength": 1},
                    "retryable": {"type": "boolean"},
                },
            },
        },
    },
}


def errors_file_valid(errors: Spec) -> Iterator[Finding]:
    for err in Draft202012Validator(ERRORS_SCHEMA).iter_errors(errors.doc):
        yield Finding(Level.ERROR, errors.file, pointer(*err.absolute_path), "errors-file", err.message[:240])
    seen: set[object] = set()
    for i, entry in enumerate(errors.doc.get("errors") or []):
        code = entry.get("code") if isinstance(entry, dict) else None
        if code in seen:
            yield Finding(
                Level.ERROR, errors.file, pointer("errors", i, "code"), "errors-file", f"duplicate code {code!r}"
            )
        seen.add(code)


ERRORS_FILE_RULES: tuple[Rule, ...] = (errors_file_valid,)
