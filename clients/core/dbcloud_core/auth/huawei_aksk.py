"""Huawei Cloud AK/SK request signing (APIG ``SDK-HMAC-SHA256`` / ``SDK-HMAC-SM3``) as an ``httpx.Auth`` flow.

The algorithm is byte-identical to ``huaweicloudsdkcore`` 3.1.219 (``auth/credentials.py`` and
``signer/signer.py``)::

    CanonicalRequest = Method \\n CanonicalURI \\n CanonicalQuery \\n CanonicalHeaders \\n SignedHeaders \\n PayloadHash
    StringToSign     = Algorithm \\n X-Sdk-Date \\n HexHash(CanonicalRequest)
    Signature        = HexHMAC(sk, StringToSign)
    Authorization    = "<Algorithm> Access=<ak>, SignedHeaders=<a;b>, Signature=<hex>"

Each step is a pure function here (like botocore's ``SigV4Auth``), so tests and
``tests/core/vectors/huawei_aksk.yaml`` can check every intermediate result.

Where httpx and the official SDK differ in what a request *is*, this module decides as follows:

- Query: the pairs httpx decodes from the URL are sorted as ``(key, value)`` string tuples and
  re-encoded with ``quote(..., safe="~")``; the URL is then rebuilt with exactly that string, so
  the query on the wire is the one that was signed (the official SDK sends it the same way).
- Headers: every header is signed except names containing ``_`` (official rule) and
  ``unsigned_headers`` (hop-by-hop headers and ``Content-Length``, which the official SDK never
  sees because ``requests`` adds it after signing). Repeated headers are joined with ``,``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

import httpx

__all__ = [
    "ALGORITHMS",
    "DEFAULT_UNSIGNED_HEADERS",
    "SDK_DATE_FORMAT",
    "HuaweiAkSkAuth",
    "SigningResult",
    "authorization",
    "canonical_headers",
    "canonical_query_string",
    "canonical_request",
    "canonical_uri",
    "payload_hash",
    "signature",
    "signed_headers",
    "sm3_available",
    "string_to_sign",
]

SDK_DATE_FORMAT = "%Y%m%dT%H%M%SZ"
_SHA256 = "SDK-HMAC-SHA256"
_SM3 = "SDK-HMAC-SM3"
ALGORITHMS = (_SHA256, _SM3)

#: Headers a proxy or the transport may add, drop or rewrite after signing.
DEFAULT_UNSIGNED_HEADERS = frozenset(
    {
        "connection",
        "content-length",
        "expect",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)

_HEADER_DATE = "X-Sdk-Date"
_HEADER_PROJECT = "X-Project-Id"
_HEADER_DOMAIN = "X-Domain-Id"
_HEADER_TOKEN = "X-Security-Token"
_HEADER_AUTHORIZATION = "Authorization"
# The header that carries (or overrides) the payload hash, per algorithm.
_CONTENT_HEADER = {_SHA256: "X-Sdk-Content-Sha256", _SM3: "X-Sdk-Content-Sm3"}
_UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
_SIGNED_CONTENT_TYPES = ("application/json", "application/bson")


def sm3_available() -> bool:
    """Whether this Python's OpenSSL provides SM3 (needed for ``SDK-HMAC-SM3``)."""
    try:
        hashlib.new("sm3")
    except ValueError:
        return False
    return True


def _digest(algorithm: str) -> Callable[..., Any]:
    if algorithm == _SHA256:
        return hashlib.sha256
    if algorithm == _SM3:
        if not sm3_available():
            raise ValueError("SDK-HMAC-SM3 needs SM3, which this Python's OpenSSL does not provide")
        return lambda data=b"": hashlib.new("sm3", data)
    raise ValueError(f"unsupported signing algorithm {algorithm!r}; expected one of {', '.join(ALGORITHMS)}")


def _hex_hash(data: bytes, algorithm: str) -> str:
    return str(_digest(algorithm)(data).hexdigest())


def _url_encode(value: str) -> str:
    return quote(value, safe="~")


