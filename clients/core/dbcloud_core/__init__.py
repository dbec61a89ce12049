"""dbcloud_core: the hand-written runtime under every generated dbcloud client.

Public names are exported lazily (module ``__getattr__``) so importing a client stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .auth import HuaweiAkSkAuth, HuaweiTokenAuth, ScpAuth
    from .base_client import AsyncAPIClient, RawResponse, SyncAPIClient
    from .credentials import HuaweiCredentials, ScpCredentials
    from .errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        DbcloudError,
        ForbiddenError,
        NotFoundError,
        RateLimitedError,
        RequestValidationError,
        ResponseValidationError,
        ServerError,
        TransportError,
        UnauthorizedError,
        WaiterError,
        WaiterFailureError,
        WaiterTimeoutError,
    )
    from .paginators import PaginationSpec, async_pages, async_paginate, pages, paginate
    from .retries import RetryPolicy
    from .waiters import Acceptor, WaiterSpec, WaitProgress, async_wait, wait

_EXPORTS = {
    "auth": ("HuaweiAkSkAuth", "HuaweiTokenAuth", "ScpAuth"),
    "base_client": ("AsyncAPIClient", "RawResponse", "SyncAPIClient"),
    "credentials": ("HuaweiCredentials", "ScpCredentials"),
    "errors": (
        "APIConnectionError",
        "APIError",
        "APITimeoutError",
        "BadRequestError",
        "ConfigurationError",
        "ConflictError",
        "DbcloudError",
        "ForbiddenError",
        "NotFoundError",
        "RateLimitedError",
        "RequestValidationError",
        "ResponseValidationError",
        "ServerError",
        "TransportError",
        "UnauthorizedError",
        "WaiterError",
        "WaiterFailureError",
        "WaiterTimeoutError",
    ),
    "paginators": ("PaginationSpec", "async_pages", "async_paginate", "pages", "paginate"),
    "retries": ("RetryPolicy",),
    "waiters": ("Acceptor", "WaitProgress", "WaiterSpec", "async_wait", "wait"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Acceptor",
    "AsyncAPIClient",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DbcloudError",
    "ForbiddenError",
    "HuaweiAkSkAuth",
    "HuaweiCredentials",
    "HuaweiTokenAuth",
    "NotFoundError",
    "PaginationSpec",
    "RateLimitedError",
    "RawResponse",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "ScpAuth",
    "ScpCredentials",
    "ServerError",
    "SyncAPIClient",
    "TransportError",
    "UnauthorizedError",
    "WaitProgress",
    "WaiterError",
    "WaiterFailureError",
    "WaiterSpec",
    "WaiterTimeoutError",
    "async_pages",
    "async_paginate",
    "async_wait",
    "pages",
    "paginate",
    "wait",
]
assert sorted(__all__) == sorted(_WHERE)
__all__ += ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
