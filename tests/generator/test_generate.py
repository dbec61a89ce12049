"""Every operation has a generated function; generation is deterministic; clients/ has no drift."""

from __future__ import annotations

import ast
import inspect
import shutil
from pathlib import Path

import pytest

from generator.codegen.check import check
from generator.codegen.generate import HASH_FILE, REFERENCE_FILE, build, reference_path, tree_digest
from generator.config import Service
from tests.support import SERVICE_IDS, SERVICES, operation_module, operations, package

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_operation_has_its_four_functions(service: Service) -> None:
    missing = []
    for path, method, operation_id, op in operations(service):
        module = operation_module(service, op["tags"][0], operation_id)
        for name in FUNCTIONS:
            func = getattr(module, name, None)
            if not callable(func):
                missing.append(f"{operation_id}.{name}")
        assert module._get_kwargs.__module__ == module.__name__
        doc = inspect.getsource(module)
        assert f'"method": "{method}"' in doc, f"{operation_id}: method {method} not in {module.__name__}"
        assert path.split("{")[0].rstrip("/") in doc, f"{operation_id}: path {path} not in {module.__name__}"
    assert missing == []


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_no_extra_operation_modules(service: Service) -> None:
    api = Path(package(service).__file__).parent / "api"  # type: ignore[arg-type]
    generated = {p.stem for p in api.rglob("*.py") if p.stem != "__init__"}
    assert generated == {operation_id for _, _, operation_id, _ in operations(service)}


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_generated_modules_carry_the_header_and_no_timestamps(service: Service) -> None:
    root = Path(package(service).__file__).parent  # type: ignore[arg-type]
    header = f"# Generated from specs/{service.key}/openapi.yaml by `make generate`; do not edit."
    for module in root.rglob("*.py"):
        text = module.read_text()
        assert text.startswith(header), module
        ast.parse(text)
        for marker in ("timestamp:", "generated at", "/work/", "/tmp/"):
            assert marker not in text.lower(), (module, marker)


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_generation_is_deterministic_and_matches_clients(service: Service, tmp_path: Path) -> None:
    # Two builds, not three: this one, and the one check() makes afresh. Both equal to clients/ (and
    # the published API reference) means equal to each other.
    build(service, tmp_path)
    assert (tmp_path / HASH_FILE).is_file()
    assert check([service]) == [], "clients/ drifted from the spec: run `make generate` and commit"
    built, committed = tree_digest(tmp_path), tree_digest(service.client_dir)
    built.pop(REFERENCE_FILE)
    committed.pop(REFERENCE_FILE, None)  # a staged build's; the published one is compared below
    assert built == committed, "two builds of the same spec differ: generation is not deterministic"
    assert (tmp_path / REFERENCE_FILE).read_bytes() == reference_path(service).read_bytes()


def test_check_reports_every_differing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import config

    service = SERVICES[0]
    copy = tmp_path / service.key
    # clients/ as committed (the test above shows it equals a build): check() makes the only build here
    shutil.copytree(service.client_dir, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "README.md").write_text("edited by hand\n")
    (copy / "stray.py").write_text("")
    (copy / service.package / "py.typed").unlink()
    monkeypatch.setattr(config, "CLIENTS", tmp_path)
    published = tmp_path / "docs" / "reference" / f"{service.key}.md"  # the API reference, published beside
    published.parent.mkdir(parents=True)
    published.write_text("edited by hand\n")
    monkeypatch.setattr("generator.codegen.check.reference_path", lambda _service: published)
    lines = check([service])
    assert sorted(line.split()[0] for line in lines) == ["changed", "changed", "missing", "unexpected"]
    assert f"changed     docs/reference/{service.key}.md" in lines
    assert any(line.endswith(f"clients/{service.key}/README.md") for line in lines)
