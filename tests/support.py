"""Shared test plumbing: which services have generated clients, and how spec names map to code."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import typing
from functools import cache
from types import ModuleType
from typing import Any

from dateutil.parser import isoparse

from generator.config import CLIENTS, Service, all_services
from generator.spec import Spec, load

#: Services whose generated package exists (a spec can land before its client).
SERVICES: list[Service] = [s for s in all_services() if (CLIENTS / s.key / "pyproject.toml").is_file()]
SERVICE_IDS = [s.key for s in SERVICES]


@cache
def spec_of(service: Service) -> Spec:
    return load(service.spec)


def package(service: Service) -> ModuleType:
    return importlib.import_module(service.package)


def operation_module(service: Service, tag: str, operation_id: str) -> ModuleType:
    return importlib.import_module(f"{service.package}.api.{tag}.{operation_id}")


def operations(service: Service) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(path, method, operationId, operation) for every operation of the service."""
    return [(path, method, op["operationId"], op) for _, path, method, op in spec_of(service).operations()]


def ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    return ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None


def typed_model(service: Service, schema_name: str) -> type[Any]:
    return getattr(importlib.import_module(f"{service.package}.models"), _class_name(schema_name))


def pydantic_model(service: Service, schema_name: str) -> type[Any]:
    return getattr(importlib.import_module(f"{service.package}.schemas"), _class_name(schema_name))


def _class_name(schema_name: str) -> str:
    # opc and datamodel-code-generator both keep a PascalCase schema name as the class name.
    return re.sub(r"[^A-Za-z0-9]", "", schema_name[:1].upper() + schema_name[1:])


def norm(name: str) -> str:
    """Compare a spec parameter name with the Python argument opc made of it."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def inline_refs(spec: Spec, node: Any, depth: int = 0) -> Any:
    """The schema with every local $ref replaced by its target (for hypothesis-jsonschema)."""
    if depth > 40:
        return {}
    if isinstance(node, dict):
        if "$ref" in node:
            return inline_refs(spec, spec.resolve(node["$ref"]), depth + 1)
        return {k: inline_refs(spec, v, depth + 1) for k, v in node.items() if k not in ("example", "x-sensitive")}
    if isinstance(node, list):
        return [inline_refs(spec, v, depth + 1) for v in node]
    return node


def type_hints(func: Any) -> dict[str, Any]:
    """An operation function's resolved annotations (opc's Client is imported there for type checkers only)."""
    client = importlib.import_module(func.__module__.split(".")[0] + ".client")
    names = {"AuthenticatedClient": client.AuthenticatedClient, "Client": client.Client}
    return typing.get_type_hints(func, localns=names)


_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", re.IGNORECASE)


def canonical(value: Any) -> Any:
    """JSON equality modulo number spelling (4 == 4.0), dict order and date-time spelling (Z == +00:00)."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        return isoparse(value).isoformat()
    return json.loads(json.dumps(value))


def behaviour(service: Service) -> ModuleType:
    return importlib.import_module(f"{service.package}._behaviour")


def schemathesis_operation(schema: Any, operation_id: str) -> Any:
    """The schemathesis operation of a loaded schema with that operationId."""
    for result in schema.get_all_operations():
        op = result.ok()
        if op.definition.raw.get("operationId") == operation_id:
            return op
    raise LookupError(operation_id)


def request_example(service_key: str, operation_id: str) -> Any:
    """A fresh copy of the first named request example of an operation, as the body to send."""
    import copy

    service = next(s for s in SERVICES if s.key == service_key)
    spec = spec_of(service)
    for _, _, _, op in spec.operations():
        if op["operationId"] == operation_id:
            media = spec.json_media(op["requestBody"])
            return copy.deepcopy(next(iter(media["examples"].values()))["value"])
    raise LookupError(operation_id)


def is_model(obj: Any) -> bool:
    """A generated model class (``dbcloud_core.model.Model``'s subclasses)."""
    from dbcloud_core.model import Model

    return isinstance(obj, type) and issubclass(obj, Model) and obj is not Model


def members(cls: type) -> list[inspect.Parameter]:
    """A generated model's members in declaration order: name, annotation (as written), default
    (``inspect.Parameter.empty`` for a required one)."""
    return list(inspect.signature(cls).parameters.values())
