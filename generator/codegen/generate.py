"""Generate ``clients/<service>/`` from ``specs/<service>/``.

Pipeline per service, each step a pinned tool run from this interpreter's venv:
1. openapi-python-client (``--fail-on-warning``, our template overrides) -> the attrs package;
2. datamodel-code-generator (pydantic v2, constraints enforced) -> ``schemas.py``;
3. our own templates -> ``pyproject.toml``, ``README.md``, ``_behaviour.py``, ``py.typed``;
4. one header line on every generated module, then ruff (fix + format) for stable output.
The tree is built in a temporary directory and swapped in whole, so a failure leaves clients/ as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import pprint
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import jinja2
import yaml
from openapi_python_client import Project

from dbcloud_core import options as _options
from dbcloud_core.options import OPTION_IMPORTS

from .. import config
from ..config import Service
from ..model import ModelError, ServiceModel, describe_errors
from ..model import build as build_model
from ..naming import pascal
from ..spec import Spec, is_secret, load
from .cli_table import command, kebab, waiter_commands
from .facade import client_options, describe, paginators, waiters
from .reference import FILTERS, MAX_CODES_INLINE, operation_rows
from .request_schemas import FILE_NAME as REQUEST_SCHEMAS_FILE
from .request_schemas import dumps, request_schemas

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


def _start(args: list[str], cwd: Path | None = None) -> subprocess.Popen[str]:
    """Start a tool; it runs beside the in-process steps until `_finish`."""
    return subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen[str]) -> None:
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        args = [str(a) for a in proc.args] if isinstance(proc.args, list) else [str(proc.args)]
        raise GenerationError(f"{' '.join(args[:3])} ... failed ({proc.returncode}):\n{stdout}\n{stderr}")


def _run(args: list[str], cwd: Path | None = None) -> None:
    _finish(_start(args, cwd))


def _tool(name: str) -> str:
    return str(Path(config.PYTHON).parent / name)


def header(service: Service) -> str:
    return f"Generated from specs/{service.key}/openapi.yaml by `make generate`; do not edit."


def inputs_hash(service: Service) -> str:
    """Content hash of everything the output depends on: specs, templates, generator code, pins."""
    digest = hashlib.sha256()
    files = [service.spec, service.errors, config.ROOT / "constraints.txt", config.ROOT / "LICENSE"]
    # the base (config, spec, naming, model) and this package: what a generated file can depend on
    files += sorted(config.TEMPLATES.rglob("*")) + sorted(Path(__file__).parent.parent.glob("*.py"))
    files += [*sorted(Path(__file__).parent.glob("*.py")), OPTIONS_FILE]
    files += sorted((Path(__file__).parent.parent / "lint").glob("*.py"))  # the gate a skipped service passed
    for file in files:
        if file.is_file():
            digest.update(file.relative_to(config.ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _opc(model: ServiceModel, package_dir: Path) -> None:
    """Write the models and operation modules from the model's own parse (opc's ``Project``, our template overrides)."""
    project = Project(
        openapi=model.opc,
        config=attrs.evolve(model.opc_config, output_path=package_dir),
        custom_template_path=config.TEMPLATES / "opc",
    )
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:  # --fail-on-warning; parse problems stopped the model already, these are the writer's
        raise GenerationError(f"{model.service.key}: openapi-python-client failed:\n{describe_errors(problems)}")


def _pydantic(service: Service, spec: Spec, folder: Path) -> subprocess.Popen[str]:
    """Start datamodel-code-generator on the raw spec (defaults kept: they validate) -> ``schemas.py``.

    Its own formatting is the builtin one: the pinned ruff formats every file afterwards, and black +
    isort on top gave the same bytes in twice the time."""
    return _start(
        [
            _tool("datamodel-codegen"),
            "--input",
            str(spec.file),
            "--input-file-type",
            "openapi",
            "--output",
            str(folder / "schemas.py"),
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
            "--formatters",
            "builtin",
        ]
    )


def _pyrepr(value: Any) -> str:
    return pprint.pformat(value, width=100, sort_dicts=True)


def _sensitive_fields(spec: Spec) -> list[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if is_secret(prop):
                    found.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec.doc)
    return sorted(found)


def _own_files(model: ServiceModel, out: Path) -> None:
    service, spec = model.service, model.spec
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
    errors = model.errors
    described = describe(model)
    waiter_methods = waiters(model, described)
    paginator_methods = paginators(model, described)
    spec_ops = {op.operation_id: op.raw for op in model.operations}
    cli_commands = {kebab(op["operation_id"]): command(spec, op, spec_ops[op["operation_id"]]) for op in described}
    cli_waiters = waiter_commands(cli_commands, waiter_methods)
    x_waiters = model.waiters
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
        "client_options": client_options(model.servers, model.security_schemes),
        "option_imports": OPTION_IMPORTS,
        "paginators": paginator_methods,
        "waiters_table": x_waiters,
        "paginators_table": {
            p["operation_id"]: {"pagination": p["table"], "item_model": p["item_model"]} for p in paginator_methods
        },
        "operations_table": {
            op["operation_id"]: {
                k: op[k] for k in ("method", "path", "tag", "idempotent", "request_schema", "required", "enums")
            }
            for op in described
        },
        "servers": model.servers,
        "security_schemes": model.security_schemes,
        "sensitive": _sensitive_fields(spec),
        "constant_headers": model.constant_headers,
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
    schemas = request_schemas(model, header(service))
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
    try:
        model = build_model(service, spec)
    except ModelError as exc:
        raise GenerationError(str(exc)) from exc
    package_dir = out / service.package
    # A second process while this one writes the rest; into a folder of its own, because
    # datamodel-code-generator reads formatting settings from a pyproject.toml above its output.
    with tempfile.TemporaryDirectory(prefix="dbcloud-schemas-") as aside:
        pydantic = _pydantic(service, spec, Path(aside))
        try:
            _opc(model, package_dir)
            _own_files(model, out)
        except BaseException:
            pydantic.kill()
            pydantic.communicate()
            raise
        _finish(pydantic)
        shutil.move(Path(aside) / "schemas.py", package_dir / "schemas.py")
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
    from ..lint import Level, lint_service

    errors = [f for f in lint_service(service) if f.level is Level.ERROR]
    if errors:
        listed = "\n".join(f"  {f}" for f in errors)
        raise GenerationError(f"{service.key}: the spec has {len(errors)} lint error(s); nothing generated:\n{listed}")


def generate_all(services: Iterable[Service], force: bool = False) -> None:
    for service in services:
        stamp = service.client_dir / HASH_FILE
        fresh = stamp.is_file() and stamp.read_text().strip() == inputs_hash(service)
        skip = not force and fresh and reference_path(service).is_file()
        if not skip:  # a skipped service's stamp hashes every input, the lint rules too: they passed the gate
            lint_gate(service)
        service.simulator_spec.parent.mkdir(parents=True, exist_ok=True)
        service.simulator_spec.write_bytes(simulator_spec(service))
        if skip:
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
