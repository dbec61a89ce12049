"""Generation hazards: names that openapi-python-client, datamodel-code-generator or our templates would
turn into code that does not import, shadows the runtime, or silently merges two spec names into one.

Names are predicted with opc's own naming functions (``openapi_python_client.strings``), so the lint and
the generator cannot disagree on what a spec name becomes.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from ..naming import FACADE_RESERVED, MODEL_RESERVED, SCHEMA_RESERVED, pointer, snake
from ..spec import Spec
from .findings import Finding, error


def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field_"))


def operation_names(spec: Spec) -> Iterator[Finding]:
    """operationIds and tags become module and method names unchanged: they must be plain identifiers,
    and an operationId must not shadow a method of the client runtime (``call``, ``close``, ``wait`` ...)."""
    methods: dict[str, str] = {}
    for at, _, _, op in spec.operations():
        oid = op.get("operationId")
        if isinstance(oid, str):
            if keyword.iskeyword(oid) or str(PythonIdentifier(oid, prefix="")) != oid:
                yield error(spec, at + "/operationId", "python-name", f"{oid!r} is a Python keyword or builtin name")
            elif oid in FACADE_RESERVED or oid.startswith("_"):
                yield error(spec, at + "/operationId", "python-name", f"{oid!r} would shadow the client's own {oid!r}")
            methods.setdefault(oid, at + "/operationId")
            if isinstance(op.get("x-pagination"), dict):
                methods.setdefault(f"paginate_{oid}", at + "/x-pagination")
        for i, tag in enumerate(op.get("tags") or []):
            if not isinstance(tag, str) or keyword.iskeyword(snake_case(tag)) or not snake_case(tag).isidentifier():
                yield error(spec, f"{at}/tags/{i}", "python-name", f"tag {tag!r} cannot name a Python module")
    for name in spec.doc.get("x-waiters") or {}:
        method = f"wait_until_{snake(str(name))}"
        if method in methods:
            at = pointer("x-waiters", name)
            yield error(spec, at, "python-name", f"waiter method {method!r} collides with {methods[method]}")


def schema_names(spec: Spec) -> Iterator[Finding]:
    """Two schemas must not become one class (``thing_x`` and ``ThingX``), nor take a name the generated
    package already uses (``UNSET``, ``Unset``, ``File``, ``Client`` ...)."""
    seen: dict[str, str] = {}
    for name in (spec.doc.get("components") or {}).get("schemas") or {}:
        at = pointer("components", "schemas", name)
        cls = str(ClassName(str(name), prefix=""))
        if cls in SCHEMA_RESERVED or str(name) in SCHEMA_RESERVED:
            yield error(spec, at, "python-name", f"schema {name!r} takes the name {cls!r} the package already uses")
        key = snake_case(cls)
        if key in seen:
            yield error(spec, at, "python-name", f"schema {name!r} becomes the same class/module as {seen[key]}")
        else:
            seen[key] = at


def _objects(spec: Spec, node: Any, at: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object under ``node`` (components and inline), iteratively (no recursion limit)."""
    stack = [(node, at)]
    while stack:
        current, where = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("properties"), dict) or "enum" in current:
                yield where, current
            stack.extend((v, where + pointer(k)) for k, v in current.items() if k not in ("example", "examples"))
        elif isinstance(current, list):
            stack.extend((v, where + pointer(i)) for i, v in enumerate(current))


def property_names(spec: Spec) -> Iterator[Finding]:
    """Property names become attributes of one attrs class: they must stay distinct and must not
    replace the class's own methods (``to_dict``, ``from_dict``, ``additional_properties``)."""
    for at, schema in _objects(spec, spec.doc.get("components") or {}, "/components"):
        seen: dict[str, str] = {}
        for prop in schema.get("properties") or {}:
            python = _python_name(str(prop))
            where = f"{at}/properties{pointer(prop)}"
            if python in MODEL_RESERVED:
                yield error(spec, where, "python-name", f"property {prop!r} would replace the model's {python!r}")
            elif python in seen:
                yield error(spec, where, "python-name", f"property {prop!r} becomes {python!r}, as {seen[python]!r}")
            seen[python] = str(prop)


def enum_members(spec: Spec) -> Iterator[Finding]:
    """String enum values become member names (opc: upper snake case); two values that map to one
    member (``x86-64`` and ``x86_64``) would silently become one."""
    roots = [(spec.doc.get("components") or {}, "/components"), (spec.doc.get("paths") or {}, "/paths")]
    for at, schema in (found for node, where in roots for found in _objects(spec, node, where)):
        seen: dict[str, str] = {}
        for i, value in enumerate(schema.get("enum") or []):
            if not isinstance(value, str):
                continue
            key = value.upper() if value[:1].isalpha() else f"VALUE_{i}"
            member = snake_case(key).upper()
            if member in seen and seen[member] != value:
                yield error(
                    spec,
                    at + "/enum",
                    "python-name",
                    f"enum values {seen[member]!r} and {value!r} both become {member}",
                )
            seen.setdefault(member, value)


HAZARD_RULES = (operation_names, schema_names, property_names, enum_members)
