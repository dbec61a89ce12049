"""The service model as plain rows for the ``dbcloud`` command line and the API reference.

Built from the same data as the facade (``facade.describe``): each spec parameter maps to the keyword
the service model gives it, so a CLI flag always lands on the keyword the generated function takes. Names are
kebab-case forms of the operationIds and parameter names (``list_clusters`` -> ``list-clusters``).
"""

from __future__ import annotations

import re
from typing import Any

from ..naming import snake
from ..spec import Spec, is_secret

#: Flags every operation command has of its own; a parameter or body member never takes them.
RESERVED_FLAGS = frozenset({"body", "help", "max-items", "page-size", "no-paginate"})
#: Schema keywords shown as constraints.
_CONSTRAINTS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern")
_SCALAR = {"string", "integer", "number", "boolean"}


def kebab(name: str) -> str:
    """``ListClusters``/``list_clusters``/``curPage`` -> ``list-clusters``/``cur-page``."""
    return snake(name).replace("_", "-")


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def merged(spec: Spec, schema: Any) -> dict[str, Any]:
    """A schema with its ``$ref`` followed and ``allOf`` members folded in (properties, required)."""
    schema = spec.deref(schema)
    if not isinstance(schema, dict):
        return {}
    out = {k: v for k, v in schema.items() if k != "allOf"}
    for member in schema.get("allOf") or []:
        part = merged(spec, member)
        out["properties"] = {**(part.get("properties") or {}), **(out.get("properties") or {})}
        out["required"] = sorted(set(part.get("required") or []) | set(out.get("required") or []))
        for key, value in part.items():
            out.setdefault(key, value)
    return out


def describe_schema(spec: Spec, schema: Any) -> dict[str, Any]:
    """Type (``string``, ``integer``, ``array of string``, a component name...), enum, default,
    format, constraints and nullability of a parameter or property schema."""
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    node = merged(spec, schema)
    nullable = False
    types = node.get("type")
    if isinstance(types, list):
        nullable = "null" in types
        types = next((t for t in types if t != "null"), None)
    for key in ("anyOf", "oneOf"):
        members = [m for m in node.get(key) or [] if spec.deref(m).get("type") != "null"]
        if len(members) < len(node.get(key) or []):
            nullable = True
        if len(members) == 1:
            inner = describe_schema(spec, members[0])
            return {**inner, "nullable": True, "description": _text(node.get("description")) or inner["description"]}
    kind = str(types or ("object" if "properties" in node else "string"))
    name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None
    if kind == "array":
        item = describe_schema(spec, node.get("items") or {})
        shown = f"array of {item['type']}"
        enum = item["enum"]
    else:
        shown = name if kind == "object" and name else kind
        enum = node.get("enum")
    return {
        "type": shown,
        "json": kind,  # the JSON type, for parsing a flag's value
        "item_json": describe_schema(spec, node.get("items") or {})["json"] if kind == "array" else None,
        "enum": [e for e in enum if e is not None] if enum else None,
        "default": node.get("default"),
        "format": node.get("format"),
        "constraints": {k: node[k] for k in _CONSTRAINTS if k in node},
        "nullable": nullable,
        "sensitive": is_secret(node),
        "description": _text(node.get("description")),
    }


def _convert(annotation: str) -> str | None:
    """How the CLI turns a flag's plain value into the facade's argument: a generated model or
    enum class by name (``model:ListClustersSortKey``), or None for plain values."""
    bare = [p.strip() for p in annotation.split("|") if p.strip() not in ("Unset", "None")]
    if len(bare) == 1 and re.fullmatch(r"[A-Z]\w*", bare[0]):
        return f"model:{bare[0]}"
    inner = re.fullmatch(r"list\[([A-Z]\w*)\]", bare[0]) if len(bare) == 1 else None
    return f"list:{inner.group(1)}" if inner else None


