"""Fault injection: a request header for one call, or a queue filled through the admin endpoint.

Spec: ``429``, ``503`` (any status), ``429;retry-after=2``, ``delay=0.5`` (then answer normally),
``drop`` (the connection closes mid-response). The header is ``X-Dbcloud-Sim-Fault``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .limits import MAX_DELAY_S, MAX_QUEUED_FAULTS, MAX_RETRY_AFTER_S, LimitError, finite

HEADER = "x-dbcloud-sim-fault"


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: float | None = None
    delay_s: float = 0.0
    drop: bool = False


def parse(text: str) -> Fault:
    """Read a fault spec; ValueError names what is wrong."""
    status: int | None = None
    retry_after: float | None = None
    delay = 0.0
    drop = False
    for part in (p.strip() for p in text.split(";") if p.strip()):
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key.isascii() and key.isdigit() and not value:
            status = int(key)
            if not 400 <= status <= 599:
                raise ValueError(f"fault status must be 4xx or 5xx, got {status}")
        elif key == "retry-after":
            retry_after = finite(value, "retry-after", 0, MAX_RETRY_AFTER_S)
        elif key == "delay":
            delay = finite(value, "delay", 0, MAX_DELAY_S)
        elif key == "drop" and not value:
            drop = True
        else:
            raise ValueError(f"unknown fault {part!r}; use e.g. 503, 429;retry-after=1, delay=0.5 or drop")
    return Fault(status, retry_after, delay, drop)


class FaultQueue:
    """Faults queued for the next matching requests (optionally only one service/operation)."""

    def __init__(self) -> None:
        self._items: list[tuple[Fault, str | None, str | None]] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault, count: int = 1, service: str | None = None, operation: str | None = None) -> None:
        """Queue ``fault`` for the next ``count`` matching requests; LimitError when the queue would overflow."""
        with self._lock:
            if len(self._items) + count > MAX_QUEUED_FAULTS:
                raise LimitError(f"at most {MAX_QUEUED_FAULTS:,} faults may be queued; POST /_sim/reset clears them")
            self._items.extend([(fault, service, operation)] * count)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def take(self, service: str, operation: str) -> Fault | None:
        with self._lock:
            for index, (fault, svc, op) in enumerate(self._items):
                if svc in (None, service) and op in (None, operation):
                    del self._items[index]
                    return fault
        return None
