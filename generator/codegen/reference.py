"""The API reference of a service (``docs/reference/<service>.md``), from the command table rows.

Every operation with its method and path, parameters (type, required, constraints, default, enum),
request and reply models, errors with vendor codes, the waiters and paginators that apply, and a
Python and a CLI example. Generated and drift-checked like the clients.
"""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

from ..naming import snake
from ..spec import Spec, paging_parameters
from .cli_table import describe_schema, kebab, merged

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


#: Up to this many vendor codes of a status are listed under an operation; beyond, a count and a link.
MAX_CODES_INLINE = 12


def _codes_by_status(error_codes: dict[str, tuple[int, str, bool]]) -> dict[str, list[str]]:
    by_status: dict[str, list[str]] = {}
    for code, (status, _message, _retryable) in error_codes.items():
        by_status.setdefault(str(status), []).append(code)
    return by_status


def responses(
    spec: Spec, spec_op: dict[str, Any], by_status: dict[str, list[str]] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(success replies with their model and top-level fields, error replies with the vendor codes of
    their examples and of the service's table for that status)."""
    success, failure = [], []
    for code, raw in (spec_op.get("responses") or {}).items():
        reply = spec.deref(raw)
        content = spec.json_media(reply)
        row: dict[str, Any] = {"status": str(code), "description": " ".join(str(reply.get("description", "")).split())}
        if _ERROR.fullmatch(str(code)):
            codes: list[str] = []
            for example in (content.get("examples") or {}).values():
                codes += _codes_in(spec.deref(example).get("value"))
            row["codes"] = sorted(set(codes))
            row["table_codes"] = (by_status or {}).get(str(code), [])
            failure.append(row)
        else:
            schema = content.get("schema")
            row["model"] = describe_schema(spec, schema)["type"] if schema else None
            row["fields"] = _members(spec, schema) if schema else []
            success.append(row)
    return success, failure


def _sample(row: dict[str, Any]) -> tuple[str, str]:
    """A value of a required parameter for the examples: (Python literal, shell word)."""
    limits = row.get("constraints") or {}
    if row.get("enum"):
        value = row["enum"][0]
        literal = json.dumps(value, ensure_ascii=False)
        convert = row.get("convert") or ""
        python = f"{convert.split(':', 1)[1]}({literal})" if convert.startswith("model:") else literal
        return python, shlex.quote(str(value))
    if row["json"] == "boolean":
        return "False", "false"
    if row["json"] in ("integer", "number"):
        value = limits.get("minimum", 1)
        return str(value), str(value)
    return f'"<{row["kwarg"]}>"', f"'<{row['kwarg']}>'"


def _without(document: Any, path: list[str]) -> Any:
    """A copy of ``document`` without the member at ``path`` (a secret the shell example prompts for)."""
    if not isinstance(document, dict) or path[0] not in document:
        return document
    if len(path) == 1:
        return {k: v for k, v in document.items() if k != path[0]}
    return {**document, path[0]: _without(document[path[0]], path[1:])}


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def examples(service: str, row: dict[str, Any], body_example: Any, paging: dict[str, Any] | None) -> tuple[str, str]:
    """(Python, shell) examples calling the operation with its required parameters (the paginator
    sets the paging ones itself); the shell one leaves the body's secrets to their prompting flags."""
    required = [p for p in row["params"] if p["required"]]
    paged_by = set(paging_parameters(paging).values()) if paging else set()
    py_args = [f"{p['kwarg']}={_sample(p)[0]}" for p in required if p["name"] not in paged_by]
    cli_args = [f"--{p['flag']} {_sample(p)[1]}" for p in required]
    body = row["body"]
    if body is not None and (body["required"] or body_example is not None):
        document = body_example if body_example is not None else {}
        model = (body["convert"] or "model:dict").split(":", 1)[1]
        py_args.append(f"body={model}.from_dict({_compact(document)})")
        for secret in body["secrets"]:
            document = _without(document, secret["path"])
        cli_args.append(f"--body '{_compact(document)}'")
        cli_args += [f"--{s['flag']}" for s in body["secrets"]]
    method = f"paginate_{row['operation_id']}" if paging else row["operation_id"]
    call = f"{method}({', '.join(py_args)})"
    python = f"for item in {service}.{call}:\n    print(item)" if paging else f"reply = {service}.{call}"
    shell = " ".join([f"dbcloud {service} {kebab(row['operation_id'])}", *cli_args])
    return python, shell


def operation_rows(
    spec: Spec,
    service: str,
    commands: dict[str, dict[str, Any]],
    spec_ops: dict[str, dict[str, Any]],
    error_codes: dict[str, tuple[int, str, bool]],
) -> list[dict[str, Any]]:
    """Each command row with what the reference adds: replies, errors, waiters, paginator, examples."""
    waiters = spec.doc.get("x-waiters") or {}
    by_status = _codes_by_status(error_codes)
    rows = []
    for name, row in commands.items():
        spec_op = spec_ops[row["operation_id"]]
        success, failure = responses(spec, spec_op, by_status)
        content = spec.json_media(spec_op.get("requestBody"))
        python, shell = examples(service, row, _example(content), spec_op.get("x-pagination"))
        rows.append(
            {
                **row,
                "command": name,
                "anchor": row["operation_id"],  # GitHub keeps underscores in heading anchors
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
    "snake": snake,
}
__all__ = ["FILTERS", "MAX_CODES_INLINE", "examples", "operation_rows", "responses"]
