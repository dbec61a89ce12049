"""Secrets in requests: the members a spec marks ``format: password`` or ``x-sensitive: true``.

The simulator never stores them (a later reply could not echo what was never kept), at any depth of
the body, and tests use :func:`secret_values` to check that no reply carries a secret sent earlier.
"""

from __future__ import annotations

import json
from typing import Any

from .spec import Spec

# Names that hold secrets even where a spec forgot to mark them (the references' own spellings).
HINTS = ("password", "pwd", "secret")
_COMBINERS = ("allOf", "oneOf", "anyOf")


def is_secret(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("format") == "password" or node.get("x-sensitive") is True)


def secret_names(spec: Spec, schema: Any) -> frozenset[str]:
    """Names of every member marked secret anywhere below ``schema`` (``$ref`` cycles are followed once)."""
    names: set[str] = set()
    seen: set[int] = set()
    stack = [schema]
    while stack:
        node = spec.deref(stack.pop())
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        for name, sub in (node.get("properties") or {}).items():
            if is_secret(spec.deref(sub)):
                names.add(name)
            stack.append(sub)
        stack.extend(part for key in _COMBINERS for part in node.get(key) or [])
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                stack.append(node[key])
    return frozenset(names)


def strip(value: Any, names: frozenset[str]) -> Any:
    """``value`` without any member named in ``names`` or after a secret hint, at every depth."""
    if isinstance(value, dict):
        return {
            key: strip(item, names)
            for key, item in value.items()
            if key not in names and not any(hint in key.lower() for hint in HINTS)
        }
    if isinstance(value, list):
        return [strip(item, names) for item in value]
    return value


def secret_values(spec: Spec, schema: Any, value: Any) -> list[str]:
    """The strings of ``value`` sitting where ``schema`` marks a secret (walked alongside the value)."""
    found: list[str] = []
    stack: list[tuple[Any, Any, bool]] = [(schema, value, False)]
    while stack:
        raw, item, secret = stack.pop()
        node = spec.deref(raw)
        secret = secret or is_secret(node)
        if secret and isinstance(item, str):
            found.append(item)
            continue
        if not isinstance(node, dict):
            node = {}
        stack.extend((part, item, secret) for key in _COMBINERS for part in node.get(key) or [])
        if isinstance(item, dict):
            props = node.get("properties") or {}
            extra = node.get("additionalProperties")
            for name, member in item.items():
                stack.append((props.get(name, extra if isinstance(extra, dict) else None), member, secret))
        elif isinstance(item, list):
            stack.extend((node.get("items"), member, secret) for member in item)
    return found


def scrub(text: str, secrets: list[str]) -> str:
    """``text`` with each secret's quoted form (as schema messages print values) replaced by ``"***"``."""
    for secret in secrets:
        for quoted in {json.dumps(secret), json.dumps(secret, ensure_ascii=False), repr(secret)}:
            text = text.replace(quoted, '"***"')
    return text
