"""Region → base URL, from the spec's ``servers`` table (generated into each client's ``_behaviour.py``).

The first server's URL template is filled with the caller's variables (region, environment, ...),
falling back to each variable's ``default``. Values are checked against the variable's ``enum`` and,
when the server declares ``x-environment-regions``, against the region/environment pairs it admits,
so a wrong region fails here with the allowed values instead of as a DNS error later. A region
listed in the server's ``x-region-urls`` (Huawei's eu-west-101 is under ``myhuaweicloud.eu``) gets
the URL given there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from .errors import ConfigurationError

__all__ = ["ENVIRONMENT_REGIONS", "REGION_URLS", "base_url", "server_variables", "variable_values"]

#: Server-object extension mapping each environment value to the region values it admits.
ENVIRONMENT_REGIONS = "x-environment-regions"
#: Server-object extension giving the base URL of the regions whose host breaks the URL template.
REGION_URLS = "x-region-urls"
# The two server variables that x-environment-regions relates.
_ENVIRONMENT = "environment"
_REGION = "region"

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# Values land in a host name or path: only RFC 3986 unreserved characters, so no value can
# redirect the request to another host ("x.evil.com/"), port or path.
_SAFE_VALUE = re.compile(r"[A-Za-z0-9._~-]+")


def _listing(values: Iterable[Any]) -> str:
    return ", ".join(str(v) for v in values)


def _check_override(override: str) -> str:
    url = override.rstrip("/")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {override!r}")
    return url


def server_variables(servers: list[dict[str, Any]]) -> list[str]:
    """The variables of the first server's URL template, in order (``["region"]``)."""
    return _PLACEHOLDER.findall(servers[0]["url"]) if servers else []


def variable_values(servers: list[dict[str, Any]], name: str) -> list[str]:
    """The values the first server admits for ``name`` (its ``enum``), or [] when any value goes."""
    declared = (servers[0].get("variables") or {}).get(name, {}) if servers else {}
    return [str(v) for v in declared.get("enum") or []]


def base_url(servers: list[dict[str, Any]], variables: Mapping[str, str | None], *, override: str | None = None) -> str:
    """Return the base URL for the first server, with its template variables filled in.

    Args:
        servers: the spec's ``servers`` list (each ``{"url": ..., "variables": {...}}``).
        variables: values for the template variables; a None value means "use the default".
        override: an explicit base URL (for example the local simulator); when given it wins,
            is returned without a trailing slash, and the server table is not consulted.

    Returns:
        The URL without a trailing slash, e.g. ``https://dws.eu-west-101.myhuaweicloud.com``.

    Raises:
        ConfigurationError: no server is declared; a variable has neither a value nor a default;
            a value is outside the variable's ``enum`` or not admitted for the chosen environment
            (the message lists the allowed values); a value is given for a variable the server
            does not have; or ``override`` is not an absolute http(s) URL.
    """
    if override is not None:
        return _check_override(override)
    if not servers:
        raise ConfigurationError("the spec declares no servers: pass base_url=...")
    server = servers[0]
    template: str = server["url"]
    declared: Mapping[str, Mapping[str, Any]] = server.get("variables") or {}
    names = _PLACEHOLDER.findall(template)

    unknown = sorted(k for k, v in variables.items() if v is not None and k not in names)
    if unknown:
        raise ConfigurationError(
            f"{template} has no variable {_listing(unknown)}; its variables are: {_listing(names) or '(none)'}"
        )

    values: dict[str, str] = {}
    for name in names:
        spec = declared.get(name, {})
        value = variables.get(name)
        if value is None:
            value = spec.get("default")
        if value is None:
            raise ConfigurationError(f"no {name} configured for {template}: pass {name}=...")
        value = str(value)
        allowed = spec.get("enum")
        if allowed is not None and value not in allowed:
            raise ConfigurationError(f"{name} {value!r} is not one of: {_listing(allowed)}")
        if not _SAFE_VALUE.fullmatch(value):
            raise ConfigurationError(f"{name} {value!r} may contain only letters, digits and . _ ~ -")
        values[name] = value

    pairs: Mapping[str, list[str]] | None = server.get(ENVIRONMENT_REGIONS)
    if pairs is not None:
        _check_pair(pairs, values.get(_ENVIRONMENT), values.get(_REGION))

    exception = (server.get(REGION_URLS) or {}).get(values.get(_REGION))
    if exception is not None:
        return str(exception).rstrip("/")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template).rstrip("/")


def _check_pair(pairs: Mapping[str, list[str]], environment: str | None, region: str | None) -> None:
    if environment is None or region is None:
        return
    if environment not in pairs:
        raise ConfigurationError(f"{_ENVIRONMENT} {environment!r} is not one of: {_listing(pairs)}")
    if region not in pairs[environment]:
        hosts = [env for env, regions in pairs.items() if region in regions]
        hint = f"; {_REGION} {region!r} exists in {_ENVIRONMENT} {_listing(hosts)}" if hosts else ""
        raise ConfigurationError(
            f"{_REGION} {region!r} is not available in {_ENVIRONMENT} {environment!r}, "
            f"which admits: {_listing(pairs[environment])}{hint}"
        )
