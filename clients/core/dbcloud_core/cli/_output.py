"""Render a reply for the terminal: ``--query`` (JMESPath, as the aws CLI) then ``--output``."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

FORMATS = ("json", "yaml", "table", "text")


def query(data: Any, expression: str | None) -> Any:
    """``data`` filtered by a JMESPath expression; a bad expression is a usage error."""
    if not expression:
        return data
    import jmespath
    from jmespath.exceptions import JMESPathError

    try:
        return jmespath.search(expression, data)
    except JMESPathError as exc:
        raise click.UsageError(f"--query {expression!r}: {exc}") from None


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def _yaml(data: Any) -> str:
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False).rstrip("\n")


def _scalar(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _text(data: Any) -> str:
    """Tab-separated, one line per list item (as the aws CLI's ``text``), for shell pipelines."""
    if isinstance(data, list):
        if all(not isinstance(item, (dict, list)) for item in data):
            return "\t".join(_scalar(item) for item in data)  # one record
        return "\n".join(_text(item) for item in data)
    if isinstance(data, dict):
        nested = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(nested) == 1 and len(data) == 1:
            return _text(nested[0])
        return "\t".join(_scalar(v) for v in data.values())
    return _scalar(data)


def _rows(data: Any) -> tuple[str | None, list[dict[str, Any]]]:
    """A title and the rows to tabulate: a list of objects, the one list of objects in an object,
    or the object itself as key/value rows."""
    if isinstance(data, list):
        return None, [d if isinstance(d, dict) else {"value": d} for d in data]
    if isinstance(data, dict):
        lists = {k: v for k, v in data.items() if isinstance(v, list) and all(isinstance(i, dict) for i in v)}
        if len(lists) == 1:
            ((title, rows),) = lists.items()
            return title, rows
        return None, [{"key": k, "value": v} for k, v in data.items()]
    return None, [{"value": data}]


def _table(data: Any) -> str:
    title, rows = _rows(data)
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    # nested objects make unreadable cells: shown only when nothing else is (use --query to pick them)
    flat = [c for c in columns if any(not isinstance(r.get(c), (dict, list)) for r in rows if c in r)]
    columns = flat or columns
    if not columns:
        return title or ""
    cells = [[_scalar(row.get(c, "")) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(values: list[str]) -> str:
        return "|" + "|".join(f" {v:<{w}} " for v, w in zip(values, widths, strict=True)) + "|"

    out = [rule, line(columns), rule, *(line(r) for r in cells), rule]
    if title:
        out.insert(0, title)
    return "\n".join(out)


_RENDER: dict[str, Callable[[Any], str]] = {"json": _json, "yaml": _yaml, "table": _table, "text": _text}


def render(data: Any, fmt: str) -> str:
    """``data`` in one of `FORMATS`."""
    return _RENDER[fmt](data)


__all__ = ["FORMATS", "query", "render"]
