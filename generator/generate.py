"""Generate ``clients/<service>/`` from ``specs/<service>/``.

Pipeline per service, each step a pinned tool run from this interpreter's venv:
1. openapi-python-client (``--fail-on-warning``, our template overrides) -> the attrs package;
2. datamodel-code-generator (pydantic v2, constraints enforced) -> ``schemas.py``;
3. our own templates -> ``pyproject.toml``, ``README.md``, ``_behaviour.py``, ``py.typed``;
4. one header line on every generated module, then ruff (fix + format) for stable output.
The tree is built in a temporary directory and swapped in whole, so a failure leaves clients/ as it was.
"""

from __future__ import annotations

import hashlib
import json
import pprint
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
import yaml

from dbcloud_core import options as _options
from dbcloud_core.options import OPTION_IMPORTS

from . import config
from .cli_table import command, kebab, waiter_commands
from .config import Service
from .facade import client_options, describe, op_pointer, paginators, waiters
from .naming import pascal, snake
from .reference import FILTERS, MAX_CODES_INLINE, operation_rows
from .request_schemas import FILE_NAME as REQUEST_SCHEMAS_FILE
from .request_schemas import dumps, request_schemas
from .spec import Spec, load

HASH_FILE = ".generated-from"
#: the runtime's table of client options, which every facade's constructor spells out
OPTIONS_FILE = Path(_options.__file__)
#: Built with the package, published as docs/reference/<service>.md (see `reference_path`).
REFERENCE_FILE = "REFERENCE.md"


def reference_path(service: Service) -> Path:
    """Where a service's generated API reference lives."""
    return config.ROOT / "docs" / "reference" / f"{service.key}.md"


class GenerationError(Exception):
    """A generator tool failed; the message carries its output."""


