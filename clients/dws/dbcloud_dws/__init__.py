# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
"""Typed client for the Huawei Cloud GaussDB(DWS) API.

``DwsClient`` / ``AsyncDwsClient`` are the facade; ``api``, ``models`` and ``schemas``
are imported on first use so ``import dbcloud_dws`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._facade import AsyncDwsClient, DwsClient
    from .client import AuthenticatedClient, Client

__all__ = ["AsyncDwsClient", "AuthenticatedClient", "Client", "DwsClient", "__version__"]

__version__ = "0.1.0"

_LAZY = {
    "DwsClient": "._facade",
    "AsyncDwsClient": "._facade",
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
