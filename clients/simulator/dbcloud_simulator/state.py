"""In-memory resources per (service, project), whose fields change on a schedule of the simulated clock."""

from __future__ import annotations

import itertools
import threading
import uuid
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
    """Every resource the simulator holds; thread-safe (uvicorn may serve from a thread pool)."""

    def __init__(self) -> None:
        self._records: dict[tuple[str, str, str], dict[str, Record]] = {}
        self._lock = threading.RLock()
        self._serial = itertools.count(1)

    def reset(self) -> None:
        with self._lock:
            self._records.clear()

    def new_id(self) -> str:
        return str(uuid.UUID(int=(uuid.uuid4().int & ~0xFFFFFF) | (next(self._serial) & 0xFFFFFF)))

    def _bucket(self, service: str, project: str, kind: str) -> dict[str, Record]:
        return self._records.setdefault((service, project, kind), {})

    def put(self, service: str, project: str, record: Record) -> Record:
        with self._lock:
            self._bucket(service, project, record.kind)[record.id] = record
        return record

    def get(self, service: str, project: str, kind: str, key: str, parent: str | None = None) -> Record | None:
        with self._lock:
            record = self._bucket(service, project, kind).get(key)
        if record is None or (parent is not None and record.parent != parent):
            return None
        return record

    def all(self, service: str, project: str, kind: str, parent: str | None = None) -> list[Record]:
        with self._lock:
            records = list(self._bucket(service, project, kind).values())
        return [r for r in records if parent is None or r.parent == parent]

    def find(self, service: str, kind: str, key: str) -> Record | None:
        """The record of that kind and id in any project (admin endpoint)."""
        with self._lock:
            for (svc, _, k), records in self._records.items():
                if svc == service and k == kind and key in records:
                    return records[key]
        return None

    def delete(self, service: str, project: str, kind: str, key: str) -> None:
        with self._lock:
            bucket = self._bucket(service, project, kind)
            bucket.pop(key, None)
            for (svc, proj, _), records in self._records.items():
                if svc == service and proj == project:
                    for child in [c for c, r in records.items() if r.parent == key]:
                        records.pop(child)
