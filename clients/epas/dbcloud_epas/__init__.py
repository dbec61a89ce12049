# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Typed client for the Samsung SDS Cloud Platform EPAS (DBaaS) API.

``EpasClient`` / ``AsyncEpasClient`` are the facade; ``api``, ``models`` and ``schemas``
are imported on first use so ``import dbcloud_epas`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._facade import AsyncEpasClient, EpasClient
    from .client import AuthenticatedClient, Client

__all__ = ["AsyncEpasClient", "AuthenticatedClient", "Client", "EpasClient", "__version__"]

__version__ = "0.1.0"

_LAZY = {
    "EpasClient": "._facade",
    "AsyncEpasClient": "._facade",
    "AuthenticatedClient": ".client",
    "Client": ".client",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
