"""From flags to the facade's keyword arguments: click types from the table rows, JSON values
(``'{...}'``, ``@file.json``, ``-`` for stdin), secrets from a hidden prompt or stdin, and the
generated model or enum class each argument is built with."""

from __future__ import annotations

import importlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import click

#: The value a secret flag gets when given alone (``--user-pwd``): ask for it without echo.
PROMPT = "\x00prompt"


class JsonValue(click.ParamType[Any, Any]):
    """A JSON document: inline, ``@path`` to a file, or ``-`` for stdin."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value == "-":
            text = sys.stdin.read()
        elif value.startswith("@"):
            try:
                text = Path(value[1:]).expanduser().read_text(encoding="utf-8")
            except OSError as exc:
                self.fail(f"cannot read {value[1:]}: {exc.strerror}", param, ctx)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self.fail(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", param, ctx)


JSON = JsonValue()


def click_type(row: dict[str, Any]) -> click.ParamType[Any, Any]:
    """The click type of a parameter or body member row (enums become choices, ranges ranges)."""
    kind = row["json"] if row["json"] != "array" else row["item_json"]
    limits = row.get("constraints") or {}
    if row.get("enum") and kind in ("string", "integer"):
        return click.Choice([str(e) for e in row["enum"]])
    if kind == "integer":
        if "minimum" in limits or "maximum" in limits:
            return click.IntRange(limits.get("minimum"), limits.get("maximum"))
        return click.INT
    if kind == "number":
        return click.FLOAT
    if kind == "boolean":
        return click.BOOL
    if kind in ("object", "array"):
        return JSON
    return click.STRING


def help_text(row: dict[str, Any]) -> str:
    """The row's description with what click does not show: default, constraints, nullability."""
    parts = [row.get("description") or ""]
    if row.get("default") is not None:
        parts.append(f"Default (applied by the service): {json.dumps(row['default'], ensure_ascii=False)}.")
    shown_by_click = ("minimum", "maximum") if row["json"] == "integer" else ()  # as an IntRange
    limits = ", ".join(f"{k} {v}" for k, v in (row.get("constraints") or {}).items() if k not in shown_by_click)
    if limits:
        parts.append(f"Constraints: {limits}.")
    if row.get("deprecated"):
        parts.append("Deprecated.")
    if row.get("sensitive"):
        parts.append("Secret: give the flag alone for a hidden prompt, or '-' to read a line from stdin.")
    return " ".join(p for p in parts if p).replace("%", "%%")


def option(row: dict[str, Any], dest: str, *, for_body: bool = False) -> click.Option:
    """A click option for a parameter row (``for_body``: a body member; arrays then take JSON)."""
    multiple = row["json"] == "array" and not for_body
    kind = JSON if for_body and row["json"] == "array" else click_type(row)
    extra: dict[str, Any] = {}
    if row.get("sensitive"):
        extra = {"is_flag": False, "flag_value": PROMPT}
    return click.Option(
        [f"--{row['flag']}", dest],
        type=kind,
        required=bool(row.get("required")) and not for_body,
        multiple=multiple,
        help=help_text(row),
        **extra,
    )


def secret(value: str, label: str) -> str:
    """A secret flag's value: prompted for (no echo) when the flag came alone, stdin for ``-``."""
    if value == PROMPT:
        return str(click.prompt(label, hide_input=True, err=True))
    if value == "-":
        return sys.stdin.readline().rstrip("\r\n")
    return value


def typed(value: Any, row: dict[str, Any], package: str) -> Any:
    """The flag value as the facade wants it: an int for an integer enum choice, an instance of the
    generated enum or model class named by the row's ``convert`` (``model:Name``, ``list:Name``)."""
    if row.get("enum") and row["json"] == "integer":
        value = [int(v) for v in value] if isinstance(value, (list, tuple)) else int(value)
    if row["json"] == "array" and isinstance(value, tuple):
        value = list(value)
    convert = row.get("convert")
    if not convert:
        return value
    how, name = convert.split(":", 1)
    cls = getattr(importlib.import_module(f"{package}.models"), name)
    if how == "list":
        return [_build(cls, v) for v in value]
    return _build(cls, value)


def _build(cls: Any, value: Any) -> Any:
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls(value)
    try:
        return cls.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise click.UsageError(f"the value does not fit {cls.__name__}: {type(exc).__name__} {exc}") from None


def set_path(document: dict[str, Any], path: list[str], value: Any) -> None:
    """Set ``document[a][b]... = value``, creating the objects on the way."""
    node = document
    for key in path[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    node[path[-1]] = value


__all__ = ["JSON", "PROMPT", "JsonValue", "click_type", "help_text", "option", "secret", "set_path", "typed"]
