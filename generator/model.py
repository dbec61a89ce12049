"""The service model: one typed view of a service, built once per generation from its spec.

openapi-python-client (opc) parses the spec in process (``openapi_python_client.parser``) and its
``GeneratorData`` decides every Python name and type; the same object then writes the attrs package
(``codegen.generate``), so the facade, CLI table, reference and request schemas bind exactly the
keywords the operation modules take, without reading generated code back. The rest comes from the
spec: operations and their ``x-`` extensions, waiters, servers, security schemes, the errors table.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import EnumProperty, Property
from openapi_python_client.strings import PythonIdentifier

from .config import Service
from .directions import marked, response_only
from .enums import merged
from .naming import snake
from .spec import Spec, load

if TYPE_CHECKING:
    from openapi_python_client.parser.openapi import Endpoint

#: The methods that are safe to retry without ``x-idempotent`` (RFC 9110 section 9.2.2).
IDEMPOTENT_METHODS = frozenset({"get", "head", "put", "delete", "options"})
_COMPONENT = "#/components/schemas/"


class ModelError(Exception):
    """opc could not parse the spec (or warned about it); the message carries every finding."""


def component_name(schema: Any) -> str | None:
    """``Cluster`` for a ``{"$ref": "#/components/schemas/Cluster"}`` schema, else None."""
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    return ref.removeprefix(_COMPONENT) if isinstance(ref, str) and ref.startswith(_COMPONENT) else None


@dataclass(frozen=True)
class Param:
    """One keyword of an operation's generated functions, as opc declared it."""

    name: str  # the Python keyword (``cur_page``)
    wire_name: str  # the spec's name (``curPage``); ``body`` for the request body
    location: str  # path | query | header | cookie | body
    annotation: str  # opc's type string (``ListClustersSortKey | Unset``)
    required: bool
    #: the enum class a keyword takes, as ``<models module>:<class>`` (``list_clusters_sort_key:ListClustersSortKey``)
    enum: str | None = None


@dataclass(frozen=True)
class Operation:
    """One operation: the spec's facts and opc's keywords for it."""

    operation_id: str
    method: str
    path: str
    pointer: str  # JSON pointer of the operation object
    raw: dict[str, Any] = field(repr=False)
    params: tuple[Param, ...]  # in opc's order: path, body, query, header, cookie

    @property
    def tag(self) -> str:
        return str((self.raw.get("tags") or ["default"])[0])

    @property
    def tag_module(self) -> str:
        return snake(self.tag)

    @property
    def deprecated(self) -> bool:
        return bool(self.raw.get("deprecated"))

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS or bool(self.raw.get("x-idempotent"))

    @property
    def pagination(self) -> dict[str, Any] | None:
        declared = self.raw.get("x-pagination")
        return declared if isinstance(declared, dict) else None

    @property
    def query_kwargs(self) -> dict[str, str]:
        """Query parameter name -> the keyword opc gave it (``curPage`` -> ``cur_page``)."""
        return {p.wire_name: p.name for p in self.params if p.location == "query"}


@dataclass(frozen=True, eq=False)
class ServiceModel:
    """Everything generation needs to know about one service."""

    service: Service
    spec: Spec
    opc: GeneratorData = field(repr=False)  # also what writes the attrs package
    opc_config: Config = field(repr=False)
    operations: tuple[Operation, ...]

    @cached_property
    def by_id(self) -> dict[str, Operation]:
        return {op.operation_id: op for op in self.operations}

    @cached_property
    def errors(self) -> dict[str, tuple[int, str, bool]]:
        """The vendor error table (``errors.yaml``): code -> (HTTP status, message, retryable)."""
        table: dict[str, tuple[int, str, bool]] = {}
        if self.service.errors.is_file():
            for row in load(self.service.errors).doc.get("errors") or []:
                table[row["code"]] = (row["status"], row["message"], row["retryable"])
        return table

    @property
    def waiters(self) -> dict[str, Any]:
        return dict(self.spec.doc.get("x-waiters") or {})

    @property
    def servers(self) -> list[Any]:
        return list(self.spec.doc.get("servers") or [])

    @property
    def security_schemes(self) -> dict[str, Any]:
        return dict((self.spec.doc.get("components") or {}).get("securitySchemes") or {})

    @cached_property
    def constant_headers(self) -> dict[str, str]:
        return constant_headers(self.spec)

    def body_schema(self, op: Operation) -> Any:
        return self.spec.body_schema(op.raw)

    def success_types(self, op: Operation) -> list[str]:
        """The component names of the operation's 2xx reply bodies, sorted."""
        names = {component_name(s) for s in self.spec.success_schemas(op.raw)}
        return sorted(n for n in names if n)


