"""Describe the generated operation modules so the facade template can bind them as methods.

opc decides argument names and types; rather than re-deriving them, we read them back from the
modules it wrote (``ast``, no import), and take the success types from the spec."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from dbcloud_core.credentials import kind_for
from dbcloud_core.endpoints import server_variables
from dbcloud_core.options import CLIENT_OPTIONS, ClientOption

from .naming import snake
from .spec import MISSING, Spec, paging_parameters, pointer_tokens, schema_at

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


def client_options(servers: list[dict[str, Any]], security_schemes: dict[str, Any]) -> list[ClientOption]:
    """The constructor keywords of a facade: the runtime's option table for the service's credential kind,
    without the server URL variables (EPAS' ``environment``) the service's server does not have."""
    names = set(server_variables(servers))
    kind = kind_for(security_schemes)
    return [
        o.for_service(kind.cls.__name__, kind.env_prefix, kind.profile_prefix)
        for o in CLIENT_OPTIONS
        if not o.server_variable or o.name in names
    ]


def describe(spec: Spec, package_dir: Path, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each operation: its module path, facade parameters (source text) and return type."""
    described = []
    for op_row in operations:
        op = spec.resolve(op_pointer(op_row))
        module = package_dir / "api" / op_row["tag_module"] / f"{op_row['operation_id']}.py"
        tree = ast.parse(module.read_text(encoding="utf-8"))
        func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed")
        get_kwargs = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")
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
                "query_kwargs": _query_kwargs(get_kwargs),
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


def _query_kwargs(get_kwargs: ast.FunctionDef) -> dict[str, str]:
    """Query parameter name -> the keyword opc gave it, read from ``params["curPage"] = cur_page``
    (or ``= json_cur_page`` for converted values)."""
    names = {}
    for node in ast.walk(get_kwargs):
        if (
            isinstance(node, ast.Assign)
            and isinstance(target := node.targets[0], ast.Subscript)
            and isinstance(target.value, ast.Name)
            and target.value.id == "params"
            and isinstance(target.slice, ast.Constant)
            and isinstance(node.value, ast.Name)
        ):
            names[str(target.slice.value)] = node.value.id.removeprefix("json_")
    return names


def waiters(spec: Spec, described: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each ``x-waiters`` entry as a facade method: ``wait_until_<snake name>`` taking the polled
    operation's parameters (renamed by ``arguments``), returning its reply type or None."""
    by_id = {op["operation_id"]: op for op in described}
    result = []
    for name, waiter in (spec.doc.get("x-waiters") or {}).items():
        polled = by_id[waiter["operation"]]
        renamed = {target: own for own, target in (waiter.get("arguments") or {}).items()}
        params = [{**p, "name": renamed.get(p["name"], p["name"]), "target": p["name"]} for p in polled["params"]]
        result.append(
            {
                "name": name,
                "method": f"wait_until_{snake(name)}",
                "operation": waiter["operation"],
                "description": " ".join(str(waiter["description"]).split()),
                "delay_s": waiter["delay_s"],
                "max_attempts": waiter["max_attempts"],
                "follows": sorted(waiter.get("follows") or {}),
                "params": params,
                "returns": polled["returns"],
            }
        )
    return result


def paginators(spec: Spec, described: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each operation with ``x-pagination`` as ``paginate_<operationId>``: its parameters without the
    paging ones, plus ``page_size``; yields the items' model (or plain JSON when they have none).

    The ``_behaviour`` table keeps the declaration with its parameter names turned into the
    keywords opc generated (``curPage`` -> ``cur_page``): the engine calls the facade method."""
    result = []
    for op in described:
        declared = spec.resolve(op_pointer(op)).get("x-pagination")
        if not declared:
            continue
        paging = {key: op["query_kwargs"][value] for key, value in paging_parameters(declared).items()}
        result.append(
            {
                "operation_id": op["operation_id"],
                "method": f"paginate_{op['operation_id']}",
                "summary": op["summary"],
                "params": [p for p in op["params"] if p["name"] not in paging.values()],
                "item_model": _item_model(spec, spec.resolve(op_pointer(op)), declared["items"]),
                "table": {**declared, **paging},
            }
        )
    return result


def op_pointer(op: dict[str, Any]) -> str:
    return "/paths/" + str(op["path"]).replace("~", "~0").replace("/", "~1") + "/" + str(op["method"])


def _item_model(spec: Spec, op: dict[str, Any], items_pointer: str) -> str | None:
    """The component schema name of the items array's members, when they are one."""
    for code, response in (op.get("responses") or {}).items():
        if _ERROR_STATUS.fullmatch(str(code)):
            continue
        schema = ((spec.deref(response).get("content") or {}).get("application/json") or {}).get("schema")
        array = schema_at(spec, schema, pointer_tokens(items_pointer)) if schema else MISSING
        if array is MISSING:
            continue
        for member in [array, *(array.get("anyOf") or []), *(array.get("oneOf") or [])]:
            ref = str((member.get("items") or {}).get("$ref", "")) if isinstance(member, dict) else ""
            if ref.startswith("#/components/schemas/"):
                return ref.rsplit("/", 1)[-1]
    return None