def canonical_uri(resource_path: str) -> str:
    """Percent-encode each path segment and end with ``/`` (official ``_process_canonical_uri``).

    Args:
        resource_path: The path as sent on the wire (already percent-encoded), without the query.

    Returns:
        The canonical URI, e.g. ``/v1/p/clusters/`` for ``/v1/p/clusters``.
    """
    # Decoding the whole path before splitting mirrors the official signer: an encoded "%2F" becomes
    # a separator in the canonical form. The server canonicalises the same way.
    url_path = "/".join(_url_encode(segment) for segment in unquote(resource_path).split("/"))
    return url_path if url_path.endswith("/") else url_path + "/"


def canonical_query_string(params: Iterable[tuple[str, str]]) -> str:
    """Sort decoded ``(key, value)`` pairs, then encode each as ``key=value`` joined by ``&``.

    Args:
        params: Decoded query pairs; repeated keys allowed, values already strings.

    Returns:
        The canonical query string (also the exact query sent on the wire).
    """
    return "&".join(f"{_url_encode(key)}={_url_encode(value)}" for key, value in sorted(params))


def signed_headers(headers: Mapping[str, str], unsigned_headers: Iterable[str] = DEFAULT_UNSIGNED_HEADERS) -> list[str]:
    """Lowercased, sorted names of the headers to sign: all but ``_``-names and ``unsigned_headers``."""
    skip = {name.lower() for name in unsigned_headers}
    return sorted({name.lower() for name in headers if "_" not in name and name.lower() not in skip})


def canonical_headers(headers: Mapping[str, str], names: Iterable[str]) -> str:
    """``name:value\\n`` for each signed name; values stripped (official ``_process_canonical_headers``)."""
    lowered = {name.lower(): str(value).strip() for name, value in headers.items()}
    return "".join(f"{name}:{lowered[name]}\n" for name in names)


def payload_hash(body: bytes, headers: Mapping[str, str], algorithm: str = _SHA256) -> str:
    """Hex hash of the body; an empty body hashes to the empty digest, a content header overrides.

    Args:
        body: The request body bytes.
        headers: Request headers; ``X-Sdk-Content-Sha256`` (``-Sm3``) replaces the hash when set.
        algorithm: ``SDK-HMAC-SHA256`` or ``SDK-HMAC-SM3``.

    Raises:
        ValueError: The algorithm is unknown or unavailable.
    """
    digest = _digest(algorithm)
    if not body:
        return str(digest(b"").hexdigest())
    override = _get_ignore_case(headers, _CONTENT_HEADER[algorithm])
    if override is not None and override.strip():
        return override.strip()
    return str(digest(body).hexdigest())


def canonical_request(
    method: str,
    resource_path: str,
    params: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    *,
    algorithm: str = _SHA256,
    unsigned_headers: Iterable[str] = DEFAULT_UNSIGNED_HEADERS,
) -> str:
    """Build the canonical request from plain data (headers must already hold X-Sdk-Date and Host).

    Args:
        method: HTTP method.
        resource_path: Encoded path as sent, without the query.
        params: Decoded query pairs.
        headers: All request headers (name -> value).
        body: Request body bytes.
        algorithm: ``SDK-HMAC-SHA256`` or ``SDK-HMAC-SM3``.
        unsigned_headers: Header names left out of the signature.

    Returns:
        The six newline-separated parts of the canonical request.

    Raises:
        ValueError: The algorithm is unknown or unavailable.
    """
    names = signed_headers(headers, unsigned_headers)
    return "\n".join(
        (
            method.upper(),
            canonical_uri(resource_path),
            canonical_query_string(params),
            canonical_headers(headers, names),
            ";".join(names),
            payload_hash(body, headers, algorithm),
        )
    )


def string_to_sign(canonical_request: str, sdk_date: str, algorithm: str = _SHA256) -> str:
    """``Algorithm\\nX-Sdk-Date\\nHexHash(canonical_request)``.

    Raises:
        ValueError: The algorithm is unknown or unavailable.
    """
    return f"{algorithm}\n{sdk_date}\n{_hex_hash(canonical_request.encode('utf-8'), algorithm)}"


