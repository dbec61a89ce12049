"""How a client's connection options become httpx settings: TLS, client certificate, proxy, own client.

httpx 0.28 deprecates ``verify=<path>`` and ``cert=`` (a DeprecationWarning each) in favour of an
``ssl.SSLContext``; the options keep the familiar spellings (requests', botocore's) and build that
context here. Environment proxies (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) are httpx's own
``trust_env`` handling, which applies only when the client builds its transports itself: so no
transport is passed unless the caller gives one.
"""

from __future__ import annotations

import os
import ssl
from typing import Any

import httpx

from .errors import ConfigurationError

__all__ = ["CookielessAsyncClient", "CookielessClient", "owned_client_conflicts", "tls_context"]

Cert = str | tuple[str, str] | tuple[str, str, str]


def tls_context(verify: bool | str | ssl.SSLContext, cert: Cert | None) -> bool | ssl.SSLContext:
    """``verify`` and ``cert`` as httpx's ``verify=`` without its deprecated forms.

    Raises:
        ConfigurationError: a CA path that does not exist, a certificate that cannot be loaded (the
            message names the files, never a password), or ``cert`` together with an ``ssl.SSLContext``
            (load the chain into that context instead: we do not change a context the caller owns).
    """
    if isinstance(verify, ssl.SSLContext):
        if cert is not None:
            raise ConfigurationError(
                "cert= cannot be combined with verify=<ssl.SSLContext>: call load_cert_chain() on that context"
            )
        return verify
    if isinstance(verify, bool) and cert is None:
        return verify  # httpx's default context (certifi, or SSL_CERT_FILE/SSL_CERT_DIR)
    if isinstance(verify, str):
        if os.path.isdir(verify):
            context = ssl.create_default_context(capath=verify)
        elif os.path.isfile(verify):
            context = ssl.create_default_context(cafile=verify)
        else:
            raise ConfigurationError(f"verify={verify!r}: no such CA bundle file or directory")
    else:
        import httpx

        context = httpx.create_ssl_context(verify=verify)
    if cert is not None:
        _load_chain(context, cert)
    return context


def _load_chain(context: ssl.SSLContext, cert: Cert) -> None:
    files = (cert,) if isinstance(cert, str) else cert[:2]
    try:
        if isinstance(cert, str):
            context.load_cert_chain(cert)
        else:
            context.load_cert_chain(*cert)
    except (OSError, ssl.SSLError) as exc:  # the key password is never part of the message
        raise ConfigurationError(f"cert={files!r} cannot be loaded: {type(exc).__name__}") from None


def owned_client_conflicts(options: dict[str, Any]) -> None:
    """An ``http_client`` the caller owns carries its own connection settings: refuse ours beside it.

    Raises:
        ConfigurationError: naming the options given together with ``http_client``.
    """
    given = [name for name, value in options.items() if value is not None]
    if given:
        raise ConfigurationError(
            f"{', '.join(given)} cannot be combined with http_client=: configure them on that httpx client"
        )


class _NoCookies(httpx.Cookies):
    """A jar that keeps no cookie a service sets. The services authenticate every request by its signature
    or token, never by a cookie (botocore keeps none either), and httpx's cookie handling, run on every reply
    whatever it carries, is about a fifth of a call's CPU (docs/decisions.md, "cookies")."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


_NO_COOKIES = _NoCookies()


class _Cookieless:
    """httpx reads ``client.cookies`` for each request and reply: ours is always empty."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        raise ConfigurationError("dbcloud clients keep no cookies; pass http_client= with cookies of your own")


class CookielessClient(_Cookieless, httpx.Client):
    """The httpx client a sync dbcloud client builds for itself (a caller's ``http_client`` keeps its cookies)."""


class CookielessAsyncClient(_Cookieless, httpx.AsyncClient):
    """The httpx client an async dbcloud client builds for itself."""
