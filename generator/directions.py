"""Which schemas are replies only: their attrs models read absent members as ``None``.

A schema reachable from a 2xx reply and from no request (body or parameter) becomes a *response model*:
optional members typed ``X | None`` with a ``fields_set`` that tells an absent member from a null one, as
pydantic's ``model_fields_set`` does. A schema a request can carry keeps opc's ``UNSET``/``None``
distinction in both directions, because a caller builds it and ``None`` there would mean "send null".
The generator marks response-only schemas with ``x-dbcloud-response: true`` in the view opc reads; the
model template reads the mark from ``model.data``.
"""

from __future__ import annotations

import contextlib
from typing import Any

from .spec import Spec

MARK = "x-dbcloud-response"
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains")


def _walk(spec: Spec, node: Any, seen: set[int]) -> None:
    """Add the id of every schema object reachable from ``node`` (through ``$ref`` too) to ``seen``."""
    stack = [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, dict) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current.get("$ref"), str):
            with contextlib.suppress(KeyError):  # a dangling $ref is opc's to report, with its location
                stack.append(spec.resolve(current["$ref"]))
        stack.extend((current.get("properties") or {}).values())
        stack.extend(current.get(key) for key in _SCHEMA_KEYS)
        for key in _SCHEMA_LISTS:
            stack.extend(current.get(key) or [])


def _content_schemas(spec: Spec, holder: Any) -> list[Any]:
    holder = spec.deref(holder) or {}
    return [media.get("schema") for media in (holder.get("content") or {}).values() if isinstance(media, dict)]


def response_only(spec: Spec) -> set[int]:
    """Ids of the schema objects of ``spec.doc`` reachable from a 2xx reply and from no request."""
    requests: set[int] = set()
    replies: set[int] = set()
    for _, _, _, op in spec.operations():
        for schema in _content_schemas(spec, op.get("requestBody")):
            _walk(spec, schema, requests)
        for param in op.get("parameters") or []:
            _walk(spec, spec.deref(param).get("schema"), requests)
        for status, reply in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                for schema in _content_schemas(spec, reply):
                    _walk(spec, schema, replies)
    return replies - requests


def marked(spec: Spec, node: Any, ids: set[int]) -> Any:
    """A copy of ``node`` in which each schema object whose id is in ``ids`` carries ``MARK``."""
    if isinstance(node, list):
        return [marked(spec, value, ids) for value in node]
    if not isinstance(node, dict):
        return node
    out = {key: marked(spec, value, ids) for key, value in node.items()}
    if id(node) in ids and ("properties" in node or node.get("type") == "object"):
        out[MARK] = True
    return out


__all__ = ["MARK", "marked", "response_only"]
