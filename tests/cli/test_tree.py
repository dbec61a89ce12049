"""Every operation, waiter and paginator of the three specs is reachable from ``dbcloud``, with the
spec's descriptions, enums and defaults in its ``--help``."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from dbcloud_core.cli import cli
from dbcloud_core.cli._services import available
from generator.codegen.cli_table import kebab
from tests.support import SERVICE_IDS, SERVICES, spec_of


def _help(*argv: str) -> str:
    result = CliRunner().invoke(cli, [*argv, "--help"], prog_name="dbcloud", terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


def _commands(*path: str) -> set[str]:
    """The subcommands of ``dbcloud <path>``, each resolved to a command."""
    ctx = click.Context(cli)
    group: click.Command | None = cli
    for name in path:
        assert isinstance(group, click.Group)
        group = group.get_command(ctx, name)
    assert isinstance(group, click.Group)
    names = group.list_commands(ctx)
    assert all(group.get_command(ctx, n) is not None for n in names)
    return set(names)


def test_every_service_is_installed_as_an_entry_point() -> None:
    assert sorted(available()) == sorted(SERVICE_IDS)
    assert _commands() == {*SERVICE_IDS, "completion"}


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_command_tree_equals_the_specs_operations_and_waiters(service) -> None:  # type: ignore[no-untyped-def]
    spec = spec_of(service)
    operation_ids = [op["operationId"] for _, _, _, op in spec.operations()]
    waiters = list(spec.doc.get("x-waiters") or {})
    expected = {kebab(o) for o in operation_ids} | ({"wait"} if waiters else set())
    assert _commands(service.key) == expected
    assert len(expected) == len(operation_ids) + bool(waiters)  # kebab names stay unique
    if waiters:
        assert _commands(service.key, "wait") == {kebab(w) for w in waiters}


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_paginator_has_the_paging_flags(service) -> None:  # type: ignore[no-untyped-def]
    paged = [op["operationId"] for _, _, _, op in spec_of(service).operations() if op.get("x-pagination")]
    for operation_id in paged:
        text = _help(service.key, kebab(operation_id))
        assert "--max-items" in text and "--page-size" in text and "--no-paginate" in text, operation_id
    unpaged = next(op["operationId"] for _, _, _, op in spec_of(service).operations() if not op.get("x-pagination"))
    assert "--max-items" not in _help(service.key, kebab(unpaged))


def test_help_shows_descriptions_enums_defaults_and_the_route() -> None:
    text = _help("dws", "list-snapshots")
    assert "GET /v1.0/{project_id}/snapshots" in text
    text = _help("ddm", "list-instances")
    assert "Default (applied by the service): 10." in text
    assert "[1<=x<=128]" in text  # the spec's minimum/maximum as a click range
    text = _help("dws", "create-cluster")
    assert "--body" in text and "--cluster" in text and "--user-pwd" in text
    assert "Sets cluster.user_pwd" in text
    text = _help("ddm", "show-instance-param")
    assert "--x-language [zh-cn|en-us]" in text  # the enum as click choices
    assert 'Default (applied by the service): "zh-cn".' in text


def test_every_help_page_renders() -> None:
    """--help on every level: root, each service, each command, each waiter."""
    for service in SERVICES:
        spec = spec_of(service)
        for _, _, _, op in spec.operations():
            text = _help(service.key, kebab(op["operationId"]))
            assert (op.get("summary") or "").strip().rstrip(".")[:20] in text
        for waiter in spec.doc.get("x-waiters") or {}:
            assert waiter in _help(service.key, "wait", kebab(waiter))
