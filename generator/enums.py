"""One enum class per value set and name family, decided before opc sees the spec.

opc makes a class for every inline ``enum``, named after its owner: the same ``role_type`` values in
``InstanceRequest`` and ``InstanceResponse`` became two classes a caller cannot compare or pass across, and a
nullable inline enum (``type: [string, "null"]`` with ``null`` among the values) became a union of three
identical classes. In the view opc reads, every inline property enum that is nullable, or whose property name
and value set recur in another schema, moves to one component schema, and each use becomes a ``$ref`` (or
``anyOf: [$ref, null]`` when it is nullable). The class is named after the property (``ServiceState``), prefixed
by the owners' shared name (``InstanceRoleType``) when the property name has several value sets in the spec.
The pydantic models and the simulator read the spec itself and are unaffected.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from typing import Any

from .naming import pascal

_Key = tuple[str, tuple[Any, ...]]
_NOISE = re.compile(r"(Request|Response|Detail|Info|Bean|Create|Modify|Add|Get|Api)(?=[A-Z]|$)")


def _inline_enums(schemas: dict[str, Any]) -> list[tuple[str, dict[str, Any], str, str]]:
    """(owner schema, holder, key, member name) of every inline enum of a member or of a member's array items
    (``holder[key]`` is the enum), in document order."""
    found: list[tuple[str, dict[str, Any], str, str]] = []

    def is_enum(node: Any) -> bool:
        return isinstance(node, dict) and isinstance(node.get("enum"), list) and "$ref" not in node

    def walk(owner: str, node: Any) -> None:
        if not isinstance(node, dict):
            return
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, prop in properties.items():
                if is_enum(prop):
                    found.append((owner, properties, name, name))
                elif isinstance(prop, dict) and is_enum(prop.get("items")):
                    found.append((owner, prop, "items", name))
                walk(owner, prop)
        walk(owner, node.get("items"))

    for owner, schema in schemas.items():
        walk(owner, schema)
    return found


def _values(prop: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(v for v in prop["enum"] if v is not None)


def _words(name: str) -> list[str]:
    return re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", _NOISE.sub("", name)) or [name]


def _common(sequences: list[list[str]]) -> list[str]:
    out: list[str] = []
    for column in zip(*sequences, strict=False):
        if len({word.removesuffix("s") for word in column}) > 1:  # "Storages" and "Storage" are one word
            break
        out.append(min(column, key=len))
    return out


def _family(owners: list[str]) -> str:
    """The owners' shared words: their longest common prefix or suffix of words, else the shortest name."""
    words = [_words(owner) for owner in owners]
    prefix = _common(words)
    suffix = _common([w[::-1] for w in words])[::-1]
    best = prefix if len(prefix) >= len(suffix) else suffix
    shortest: list[str] = sorted(words, key=lambda w: (len(w), w))[0]
    return "".join(best or shortest)


def merged(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The document with shared and nullable inline enums moved to components, and what moved where:
    new component name -> the ``Owner.property`` uses it replaced."""
    out = copy.deepcopy(doc)
    schemas: dict[str, Any] = out.get("components", {}).get("schemas", {})
    uses = _inline_enums(schemas)
    groups: dict[_Key, list[tuple[str, dict[str, Any], str, str]]] = defaultdict(list)
    for use in uses:
        _, holder, key, name = use
        groups[(name, _values(holder[key]))].append(use)
    value_sets: dict[str, int] = defaultdict(int)
    for name, _ in groups:
        value_sets[name] += 1
    moved: dict[str, list[str]] = {}
    for (name, values), members in groups.items():
        nullable = any(None in holder[key]["enum"] for _, holder, key, _ in members)
        if len(members) < 2 and not nullable:
            continue
        target = pascal(name) if value_sets[name] == 1 else _family([m[0] for m in members]) + pascal(name)
        while target in schemas:
            target += "Enum"
        kind = "integer" if all(isinstance(v, int) for v in values) else "string"
        schemas[target] = {"type": kind, "enum": list(values)}
        for _, holder, key, _ in members:
            old = holder[key]
            ref: dict[str, Any] = {"$ref": f"#/components/schemas/{target}"}
            kept = {k: v for k, v in old.items() if k not in ("type", "enum")}
            holder[key] = {"anyOf": [ref, {"type": "null"}], **kept} if None in old["enum"] else {**ref, **kept}
        moved[target] = [f"{owner}.{name}" for owner, _, _, name in members]
    return out, moved


__all__ = ["merged"]
