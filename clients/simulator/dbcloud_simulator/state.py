"""In-memory resources per (service, project), whose fields change on a schedule of the simulated clock."""

from __future__ import annotations

import itertools
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Record:
    """One stored resource: its fields now, plus updates that take effect at later simulated times."""

    id: str
    kind: str
    parent: str | None
    fields: dict[str, Any]
    created_at: float
    schedule: list[tuple[float, dict[str, Any]]] = field(default_factory=list)

    def view(self, now: float) -> dict[str, Any]:
        """The fields as of ``now`` (due updates are folded in for good)."""
        due = [updates for at, updates in self.schedule if at <= now]
        if due:
            self.schedule = [(at, updates) for at, updates in self.schedule if at > now]
            for updates in due:
                self.fields.update(updates)
        return {k: v for k, v in self.fields.items() if v is not None}


class Store:
    """Every resource the simulator holds; thread-safe (uvicorn may serve from a thread pool).

    Records live in one insertion-ordered bucket per (service, project, kind, parent): a page is a
    slice of its bucket and a delete touches only the buckets of the deleted record's children, so
    neither costs more with more resources stored (a delete used to scan the whole project).
    """

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, str, str, str | None], OrderedDict[str, Record]] = {}
        # (service, project, parent id) -> kinds with a bucket under that parent
        self._children: dict[tuple[str, str, str], set[str]] = {}
        self._lock = threading.RLock()
        self._serial = itertools.count(1)

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()
            self._children.clear()

    def new_id(self) -> str:
        return str(uuid.UUID(int=(uuid.uuid4().int & ~0xFFFFFF) | (next(self._serial) & 0xFFFFFF)))

    def put(self, service: str, project: str, record: Record, keep: int | None = None) -> Record:
        """Store ``record``; with ``keep``, the oldest of its kind go once more than ``keep`` are held."""
        with self._lock:
            bucket = self._buckets.setdefault((service, project, record.kind, record.parent), OrderedDict())
            bucket[record.id] = record
            if record.parent is not None:
                self._children.setdefault((service, project, record.parent), set()).add(record.kind)
            while keep is not None and len(bucket) > keep:
                bucket.popitem(last=False)
        return record

    def get(self, service: str, project: str, kind: str, key: str, parent: str | None = None) -> Record | None:
        with self._lock:
            bucket = self._buckets.get((service, project, kind, parent))
            return None if bucket is None else bucket.get(key)

    def count(self, service: str, project: str, kind: str, parent: str | None = None) -> int:
        with self._lock:
            return len(self._buckets.get((service, project, kind, parent), ()))

    def page(
        self, service: str, project: str, kind: str, parent: str | None, start: int, size: int | None
    ) -> list[Record]:
        """Records ``start`` to ``start + size`` in creation order (``size`` None: to the end)."""
        with self._lock:
            bucket = self._buckets.get((service, project, kind, parent))
            if bucket is None:
                return []
            start = max(start, 0)
            stop = len(bucket) if size is None else min(start + max(size, 0), len(bucket))
            if start >= stop:  # also keeps huge numbers from islice, which takes at most sys.maxsize
                return []
            return list(itertools.islice(bucket.values(), start, stop))

    def all(self, service: str, project: str, kind: str, parent: str | None = None) -> list[Record]:
        return self.page(service, project, kind, parent, 0, None)

    def find(self, service: str, kind: str, key: str) -> Record | None:
        """The record of that kind and id in any project (admin endpoint)."""
        with self._lock:
            for (svc, _, k, _), records in self._buckets.items():
                if svc == service and k == kind and key in records:
                    return records[key]
        return None

    def delete(self, service: str, project: str, kind: str, key: str, parent: str | None = None) -> None:
        """Remove a record and its children (the records whose parent it is)."""
        with self._lock:
            bucket = self._buckets.get((service, project, kind, parent))
            if bucket is not None:
                bucket.pop(key, None)
            for child_kind in self._children.pop((service, project, key), ()):
                self._buckets.pop((service, project, child_kind, key), None)
