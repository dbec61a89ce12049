"""Describe the generated operation modules so the facade template can bind them as methods.

opc decides argument names and types; rather than re-deriving them, we read them back from the
modules it wrote (``ast``, no import), and take the success types from the spec."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from .spec import Spec

_ERROR_STATUS = re.compile(r"[45]\d\d|default")


def _success_types(spec: Spec, op: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for code, resp in (op.get("responses") or {}).items():
        if _ERROR_STATUS.fullmatch(str(code)):
            continue
        schema = ((spec.deref(resp).get("content") or {}).get("application/json") or {}).get("schema") or {}
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        if ref.startswith("#/components/schemas/"):
            names.append(ref.rsplit("/", 1)[-1])
    return sorted(set(names))


def describe(spec: Spec, package_dir: Path, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each operation: its module path, facade parameters (source text) and return type."""
    described = []
    for op_row in operations:
        op = spec.resolve("/paths/" + op_row["path"].replace("~", "~0").replace("/", "~1") + "/" + op_row["method"])
        module = package_dir / "api" / op_row["tag_module"] / f"{op_row['operation_id']}.py"
        tree = ast.parse(module.read_text(encoding="utf-8"))
        func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed")
        params: list[dict[str, str | None]] = []
        positional = func.args.args
        for arg in positional + func.args.kwonlyargs:
            if arg.arg == "client":
                continue
            annotation = ast.unparse(arg.annotation) if arg.annotation else "Any"
            kw_defaults = dict(zip([a.arg for a in func.args.kwonlyargs], func.args.kw_defaults, strict=True))
            has_default = arg in func.args.kwonlyargs and kw_defaults.get(arg.arg) is not None
            if arg.arg == "project_id":  # filled from the client's configuration when omitted
                params.append({"name": arg.arg, "annotation": f"{annotation} | None", "default": "None"})
            elif has_default:
                params.append({"name": arg.arg, "annotation": annotation, "default": "UNSET"})
            else:
                params.append({"name": arg.arg, "annotation": annotation, "default": None})
        # required first, so the signature is valid; all are keyword-only anyway
        params.sort(key=lambda p: p["default"] is not None)
        success = _success_types(spec, op)
        described.append(
            {
                **op_row,
                "params": params,
                "returns": " | ".join(success) if success else "None",
                "model_imports": sorted(set(success) | _names_in(params)),
                "summary": (op.get("summary") or op_row["operation_id"]).strip().rstrip("."),
                "description": " ".join((op.get("description") or "").split()),
            }
        )
    return described


def _names_in(params: list[dict[str, Any]]) -> set[str]:
    names = set()
    for p in params:
        names |= set(re.findall(r"\b[A-Z][A-Za-z0-9]*\b", p["annotation"]))
    return names - {"Unset", "None", "Any"}
