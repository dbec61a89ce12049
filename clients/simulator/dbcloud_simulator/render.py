"""Build response bodies that satisfy the spec: stored state laid over the reference's own examples.

``project(value, schema, template)`` keeps each property of ``schema`` from ``value`` when it fits,
else from ``template`` (the reference example), else synthesises the smallest valid value when the
property is required. The result is checked against the schema by the caller.

Every schema node is resolved and compiled once into a :class:`_Shape` (its ``$ref``s followed,
``allOf`` merged, the shape check turned into a closure): rendering a list of records visits the
same few nodes thousands of times a second, and resolving them per value was most of the cost.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from .spec import Spec

_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "ipv4": "192.0.2.1",
    "uri": "https://example.com",
}

_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    if kind:
        return [str(kind)]
    return ["object"] if "properties" in schema else []


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    """A cheap shape check; the full validation of the response runs afterwards."""
    return _fitter(schema)(value)


_CONSTRAINTS = ("enum", "const", "minLength", "maxLength", "pattern", "minimum", "maximum")


def _fitter(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """``_fits`` for one schema, with everything that does not depend on the value worked out once."""
    kinds = _types(schema)
    of_type = _any_of([_TYPE_CHECKS[k] for k in kinds if k in _TYPE_CHECKS])
    if not any(key in schema for key in _CONSTRAINTS):  # most nodes: a bare type
        return of_type if kinds else _anything
    has_enum = "enum" in schema
    enum = schema["enum"] if has_enum else ()
    has_const, const = "const" in schema, schema.get("const")
    min_length, max_length = schema.get("minLength", 0), schema.get("maxLength")
    pattern = schema.get("pattern")  # searched through re's cache, so a bad one fails where it did
    minimum, maximum = schema.get("minimum"), schema.get("maximum")

    def fits(value: Any) -> bool:
        if has_enum and value not in enum:
            return False
        if has_const and value != const:
            return False
        if not kinds:
            return True
        if not of_type(value):
            return False
        if isinstance(value, str):
            if len(value) < min_length or (max_length is not None and len(value) > max_length):
                return False
            if pattern is not None:
                return re.search(pattern, value) is not None
        if isinstance(value, int | float) and not isinstance(value, bool):
            if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
                return False
        return True

    return fits


def _anything(value: Any) -> bool:
    return True


def _any_of(checks: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    """One check passing when any of ``checks`` does (none: never), without a loop for one or two."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) or second(value)
    return lambda value: any(check(value) for check in checks)


class _Shape:
    """One schema node as ``project`` reads it, compiled once per node."""

    __slots__ = ("array", "fits", "items", "leaf", "object", "props")

    def __init__(self, node: dict[str, Any]) -> None:
        kinds = _types(node)
        self.fits = _fitter(node)
        self.object = ("object" in kinds or not kinds) and "properties" in node
        self.array = "array" in kinds
        self.leaf = not self.object and not self.array  # projecting a value just keeps it
        # (name, raw subschema, its shape, required); filled in by Renderer._shape
        self.props: list[tuple[str, Any, _Shape, bool]] = []
        self.items: _Shape | None = None


