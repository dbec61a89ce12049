"""The API reference of a service (``docs/reference/<service>.md``), from the command table rows.

Every operation with its method and path, parameters (type, required, constraints, default, enum),
request and reply models, errors with vendor codes, the waiters and paginators that apply, and a
Python and a CLI example. Generated and drift-checked like the clients.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .cli_table import describe_schema, kebab, merged
from .spec import Spec

_ERROR = re.compile(r"[45]\d\d|default")


def _example(content: dict[str, Any]) -> Any:
    examples = content.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return content.get("example")


def _members(spec: Spec, schema: Any) -> list[dict[str, Any]]:
    node = merged(spec, schema)
    required = set(node.get("required") or [])
    return [
        {**describe_schema(spec, prop), "name": name, "required": name in required}
        for name, prop in (node.get("properties") or {}).items()
    ]


def _codes_in(value: Any) -> list[str]:
    """Vendor codes named in an error example (``error_code``, ``errCode``, ``code``)."""
    if not isinstance(value, dict):
        return []
    return [str(value[k]) for k in ("error_code", "errCode", "code") if isinstance(value.get(k), str)]


def responses(spec: Spec, spec_op: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(success replies with their model and top-level fields, error replies with vendor codes)."""
    success, failure = [], []
    for code, raw in (spec_op.get("responses") or {}).items():
        reply = spec.deref(raw)
        content = (reply.get("content") or {}).get("application/json") or {}
        row: dict[str, Any] = {"status": str(code), "description": " ".join(str(reply.get("description", "")).split())}
        if _ERROR.fullmatch(str(code)):
            codes: list[str] = []
            for example in (content.get("examples") or {}).values():
                codes += _codes_in(spec.deref(example).get("value"))
            row["codes"] = sorted(set(codes))
            failure.append(row)
        else:
            schema = content.get("schema")
            row["model"] = describe_schema(spec, schema)["type"] if schema else None
            row["fields"] = _members(spec, schema) if schema else []
            success.append(row)
    return success, failure


def _placeholder(row: dict[str, Any]) -> str:
    return f"<{row['kwarg']}>"


def examples(service: str, row: dict[str, Any], body_example: Any, paginated: bool) -> tuple[str, str]:
    """(Python, shell) examples calling the operation with its required parameters."""
    required = [p for p in row["params"] if p["required"]]
    py_args = [f'{p["kwarg"]}="{_placeholder(p)}"' for p in required]
    cli_args = [f"--{p['flag']} '{_placeholder(p)}'" for p in required]
    body = row["body"]
    if body is not None and (body["required"] or body_example is not None):
        text = json.dumps(body_example if body_example is not None else {}, ensure_ascii=False, separators=(",", ":"))
        model = (body["convert"] or "model:dict").split(":", 1)[1]
        py_args.append(f"body={model}.from_dict({text})")
        cli_args.append(f"--body '{text}'")
    method = f"paginate_{row['operation_id']}" if paginated else row["operation_id"]
    call = f"{method}({', '.join(py_args)})"
    python = f"for item in {service}.{call}:\n    print(item)" if paginated else f"reply = {service}.{call}"
    shell = " ".join([f"dbcloud {service} {kebab(row['operation_id'])}", *cli_args])
    return python, shell


def operation_rows(
    spec: Spec, service: str, commands: dict[str, dict[str, Any]], spec_ops: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each command row with what the reference adds: replies, errors, waiters, paginator, examples."""
    waiters = spec.doc.get("x-waiters") or {}
    rows = []
    for name, row in commands.items():
        spec_op = spec_ops[row["operation_id"]]
        success, failure = responses(spec, spec_op)
        request = spec.deref(spec_op.get("requestBody") or {})
        content = (request.get("content") or {}).get("application/json") or {}
        paginated = bool(spec_op.get("x-pagination"))
        python, shell = examples(service, row, _example(content), paginated)
        rows.append(
            {
                **row,
                "command": name,
                "anchor": row["operation_id"].replace("_", "-"),
                "success": success,
                "failure": failure,
                "pagination": spec_op.get("x-pagination"),
                "polled_by": sorted(w for w, d in waiters.items() if d["operation"] == row["operation_id"]),
                "followed_by": sorted(w for w, d in waiters.items() if row["operation_id"] in (d.get("follows") or {})),
                "python": python,
                "shell": shell,
            }
        )
    return rows


def _typename(row: dict[str, Any]) -> str:
    shown = str(row["type"])
    if row.get("format") and row["format"] not in shown:
        shown += f" ({row['format']})"
    if row.get("enum"):
        shown += ": " + ", ".join(f"`{e}`" for e in row["enum"])
    return shown + (", nullable" if row.get("nullable") else "")


def _constraints(row: dict[str, Any]) -> str:
    symbols = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}
    parts = []
    for key, value in (row.get("constraints") or {}).items():
        if key in symbols:
            parts.append(f"{symbols[key]} {value}")
        elif key == "pattern":
            parts.append(f"pattern `{value}`")
        else:
            parts.append(f"{key} {value}")
    return ", ".join(parts)


def _default_value(value: Any) -> str:
    return "" if value is None or value == "" else f"`{json.dumps(value, ensure_ascii=False)}`"


def _cell(value: Any) -> str:
    """Safe inside a Markdown table cell."""
    return " ".join(str(value).split()).replace("|", "\\|")


def _acceptor(acceptor: dict[str, Any]) -> str:
    if "path" in acceptor:
        return f"`{acceptor['path']}`"
    parts = [f"HTTP {acceptor['status']}"] if "status" in acceptor else []
    parts += [f"error `{acceptor['error_code']}`"] if "error_code" in acceptor else []
    return " and ".join(parts)


#: Jinja filters of REFERENCE.md.jinja.
FILTERS = {
    "typename": _typename,
    "constraints": _constraints,
    "default_value": _default_value,
    "cell": _cell,
    "acceptor": _acceptor,
    "kebab": kebab,
}
__all__ = ["FILTERS", "examples", "operation_rows", "responses"]
