"""What the simulator knows about each operation, compiled once from the spec.

Routing follows the spec's path templates (the most literal template wins, so ``/configurations/diff``
beats ``/configurations/{config_id}``); validation uses jsonschema-rs over the spec's own schemas, so
the simulator accepts exactly what the spec allows — no lax coercion of ``"1"`` into an integer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import jsonschema_rs

from dbcloud_core.openapi import json_media

from .spec import Service

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# OpenAPI's integer formats bound the value (schemathesis generates out-of-range negatives for them).
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _bounded(node: Any) -> Any:
    """A copy of a schema where ``format: int32/int64`` also sets the implied minimum/maximum."""
    if isinstance(node, list):
        return [_bounded(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _bounded(v) for k, v in node.items()}
    fmt = out.get("format")
    bounds = _INT_BOUNDS.get(fmt) if isinstance(fmt, str) else None
    if bounds:
        out.setdefault("minimum", bounds[0])
        out.setdefault("maximum", bounds[1])
    return out


_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path | query | header
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    """One operation of one service, with lazily compiled validators."""

    catalog: Catalog
    op_id: str
    method: str
    template: str
    raw: dict[str, Any]
    params: list[Param]
    pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        parts = re.split(r"(\{[^}]+\})", self.template)
        regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
        self.pattern = re.compile(f"^{regex}/?$")

    @property
    def specificity(self) -> tuple[int, int]:
        """Sort key: fewer placeholders, then more literal characters, first."""
        holes = len(_PARAM.findall(self.template))
        return holes, -len(_PARAM.sub("", self.template))

    @cached_property
    def body(self) -> tuple[dict[str, Any] | None, bool]:
        """(schema, required) of the JSON request body, or (None, False)."""
        rb = self.catalog.spec.deref(self.raw.get("requestBody"))
        if not isinstance(rb, dict):
            return None, False
        return json_media(rb).get("schema"), bool(rb.get("required"))

    @cached_property
    def statuses(self) -> set[int]:
        return {int(code) for code in self.raw.get("responses", {}) if code.isdigit()}

    @cached_property
    def success(self) -> tuple[int, dict[str, Any] | None, Any]:
        """(status, schema, example value) of the first documented 2xx response."""
        for code, response in self.raw.get("responses", {}).items():
            if code.startswith("2"):
                media = json_media(self.catalog.spec.deref(response))
                if not media:
                    return int(code), None, None
                named: dict[str, Any] = next(iter((media.get("examples") or {}).values()), {})
                example = named.get("value")
                if isinstance(example, dict) and "$ref" in example:
                    example = None
                return int(code), media.get("schema"), example
        return 200, None, None

    def response_schema(self, status: int) -> dict[str, Any] | None:
        return json_media(self.catalog.spec.deref(self.raw.get("responses", {}).get(str(status)))).get("schema")

    @property
    def security(self) -> list[str]:
        """Names of the security schemes that can authorise this operation ([] = none needed)."""
        requirements = self.raw.get("security", self.catalog.spec.doc.get("security", []))
        return sorted({name for requirement in requirements for name in requirement})

    @property
    def pagination(self) -> dict[str, Any] | None:
        value = self.raw.get("x-pagination")
        return value if isinstance(value, dict) else None


class Catalog:
    """Every operation of one service's spec, with routing and schema validators."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.spec = service.spec
        self._validators: dict[str, jsonschema_rs.Validator] = {}
        self._by_node: dict[int, tuple[dict[str, Any], jsonschema_rs.Validator]] = {}
        self._components = _bounded(self.spec.doc.get("components", {}))
        self.operations: list[Operation] = []
        for path, method, raw in self.spec.operations():
            params = [self._param(p) for p in raw.get("parameters", [])]
            self.operations.append(Operation(self, raw["operationId"], method.upper(), path, raw, params))
        self.by_id = {op.op_id: op for op in self.operations}
        self._routes = sorted(self.operations, key=lambda op: op.specificity)

    def _param(self, node: dict[str, Any]) -> Param:
        p = self.spec.deref(node)
        return Param(p["name"], p["in"], bool(p.get("required")), p.get("schema") or {})

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """(operation, path values, allowed methods): the operation is None when nothing matches."""
        allowed: list[str] = []
        for op in self._routes:
            match = op.pattern.match(path)
            if match is None:
                continue
            if op.method == method:
                return op, match.groupdict(), []
            allowed.append(op.method)
        return None, {}, sorted(set(allowed))

    def validator(self, schema: dict[str, Any]) -> jsonschema_rs.Validator:
        """A compiled validator for a (sub)schema of the spec; ``$ref``s resolve against the spec."""
        # Per request the same spec nodes come back: look them up by identity before building the key.
        known = self._by_node.get(id(schema))
        if known is not None:
            return known[1]
        key = repr(sorted(schema.items())) if "$ref" not in schema else schema["$ref"]
        found = self._validators.get(key)
        if found is None:
            root = {"$schema": _DIALECT, "components": self._components, **_bounded(schema)}
            found = jsonschema_rs.validator_for(root)
            self._validators[key] = found
        self._by_node[id(schema)] = (schema, found)  # the node is kept, so its id is never reused
        return found

    def errors(self, schema: dict[str, Any], value: Any) -> list[str]:
        """Human-readable schema violations of ``value`` (empty when valid)."""
        return [
            f"{'/'.join(map(str, e.instance_path)) or '<root>'}: {e.message}"
            for e in self.validator(schema).iter_errors(value)
        ]
