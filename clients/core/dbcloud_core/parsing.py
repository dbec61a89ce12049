"""Lenient response parsing: a 2xx reply that drifts from the spec still parses.

Services send what their documents do not promise: a null where none is allowed, a string where an
integer is documented, a date-time without a zone, a "required" member left out. The generated
``from_dict`` keeps such a value as received (typed where it fits: a zone-less date-time stays a
``datetime``) and reports it to :func:`drift`. The base client collects the reports of one call
(:func:`collecting`), names each place as a JSON path into the body (:func:`locate`), and then logs
one warning per call on ``dbcloud.parsing``, or raises ``ResponseValidationError`` when the client
or the call is strict. Reports carry JSON type names, never the values: a value may be a secret.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

from .record import Record

if TYPE_CHECKING:
    import httpx

__all__ = ["Drift", "collected", "collecting", "drift", "json_type", "locate", "settle", "summary"]

_logger = logging.getLogger("dbcloud.parsing")
# One list per parse in progress; a ContextVar keeps threads and asyncio tasks apart.
_REPORTS: ContextVar[list[_Report] | None] = ContextVar("dbcloud_drift", default=None)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_SHOWN = 5  # places named in one warning; the rest are counted
_T = TypeVar("_T")


class Drift(Record):
    """One place where a reply departs from the spec: ``$.clusters[0].task_status``, expected
    ``ClusterTaskStatus``, got ``null``."""

    __slots__ = ("expected", "got", "path")
    path: str
    expected: str
    got: str

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.got}"


class _Report(Record):
    __slots__ = ("expected", "got", "key", "model", "source")
    model: str
    source: Mapping[str, Any]  # the very object of the body that held the member (located by identity)
    key: str
    expected: str
    got: str


def json_type(value: Any) -> str:
    """The JSON type name of a parsed value (``missing`` for a generated model's UNSET)."""
    if value is None:
        return "null"
    for kind, name in ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string")):
        if isinstance(value, kind):
            return name
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return "missing" if type(value).__name__ == "Unset" else type(value).__name__


def drift(model: type, source: Mapping[str, Any], key: str, value: Any, expected: str, got: str | None = None) -> Any:
    """Report that member ``key`` of ``source`` does not fit ``model``'s spec; return ``value`` unchanged.

    Called by generated ``from_dict`` only. Outside a client call (a user's own ``from_dict``) the
    report is logged at once, relative to the model.
    """
    report = _Report(model.__name__, source, key, expected, got or json_type(value))
    reports = _REPORTS.get()
    if reports is None:
        _logger.warning("%s; kept as received", Drift(f"{report.model}.{key}", report.expected, report.got))
    else:
        reports.append(report)
    return value


def collected(build: Callable[[Any], _T], value: Any) -> tuple[_T, list[_Report]]:
    """``build(value)`` and the drift reports it made (as :func:`collecting`, without a generator's
    cost: it runs once per lazily typed item)."""
    reports: list[_Report] = []
    token = _REPORTS.set(reports)
    try:
        return build(value), reports
    finally:
        _REPORTS.reset(token)


@contextmanager
def collecting() -> Iterator[list[_Report]]:
    """Collect the :func:`drift` reports made while parsing one reply (nested uses stack)."""
    reports: list[_Report] = []
    token = _REPORTS.set(reports)
    try:
        yield reports
    finally:
        _REPORTS.reset(token)


def locate(body: Any, reports: list[_Report], root: str = "$") -> list[Drift]:
    """Name every report as a JSON path into ``body``, the parsed reply the models were built from
    (``root`` names the body itself: ``$``, or ``item`` for one item of a paginated walk).

    The generated models read the body's own objects, so each report's source is found by identity;
    one that is not in ``body`` (a model built from elsewhere) is named relative to its model.
    """
    paths: dict[int, str] = {}
    stack: list[tuple[Any, str]] = [(body, root)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            paths[id(node)] = path
            stack.extend((value, _member(path, key)) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, f"{path}[{i}]") for i, value in enumerate(node))
    return [Drift(_member(paths.get(id(r.source), r.model), r.key), r.expected, r.got) for r in reports]


def settle(
    operation: str,
    body: Any,
    reports: list[_Report],
    *,
    strict: bool,
    response: httpx.Response | None = None,
    root: str = "$",
) -> None:
    """Log one warning naming the operation and every place, or raise when ``strict``.

    Raises:
        ResponseValidationError: strict, with ``drifts`` (the places) and the raw response.
    """
    drifts = locate(body, reports, root)
    if strict:
        from .errors import ResponseValidationError

        raise ResponseValidationError(summary(operation, drifts), operation=operation, response=response, drifts=drifts)
    _logger.warning("%s; kept as received", summary(operation, drifts))


def summary(operation: str, drifts: list[Drift]) -> str:
    """One line for the warning or the error: the operation, then the places (at most five named)."""
    shown = "; ".join(str(d) for d in drifts[:_SHOWN])
    more = f"; and {len(drifts) - _SHOWN} more" if len(drifts) > _SHOWN else ""
    return f"{operation}: the reply departs from the spec at {shown}{more}"


def _member(path: str, key: Any) -> str:
    key = str(key)
    return f"{path}.{key}" if _IDENTIFIER.match(key) else f"{path}[{key!r}]"
