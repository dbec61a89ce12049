"""Members newer than the references: ``x-source: vendor-sdk`` marks a schema or a schema property that
only the vendor's official SDK models define (docs/extensions.md). These rules keep that mark true
and complete: it sits only on schemas, such a member is never required (the references, which
define what is mandatory, do not know it), it says what it is, a member typed by an SDK-only schema
is marked itself, and every schema holding one is named by an ``x-errata`` entry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..naming import pointer
from ..spec import Spec
from .findings import Finding
from .findings import error as _error

VENDOR_SDK = "vendor-sdk"
_SCHEMAS = "/components/schemas/"


def _component_schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = (spec.doc.get("components") or {}).get("schemas") or {}
    return schemas


def _targets(node: Any) -> Iterator[str]:
    """Component names a property schema is typed by ($ref, array items, nullable anyOf/oneOf)."""
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#" + _SCHEMAS):
        yield ref[len("#" + _SCHEMAS) :]
    yield from _targets(node.get("items"))
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in node.get(key) or []:
            yield from _targets(sub)


def _errata_pointers(spec: Spec) -> set[str]:
    found: set[str] = set()
    for entry in spec.doc.get("x-errata") or []:
        if isinstance(entry, dict):
            found.update(w.strip() for w in str(entry.get("where", "")).split(","))
    return found


def vendor_sdk_members(spec: Spec) -> Iterator[Finding]:
    schemas = _component_schemas(spec)
    sdk_only = {name for name, s in schemas.items() if isinstance(s, dict) and s.get("x-source") == VENDOR_SDK}
    recorded = _errata_pointers(spec)
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        at = pointer("components", "schemas", name)
        props = schema.get("properties") or {}
        marked = [m for m, p in props.items() if isinstance(p, dict) and p.get("x-source") == VENDOR_SDK]
        for member, prop in props.items():
            if not isinstance(prop, dict):
                continue
            here = at + pointer("properties", member)
            own = prop.get("x-source") == VENDOR_SDK
            via = sorted(set(_targets(prop)) & sdk_only)
            if via and not own and name not in sdk_only:
                yield _error(
                    spec, here, "vendor-sdk", f"typed by the SDK-only schema {via[0]}: mark it x-source: vendor-sdk"
                )
            if own or name in sdk_only:
                if member in (schema.get("required") or []):
                    yield _error(spec, here, "vendor-sdk", "a member only the SDK defines cannot be required")
                described = [t for t in _targets(prop) if (schemas.get(t) or {}).get("description")]
                if not (prop.get("description") or described):
                    yield _error(spec, here, "vendor-sdk", "say what the member is: add a description")
        if (marked or name in sdk_only) and at not in recorded:
            yield _error(
                spec, at, "vendor-sdk", "holds members only the vendor SDK defines: name it in an x-errata entry"
            )
    for at, node in _walk_sources(spec.doc):
        parent = at.rsplit("/", 1)[0]
        if node == VENDOR_SDK and not _is_schema_pointer(parent):
            yield _error(spec, at, "vendor-sdk", "x-source: vendor-sdk belongs on a component schema or its property")


def _is_schema_pointer(at: str) -> bool:
    if not at.startswith(_SCHEMAS):
        return False
    rest = at[len(_SCHEMAS) :].split("/")
    return len(rest) == 1 or (len(rest) == 3 and rest[1] == "properties")


def _walk_sources(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    """(pointer, value) of every ``x-source`` key in the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-source":
                yield at + pointer(key), value
            else:
                yield from _walk_sources(value, at + pointer(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_sources(value, at + pointer(i))


PROVENANCE_RULES = (vendor_sdk_members,)
