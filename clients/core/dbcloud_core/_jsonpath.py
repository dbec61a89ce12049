"""Reading one value out of a response body: RFC 6901 JSON pointers and the waiters' dotted paths.

Both engines only ever read, and an absent value is an ordinary answer (a last page without its
``next_marker``, a body without the field yet), so lookups return `MISSING` instead of raising.
Bodies are parsed JSON; a generated attrs model is read through its ``to_dict()``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from .openapi import pointer_tokens

__all__ = ["MISSING", "as_json", "check_pointer", "resolve_path", "resolve_pointer"]


class _Missing:
    """The type of `MISSING`; a singleton distinct from JSON null."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing()


def as_json(value: Any) -> Any:
    """The JSON form of a body: itself, or ``to_dict()`` of a generated model."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) and not isinstance(value, Mapping) else value


def _step(node: Any, token: str) -> Any:
    if isinstance(node, Mapping):
        return node.get(token, MISSING)
    if isinstance(node, Sequence) and not isinstance(node, str | bytes):
        # RFC 6901 indices are non-negative decimals without leading zeros; "-" (past the end) reads nothing.
        if token.isdigit() and (token == "0" or not token.startswith("0")) and int(token) < len(node):
            return node[int(token)]
    return MISSING


def check_pointer(pointer: str) -> str:
    """Return ``pointer`` if it is a syntactically valid JSON pointer, else raise ValueError."""
    if pointer and not pointer.startswith("/"):
        raise ValueError(f"JSON pointer must be empty or start with '/': {pointer!r}")
    stripped = pointer.replace("~0", "").replace("~1", "")
    if "~" in stripped:
        raise ValueError(f"JSON pointer has a '~' not followed by 0 or 1: {pointer!r}")
    return pointer


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Read the value at an RFC 6901 pointer (``"/clusters"``, ``"/a~1b/0"``); ``""`` is the whole document.

    Returns:
        The value, or `MISSING` when any step does not exist.

    Raises:
        ValueError: The pointer is malformed.
    """
    node = as_json(document)
    if not check_pointer(pointer):
        return node
    for token in pointer_tokens(pointer):
        node = _step(as_json(node), token)
        if node is MISSING:
            return MISSING
    return node


def resolve_path(document: Any, path: str) -> Any:
    """Read the value at a dotted path (``"cluster.status"``, ``"items.0.status"``, ``"items.-1.status"``).

    Returns:
        The value, or `MISSING` when any step does not exist.
    """
    node = as_json(document)
    for token in path.split("."):
        node = as_json(node)
        if isinstance(node, Sequence) and not isinstance(node, str | bytes | Mapping):
            try:
                index = int(token)
            except ValueError:
                return MISSING
            if not -len(node) <= index < len(node):
                return MISSING
            node = node[index]
        elif isinstance(node, Mapping):
            node = node.get(token, MISSING)
        else:
            return MISSING
        if node is MISSING:
            return MISSING
    return node