def signature(sk: str, string_to_sign: str, algorithm: str = _SHA256) -> str:
    """Hex HMAC of the string to sign, keyed with the secret key.

    Raises:
        ValueError: The algorithm is unknown or unavailable.
    """
    return hmac.new(sk.encode("utf-8"), string_to_sign.encode("utf-8"), _digest(algorithm)).hexdigest()


def authorization(ak: str, names: Iterable[str], signature: str, algorithm: str = _SHA256) -> str:
    """The ``Authorization`` header value."""
    return f"{algorithm} Access={ak}, SignedHeaders={';'.join(names)}, Signature={signature}"


@dataclass(frozen=True)
class SigningResult:
    """Intermediate and final results of signing one request (secrets hidden from ``repr``)."""

    canonical_request: str
    string_to_sign: str
    signed_headers: tuple[str, ...]
    sdk_date: str
    signature: str = field(repr=False)
    authorization: str = field(repr=False)


def _get_ignore_case(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def _decode_header(value: bytes) -> str:
    # The official SDK signs the str value; UTF-8 bytes on the wire decode back to it.
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _request_headers(request: httpx.Request) -> dict[str, str]:
    merged: dict[str, str] = {}
    for raw_name, raw_value in request.headers.raw:
        name, value = raw_name.decode("latin-1").lower(), _decode_header(raw_value)
        merged[name] = f"{merged[name]},{value}" if name in merged else value
    return merged


def _set_header(request: httpx.Request, name: str, value: str) -> None:
    _set_headers(request, {name: value})


def _set_headers(request: httpx.Request, values: Mapping[str, str]) -> None:
    # Bytes keep non-ASCII values intact whatever encoding httpx guessed for the existing headers.
    # One update per batch: each builds an httpx.Headers, a visible part of the per-call cost.
    if values:
        request.headers.update({name.encode("latin-1"): value.encode("utf-8") for name, value in values.items()})


def _format_date(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime(SDK_DATE_FORMAT)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class HuaweiAkSkAuth(httpx.Auth):
    """Sign every request with a Huawei Cloud access key pair (APIG AK/SK signing).

    Adds ``X-Sdk-Date`` (unless the caller set one), ``X-Project-Id`` / ``X-Domain-Id`` and
    ``X-Security-Token`` when configured, then ``Authorization``; rewrites the query to the
    canonical form that was signed. A request that already carries ``Authorization`` is left
    unsigned, as the official SDK does.

    Args:
        ak: Access key id.
        sk: Secret access key (never shown in ``repr``).
        project_id: Sent as ``X-Project-Id`` (regional services).
        domain_id: Sent as ``X-Domain-Id`` (global services); exclusive with ``project_id``.
        security_token: Temporary-credential token, sent as ``X-Security-Token``.
        algorithm: ``SDK-HMAC-SHA256`` (default) or ``SDK-HMAC-SM3``.
        clock: Returns "now" (UTC if naive); injectable for tests.
        unsigned_headers: Header names never signed.

    Raises:
        ValueError: Empty ak/sk, both project and domain id, or an unknown/unavailable algorithm.
    """

    requires_request_body = True

    def __init__(
        self,
        ak: str,
        sk: str,
        *,
        project_id: str | None = None,
        domain_id: str | None = None,
        security_token: str | None = None,
        algorithm: str = _SHA256,
        clock: Callable[[], datetime] | None = None,
        unsigned_headers: Iterable[str] = DEFAULT_UNSIGNED_HEADERS,
    ) -> None:
        if not ak:
            raise ValueError("ak is required")
        if not sk:
            raise ValueError("sk is required")
        if project_id and domain_id:
            raise ValueError("give project_id (regional services) or domain_id (global services), not both")
        _digest(algorithm)  # fail at construction, not on the first request
        self.ak = ak
        self._sk = sk
        self.project_id = project_id
        self.domain_id = domain_id
        self._security_token = security_token
        self.algorithm = algorithm
        self._clock = clock or _utcnow
        self.unsigned_headers = frozenset(name.lower() for name in unsigned_headers)

    def __repr__(self) -> str:
        scope = f", project_id={self.project_id!r}" if self.project_id else ""
        scope += f", domain_id={self.domain_id!r}" if self.domain_id else ""
        temporary = ", temporary=True" if self._security_token is not None else ""
        return f"{type(self).__name__}(ak={self.ak!r}{scope}{temporary}, algorithm={self.algorithm!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign the request in place and send it once."""
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> SigningResult | None:
        """Add the signing headers to ``request`` and rebuild its URL with the signed query.

        Args:
            request: The request; its body must be readable (``requires_request_body``).

        Returns:
            The intermediate results, or ``None`` when the request already had ``Authorization``.

        Raises:
            ValueError: A caller-supplied ``X-Sdk-Date`` is not ``YYYYMMDDTHHMMSSZ``.
        """
        scope = {_HEADER_PROJECT: self.project_id, _HEADER_DOMAIN: self.domain_id}
        _set_headers(request, {name: value for name, value in scope.items() if value})
        if self._security_token is not None:
            _set_header(request, _HEADER_TOKEN, self._security_token)

        resource_path, params = self._split_url(request)
        request.url = self._rebuild_url(request.url, resource_path, params)
        if _HEADER_AUTHORIZATION in request.headers:
            return None

        headers = _request_headers(request)
        content_type = headers.get("content-type")
        added: dict[str, str] = {}
        if content_type and not content_type.startswith(_SIGNED_CONTENT_TYPES):
            added[_CONTENT_HEADER[self.algorithm]] = _UNSIGNED_PAYLOAD
        sdk_date = self._sdk_date(headers.get(_HEADER_DATE.lower()))
        if _HEADER_DATE.lower() not in headers:
            added[_HEADER_DATE] = sdk_date
        _set_headers(request, added)
        self._strip_header_values(request)

        headers = _request_headers(request)
        names = signed_headers(headers, self.unsigned_headers)
        creq = canonical_request(
            request.method,
            resource_path,
            params,
            headers,
            request.content,
            algorithm=self.algorithm,
            unsigned_headers=self.unsigned_headers,
        )
        sts = string_to_sign(creq, sdk_date, self.algorithm)
        sig = signature(self._sk, sts, self.algorithm)
        auth_value = authorization(self.ak, names, sig, self.algorithm)
        _set_header(request, _HEADER_AUTHORIZATION, auth_value)
        return SigningResult(creq, sts, tuple(names), sdk_date, sig, auth_value)

    def _sdk_date(self, supplied: str | None) -> str:
        if supplied is None:
            return _format_date(self._clock())
        try:
            # Round-trip through strptime like the official signer, so a malformed value fails here.
            return datetime.strptime(supplied.strip(), SDK_DATE_FORMAT).strftime(SDK_DATE_FORMAT)
        except ValueError:
            raise ValueError(f"X-Sdk-Date {supplied!r} is not in {SDK_DATE_FORMAT} format") from None

    @staticmethod
    def _split_url(request: httpx.Request) -> tuple[str, list[tuple[str, str]]]:
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        return path, list(request.url.params.multi_items())

    @staticmethod
    def _rebuild_url(url: httpx.URL, resource_path: str, params: list[tuple[str, str]]) -> httpx.URL:
        # Setting raw_path bypasses httpx's own query encoding: the bytes sent are the bytes signed.
        query = canonical_query_string(params)
        raw_path = (f"{resource_path}?{query}" if query else resource_path).encode("ascii")
        # Rebuilding re-parses the whole URL; skip it when httpx already sends the canonical form.
        return url if raw_path == url.raw_path else url.copy_with(raw_path=raw_path)

    @staticmethod
    def _strip_header_values(request: httpx.Request) -> None:
        # The official signer sends values stripped; do the same so wire and signature agree.
        # Repeated headers are left alone: rewriting one would drop the others.
        raw = list(request.headers.raw)
        counts: dict[bytes, int] = {}
        for raw_name, _ in raw:
            counts[raw_name.lower()] = counts.get(raw_name.lower(), 0) + 1
        for raw_name, raw_value in raw:
            value = _decode_header(raw_value)
            if value != value.strip() and counts[raw_name.lower()] == 1:
                _set_header(request, raw_name.decode("latin-1"), value.strip())
