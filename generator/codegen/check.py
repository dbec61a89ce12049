"""The drift gate: regenerate into a temporary directory and list every file that differs."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..config import Service
from .generate import REFERENCE_FILE, build, reference_path, simulator_spec, tree_digest


def check(services: Iterable[Service]) -> list[str]:
    """One line per differing file (``changed``, ``missing`` from clients/, ``unexpected`` in it)."""
    lines: list[str] = []
    for service in services:
        with tempfile.TemporaryDirectory(prefix=f"dbcloud-check-{service.key}-") as tmp:
            fresh = Path(tmp) / service.key
            fresh.mkdir()
            build(service, fresh)
            want = tree_digest(fresh)
            reference = (fresh / REFERENCE_FILE).read_bytes()
        want.pop(REFERENCE_FILE)
        have = tree_digest(service.client_dir) if service.client_dir.is_dir() else {}
        have.pop(REFERENCE_FILE, None)  # a staged build's; the published one is checked below
        published = reference_path(service)
        where = published.relative_to(published.parents[2]).as_posix()
        if not published.is_file():
            lines.append(f"missing     {where}")
        elif published.read_bytes() != reference:
            lines.append(f"changed     {where}")
        for rel in sorted(set(want) | set(have)):
            where = f"clients/{service.key}/{rel}"
            if rel not in have:
                lines.append(f"missing     {where}")
            elif rel not in want:
                lines.append(f"unexpected  {where}")
            elif want[rel] != have[rel]:
                lines.append(f"changed     {where}")
        shipped = service.simulator_spec
        if not shipped.is_file():
            lines.append(f"missing     {shipped.relative_to(service.client_dir.parent.parent).as_posix()}")
        elif shipped.read_bytes() != simulator_spec(service):
            lines.append(f"changed     {shipped.relative_to(service.client_dir.parent.parent).as_posix()}")
    return lines
