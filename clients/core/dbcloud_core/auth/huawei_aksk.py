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
import re
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

import httpx

from ..record import Record

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
# A path of only these characters is its own canonical form: nothing to decode, nothing quote() changes.
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_.~/-]*")


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
    if _PLAIN_PATH.fullmatch(resource_path):
        url_path = resource_path
    else:
        # Decoding the whole path before splitting mirrors the official signer: an encoded "%2F"
        # becomes a separator in the canonical form. The server canonicalises the same way.
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


class SigningResult(Record, hidden=("signature", "authorization")):
    """Intermediate and final results of signing one request (secrets hidden from ``repr``)."""

    canonical_request: str
    string_to_sign: str
    signed_headers: tuple[str, ...]
    sdk_date: str
    signature: str
    authorization: str


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


# HMAC's key pads (RFC 2104), as in the hmac module.
_IPAD = bytes(x ^ 0x36 for x in range(256))
_OPAD = bytes(x ^ 0x5C for x in range(256))


class _SigningKey:
    """What signing derives from the secret key and the algorithm once instead of per request: the
    HMAC key pads, absorbed into hash states that each signature copies, and the empty payload hash.

    ``signature``/``string_to_sign`` give the same results as the module functions of those names.
    """

    __slots__ = ("_digest", "_inner", "_outer", "algorithm", "empty_payload_hash")

    def __init__(self, sk: str, algorithm: str) -> None:
        digest = _digest(algorithm)
        key = sk.encode("utf-8")
        block_size = digest().block_size
        if len(key) > block_size:
            key = digest(key).digest()
        key = key.ljust(block_size, b"\0")
        self.algorithm = algorithm
        self._digest = digest
        self._inner = digest(key.translate(_IPAD))
        self._outer = digest(key.translate(_OPAD))
        self.empty_payload_hash: str = digest(b"").hexdigest()

    def string_to_sign(self, canonical_request: str, sdk_date: str) -> str:
        return f"{self.algorithm}\n{sdk_date}\n{self._digest(canonical_request.encode('utf-8')).hexdigest()}"

    def signature(self, string_to_sign: str) -> str:
        inner = self._inner.copy()
        inner.update(string_to_sign.encode("utf-8"))
        outer = self._outer.copy()
        outer.update(inner.digest())
        return str(outer.hexdigest())


_RawHeaders = list[tuple[bytes, bytes]]


def _merged_headers(raw: _RawHeaders) -> dict[str, str]:
    """Lowercased name -> value, repeated headers joined with ``,``."""
    merged: dict[str, str] = {}
    for raw_name, raw_value in raw:
        name, value = raw_name.decode("latin-1").lower(), _decode_header(raw_value)
        merged[name] = f"{merged[name]},{value}" if name in merged else value
    return merged


def _put(raw: _RawHeaders, name: str, value: str) -> _RawHeaders:
    """Set a header as ``httpx.Headers.update`` does: drop every same-named one, append the new one."""
    # Bytes keep non-ASCII values intact whatever encoding httpx guessed for the existing headers.
    key = name.encode("latin-1")
    lowered = key.lower()
    kept = [item for item in raw if item[0].lower() != lowered]
    kept.append((key, value.encode("utf-8")))
    return kept


class _HeaderPlan(NamedTuple):
    """What signing makes of a request's headers, less the date: a client sends the same headers
    call after call, so HuaweiAkSkAuth works this out once per distinct set of them."""

    raw: tuple[tuple[bytes, bytes], ...]  # to send, before X-Sdk-Date (when added) and Authorization
    merged: dict[str, str]  # the headers to sign, by lowercased name (only read once made)
    authorized: bool  # the request brought its own Authorization: it is sent unsigned
    supplied_date: str | None  # the caller's X-Sdk-Date
    names: tuple[str, ...]  # the signed header names
    headers_before: str  # the canonical header lines, split where the line of the X-Sdk-Date
    headers_after: str  # added per request goes
    date_signed: bool  # an X-Sdk-Date is added per request, and signed


#: Distinct header sets remembered per signer; more (headers that change every request) start over.
_MAX_PLANS = 64


