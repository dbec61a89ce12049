"""Merge specs/<service>/skeleton.yaml + parts/*.yaml into one document and check it.

Used while chapters are transcribed in parallel; `--write` writes specs/<service>/openapi.yaml.
Usage: python scripts/merge_parts.py <service> [--write] [part.yaml ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent


def merge(service: str, parts: list[Path]) -> tuple[dict, list[str]]:
    problems: list[str] = []
    doc = yaml.safe_load((ROOT / "specs" / service / "skeleton.yaml").read_text())
    doc.setdefault("paths", {})
    doc.setdefault("x-errata", [])
    for part in parts:
        data = yaml.safe_load(part.read_text()) or {}
        for path, item in (data.get("paths") or {}).items():
            if path in doc["paths"]:
                for method, op in item.items():
                    if method in doc["paths"][path]:
                        problems.append(f"{part.name}: duplicate {method.upper()} {path}")
                    doc["paths"][path][method] = op
            else:
                doc["paths"][path] = item
        for section, entries in (data.get("components") or {}).items():
            target = doc.setdefault("components", {}).setdefault(section, {})
            for name, value in (entries or {}).items():
                if name in target and target[name] != value:
                    problems.append(f"{part.name}: components/{section}/{name} conflicts with an earlier definition")
                target[name] = value
        doc["x-errata"].extend(data.get("x-errata") or [])
        for tag in data.get("tags") or []:
            if tag["name"] not in {t["name"] for t in doc.setdefault("tags", [])}:
                doc["tags"].append(tag)
    return doc, problems


def check(doc: dict) -> list[str]:
    problems: list[str] = []
    try:
        validate(doc)
    except Exception as exc:  # report and continue with the house checks
        problems.append(f"openapi-spec-validator: {str(exc)[:600]}")
    registry = Registry().with_resource(
        "urn:spec",
        Resource.from_contents(doc, default_specification=__import__("referencing.jsonschema").jsonschema.DRAFT202012),
    )

    def validator(schema: dict) -> Draft202012Validator:
        return (
            Draft202012Validator({"$ref": "urn:spec#" + schema}, registry=registry)
            if isinstance(schema, str)
            else Draft202012Validator(schema, registry=registry)
        )

    def schema_of(node: dict) -> dict:
        s = node.get("schema", {})
        if "$ref" in s and s["$ref"].startswith("#"):
            return {"$ref": "urn:spec" + s["$ref"]}
        return _rebase(s)

    ops = 0
    seen: set[str] = set()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in {"get", "put", "post", "delete", "patch", "head"}:
                continue
            ops += 1
            where = f"/paths/{path.replace('/', '~1')}/{method}"
            oid = op.get("operationId", "")
            if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", oid):
                problems.append(f"{where}: operationId {oid!r} is not snake_case")
            if oid in seen:
                problems.append(f"{where}: duplicate operationId {oid}")
            seen.add(oid)
            if "x-source" not in op:
                problems.append(f"{where}: no x-source")
            media = []
            if "requestBody" in op:
                media += [("requestBody", m) for m in op["requestBody"].get("content", {}).values()]
            for code, resp in op.get("responses", {}).items():
                if "$ref" in resp:
                    continue
                media += [(f"responses/{code}", m) for m in resp.get("content", {}).values()]
            for label, m in media:
                v = validator(schema_of(m)) if False else Draft202012Validator(schema_of(m), registry=registry)
                for name, ex in (m.get("examples") or {}).items():
                    for err in v.iter_errors(ex.get("value")):
                        problems.append(
                            f"{where}/{label} example {name}: {err.message[:200]} at {list(err.absolute_path)}"
                        )
            for prm in op.get("parameters", []):
                if "$ref" in prm:
                    continue
                if "example" in prm:
                    for err in Draft202012Validator(schema_of(prm), registry=registry).iter_errors(prm["example"]):
                        problems.append(f"{where} parameter {prm['name']} example: {err.message[:200]}")
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        _walk_schema(schema, f"/components/schemas/{name}", problems)
    for i, e in enumerate(doc.get("x-errata", [])):
        if set(e) != {"where", "reference_says", "spec_says", "why"}:
            problems.append(f"/x-errata/{i}: keys must be where, reference_says, spec_says, why (got {sorted(e)})")
    _check_refs(doc, doc, "", problems)
    print(
        f"{ops} operations, {len(doc.get('components', {}).get('schemas', {}))} schemas, {len(doc.get('x-errata', []))} errata"
    )
    return problems


def _rebase(node):
    if isinstance(node, dict):
        return {
            k: ("urn:spec" + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def _walk_schema(schema: dict, where: str, problems: list[str]) -> None:
    if not isinstance(schema, dict):
        return
    props = schema.get("properties") or {}
    for r in schema.get("required", []):
        if props and r not in props:
            problems.append(f"{where}: required {r!r} not in properties")
    t = schema.get("type")
    if (
        t == "object"
        and not props
        and "additionalProperties" not in schema
        and not any(k in schema for k in ("allOf", "oneOf", "anyOf", "$ref"))
    ):
        problems.append(f"{where}: object without properties (declare additionalProperties for a free-form map)")
    for k, v in props.items():
        _walk_schema(v, f"{where}/properties/{k}", problems)
    if isinstance(schema.get("items"), dict):
        _walk_schema(schema["items"], f"{where}/items", problems)
    for key in ("allOf", "oneOf", "anyOf"):
        for i, sub in enumerate(schema.get(key, [])):
            _walk_schema(sub, f"{where}/{key}/{i}", problems)


def _check_refs(doc, node, where, problems):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            cur = doc
            for tok in ref.lstrip("#/").split("/"):
                tok = tok.replace("~1", "/").replace("~0", "~")
                if not isinstance(cur, dict) or tok not in cur:
                    problems.append(f"{where}: unresolved $ref {ref}")
                    break
                cur = cur[tok]
        for k, v in node.items():
            _check_refs(doc, v, f"{where}/{k}", problems)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _check_refs(doc, v, f"{where}/{i}", problems)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    service, given = args[0], [Path(a) for a in args[1:]]
    parts = given or sorted((ROOT / "specs" / service / "parts").glob("*.yaml"))
    doc, problems = merge(service, parts)
    problems += check(doc)
    for p in problems:
        print("PROBLEM", p)
    if "--write" in sys.argv and not problems:
        out = ROOT / "specs" / service / "openapi.yaml"
        out.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100))
        print("wrote", out)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
