"""Describe the operations so the facade template can bind them as methods.

Every keyword, type and query name comes from the service model (opc's parsed model, see
``model.py``): the facade binds exactly what the generated operation modules take."""

from __future__ import annotations

import re
from typing import Any

from dbcloud_core.credentials import kind_for
from dbcloud_core.endpoints import server_variables
from dbcloud_core.options import CLIENT_OPTIONS, ClientOption

from ..model import Operation, ServiceModel, component_name
from ..naming import snake
from ..spec import MISSING, paging_parameters, pointer_tokens, schema_at


def _facade_params(op: Operation) -> list[dict[str, str | None]]:
    params: list[dict[str, str | None]] = []
    for p in op.params:
        if p.name == "project_id":  # filled from the client's configuration when omitted
            params.append({"name": p.name, "annotation": f"{p.annotation} | None", "default": "None"})
        else:
            params.append({"name": p.name, "annotation": p.annotation, "default": None if p.required else "UNSET"})
    # required first, so the signature is valid; all are keyword-only anyway
    params.sort(key=lambda p: p["default"] is not None)
    return params


def operation_row(model: ServiceModel, op: Operation) -> dict[str, Any]:
    """The facts of an operation every template row starts from (also ``_behaviour``'s table)."""
    return {
        "operation_id": op.operation_id,
        "method": op.method,
        "path": op.path,
        "tag": op.tag,
        "tag_module": op.tag_module,
        "deprecated": op.deprecated,
        "idempotent": op.idempotent,
        "request_schema": component_name(model.body_schema(op)),
        # what the runtime checks and converts before calling the operation module (no introspection)
        "required": sorted(p.name for p in op.params if p.required),
        "enums": {p.name: p.enum for p in op.params if p.enum},
    }


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


def describe(model: ServiceModel) -> list[dict[str, Any]]:
    """For each operation: its row, facade parameters (source text) and return type."""
    described = []
    for op in model.operations:
        params = _facade_params(op)
        success = model.success_types(op)
        described.append(
            {
                **operation_row(model, op),
                "params": params,
                "returns": " | ".join(success) if success else "None",
                "model_imports": sorted(set(success) | _names_in(params)),
                # (location, spec name) -> keyword, for every parameter but the body
                "keywords": {(p.location, p.wire_name): p.name for p in op.params if p.location != "body"},
                "summary": (op.raw.get("summary") or op.operation_id).strip().rstrip("."),
                "description": " ".join((op.raw.get("description") or "").split()),
            }
        )
    return described


def _names_in(params: list[dict[str, Any]]) -> set[str]:
    names = set()
    for p in params:
        names |= set(re.findall(r"\b[A-Z][A-Za-z0-9]*\b", p["annotation"]))
    return names - {"Unset", "None", "Any"}


def waiters(model: ServiceModel, described: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each ``x-waiters`` entry as a facade method: ``wait_until_<snake name>`` taking the polled
    operation's parameters (renamed by ``arguments``), returning its reply type or None."""
    by_id = {op["operation_id"]: op for op in described}
    result = []
    for name, waiter in model.waiters.items():
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


def paginators(model: ServiceModel, described: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each operation with ``x-pagination`` as ``paginate_<operationId>``: its parameters without the
    paging ones, plus ``page_size``; yields the items' model (or plain JSON when they have none).

    The ``_behaviour`` table keeps the declaration with its parameter names turned into the
    keywords opc generated (``curPage`` -> ``cur_page``): the engine calls the facade method."""
    result = []
    for row in described:
        op = model.by_id[row["operation_id"]]
        declared = op.pagination
        if not declared:
            continue
        paging = {key: op.query_kwargs[value] for key, value in paging_parameters(declared).items()}
        result.append(
            {
                "operation_id": op.operation_id,
                "method": f"paginate_{op.operation_id}",
                "summary": row["summary"],
                "params": [p for p in row["params"] if p["name"] not in paging.values()],
                "item_model": _item_model(model, op, declared["items"]),
                "table": {**declared, **paging},
            }
        )
    return result


def _item_model(model: ServiceModel, op: Operation, items_pointer: str) -> str | None:
    """The component schema name of the items array's members, when they are one."""
    for schema in model.spec.success_schemas(op.raw):
        array = schema_at(model.spec, schema, pointer_tokens(items_pointer))
        if array is MISSING:
            continue
        for member in [array, *(array.get("anyOf") or []), *(array.get("oneOf") or [])]:
            name = component_name(member.get("items")) if isinstance(member, dict) else None
            if name:
                return name
    return None
