"""Samsung Cloud Platform (SCP) access-key signing as an ``httpx.Auth`` flow.

The scheme, as implemented by Samsung's official SDK::

    message   = METHOD + URL + timestamp_ms + access_key + account_id + "Openapi"
    signature = base64(HMAC-SHA256(secret_key, message))

``URL`` is the full request URL (``scheme://host[:port]/path[?query]``) with the query in the SDK's
canonical form: keys sorted bytewise, a key's values in the order given, form encoding. The body is
not signed. Because the server recomputes the signature from the URL it receives, the request is
rebuilt from the signed string so the two cannot differ.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, quote_plus, unquote_to_bytes

import httpx

if TYPE_CHECKING:
    from ..credentials import ScpCredentials

__all__ = ["CLIENT_TYPE", "ScpAuth", "canonical_path", "canonical_query", "canonical_url", "message", "signature"]

#: Value of ``Scp-ClientType`` and the last element of every signed message.
CLIENT_TYPE = "Openapi"

# Form encoding leaves only A-Z a-z 0-9 - _ . ~ literal (quote_plus does the same); the SDK keeps
# the brackets of array-style keys (``tags[0]``) literal.
_KEY_SAFE = "[]"
_VALUE_SAFE = ""
# Go's url.PathEscape, which Samsung's Go SDK applies to every path parameter, leaves these reserved
# characters literal besides the unreserved A-Z a-z 0-9 - _ . ~ (and escapes / ; , ? and the rest).
_GO_PATH_SAFE = "$&+:=@"
# Undecodable percent-escapes survive the parse/encode round trip unchanged instead of becoming U+FFFD.
_ERRORS = "surrogateescape"


def canonical_query(query: str) -> str:
    """Return ``query`` (without ``?``) in the canonical form the SCP signature covers.

    Args:
        query: the raw query string, percent-encoded (``+`` or ``%20`` for a space).

    Returns:
        ``key=value`` pairs joined by ``&``, sorted bytewise by key (stable, so repeated keys keep
        their order), form-encoded with uppercase escapes; ``""`` for an empty query.
    """
    pairs = parse_qsl(query, keep_blank_values=True, encoding="utf-8", errors=_ERRORS)
    pairs.sort(key=lambda pair: pair[0].encode("utf-8", _ERRORS))
    return "&".join(
        quote_plus(key, safe=_KEY_SAFE, errors=_ERRORS) + "=" + quote_plus(value, safe=_VALUE_SAFE, errors=_ERRORS)
        for key, value in pairs
    )


def canonical_path(raw_path: str) -> str:
    """Return a percent-encoded path with each segment escaped as Go's ``url.PathEscape`` does.

    Each ``/``-separated segment is decoded to bytes and escaped again, so ``%3A`` becomes ``:``
    and ``%2F`` (a slash inside a parameter) stays ``%2F``: the URL the vendor's SDK would sign.
    """
    return "/".join(quote(unquote_to_bytes(segment), safe=_GO_PATH_SAFE) for segment in raw_path.split("/"))


def canonical_url(request: httpx.Request) -> str:
    """Return the URL string that is signed and sent for ``request``.

    The scheme, host and port are taken as httpx puts them on the wire; the path is escaped as
    Samsung's Go SDK escapes it (:func:`canonical_path`) and the query is canonicalised with
    :func:`canonical_query`. Fragments never leave the client and are dropped.
    """
    url = request.url
    raw_path = url.raw_path.decode("ascii")
    path = canonical_path(raw_path.split("?", 1)[0]) or "/"
    query = canonical_query(url.query.decode("ascii"))
    text = f"{url.scheme}://{url.netloc.decode('ascii')}{path}"
    return f"{text}?{query}" if query else text


def message(method: str, url: str, timestamp: str, access_key: str, account_id: str = "") -> str:
    """Return the string to sign: the parts concatenated without separators, then ``Openapi``.

    Args:
        method: HTTP method, upper case.
        url: the canonical URL from :func:`canonical_url`.
        timestamp: Unix time in milliseconds, as sent in ``Scp-Timestamp``.
        access_key: the access key, as sent in ``Scp-Accesskey``.
        account_id: the account id, or ``""`` when none is configured.
    """
    return f"{method.upper()}{url}{timestamp}{access_key}{account_id}{CLIENT_TYPE}"


def signature(secret_key: str, message: str) -> str:
    """Return base64 (standard alphabet, padded) of HMAC-SHA256 keyed with ``secret_key``."""
    digest = hmac.new(secret_key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


class ScpAuth(httpx.Auth):
    """Sign each request with an SCP access key (``Scp-Accesskey``/``Scp-Signature``/``Scp-Timestamp``).

    Args:
        access_key: SCP access key.
        secret_key: SCP secret key; used only to sign, never shown in ``repr``.
        account_id: sent as ``Scp-AccountId`` and signed; ``""`` is signed when it is ``None``.
        auth_token: sent as ``X-Auth-Token`` when given (not signed).
        api_version: default ``Scp-Api-Version`` (for example ``"epas 1.0"``); a value the request
            already carries wins, and ``None`` sends none of our own.
        clock: returns the current Unix time in seconds; injected by tests.
    """

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        account_id: str | None = None,
        auth_token: str | None = None,
        api_version: str | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.access_key = access_key
        self._secret_key = secret_key
        self.account_id = account_id
        self._auth_token = auth_token
        self.api_version = api_version
        self._clock = clock if clock is not None else time.time

    @classmethod
    def from_credentials(
        cls,
        credentials: ScpCredentials,
        *,
        auth_token: str | None = None,
        api_version: str | None = None,
        clock: Callable[[], float] | None = None,
    ) -> ScpAuth:
        """Build the flow from resolved :class:`~dbcloud_core.credentials.ScpCredentials`."""
        return cls(
            credentials.access_key,
            credentials.secret_key,
            account_id=credentials.account_id,
            auth_token=auth_token,
            api_version=api_version,
            clock=clock,
        )

    def __repr__(self) -> str:
        return f"ScpAuth(access_key={self.access_key!r}, account_id={self.account_id!r})"

    def timestamp(self) -> str:
        """Return the current Unix time in whole milliseconds, as a string."""
        # round(), not int(): float seconds such as 1605290625.682 would otherwise truncate to ...681.
        return str(round(self._clock() * 1000))

    def sign(self, request: httpx.Request) -> None:
        """Add the SCP headers to ``request`` and pin its URL to the signed string (in place)."""
        url = canonical_url(request)
        # Rebuilt from the signed string so httpx sends exactly the bytes that were signed.
        request.url = httpx.URL(url)
        timestamp = self.timestamp()
        text = message(request.method, url, timestamp, self.access_key, self.account_id or "")
        headers = request.headers
        headers["Scp-Accesskey"] = self.access_key
        headers["Scp-Signature"] = signature(self._secret_key, text)
        headers["Scp-Timestamp"] = timestamp
        headers["Scp-ClientType"] = CLIENT_TYPE
        headers.setdefault("Accept-Language", "en-US")
        if self.api_version is not None:
            headers.setdefault("Scp-Api-Version", self.api_version)
        if self.account_id:
            headers["Scp-AccountId"] = self.account_id
        if self._auth_token:
            headers["X-Auth-Token"] = self._auth_token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request