def _format_date(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime(SDK_DATE_FORMAT)


# (epoch second, its X-Sdk-Date): the text changes once a second, so it is formatted once a second.
_now_date: tuple[int, str] = (-1, "")


def _now_sdk_date() -> str:
    """X-Sdk-Date of the system clock now."""
    global _now_date
    second, text = _now_date
    now = int(time.time())
    if now != second:
        text = time.strftime(SDK_DATE_FORMAT, time.gmtime(now))
        _now_date = (now, text)  # one assignment: threads see the old pair or the new one
    return text


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
        self._key = _SigningKey(sk, algorithm)  # fails at construction, not on the first request
        self.ak = ak
        self._sk = sk
        self.project_id = project_id
        self.domain_id = domain_id
        self._security_token = security_token
        self.algorithm = algorithm
        self._clock = clock  # None: the system clock
        self.unsigned_headers = frozenset(name.lower() for name in unsigned_headers)
        self._plans: dict[tuple[Any, ...], _HeaderPlan] = {}

    def __repr__(self) -> str:
        scope = f", project_id={self.project_id!r}" if self.project_id else ""
        scope += f", domain_id={self.domain_id!r}" if self.domain_id else ""
        temporary = ", temporary=True" if self._security_token is not None else ""
        return f"{type(self).__name__}(ak={self.ak!r}{scope}{temporary}, algorithm={self.algorithm!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign the request in place and send it once."""
        self._sign(request)
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
        steps = self._sign(request)
        return None if steps is None else SigningResult(*steps)

    def _sign(self, request: httpx.Request) -> tuple[str, str, tuple[str, ...], str, str, str] | None:
        # sign() without building its SigningResult, which auth_flow does not need.
        plan = self._plan(request.headers.raw)
        resource_path, params = self._canonical_url(request)
        if plan.authorized:
            request.headers = httpx.Headers(plan.raw)
            return None

        sdk_date = self._sdk_date(plan.supplied_date)
        key = self._key
        if key.algorithm != self.algorithm:  # algorithm is a public attribute
            key = self._key = _SigningKey(self._sk, self.algorithm)
        body = request.content
        date_line = f"{_HEADER_DATE.lower()}:{sdk_date}\n" if plan.date_signed else ""
        creq = "\n".join(
            (
                request.method.upper(),
                canonical_uri(resource_path),
                canonical_query_string(params) if params else "",
                f"{plan.headers_before}{date_line}{plan.headers_after}",
                ";".join(plan.names),
                payload_hash(body, plan.merged, key.algorithm) if body else key.empty_payload_hash,
            )
        )
        sts = key.string_to_sign(creq, sdk_date)
        sig = key.signature(sts)
        auth_value = authorization(self.ak, plan.names, sig, key.algorithm)
        sent = list(plan.raw)
        if plan.supplied_date is None:
            sent.append((_HEADER_DATE.encode("latin-1"), sdk_date.encode("ascii")))
        sent.append((_HEADER_AUTHORIZATION.encode("latin-1"), auth_value.encode("utf-8")))
        request.headers = httpx.Headers(sent)
        return creq, sts, plan.names, sdk_date, sig, auth_value

    def _plan(self, raw: _RawHeaders) -> _HeaderPlan:
        """The request's _HeaderPlan; every setting it depends on is part of the cache key."""
        scope = (self.project_id, self.domain_id, self._security_token, self.algorithm, self.unsigned_headers)
        cache_key = (tuple(raw), scope)
        plan = self._plans.get(cache_key)
        if plan is None:
            if len(self._plans) >= _MAX_PLANS:
                self._plans.clear()
            plan = self._plans[cache_key] = self._make_plan(raw)
        return plan

    def _make_plan(self, raw: _RawHeaders) -> _HeaderPlan:
        headers = _merged_headers(raw)
        added: dict[str, str] = {}
        if self.project_id:
            added[_HEADER_PROJECT] = self.project_id
        if self.domain_id:
            added[_HEADER_DOMAIN] = self.domain_id
        if self._security_token is not None:
            added[_HEADER_TOKEN] = self._security_token
        for name, value in added.items():
            raw = _put(raw, name, value)
            headers[name.lower()] = value
        if _HEADER_AUTHORIZATION.lower() in headers:
            return _HeaderPlan(tuple(raw), headers, True, None, (), "", "", date_signed=False)

        content_type = headers.get("content-type")
        if content_type and not content_type.startswith(_SIGNED_CONTENT_TYPES):
            raw = _put(raw, _CONTENT_HEADER[self.algorithm], _UNSIGNED_PAYLOAD)
            headers[_CONTENT_HEADER[self.algorithm].lower()] = _UNSIGNED_PAYLOAD
        supplied = headers.get(_HEADER_DATE.lower())
        raw = self._strip_header_values(raw)  # the signed values are stripped by canonical_headers
        names = signed_headers({**headers, _HEADER_DATE.lower(): ""}, self.unsigned_headers)
        date_signed = supplied is None and _HEADER_DATE.lower() in names
        at = names.index(_HEADER_DATE.lower()) if date_signed else len(names)
        return _HeaderPlan(
            raw=tuple(raw),
            merged=headers,
            authorized=False,
            supplied_date=supplied,
            names=tuple(names),
            headers_before=canonical_headers(headers, names[:at]),
            headers_after=canonical_headers(headers, names[at + 1 :]),
            date_signed=date_signed,
        )

    def _sdk_date(self, supplied: str | None) -> str:
        if supplied is None:
            return _now_sdk_date() if self._clock is None else _format_date(self._clock())
        try:
            # Round-trip through strptime like the official signer, so a malformed value fails here.
            return datetime.strptime(supplied.strip(), SDK_DATE_FORMAT).strftime(SDK_DATE_FORMAT)
        except ValueError:
            raise ValueError(f"X-Sdk-Date {supplied!r} is not in {SDK_DATE_FORMAT} format") from None

    @staticmethod
    def _canonical_url(request: httpx.Request) -> tuple[str, list[tuple[str, str]]]:
        """The path and decoded query pairs to sign; rewrites the URL to send the canonical query."""
        raw_path = request.url.raw_path
        if b"?" not in raw_path:
            return raw_path.decode("ascii"), []
        resource_path = raw_path.split(b"?", 1)[0].decode("ascii")
        params = list(request.url.params.multi_items())
        # Setting raw_path bypasses httpx's own query encoding: the bytes sent are the bytes signed.
        query = canonical_query_string(params)
        signed = (f"{resource_path}?{query}" if query else resource_path).encode("ascii")
        # Rebuilding re-parses the whole URL; skip it when httpx already sends the canonical form.
        if signed != raw_path:
            request.url = request.url.copy_with(raw_path=signed)
        return resource_path, params

    @staticmethod
    def _strip_header_values(raw: _RawHeaders) -> _RawHeaders:
        # The official signer sends values stripped; do the same so wire and signature agree.
        # Repeated headers are left alone: rewriting one would drop the others.
        counts: dict[bytes, int] = {}
        for raw_name, _ in raw:
            counts[raw_name.lower()] = counts.get(raw_name.lower(), 0) + 1
        stripped = raw
        for raw_name, raw_value in raw:
            value = _decode_header(raw_value)
            if value != value.strip() and counts[raw_name.lower()] == 1:
                stripped = _put(stripped, raw_name.decode("latin-1"), value.strip())
        return stripped
