"""The specs are lint-clean, and bad specs give findings that name the file and the JSON pointer."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Service, all_services
from generator.lint import Level, lint_file, lint_service
from generator.spec import load

SPECS = all_services()


@pytest.mark.parametrize("service", SPECS, ids=[s.key for s in SPECS])
def test_spec_is_lint_clean(service: Service) -> None:
    findings = lint_service(service)
    assert [str(f) for f in findings if f.level is Level.ERROR] == []


@pytest.mark.parametrize("service", SPECS, ids=[s.key for s in SPECS])
def test_every_operation_has_x_source_and_an_error_table(service: Service) -> None:
    spec = load(service.spec)
    ops = list(spec.operations())
    assert ops
    assert all(op.get("x-source", {}).get("section") for *_, op in ops)
    errors = yaml.safe_load(service.errors.read_text())["errors"]
    # EPAS's reference publishes no error-code table (see specs/epas/errors.yaml).
    assert len(errors) >= {"dws": 100, "ddm": 100}.get(service.key, 0)
    assert all(400 <= e["status"] <= 599 for e in errors)


def _dws() -> dict[str, Any]:
    return copy.deepcopy(load(Service("dws").spec).doc)


def _lint(tmp_path: Path, doc: dict[str, Any] | str) -> list[str]:
    file = tmp_path / "openapi.yaml"
    file.write_text(doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False))
    return [str(f) for f in lint_file(file)]


def test_broken_ref_is_named_with_file_and_pointer(tmp_path: Path) -> None:
    doc = _dws()
    doc["components"]["schemas"]["CreateClusterInfo"]["properties"]["public_ip"] = {"$ref": "#/components/schemas/Nope"}
    findings = _lint(tmp_path, doc)
    expected = "openapi.yaml#/components/schemas/CreateClusterInfo/properties/public_ip/$ref: error [ref]"
    assert any(expected in f and "Nope" in f for f in findings), findings


def test_wrong_type_is_named_with_file_and_pointer(tmp_path: Path) -> None:
    doc = _dws()
    doc["components"]["schemas"]["CreateClusterInfo"]["properties"]["port"]["type"] = "int"
    findings = _lint(tmp_path, doc)
    expected = "openapi.yaml#/components/schemas/CreateClusterInfo/properties/port/type: error [openapi]"
    assert any(expected in f for f in findings), findings


def test_invalid_example_is_named_with_file_and_pointer(tmp_path: Path) -> None:
    doc = _dws()
    media = doc["paths"]["/v1.0/{project_id}/clusters"]["post"]["requestBody"]["content"]["application/json"]
    name, example = next(iter(media["examples"].items()))
    example["value"]["cluster"]["number_of_node"] = "three"
    findings = _lint(tmp_path, doc)
    pointer = f"/paths/~1v1.0~1{{project_id}}~1clusters/post/requestBody/content/application~1json/examples/{name}"
    assert any(f"openapi.yaml#{pointer}/value/cluster/number_of_node: error [example]" in f for f in findings), findings


def test_house_rules_each_report_their_pointer(tmp_path: Path) -> None:
    doc = _dws()
    op = doc["paths"]["/v1.0/{project_id}/clusters"]["post"]
    del op["x-source"]
    op["operationId"] = "CreateCluster"
    doc["components"]["schemas"]["Loose"] = {"type": "object"}
    doc["components"]["schemas"]["Req"] = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["b"]}
    doc["components"]["schemas"]["Either"] = {
        "oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "object"}]
    }
    doc["x-errata"].append({"where": "/paths/nowhere", "reference_says": "a", "spec_says": "b", "why": "c"})
    doc["x-made-up"] = True
    findings = "\n".join(_lint(tmp_path, doc))
    for expected in (
        "#/paths/~1v1.0~1{project_id}~1clusters/post: error [x-source]",
        "#/paths/~1v1.0~1{project_id}~1clusters/post/operationId: error [operation-id]",
        "#/components/schemas/Loose: error [object]",
        "#/components/schemas/Req/required/0: error [required]",
        "#/components/schemas/Either/oneOf/0: error [one-of]",
        f"#/x-errata/{len(doc['x-errata']) - 1}/where: error [errata]",
        "#/x-made-up: error [extension]",
    ):
        assert expected in findings


def test_unparseable_yaml_names_file_and_line(tmp_path: Path) -> None:
    findings = _lint(tmp_path, "openapi: 3.1.0\npaths: {\n  bad")
    assert len(findings) == 1 and "openapi.yaml:" in findings[0] and "[yaml]" in findings[0]


def test_cli_exits_non_zero_on_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import __main__ as cli
    from generator import config

    doc = _dws()
    doc["components"]["schemas"]["CreateClusterInfo"]["properties"]["port"]["type"] = "int"
    (tmp_path / "dws").mkdir()
    (tmp_path / "dws" / "openapi.yaml").write_text(yaml.safe_dump(doc))
    monkeypatch.setattr(config, "SPECS", tmp_path)
    assert cli.main(["lint", "dws"]) == 1
    assert "dws/openapi.yaml#/components/schemas/CreateClusterInfo/properties/port/type" in capsys.readouterr().out


def _ddm() -> dict[str, Any]:
    return copy.deepcopy(load(Service("ddm").spec).doc)


def _op(doc: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op for item in doc["paths"].values() for op in item.values() if op.get("operationId") == operation_id)


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        # a typo in an expected status would wait until the timeout: it is not in the enum
        (
            lambda d: d["x-waiters"]["ClusterAvailable"]["acceptors"][1].update(expected="CREATION_FAILED"),
            "#/x-waiters/ClusterAvailable/acceptors/1/expected: error [waiters] 'CREATION_FAILED' is not one of",
        ),
        (
            lambda d: d["x-waiters"]["ClusterAvailable"]["acceptors"][0].update(path="cluster.state"),
            "#/x-waiters/ClusterAvailable/acceptors/0/path: error [waiters] list_cluster_details replies have no",
        ),
        (
            lambda d: d["x-waiters"]["ClusterAvailable"].update(operation="show_cluster"),
            "#/x-waiters/ClusterAvailable/operation: error [waiters] no operation 'show_cluster'",
        ),
        (
            lambda d: d["x-waiters"]["ClusterAvailable"]["follows"].update(
                create_cluster={"cluster_id": "$response.body#/id"}
            ),
            "#/x-waiters/ClusterAvailable/follows/create_cluster/cluster_id: error [waiters] $response.body#/id",
        ),
        (
            lambda d: d["x-waiters"]["ClusterDeleted"]["follows"].update(delete_cluster={}),
            "#/x-waiters/ClusterDeleted/follows/delete_cluster: error [waiters] no value for ['cluster_id']",
        ),
        (
            lambda d: d["x-waiters"]["ClusterAvailable"].update(poll_every=3),
            "#/x-waiters/ClusterAvailable: error [extension]",
        ),
        (
            lambda d: _op(d, "create_cluster")["responses"]["200"]["links"]["GetCluster"]["parameters"].update(
                cluster_id="$response.body#/cluster/uuid"
            ),
            "links/GetCluster/parameters/cluster_id: error [links] $response.body#/cluster/uuid",
        ),
        (
            lambda d: _op(d, "create_cluster")["responses"]["200"]["links"]["GetCluster"].update(operationId="nope"),
            "links/GetCluster/operationId: error [links] no operation 'nope'",
        ),
    ],
    ids=["enum", "path", "operation", "follows-expression", "follows-missing", "unknown-key", "link-expr", "link-op"],
)
def test_behaviour_declarations_are_checked_against_the_spec(tmp_path: Path, breakage: Any, expected: str) -> None:
    doc = _dws()
    breakage(doc)
    findings = _lint(tmp_path, doc)
    assert any(expected in f for f in findings), findings


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"items": "/total_record"}, "x-pagination/items: error [pagination] '/total_record' is not a(n) array"),
        ({"total": "/instances"}, "x-pagination/total: error [pagination] '/instances' is not a(n) integer"),
        ({"items": "/nodes"}, "x-pagination/items: error [pagination] replies have no '/nodes'"),
        ({"offset_param": "start"}, "x-pagination: error [pagination] no query parameter 'start' (offset_param)"),
    ],
)
def test_pagination_is_checked_against_the_operation(tmp_path: Path, change: dict[str, Any], expected: str) -> None:
    doc = _ddm()
    _op(doc, "list_instances")["x-pagination"].update(change)
    findings = _lint(tmp_path, doc)
    assert any(expected in f for f in findings), findings


def test_errata_paths_inside_an_operation_resolve(tmp_path: Path) -> None:
    doc = _dws()
    good = [
        "list_clusters/parameters/datastoreType",
        "list_cluster_details/responses/200/examples/getting_started",
        "create_cluster/requestBody/examples/getting_started",
        "list_cluster_details/responses/200/content/application~1json/examples/getting_started",
    ]
    bad = ["list_clusters/parameters/nope", "list_cluster_details/responses/200/examples/nope", "list_clusters/x"]
    first = len(doc["x-errata"])
    for where in good + bad:
        doc["x-errata"].append({"where": where, "reference_says": "a", "spec_says": "b", "why": "c"})
    findings = [f for f in _lint(tmp_path, doc) if "[errata]" in f]
    flagged = sorted(int(f.split("#/x-errata/")[1].split("/")[0]) - first for f in findings)
    assert flagged == list(range(len(good), len(good) + len(bad))), findings