def parameters(spec: Spec, op: dict[str, Any], spec_op: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters the facade takes, as rows (spec order)."""
    annotations = {p["name"]: p["annotation"] for p in op["params"]}
    rows = []
    for raw in spec_op.get("parameters") or []:
        param = spec.deref(raw)
        kwarg = op["keywords"].get((param["in"], param["name"]))
        if kwarg is None:  # a constant header the runtime sends itself
            continue
        schema = describe_schema(spec, param.get("schema") or {})
        rows.append(
            {
                **schema,
                "name": param["name"],
                "in": param["in"],
                "flag": kebab(param["name"]),
                "kwarg": kwarg,
                # project_id is filled from the credentials when omitted
                "required": bool(param.get("required")) and kwarg != "project_id",
                "deprecated": bool(param.get("deprecated")),
                "description": _text(param.get("description")) or schema["description"],
                "convert": _convert(annotations[kwarg]),
            }
        )
    return rows


def _secret_paths(spec: Spec, schema: Any, prefix: tuple[str, ...] = (), depth: int = 0) -> list[tuple[str, ...]]:
    """Dotted paths of ``format: password`` / ``x-sensitive`` properties inside a request body."""
    node = merged(spec, schema)
    if depth > 6 or not node:
        return []
    found: list[tuple[str, ...]] = []
    for name, prop in (node.get("properties") or {}).items():
        described = merged(spec, prop)
        if is_secret(described):
            found.append((*prefix, name))
        elif described.get("type") == "object" or "properties" in described:
            found += _secret_paths(spec, prop, (*prefix, name), depth + 1)
    return found


def body(spec: Spec, op: dict[str, Any], spec_op: dict[str, Any], taken: set[str]) -> dict[str, Any] | None:
    """The request body: its model, its top-level members as flags, and its secrets (nested
    password fields), each secret settable from a hidden prompt or stdin."""
    request = spec_op.get("requestBody")
    annotation = next((p["annotation"] for p in op["params"] if p["name"] == "body"), None)
    if not request or annotation is None:
        return None
    request = spec.deref(request)
    schema = spec.json_schema(request) or {}
    whole = merged(spec, schema)
    required = set(whole.get("required") or [])
    members = []
    for name, prop in (whole.get("properties") or {}).items():
        flag = kebab(name)
        flag = f"body-{flag}" if flag in taken else flag
        taken.add(flag)
        members.append({**describe_schema(spec, prop), "name": name, "flag": flag, "required": name in required})
    secrets = []
    for path in _secret_paths(spec, schema):
        if len(path) == 1:  # a top-level member: its own flag takes the prompt
            continue
        flag = kebab(path[-1]) if kebab(path[-1]) not in taken else kebab("_".join(path))
        taken.add(flag)
        secrets.append({"flag": flag, "path": list(path)})
    return {
        "type": describe_schema(spec, schema)["type"],
        "required": bool(request.get("required")),
        "convert": _convert(annotation),
        "members": members,
        "secrets": secrets,
    }


def command(spec: Spec, op: dict[str, Any], spec_op: dict[str, Any]) -> dict[str, Any]:
    """One operation as a command row."""
    params = parameters(spec, op, spec_op)
    taken = set(RESERVED_FLAGS) | {p["flag"] for p in params}
    return {
        "operation_id": op["operation_id"],
        "method": op["method"].upper(),
        "path": op["path"],
        "tag": op["tag"],
        "deprecated": op["deprecated"],
        "summary": op["summary"],
        "description": op["description"],
        "params": params,
        "body": body(spec, op, spec_op, taken),
    }


def waiter_commands(commands: dict[str, dict[str, Any]], waiters: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``x-waiters`` as ``wait <kebab name>`` rows: the polled operation's parameters, renamed as
    the waiter's ``arguments`` say (the facade's ``wait_until_*`` keywords)."""
    by_op = {row["operation_id"]: row for row in commands.values()}
    out = {}
    for w in waiters:
        renamed = {p["target"]: p["name"] for p in w["params"]}
        params = [
            {**p, "kwarg": renamed[p["kwarg"]], "flag": kebab(renamed[p["kwarg"]])}
            for p in by_op[w["operation"]]["params"]
        ]
        out[kebab(w["name"])] = {
            "name": w["name"],
            "operation_id": w["operation"],
            "description": w["description"],
            "delay_s": w["delay_s"],
            "max_attempts": w["max_attempts"],
            "follows": w["follows"],
            "params": params,
        }
    return out


__all__ = ["RESERVED_FLAGS", "body", "command", "describe_schema", "kebab", "merged", "parameters", "waiter_commands"]
