"""Build response bodies that satisfy the spec: stored state laid over the reference's own examples.

``project(value, schema, template)`` keeps each property of ``schema`` from ``value`` when it fits,
else from ``template`` (the reference example), else synthesises the smallest valid value when the
property is required. The result is checked against the schema by the caller.
"""

from __future__ import annotations

import re
from typing import Any

from ..spec import Spec

_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "ipv4": "192.0.2.1",
    "uri": "https://example.com",
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
    if "enum" in schema and value not in schema["enum"]:
        return False
    if "const" in schema and value != schema["const"]:
        return False
    kinds = _types(schema)
    if not kinds:
        return True
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    if not any(checks[k](value) for k in kinds if k in checks):
        return False
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", len(value)):
            return False
        if "pattern" in schema:
            return re.search(schema["pattern"], value) is not None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < schema.get("minimum", value) or value > schema.get("maximum", value):
            return False
    return True


class Renderer:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec

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

    def project(self, value: Any, schema: Any, template: Any = None) -> Any:
        """Lay ``value`` over ``template`` within ``schema`` (see module docstring)."""
        node = self._schema(schema)
        kinds = _types(node)
        if isinstance(value, dict) and ("object" in kinds or not kinds) and "properties" in node:
            props = node["properties"]
            base = template if isinstance(template, dict) else {}
            out: dict[str, Any] = {}
            for name, sub in props.items():
                if name in value:
                    candidate = self.project(value[name], sub, base.get(name))
                    if _fits(candidate, self._schema(sub)):
                        out[name] = candidate
                        continue
                if name in base and _fits(base[name], self._schema(sub)):
                    out[name] = base[name]
                elif name in node.get("required", []):
                    out[name] = self.synthesize(sub)
            return out
        if isinstance(value, list) and "array" in kinds:
            items = node.get("items", {})
            first = template[0] if isinstance(template, list) and template else None
            return [self.project(item, items, first) for item in value]
        if value is None and template is not None:
            return template
        return value

    def fill(self, schema: Any, template: Any) -> Any:
        """The example when present (it validates, lint proves it), else a synthesised value."""
        if template is not None:
            return template
        return self.synthesize(schema)
