"""Every generation hazard is a lint finding naming file and JSON pointer (never a traceback), and
`generate` runs the lint first: one small bad spec per hazard."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from dbcloud_core.base_client import AsyncAPIClient, SyncAPIClient
from generator import config
from generator.codegen.generate import GenerationError, lint_gate
from generator.config import Service
from generator.lint import lint_file
from generator.naming import FACADE_RESERVED
from generator.spec import MAX_DEPTH, load

CLUSTERS = "/paths/~1v1.0~1{project_id}~1clusters"


def _dws() -> dict[str, Any]:
    return copy.deepcopy(load(Service("dws").spec).doc)


def _lint(tmp_path: Path, doc: dict[str, Any] | str | bytes) -> list[str]:
    file = tmp_path / "openapi.yaml"
    if isinstance(doc, bytes):
        file.write_bytes(doc)
    else:
        file.write_text(doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    return [str(f) for f in lint_file(file)]


def _op(doc: dict[str, Any], method: str = "get") -> dict[str, Any]:
    return doc["paths"]["/v1.0/{project_id}/clusters"][method]  # type: ignore[no-any-return]


def _set_op_id(value: str) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        _op(doc)["operationId"] = value

    return mutate


def _schema(name: str, body: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"][name] = body

    return mutate


def _property(name: str) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["CreateClusterInfo"]["properties"][name] = {"type": "string"}

    return mutate


def _tag(value: str) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        _op(doc)["tags"] = [value]

    return mutate


HAZARDS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "operation-id-keyword-class": (_set_op_id("class"), f"{CLUSTERS}/get/operationId: error [python-name]"),
    "operation-id-keyword-import": (_set_op_id("import"), f"{CLUSTERS}/get/operationId: error [python-name]"),
    "tag-keyword": (_tag("class"), f"{CLUSTERS}/get/tags/0: error [python-name]"),
    "tag-import": (_tag("import"), f"{CLUSTERS}/get/tags/0: error [python-name]"),
    "schema-UNSET": (_schema("UNSET", {"type": "string"}), "/components/schemas/UNSET: error [python-name]"),
    "schema-collision": (
        lambda doc: (_schema("thing_x", {"type": "string"})(doc), _schema("ThingX", {"type": "string"})(doc)),
        "/components/schemas/ThingX: error [python-name]",
    ),
    "property-to_dict": (_property("to_dict"), "/properties/to_dict: error [python-name]"),
    "property-from_dict": (_property("from_dict"), "/properties/from_dict: error [python-name]"),
    "property-additional_properties": (
        _property("additional_properties"),
        "/properties/additional_properties: error [python-name]",
    ),
    "property-collision": (
        lambda doc: (_property("availabilityZone")(doc), _property("availability_zone")(doc)),
        "error [python-name] property",
    ),
    "enum-member-collision": (
        _schema("Arch", {"type": "string", "enum": ["x86-64", "x86_64"]}),
        "/components/schemas/Arch/enum: error [python-name]",
    ),
}
HAZARDS |= {
    f"operation-id-{name}": (_set_op_id(name), f"{CLUSTERS}/get/operationId: error [python-name]")
    for name in ("call", "close", "wait", "paginate", "with_options")
}


@pytest.mark.parametrize("hazard", sorted(HAZARDS))
def test_each_generation_hazard_is_a_finding_with_file_and_pointer(tmp_path: Path, hazard: str) -> None:
    mutate, expected = HAZARDS[hazard]
    doc = _dws()
    mutate(doc)
    findings = _lint(tmp_path, doc)
    assert any("openapi.yaml#" in f and expected in f for f in findings), findings


def test_duplicate_yaml_keys_are_refused_not_shadowed(tmp_path: Path) -> None:
    text = yaml.safe_dump(_dws(), sort_keys=False)
    path_line = "  /v1.0/{project_id}/clusters:\n"
    assert path_line in text
    # the same path twice: YAML would keep only the second, and its operations would vanish silently
    twin = "  /v1.0/{project_id}/clusters:\n    get:\n      operationId: shadow\n"
    text = text.replace("paths:\n", "paths:\n" + twin, 1)
    findings = _lint(tmp_path, text)
    assert len(findings) == 1 and "error [yaml]" in findings[0], findings
    assert "duplicate key '/v1.0/{project_id}/clusters'" in findings[0]
    assert "openapi.yaml:" in findings[0]  # file:line:column of the second occurrence


def test_a_non_utf8_file_is_a_finding(tmp_path: Path) -> None:
    findings = _lint(tmp_path, "openapi: 3.1.0\ninfo: {title: caf\xe9}\n".encode("latin-1"))
    assert len(findings) == 1 and "not UTF-8" in findings[0] and "error [yaml]" in findings[0], findings


def test_a_3000_level_nested_schema_is_a_finding(tmp_path: Path) -> None:
    deep = "x: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n"
    findings = _lint(tmp_path, deep)
    assert len(findings) == 1 and f"nested deeper than {MAX_DEPTH}" in findings[0], findings


def test_the_reserved_facade_names_are_the_runtime_clients_public_attributes() -> None:
    """An operationId may not take a name the runtime's clients use: the list in generator.naming is
    checked against the classes themselves, so a new runtime method cannot be forgotten."""
    public = {n for cls in (SyncAPIClient, AsyncAPIClient) for n in dir(cls) if not n.startswith("_")}
    attributes = {"base_url", "headers", "project_id", "retry", "strict", "timeout", "verify"}  # set in __init__
    assert public | attributes <= FACADE_RESERVED


def test_generate_runs_lint_first_and_stops_with_its_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _dws()
    _set_op_id("close")(doc)
    (tmp_path / "dws").mkdir()
    (tmp_path / "dws" / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    (tmp_path / "dws" / "errors.yaml").write_bytes(Service("dws").errors.read_bytes())
    monkeypatch.setattr(config, "SPECS", tmp_path)
    with pytest.raises(GenerationError) as raised:
        lint_gate(Service("dws"))
    assert "nothing generated" in str(raised.value)
    assert f"openapi.yaml#{CLUSTERS}/get/operationId" in str(raised.value)
