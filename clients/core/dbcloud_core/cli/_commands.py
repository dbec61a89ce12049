"""Click commands built from a service's generated table (``dbcloud_<service>._cli``).

One command per operation (``dws list-clusters``) and one per waiter (``dws wait cluster-available``);
flags are the table's parameter rows, a request body comes from ``--body`` and/or one flag per
top-level member, and nested secrets (``cluster.user_pwd``) from their own prompt/stdin flags.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import click

from . import _run
from ._values import JSON, option

_PAGING_OPTIONS = (
    ("--max-items", click.IntRange(1), "Stop after this many items (pagination)."),
    ("--page-size", click.IntRange(1), "Items to ask for per page (default: the service's page size)."),
)
_WAIT_OPTIONS = (
    ("--delay", click.FloatRange(0), "Seconds between polls (default: the waiter's)."),
    ("--max-attempts", click.IntRange(1), "Polls before giving up (default: the waiter's)."),
    ("--wait-timeout", click.FloatRange(0), "Give up after this many seconds."),
)


def _help(row: dict[str, Any]) -> str:
    head = f"{row['summary']}." + (" (deprecated)" if row.get("deprecated") else "")
    tail = f"\n\n{row['method']} {row['path']}" if "method" in row else ""
    return (f"{head}\n\n{row['description']}" if row.get("description") else head) + tail


def _operation(table: ModuleType, name: str, row: dict[str, Any], paginated: bool) -> click.Command:
    params: list[click.Parameter] = [option(p, f"param__{i}") for i, p in enumerate(row["params"])]
    body = row["body"]
    if body is not None:
        what = f"The {body['type']} request body as JSON: inline, @file.json, or - for stdin."
        params.append(click.Option(["--body", "body"], type=JSON, help=what + " Member flags override its members."))
        params += [option(m, f"member__{i}", for_body=True) for i, m in enumerate(body["members"])]
        for i, s in enumerate(body["secrets"]):
            text = f"Sets {'.'.join(s['path'])}: alone, a hidden prompt; '-', a line from stdin; or the value."
            params.append(
                click.Option([f"--{s['flag']}", f"secret__{i}"], is_flag=False, flag_value=_run.PROMPT, help=text)
            )
    if paginated:
        params += [click.Option([flag], type=kind, help=text) for flag, kind, text in _PAGING_OPTIONS]
        params.append(click.Option(["--no-paginate"], is_flag=True, help="Make one call: only the page asked for."))

    def callback(**values: Any) -> None:
        _run.operation(click.get_current_context(), table, row, values, paginated)

    return click.Command(
        name, params=params, callback=callback, help=_help(row), short_help=row["summary"], deprecated=row["deprecated"]
    )


def _waiter(table: ModuleType, name: str, row: dict[str, Any]) -> click.Command:
    params: list[click.Parameter] = [option(p, f"param__{i}") for i, p in enumerate(row["params"])]
    params += [click.Option([flag], type=kind, help=text) for flag, kind, text in _WAIT_OPTIONS]
    text = (
        f"{row['name']}: {row['description']}\n\nPolls {row['operation_id']} every {row['delay_s']} s, at most"
        f" {row['max_attempts']} times; progress on stderr, the last reply on stdout."
    )

    def callback(**values: Any) -> None:
        _run.waiter(click.get_current_context(), table, row, values)

    return click.Command(name, params=params, callback=callback, help=text, short_help=row["description"])


class WaitGroup(click.Group):
    """``dbcloud <service> wait <waiter>``."""

    def __init__(self, table: ModuleType) -> None:
        super().__init__("wait", help=f"Wait until a {table.SERVICE} resource reaches a state (x-waiters).")
        self.table = table

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.table.WAITERS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        row = self.table.WAITERS.get(cmd_name)
        return _waiter(self.table, cmd_name, row) if row else None


class ServiceGroup(click.Group):
    """``dbcloud <service>``: its operations (built when asked for) and ``wait``."""

    def __init__(self, table: ModuleType) -> None:
        super().__init__(table.SERVICE, help=f"{table.TITLE}: every operation of the spec.", short_help=table.TITLE)
        self.table = table

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.table.COMMANDS) + (["wait"] if self.table.WAITERS else [])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "wait" and self.table.WAITERS:
            return WaitGroup(self.table)
        row = self.table.COMMANDS.get(cmd_name)
        if row is None:
            return None
        return _operation(self.table, cmd_name, row, _run.is_paginated(self.table, row))


__all__ = ["ServiceGroup", "WaitGroup"]
