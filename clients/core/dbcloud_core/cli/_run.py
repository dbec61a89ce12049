"""Run one command: arguments from the flags, a client from the global options, the call (paged or
waited for), the reply through ``--query`` and ``--output``, and every failure as one line + exit code."""

from __future__ import annotations

import contextlib
import copy
import importlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import click

from .. import errors
from ..base_client import _json
from ..endpoints import server_variables
from ._output import query, render
from ._values import PROMPT, secret, set_path, typed

__all__ = ["PROMPT", "Settings", "is_paginated", "operation", "waiter"]

#: Exit status of a call that failed (an error reply, the network, a waiter); click uses 2 for usage.
FAILED = 1
USAGE = 2


@dataclass
class Settings:
    """The global options, kept on the root context."""

    region: str | None = None
    environment: str | None = None
    profile: str | None = None
    endpoint_url: str | None = None
    output: str = "json"
    query: str | None = None
    debug: bool = False
    timeout: float | None = None
    verify: bool = True


def is_paginated(table: ModuleType, row: dict[str, Any]) -> bool:
    return row["operation_id"] in _behaviour(table).PAGINATORS


def _behaviour(table: ModuleType) -> ModuleType:
    return importlib.import_module(f"{table.PACKAGE}._behaviour")


@contextlib.contextmanager
def _failures() -> Iterator[None]:
    """Every dbcloud failure as ``dbcloud: error: ...`` on stderr and its exit status."""
    try:
        yield
    except (errors.RequestValidationError, errors.ConfigurationError) as exc:
        click.echo(f"dbcloud: error: {exc}", err=True)
        raise SystemExit(USAGE) from None
    except errors.DbcloudError as exc:  # APIError: status, vendor code, message, request id
        click.echo(f"dbcloud: error: {exc}", err=True)
        raise SystemExit(FAILED) from None


def _client(ctx: click.Context, table: ModuleType, secrets: list[str]) -> Any:
    settings: Settings = ctx.find_object(Settings) or Settings()
    if settings.profile:  # the credentials chain reads the profile name from here
        os.environ["DBCLOUD_PROFILE"] = settings.profile
    if settings.debug:
        from ..redaction import configure_logging

        configure_logging({"DBCLOUD_LOG": "debug"}, secrets=secrets)
    options: dict[str, Any] = {"region": settings.region, "base_url": settings.endpoint_url, "verify": settings.verify}
    if settings.timeout is not None:
        options["timeout"] = settings.timeout
    package = importlib.import_module(table.PACKAGE)
    if settings.environment is not None:
        # only facades whose server URL has the variable take it (the constructors are typed per service)
        servers = importlib.import_module(f"{table.PACKAGE}._behaviour").SERVERS
        names = server_variables(servers)
        if "environment" not in names:
            raise errors.ConfigurationError(
                f"{servers[0]['url']} has no variable environment; its variables are: {', '.join(names)}"
            )
        options["environment"] = settings.environment
    return getattr(package, table.CLIENT)(**options)


def _kwargs(rows: list[dict[str, Any]], values: dict[str, Any], package: str, secrets: list[str]) -> dict[str, Any]:
    out = {}
    for i, row in enumerate(rows):
        value = values.get(f"param__{i}")
        if value is None or value == ():
            continue
        if row.get("sensitive"):
            value = secret(value, row["flag"])
            secrets.append(value)
        out[row["kwarg"]] = typed(value, row, package)
    return out


def _body(body: dict[str, Any], values: dict[str, Any], secrets: list[str]) -> Any:
    """The request body from ``--body``, the member flags and the secret flags (None when none was given)."""
    document = copy.deepcopy(values.get("body"))
    for i, member in enumerate(body["members"]):
        value = values.get(f"member__{i}")
        if value is None:
            continue
        if member.get("sensitive"):
            value = secret(value, member["flag"])
            secrets.append(value)
        document = {} if document is None else document
        if not isinstance(document, dict):
            raise click.UsageError(f"--{member['flag']} needs a JSON object in --body")
        document[member["name"]] = typed(value, {**member, "convert": None}, "")
    for i, entry in enumerate(body["secrets"]):
        value = values.get(f"secret__{i}")
        if value is None:
            continue
        value = secret(value, ".".join(entry["path"]))
        secrets.append(value)
        document = {} if document is None else document
        set_path(document, entry["path"], value)
    if document is None and body["required"]:
        raise click.UsageError("a request body is required: --body '<json>' (or @file.json), or the member flags")
    return document


def _emit(ctx: click.Context, result: Any) -> None:
    settings: Settings = ctx.find_object(Settings) or Settings()
    result = query(result, settings.query)
    if result is not None:
        click.echo(render(result, settings.output))


def operation(ctx: click.Context, table: ModuleType, row: dict[str, Any], values: dict[str, Any], paged: bool) -> None:
    """``dbcloud <service> <command>``."""
    secrets: list[str] = []
    kwargs = _kwargs(row["params"], values, table.PACKAGE, secrets)
    body = _body(row["body"], values, secrets) if row["body"] is not None else None
    with _failures():
        with _client(ctx, table, secrets) as client:
            if body is not None:
                client._validator.check_body(row["operation_id"], body)  # before typing: errors name the JSON
                kwargs["body"] = typed(body, row["body"] | {"json": "object", "enum": None}, table.PACKAGE)
            call = getattr(client.with_raw_response, row["operation_id"])
            if paged and not values.get("no_paginate"):
                result = _all_pages(client, row["operation_id"], kwargs, values)
            else:
                result = _json(call(**kwargs))
    _emit(ctx, result)


def _all_pages(client: Any, operation_id: str, kwargs: dict[str, Any], values: dict[str, Any]) -> Any:
    """The first page with its items array holding every item of every page (up to ``--max-items``)."""
    from ..base_client import _paginator
    from ..openapi import pointer_tokens
    from ..paginators import pages

    spec, list_call, _model = _paginator(client, operation_id)
    tokens = pointer_tokens(spec.items)
    limit = values.get("max_items")
    first: Any = None
    items: list[Any] = []
    for body in pages(
        spec, lambda page: _json(list_call(**{**kwargs, **page})), kwargs, page_size=values.get("page_size")
    ):
        first = body if first is None else first
        node = body
        for token in tokens:
            node = node[token]
        items += node
        if limit is not None and len(items) >= limit:
            break
    if first is None:
        return None
    combined = copy.deepcopy(first)
    set_path(combined, tokens, items[:limit] if limit is not None else items)
    return combined


def _progress(progress: Any) -> None:
    click.echo(
        f"{progress.name}: attempt {progress.attempt}, {progress.elapsed_s:.0f} s, status {progress.status!s}"
        f" ({progress.state})",
        err=True,
    )


def waiter(ctx: click.Context, table: ModuleType, row: dict[str, Any], values: dict[str, Any]) -> None:
    """``dbcloud <service> wait <waiter>``: polls with progress on stderr, prints the last reply."""
    from ..base_client import _waiter
    from ..waiters import wait

    secrets: list[str] = []
    kwargs = _kwargs(row["params"], values, table.PACKAGE, secrets)
    with _failures():
        with _client(ctx, table, secrets) as client:
            spec, poll = _waiter(client, row["name"])
            arguments = spec.operation_kwargs(kwargs)
            result = wait(
                spec,
                lambda: _json(poll(**arguments)),
                timeout_s=values.get("wait_timeout"),
                delay_s=values.get("delay"),
                max_attempts=values.get("max_attempts"),
                on_progress=_progress,
            )
    _emit(ctx, result)
