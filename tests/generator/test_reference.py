"""The generated API reference (docs/reference/<service>.md): every operation, waiter and paginator
is there, and every Python and shell example is accepted by the real client and the real CLI parser."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import shlex

import click
import pytest

from dbcloud_core.cli import cli
from generator.codegen.generate import reference_path
from generator.model import constant_headers
from tests.support import SERVICE_IDS, SERVICES, spec_of


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_operation_waiter_and_paginator_is_documented(service) -> None:  # type: ignore[no-untyped-def]
    text = reference_path(service).read_text(encoding="utf-8")
    spec = spec_of(service)
    for _, path, method, op in spec.operations():
        section = text.split(f"\n## {op['operationId']}\n", 1)[1].split("\n## ", 1)[0]
        assert f"`{method.upper()} {path}`" in section
        for raw in op.get("parameters") or []:
            param = spec.deref(raw)
            if param["name"] in constant_headers(spec):  # sent by the runtime, said once at the top
                assert f"`{param['name']}: {param['schema']['default']}`" in text
                continue
            for value in [v for v in (param.get("schema") or {}).get("enum") or [] if v is not None]:
                assert f"`{value}`" in section, (op["operationId"], param["name"], value)
        assert ("**Paginator:**" in section) == bool(op.get("x-pagination")), op["operationId"]
        assert "**Replies:**" in section
    for name in spec.doc.get("x-waiters") or {}:
        assert f"></a>{name}\n" in text


def _python_calls(service, code: str) -> list[tuple[str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    calls = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if isinstance(node.func.value, ast.Name) and node.func.value.id == service.key:
                calls.append((node.func.attr, {k.arg: None for k in node.keywords if k.arg}))
    return calls


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_python_examples_bind_to_the_facade(service) -> None:  # type: ignore[no-untyped-def]
    text = reference_path(service).read_text(encoding="utf-8")
    client = getattr(importlib.import_module(service.package), f"{service.key.capitalize()}Client")
    models = importlib.import_module(f"{service.package}.models")
    seen = 0
    for code in _blocks(text, "python"):
        for name in re.findall(r"\b([A-Z]\w+)\.from_dict\(", code):
            assert hasattr(models, name), name
        for method, kwargs in _python_calls(service, code):
            inspect.signature(getattr(client, method)).bind(None, **kwargs)  # raises on a wrong keyword
            seen += 1
    operations = sum(1 for _ in spec_of(service).operations())
    assert seen == operations + len(spec_of(service).doc.get("x-waiters") or {})


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_shell_examples_parse_with_the_cli(service) -> None:  # type: ignore[no-untyped-def]
    text = reference_path(service).read_text(encoding="utf-8")
    examples = [line for block in _blocks(text, "sh") for line in block.splitlines() if line.startswith("dbcloud ")]
    assert len(examples) == sum(1 for _ in spec_of(service).operations()) + len(
        spec_of(service).doc.get("x-waiters") or {}
    )
    for example in examples:
        args = shlex.split(example)[1:]
        ctx = cli.make_context("dbcloud", args)
        command: click.Command = cli
        while isinstance(command, click.Group):  # resolve and parse each level, as click would
            _, sub, rest = command.resolve_command(ctx, [*ctx._protected_args, *ctx.args])
            assert sub is not None, example
            command, ctx = sub, sub.make_context(sub.name or "", rest, parent=ctx)
        assert not ctx.args, example


def _slug(heading: str) -> str:
    """GitHub's anchor of a Markdown heading: lower case, punctuation but ``-``/``_`` dropped, spaces to ``-``."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_link_inside_the_reference_resolves(service) -> None:  # type: ignore[no-untyped-def]
    text = reference_path(service).read_text(encoding="utf-8")
    anchors = {_slug(h) for h in re.findall(r"^#{2,3} ([^<\n]+)$", text, re.M)}
    anchors |= set(re.findall(r'<a id="([^"]+)"></a>', text))
    links = set(re.findall(r"\]\(#([^)]+)\)", text))
    assert links and not links - anchors