def constant_headers(spec: Spec) -> dict[str, str]:
    """Required header parameters with a default (an API-version pin such as ``Scp-Api-Version``):
    the runtime always sends them, so the generated functions do not ask for them."""
    found: dict[str, str] = {}
    for _, _, _, op in spec.operations():
        for param in (spec.deref(p) for p in op.get("parameters", [])):
            default = (param.get("schema") or {}).get("default")
            if param.get("in") == "header" and param.get("required") and default is not None:
                found[param["name"]] = str(default)
    return dict(sorted(found.items()))


def _without_defaults(node: Any) -> Any:
    """Schema ``default``s moved into the description.

    opc turns a default into a Python default argument/attribute, so an argument the caller never
    set would still be sent. A client should send only what it was given; the service applies its
    documented default. The pydantic models (schemas.py) keep the defaults for validation."""
    if isinstance(node, list):
        return [_without_defaults(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _without_defaults(v) for k, v in node.items()}
    if "default" in out and any(k in out for k in ("type", "$ref", "enum", "anyOf", "oneOf", "allOf")):
        default = out.pop("default")
        note = f"Default: {json.dumps(default, ensure_ascii=False)}."
        out["description"] = f"{out.get('description', '').rstrip()} {note}".strip()
    return out


def _nullable_enum_as_union(param: Any) -> Any:
    """A parameter typed ``[X, "null"]`` with an ``enum`` (null listed) as ``anyOf: [X enum, null]``.

    Both say the same; opc reads the first as a union of three copies of one enum class (EPAS
    ``product_image_type``: ``...Type1 | ...Type2Type1 | ...Type3Type1``), the second as one class or
    None. Schemas in components need no such help: the enum merge folds their copies."""
    schema = param.get("schema") if isinstance(param, dict) else None
    if not isinstance(schema, dict) or "enum" not in schema:
        return param
    kinds = schema.get("type")
    if not (isinstance(kinds, list) and "null" in kinds and len(kinds) == 2):
        return param
    kind = next(k for k in kinds if k != "null")
    rest = {k: v for k, v in schema.items() if k not in ("type", "enum")}
    values = [v for v in schema["enum"] if v is not None]
    return {**param, "schema": {"anyOf": [{"type": kind, "enum": values}, {"type": "null"}], **rest}}


def _view_parameters(spec: Spec, paths: dict[str, Any]) -> dict[str, Any]:
    """Each operation's parameters without the constant headers, nullable enums as unions."""
    constant = constant_headers(spec)
    out: dict[str, Any] = {}
    for path, item in paths.items():
        out[path] = {}
        for key, op in item.items():
            if isinstance(op, dict) and "parameters" in op:
                kept = [
                    _nullable_enum_as_union(p)
                    for p in op["parameters"]
                    if not (spec.deref(p).get("in") == "header" and spec.deref(p).get("name") in constant)
                ]
                op = {**op, "parameters": kept}
            out[path][key] = op
    return out


def opc_view(spec: Spec) -> dict[str, Any]:
    """The spec as opc reads it: response-only schemas marked, identical enums merged, no schema
    defaults, no constant headers, nullable enum parameters as unions, JSON-shaped (string keys)."""
    doc, _ = merged(marked(spec, spec.doc, response_only(spec)))
    doc["paths"] = _without_defaults(_view_parameters(spec, doc.get("paths", {})))
    doc["components"] = _without_defaults(doc.get("components", {}))
    loaded: dict[str, Any] = json.loads(json.dumps(doc, ensure_ascii=False))
    return loaded


def opc_config(service: Service) -> Config:
    """opc's settings, as the ``generate`` command line would resolve them (no post hooks: we run ruff)."""
    settings = ConfigFile(
        project_name_override=service.distribution,
        package_name_override=service.package,
        use_path_prefixes_for_title_model_names=False,
        post_hooks=[],
    )
    return Config.from_sources(settings, MetaType.NONE, service.spec, "utf-8", overwrite=True, output_path=None)


def describe_errors(errors: Sequence[GeneratorError]) -> str:
    """opc's findings as text, one per line (the command line prints them the same way)."""
    return "\n".join(f"  {e.header}" + (f": {e.detail}" if e.detail else "") for e in errors)


def _enum(prop: Property) -> str | None:
    """``<models module>:<class>`` of the enum a keyword takes, alone or in a union (``X | None | Unset``);
    of a union of several enum classes (opc's per-variant copies of one value set) the first, which the
    generated code accepts as well as the others."""
    if isinstance(prop, EnumProperty):
        return f"{prop.class_info.module_name}:{prop.class_info.name}"
    found = [e for inner in getattr(prop, "inner_properties", None) or [] if (e := _enum(inner))]
    return found[0] if found else None


def _params(endpoint: Endpoint) -> tuple[Param, ...]:
    """The keywords of opc's ``arguments`` macro (endpoint_macros.py.jinja), in its order."""

    def param(prop: Property, location: str) -> Param:
        annotation = prop.get_type_string().as_unembedded_code()
        return Param(
            str(prop.python_name), prop.name.get_untrusted_value(), location, annotation, prop.required, _enum(prop)
        )

    found = [param(p, "path") for p in endpoint.path_parameters]
    if endpoint.bodies:
        props = [b.prop for b in endpoint.bodies]
        required = all(p.required for p in props)
        if len(props) == 1:
            annotation = props[0].get_type_string().as_unembedded_code()
        else:
            annotation = " | ".join(p.get_type_string(no_optional=True).as_unembedded_code() for p in props)
            annotation += "" if required else " | Unset"
        found.append(Param("body", "body", "body", annotation, required))
    for location in ("query", "header", "cookie"):
        found += [param(p, location) for p in getattr(endpoint, f"{location}_parameters")]
    return tuple(found)


def build(service: Service, spec: Spec | None = None) -> ServiceModel:
    """Parse ``service``'s spec (once) into its model; ModelError when opc reports any problem."""
    spec = spec if spec is not None else load(service.spec)
    settings = opc_config(service)
    with contextlib.redirect_stdout(io.StringIO()):
        parsed = GeneratorData.from_dict(opc_view(spec), config=settings)
    if isinstance(parsed, GeneratorError):
        raise ModelError(f"{service.key}: openapi-python-client cannot parse the spec:\n{describe_errors([parsed])}")
    problems = [*parsed.errors, *(e for c in parsed.endpoint_collections_by_tag.values() for e in c.parse_errors)]
    if problems:  # the command line's --fail-on-warning
        raise ModelError(f"{service.key}: openapi-python-client warns:\n{describe_errors(problems)}")
    # opc names an endpoint after its operationId (and may rename path parameters in its path)
    endpoints = {str(e.name): e for c in parsed.endpoint_collections_by_tag.values() for e in c.endpoints}
    operations = []
    for at, path, method, op in spec.operations():
        endpoint = endpoints.get(str(PythonIdentifier(str(op.get("operationId")), settings.field_prefix)))
        if endpoint is None:
            raise ModelError(f"{service.key}: openapi-python-client made no function for {method.upper()} {path}")
        operations.append(Operation(op["operationId"], method, path, at, op, _params(endpoint)))
    return ServiceModel(service, spec, parsed, settings, tuple(operations))


__all__ = [
    "ModelError",
    "Operation",
    "Param",
    "ServiceModel",
    "build",
    "component_name",
    "constant_headers",
    "describe_errors",
]
