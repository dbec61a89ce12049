"""A stateful local simulator of every service, built from the same specs as the clients.

Exports load on first use (module ``__getattr__``): the pytest plugin imports this package in every
pytest run of a venv that has it installed, and must not pull in starlette, jsonschema-rs and the specs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .app import Simulator, build_app
    from .auth import Credentials
    from .clock import SimClock
    from .inprocess import InProcessSimulator, mock_dbcloud

__all__ = ["Credentials", "InProcessSimulator", "SimClock", "Simulator", "__version__", "build_app", "mock_dbcloud"]

_HOMES = {
    "Credentials": ".auth",
    "InProcessSimulator": ".inprocess",
    "SimClock": ".clock",
    "Simulator": ".app",
    "build_app": ".app",
    "mock_dbcloud": ".inprocess",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