class Renderer:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        # id(raw schema) -> (raw schema, its shape); the raw node is kept so its id is never reused
        self._shapes: dict[int, tuple[Any, _Shape]] = {}
        self._compiling = threading.Lock()

    def _schema(self, schema: Any) -> dict[str, Any]:
        node = self.spec.deref(schema) or {}
        if "allOf" in node:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in node["allOf"]:
                part = self._schema(part)
                merged["properties"].update(part.get("properties", {}))
                merged["required"] += part.get("required", [])
            return merged
        for key in ("oneOf", "anyOf"):
            if key in node:
                options = [self._schema(o) for o in node[key]]
                return next((o for o in options if "null" not in _types(o)), options[0])
        return node

    def _shape(self, schema: Any) -> _Shape:
        found = self._shapes.get(id(schema))
        if found is not None:
            return found[1]
        with self._compiling:  # published only when whole: another thread must not see half a shape
            pending: dict[int, tuple[Any, _Shape]] = {}
            shape = self._compile(schema, pending)
            self._shapes.update(pending)
        return shape

    def _compile(self, schema: Any, pending: dict[int, tuple[Any, _Shape]]) -> _Shape:
        found = self._shapes.get(id(schema)) or pending.get(id(schema))
        if found is not None:
            return found[1]
        node = self._schema(schema)
        shape = _Shape(node)
        pending[id(schema)] = (schema, shape)  # before the children: schemas may be recursive
        if shape.object:
            required = node.get("required", [])
            shape.props = [
                (name, sub, self._compile(sub, pending), name in required) for name, sub in node["properties"].items()
            ]
        if shape.array:
            shape.items = self._compile(node.get("items", {}), pending)
        return shape

    def synthesize(self, schema: Any) -> Any:
        """The smallest value valid for ``schema`` (examples and defaults preferred)."""
        node = self._schema(schema)
        for key in ("const",):
            if key in node:
                return node[key]
        if node.get("enum"):
            return next((v for v in node["enum"] if v is not None), node["enum"][0])
        if "default" in node and _fits(node["default"], node):
            return node["default"]
        for example in node.get("examples") or []:
            if _fits(example, node):
                return example
        kinds = [k for k in _types(node) if k != "null"] or _types(node) or ["object"]
        kind = kinds[0]
        if kind == "object":
            props = node.get("properties", {})
            return {name: self.synthesize(props[name]) for name in node.get("required", []) if name in props}
        if kind == "array":
            return [self.synthesize(node.get("items", {})) for _ in range(node.get("minItems", 0))]
        if kind == "string":
            text = _FORMATS.get(node.get("format", ""), "x")
            return text + "x" * max(0, node.get("minLength", 0) - len(text))
        if kind in ("integer", "number"):
            low = node.get("minimum", node.get("exclusiveMinimum", -1) + 1)
            return max(low, 0) if node.get("maximum", 0) >= 0 or "maximum" not in node else node["maximum"]
        if kind == "boolean":
            return False
        return None

    def project(self, value: Any, schema: Any, template: Any = None, *, sparse: bool = False) -> Any:
        """Lay ``value`` over ``template`` within ``schema`` (see module docstring).

        ``sparse``: ``value`` is stored state, so a property it lacks comes from the template only
        when the schema requires one; otherwise the example's state (a task in progress, a resize)
        would show on resources that never had it.
        """
        return self._project(value, self._shape(schema), template, sparse)

    def declares_fields(self, schema: Any) -> bool:
        """Whether ``schema`` is an object with named properties (not a free-form object or a scalar)."""
        return self._shape(schema).object

    def _project(self, value: Any, shape: _Shape, template: Any, sparse: bool = False) -> Any:
        if shape.object and isinstance(value, dict):
            base = template if isinstance(template, dict) else {}
            out: dict[str, Any] = {}
            for name, sub, sub_shape, required in shape.props:
                if name in value:
                    candidate = value[name]
                    if not sub_shape.leaf:
                        candidate = self._project(candidate, sub_shape, base.get(name), sparse)
                    elif candidate is None:  # what _project does for a leaf, without the call
                        candidate = base.get(name)
                    if sub_shape.fits(candidate):
                        out[name] = candidate
                        continue
                if name in base and (required or not sparse) and sub_shape.fits(base[name]):
                    out[name] = base[name]
                elif required:
                    out[name] = self.synthesize(sub)
            return out
        if shape.array and isinstance(value, list):
            items = shape.items
            assert items is not None
            first = template[0] if isinstance(template, list) and template else None
            return [self._project(item, items, first, sparse) for item in value]
        if value is None and template is not None:
            return template
        return value

    def fill(self, schema: Any, template: Any) -> Any:
        """The example when present (it validates, lint proves it), else a synthesised value."""
        if template is not None:
            return template
        return self.synthesize(schema)