def _run(args: list[str], cwd: Path | None = None) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise GenerationError(f"{' '.join(args[:3])} ... failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


def _tool(name: str) -> str:
    return str(Path(config.PYTHON).parent / name)


def header(service: Service) -> str:
    return f"Generated from specs/{service.key}/openapi.yaml by `make generate`; do not edit."


def inputs_hash(service: Service) -> str:
    """Content hash of everything the output depends on: specs, templates, generator code, pins."""
    digest = hashlib.sha256()
    files = [service.spec, service.errors, config.ROOT / "constraints.txt", config.ROOT / "LICENSE"]
    files += sorted(config.TEMPLATES.rglob("*")) + sorted(Path(__file__).parent.glob("*.py")) + [OPTIONS_FILE]
    for file in files:
        if file.is_file():
            digest.update(file.relative_to(config.ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _without_defaults(node: Any) -> Any:
    """The spec as opc should see it: schema ``default``s moved into the description.

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


def _without_constant_headers(spec: Spec, paths: dict[str, Any]) -> dict[str, Any]:
    constant = constant_headers(spec)
    out: dict[str, Any] = {}
    for path, item in paths.items():
        out[path] = {}
        for key, op in item.items():
            if isinstance(op, dict) and "parameters" in op:
                kept = [
                    p
                    for p in op["parameters"]
                    if not (spec.deref(p).get("in") == "header" and spec.deref(p).get("name") in constant)
                ]
                op = {**op, "parameters": kept}
            out[path][key] = op
    return out


def _opc(service: Service, spec: Spec, package_dir: Path, work: Path) -> None:
    view = work / "openapi.json"
    doc = dict(spec.doc)
    doc["paths"] = _without_defaults(_without_constant_headers(spec, doc.get("paths", {})))
    doc["components"] = _without_defaults(doc.get("components", {}))
    view.write_text(json.dumps(doc, ensure_ascii=False, indent=1))
    cfg = work / "opc.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "project_name_override": service.distribution,
                "package_name_override": service.package,
                "use_path_prefixes_for_title_model_names": False,
                "post_hooks": [],
            }
        )
    )
    _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(view),
            "--config",
            str(cfg),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--custom-template-path",
            str(config.TEMPLATES / "opc"),
            "--fail-on-warning",
            "--overwrite",
        ]
    )


def _pydantic(service: Service, spec: Spec, package_dir: Path) -> None:
    _run(
        [
            _tool("datamodel-codegen"),
            "--input",
            str(spec.file),
            "--input-file-type",
            "openapi",
            "--output",
            str(package_dir / "schemas.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--field-constraints",
            "--use-annotated",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-schema-description",
            "--use-field-description",
            "--extra-fields",
            "allow",
            "--disable-timestamp",
            "--custom-file-header",
            f"# {header(service)}\n# ruff: noqa",
        ]
    )


def _pyrepr(value: Any) -> str:
    return pprint.pformat(value, width=100, sort_dicts=True)


def _sensitive_fields(spec: Spec) -> list[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if isinstance(prop, dict) and (prop.get("format") == "password" or prop.get("x-sensitive")):
                    found.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec.doc)
    return sorted(found)


def _operations(spec: Spec) -> list[dict[str, Any]]:
    ops = []
    for _, path, method, op in spec.operations():
        body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema", {})
        ref = body.get("$ref", "") if isinstance(body, dict) else ""
        ops.append(
            {
                "operation_id": op["operationId"],
                "method": method,
                "path": path,
                "tag": (op.get("tags") or ["default"])[0],
                "tag_module": snake((op.get("tags") or ["default"])[0]),
                "deprecated": bool(op.get("deprecated")),
                "idempotent": method in ("get", "head", "put", "delete", "options") or bool(op.get("x-idempotent")),
                "request_schema": ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None,
            }
        )
    return ops


def _own_files(service: Service, spec: Spec, out: Path) -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(config.TEMPLATES / "package"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pyrepr"] = _pyrepr
    env.filters["doc"] = lambda text: str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    env.filters.update(FILTERS)
    errors: dict[str, Any] = {}
    if service.errors.is_file():
        for row in load(service.errors).doc.get("errors") or []:
            errors[row["code"]] = (row["status"], row["message"], row["retryable"])
    operations = _operations(spec)
    described = describe(spec, out / service.package, operations)
    waiter_methods = waiters(spec, described)
    paginator_methods = paginators(spec, described)
    spec_ops = {op["operation_id"]: spec.resolve(op_pointer(op)) for op in described}
    cli_commands = {kebab(op["operation_id"]): command(spec, op, spec_ops[op["operation_id"]]) for op in described}
    cli_waiters = waiter_commands(cli_commands, waiter_methods)
    x_waiters = spec.doc.get("x-waiters") or {}
    context = {
        "header": header(service),
        "service": service,
        "title": spec.doc["info"]["title"],
        "version": config.CLIENT_VERSION,
        "core_next": config.next_minor(config.CLIENT_VERSION),
        "operations": described,
        "client_name": f"{pascal(service.key)}Client",
        "model_imports": sorted(
            set().union(*(op["model_imports"] for op in described))
            | {p["item_model"] for p in paginator_methods if p["item_model"]}
        ),
        "waiters": waiter_methods,
        "client_options": client_options(
            spec.doc.get("servers", []), spec.doc.get("components", {}).get("securitySchemes", {})
        ),
        "option_imports": OPTION_IMPORTS,
        "paginators": paginator_methods,
        "waiters_table": dict(spec.doc.get("x-waiters") or {}),
        "paginators_table": {
            p["operation_id"]: {"pagination": p["table"], "item_model": p["item_model"]} for p in paginator_methods
        },
        "operations_table": {
            op["operation_id"]: {k: op[k] for k in ("method", "path", "tag", "idempotent", "request_schema")}
            for op in operations
        },
        "servers": spec.doc.get("servers", []),
        "security_schemes": spec.doc.get("components", {}).get("securitySchemes", {}),
        "sensitive": _sensitive_fields(spec),
        "constant_headers": constant_headers(spec),
        "error_codes": errors,
        "max_codes_inline": MAX_CODES_INLINE,
        "cli_commands": cli_commands,
        "cli_waiters": cli_waiters,
        "reference_operations": operation_rows(spec, service.key, cli_commands, spec_ops, errors),
        "reference_waiters": [
            {**row, "command": name, "acceptors": x_waiters[row["name"]]["acceptors"]}
            for name, row in cli_waiters.items()
        ],
    }
    targets = {
        "pyproject.toml.jinja": out / "pyproject.toml",
        "README.md.jinja": out / "README.md",
        "_behaviour.py.jinja": out / service.package / "_behaviour.py",
        "_facade.py.jinja": out / service.package / "_facade.py",
        "__init__.py.jinja": out / service.package / "__init__.py",
        "_cli.py.jinja": out / service.package / "_cli.py",
        "REFERENCE.md.jinja": out / REFERENCE_FILE,
    }
    for template, target in targets.items():
        target.write_text(env.get_template(template).render(context), encoding="utf-8")
    schemas = request_schemas(spec, described, context["constant_headers"], header(service))
    (out / service.package / REQUEST_SCHEMAS_FILE).write_text(dumps(schemas), encoding="utf-8")
    (out / service.package / "py.typed").write_text("")
    shutil.copyfile(config.ROOT / "LICENSE", out / "LICENSE")


def _stamp_headers(service: Service, package_dir: Path) -> None:
    line = f"# {header(service)}\n"
    for module in sorted(package_dir.rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        if not text.startswith(line):
            module.write_text(line + text, encoding="utf-8")


def _ruff(out: Path) -> None:
    _run([_tool("ruff"), "check", "--no-cache", "--fix-only", "--quiet", "--exit-zero", "."], cwd=out)
    _run([_tool("ruff"), "format", "--no-cache", "--quiet", "."], cwd=out)


def build(service: Service, out: Path) -> None:
    """Write the complete generated tree of ``service`` into the empty directory ``out``."""
    spec = load(service.spec)
    package_dir = out / service.package
    with tempfile.TemporaryDirectory(prefix="dbcloud-gen-") as tmp:
        _opc(service, spec, package_dir, Path(tmp))
    _pydantic(service, spec, package_dir)
    _own_files(service, spec, out)
    _stamp_headers(service, package_dir)
    _ruff(out)
    (out / HASH_FILE).write_text(inputs_hash(service) + "\n")


def simulator_spec(service: Service) -> bytes:
    """The spec and error table as the simulator package ships them (``dbcloud_simulator/specs/<key>.json``)."""
    errors = yaml.safe_load(service.errors.read_text(encoding="utf-8")) or {}
    doc = {"openapi": load(service.spec).doc, "errors": errors}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()


def lint_gate(service: Service) -> None:
    """Generation starts only from a spec lint accepts: a finding names file and JSON pointer, where a
    generator would crash with a traceback or write code that cannot import."""
    from .lint import Level, lint_service

    errors = [f for f in lint_service(service) if f.level is Level.ERROR]
    if errors:
        listed = "\n".join(f"  {f}" for f in errors)
        raise GenerationError(f"{service.key}: the spec has {len(errors)} lint error(s); nothing generated:\n{listed}")


def generate_all(services: Iterable[Service], force: bool = False) -> None:
    for service in services:
        lint_gate(service)
        service.simulator_spec.parent.mkdir(parents=True, exist_ok=True)
        service.simulator_spec.write_bytes(simulator_spec(service))
        stamp = service.client_dir / HASH_FILE
        fresh = stamp.is_file() and stamp.read_text().strip() == inputs_hash(service)
        if not force and fresh and reference_path(service).is_file():
            print(f"{service.key}: unchanged, skipped (use --force to regenerate)")
            continue
        with tempfile.TemporaryDirectory(prefix=f"dbcloud-{service.key}-") as tmp:
            staged = Path(tmp) / service.key
            staged.mkdir()
            build(service, staged)
            reference_path(service).parent.mkdir(parents=True, exist_ok=True)
            shutil.move(staged / REFERENCE_FILE, reference_path(service))
            if service.client_dir.exists():
                shutil.rmtree(service.client_dir)
            shutil.copytree(staged, service.client_dir)
        print(f"{service.key}: generated {sum(1 for _ in service.client_dir.rglob('*.py'))} modules")


def tree_digest(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under ``root`` (caches excluded), for the drift check."""
    skip = {"__pycache__", ".mypy_cache", ".ruff_cache"}
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not skip.intersection(p.parts)
    }


__all__ = [
    "REFERENCE_FILE",
    "GenerationError",
    "build",
    "generate_all",
    "inputs_hash",
    "reference_path",
    "simulator_spec",
    "tree_digest",
]
