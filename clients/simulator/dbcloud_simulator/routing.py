"""Which service a request is for: by path prefix (``/dws/...``), or at the root of the port by path
template and credential scheme, as moto's server mode does.

The official Huawei SDKs keep only scheme, host and port of an endpoint, so a request for
``/v1.0/{project_id}/clusters`` must find DWS without a prefix. The services' templates barely
overlap (DWS ``/v1.0``, DDM ``/v1`` to ``/v3.1`` with a project id, EPAS ``/v1/<resource>`` without one);
where they do, the credential scheme decides (``Scp-*`` headers are SCP's, the rest Huawei's), then
the first label of the host (``dws.eu-west-101.myhuaweicloud.com`` for a client left on its default
endpoint in process), then a template that accepts the method.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, TypeVar

from .catalog import Catalog


class Routable(Protocol):
    key: str
    catalog: Catalog
    scp: bool


S = TypeVar("S", bound=Routable)


def _scheme_is_scp(headers: Mapping[str, str]) -> bool | None:
    """True for SCP credentials, False for Huawei ones, None when the request carries neither."""
    if "scp-accesskey" in headers or "scp-signature" in headers:
        return True
    if "authorization" in headers or "x-auth-token" in headers:
        return False
    return None


def pick_service(services: Mapping[str, S], method: str, path: str, headers: Mapping[str, str]) -> tuple[S | None, str]:
    """(service, path within it) for a request; the service is None when no spec knows the path.

    ``headers`` are the request's, with lower-case names (Starlette's ``Headers`` are).
    """
    prefix, _, rest = path.lstrip("/").partition("/")
    if prefix in services:
        return services[prefix], "/" + rest
    candidates = [s for s in services.values() if _matches(s.catalog, path)]
    if len(candidates) > 1:
        scp = _scheme_is_scp(headers)
        candidates = [s for s in candidates if scp is None or s.scp == scp] or candidates
    if len(candidates) > 1:
        label = headers.get("host", "").split(".", 1)[0]
        candidates = [s for s in candidates if s.key == label] or candidates
    if len(candidates) > 1:
        candidates = [s for s in candidates if s.catalog.route(method, path)[0] is not None] or candidates
    return (candidates[0] if candidates else None), path


def _matches(catalog: Catalog, path: str) -> bool:
    """Some template of the service matches the path, with any method (a 405 is still its answer)."""
    operation, _, allowed = catalog.route("", path)
    return operation is not None or bool(allowed)
