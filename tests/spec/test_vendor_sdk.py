"""The specs against the official Huawei SDK models (huaweicloudsdkdws / huaweicloudsdkddm, pinned): every
member the SDK models of an operation define is in the spec, except the listed gaps, and every member
marked ``x-source: vendor-sdk`` really is one of them. The lint side of the mark is tested too."""

from __future__ import annotations

import copy
import importlib
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Service
from generator.lint import lint_file
from generator.naming import pascal, pointer
from generator.spec import Spec, load

SDK_MODULES = {"dws": "huaweicloudsdkdws.v2", "ddm": "huaweicloudsdkddm.v1"}
_SCHEMAS = "/components/schemas/"

# SDK members deliberately not in the spec, each explained in the spec's x-errata.
KNOWN_GAPS = {
    "dws": {
        "create_cluster request/cluster/tags",  # SDK: one Tags object; replies carry a list
        "delete_snapshot response/job_id",  # the references document the 202 without a body
        "delete_snapshot response/error_code",
        "delete_snapshot response/error_msg",
    },
    "ddm": set(),
}


def _sdk_class(module: Any, name: str) -> Any:
    return getattr(module, name, None)


class _Walk:
    """Walks each operation's SDK request/response model beside the spec schema it corresponds to."""

    def __init__(self, spec: Spec, module: Any) -> None:
        self.spec, self.module = spec, module
        self.missing: set[str] = set()
        self.matched: set[str] = set()  # spec pointers of component-schema properties the SDK also has
        self._seen: set[tuple[str, str]] = set()

    def _object(self, node: Any) -> tuple[str | None, dict[str, Any]]:
        """(component pointer, schema) behind refs, array items and a nullable anyOf."""
        at = None
        while isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                at = node["$ref"][1:]
                node = self.spec.resolve(node["$ref"])
            elif "items" in node:
                node = node["items"]
            elif node.get("anyOf"):
                node = next(s for s in node["anyOf"] if s.get("type") != "null")
            else:
                return at, node
        return at, {}

    def compare(self, cls: Any, node: Any, label: str) -> None:
        at, schema = self._object(node)
        if cls is None or (cls.__name__, label) in self._seen:
            return
        self._seen.add((cls.__name__, label))
        props = schema.get("properties") or {}
        for attr, typ in cls.openapi_types.items():
            wire = cls.attribute_map[attr]
            if wire not in props:
                self.missing.add(f"{label}/{wire}")
                continue
            if at:
                self.matched.add(at + pointer("properties", wire))
            inner = re.fullmatch(r"(?:list\[)?([A-Z]\w*)\]?", typ)
            if inner:
                self.compare(_sdk_class(self.module, inner.group(1)), props[wire], f"{label}/{wire}")

    def operation(self, operation_id: str, op: dict[str, Any]) -> None:
        base = pascal(operation_id)
        response, request = (_sdk_class(self.module, base + kind) for kind in ("Response", "Request"))
        ok = next((r for _, r in self.spec.success_responses(op)), {})
        body = self.spec.json_media(ok)
        members = set(response.openapi_types) - {"body"} if response is not None else set()  # body: raw reply
        if members and body:
            self.compare(response, body["schema"], f"{operation_id} response")
        elif members:
            self.missing |= {f"{operation_id} response/{a}" for a in members}
        if request is None:
            return
        params = {self.spec.deref(p).get("name") for p in op.get("parameters", [])}
        req_body = self.spec.json_media(op.get("requestBody"))
        for attr, typ in request.openapi_types.items():
            if attr == "body" and req_body:
                self.compare(_sdk_class(self.module, typ), req_body["schema"], f"{operation_id} request")
            elif attr == "body" or request.attribute_map[attr] not in params:
                self.missing.add(f"{operation_id} parameter/{request.attribute_map[attr]}")


def _walk(key: str) -> tuple[Spec, _Walk]:
    spec = load(Service(key).spec)
    walk = _Walk(spec, importlib.import_module(SDK_MODULES[key]))
    for _, _, _, op in spec.operations():
        walk.operation(op["operationId"], op)
    return spec, walk


def _marked(spec: Spec) -> set[str]:
    """Pointers of every member the spec marks vendor-sdk (its own mark or its schema's)."""
    found = set()
    for name, schema in spec.doc["components"]["schemas"].items():
        whole = schema.get("x-source") == "vendor-sdk"
        for member, prop in (schema.get("properties") or {}).items():
            if whole or prop.get("x-source") == "vendor-sdk":
                found.add(_SCHEMAS + name + pointer("properties", member))
    return found


@pytest.mark.parametrize("key", sorted(SDK_MODULES))
def test_every_sdk_member_is_in_the_spec_or_a_listed_gap(key: str) -> None:
    _, walk = _walk(key)
    assert walk.matched, "the walk matched nothing: the SDK module layout changed"
    assert walk.missing == KNOWN_GAPS[key]


@pytest.mark.parametrize("key", sorted(SDK_MODULES))
def test_every_vendor_sdk_mark_names_a_member_the_sdk_defines(key: str) -> None:
    spec, walk = _walk(key)
    assert _marked(spec) - walk.matched == set()


def test_dws_vendor_sdk_members_are_counted() -> None:
    spec, _ = _walk("dws")
    assert len(_marked(spec)) == 101  # the count the closing x-errata entry states


def _lint(tmp_path: Path, doc: dict[str, Any]) -> list[str]:
    file = tmp_path / "openapi.yaml"
    file.write_text(yaml.safe_dump(doc, sort_keys=False))
    return [str(f) for f in lint_file(file) if "[vendor-sdk]" in str(f) or "[x-source]" in str(f)]


def _unmark(doc: dict[str, Any]) -> None:
    del doc["components"]["schemas"]["ClusterInfo"]["properties"]["nodes"]["x-source"]


def _require(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["ClusterDetail"].setdefault("required", []).append("order_id")


def _undescribe(doc: dict[str, Any]) -> None:
    del doc["components"]["schemas"]["ClusterDetail"]["properties"]["order_id"]["description"]


def _unrecord(doc: dict[str, Any]) -> None:
    doc["x-errata"] = [e for e in doc["x-errata"] if "/components/schemas/Nodes" not in e["where"]]


def _on_operation(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1.0/{project_id}/clusters"]["get"]["x-source"] = "vendor-sdk"


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (_unmark, "ClusterInfo/properties/nodes: error [vendor-sdk] typed by the SDK-only schema Nodes"),
        (_require, "ClusterDetail/properties/order_id: error [vendor-sdk] a member only the SDK defines cannot be"),
        (_undescribe, "ClusterDetail/properties/order_id: error [vendor-sdk] say what the member is"),
        (_unrecord, "schemas/Nodes: error [vendor-sdk] holds members only the vendor SDK defines"),
        (_on_operation, "clusters/get/x-source: error [vendor-sdk] x-source: vendor-sdk belongs on a component"),
    ],
    ids=["unmarked", "required", "undescribed", "unrecorded", "on-operation"],
)
def test_lint_keeps_the_vendor_sdk_mark_true(tmp_path: Path, breakage: Any, expected: str) -> None:
    doc = copy.deepcopy(load(Service("dws").spec).doc)
    assert _lint(tmp_path, doc) == []
    breakage(doc)
    findings = _lint(tmp_path, doc)
    assert any(expected in f for f in findings), findings
