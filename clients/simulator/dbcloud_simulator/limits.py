"""Bounds on what a request may carry before the simulator acts on it.

Anything past these bounds is answered 400 (a typed ``LimitError``), never stored: a string with a
lone surrogate cannot be encoded as UTF-8 and, once stored, broke every later list of its project; a
body nested hundreds of levels deep exhausted the recursion of the validators and the renderer.
"""

from __future__ import annotations

import math
from typing import Any

import orjson

MAX_BODY_BYTES = 1 << 20  # the references' largest request body is a few kB
MAX_DEPTH = 32  # the deepest request schema of any spec nests 6 levels
MAX_DELAY_S = 30.0  # an injected delay; longer ones would park a request past any client timeout
MAX_RETRY_AFTER_S = 3600.0
MAX_FAULT_COUNT = 1000  # per admin call
MAX_QUEUED_FAULTS = 10_000
MAX_TRACKED = 1000  # DDM jobs / EPAS requests kept per project; the oldest go first
# The simulated clock may run at most a century ahead: dates stay four-digit years (RFC 3339) for
# every lifecycle a resource can still schedule.
MAX_CLOCK_OFFSET_S = 100 * 365.25 * 24 * 3600


class LimitError(ValueError):
    """A request value past the simulator's bounds; the message says which and why."""


def load_json(body: bytes) -> Any:
    """Parse a JSON body within the bounds; LimitError (a ValueError) names the problem.

    orjson rejects what JSON forbids and Python's ``json`` lets through: lone surrogates (``"\\ud800"``),
    ``NaN``/``Infinity`` and invalid UTF-8.
    """
    if len(body) > MAX_BODY_BYTES:
        raise LimitError(f"the body has {len(body):,} bytes; at most {MAX_BODY_BYTES:,} are accepted")
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise LimitError(f"the body is not valid JSON: {exc}") from None
    depth = nesting(value)
    if depth > MAX_DEPTH:
        raise LimitError(f"the body nests {depth} levels deep; at most {MAX_DEPTH} are accepted")
    return value


def nesting(value: Any) -> int:
    """How many arrays/objects deep ``value`` goes (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        depth += 1
        if depth > MAX_DEPTH:  # no need to walk further: the answer is already "too deep"
            return depth
        deepest = max(deepest, depth)
        stack.extend((child, depth) for child in children)
    return deepest


def finite(value: Any, name: str, low: float, high: float) -> float:
    """``value`` as a float within [low, high]; LimitError for text, NaN, infinities or out of range."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise LimitError(f"{name} must be a number, got {type(value).__name__}")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise LimitError(f"{name} must be a number, got {value!r}") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise LimitError(f"{name} must be between {low:g} and {high:g}, got {value!r}")
    return number
