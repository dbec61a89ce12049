"""The installed services: the ``dbcloud.services`` entry points, each naming a generated ``_cli`` table."""

from __future__ import annotations

import functools
from importlib.metadata import entry_points
from types import ModuleType

GROUP = "dbcloud.services"


@functools.cache
def available() -> dict[str, str]:
    """Service key -> the module path of its command table, sorted by key."""
    found = {ep.name: ep.value for ep in entry_points(group=GROUP)}
    return dict(sorted(found.items()))


def table(key: str) -> ModuleType:
    """The command table module of service ``key`` (imported on first use)."""
    import importlib

    return importlib.import_module(available()[key])


__all__ = ["GROUP", "available", "table"]
