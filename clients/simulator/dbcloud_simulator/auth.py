"""Check a request's credentials the way the services do, with the runtime's own signing functions.

Huawei: ``X-Auth-Token`` issued by the simulator's IAM (``POST /iam/v3/auth/tokens``) or an AK/SK
``SDK-HMAC-SHA256`` signature; SCP: the ``Scp-*`` HMAC headers. Signed timestamps must be within
``skew_s`` of the wall clock (not the simulated one: clients sign with real time).
"""

from __future__ import annotations

import hmac
import re
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qsl

from dbcloud_core.auth import huawei_aksk, scp

_AUTHORIZATION = re.compile(
    r"^(?P<alg>SDK-HMAC-\S+) Access=(?P<ak>[^,]+), SignedHeaders=(?P<names>[^,]+), Signature=(?P<sig>\S+)$"
)


@dataclass
class Credentials:
    """The test credentials the simulator accepts (never real ones)."""

    huawei_ak: str = "SIMULATORAK0000000000"
    huawei_sk: str = "simulator-secret-key"
    iam_user: str = "sim-user"
    iam_password: str = "sim-password"
    scp_access_key: str = "simulator-access-key"
    scp_secret_key: str = "simulator-secret-key"
    static_tokens: set[str] = field(default_factory=lambda: {"sim-token"})
    skew_s: float = 900.0
    _issued: set[str] = field(default_factory=set, repr=False)

    def __repr__(self) -> str:  # keys are test values, but the habit of never printing them stays
        return f"Credentials(huawei_ak={self.huawei_ak!r}, scp_access_key={self.scp_access_key!r})"

    def issue_token(self) -> str:
        token = "sim-" + secrets.token_urlsafe(24)
        self._issued.add(token)
        return token

    def token_ok(self, token: str) -> bool:
        return token in self.static_tokens or token in self._issued


def _within(moment: float, skew: float) -> bool:
    return abs(time.time() - moment) <= skew


def check_huawei(
    creds: Credentials, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes
) -> str | None:
    """None when the request is authorised, else why not (the reason never echoes a secret)."""
    lower = {k.lower(): v for k, v in headers.items()}
    token = lower.get("x-auth-token")
    if token is not None:
        return None if creds.token_ok(token) else "the X-Auth-Token is not valid"
    match = _AUTHORIZATION.match(lower.get("authorization", ""))
    if match is None:
        return "the request carries neither an X-Auth-Token nor an AK/SK signature"
    if match["ak"] != creds.huawei_ak:
        return "the access key is not known"
    sdk_date = lower.get("x-sdk-date", "")
    try:
        signed_at = datetime.strptime(sdk_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return "X-Sdk-Date is missing or malformed"
    if not _within(signed_at, creds.skew_s):
        return "X-Sdk-Date is outside the allowed clock skew"
    names = match["names"].split(";")
    if any(name not in lower for name in names):
        return "a signed header is missing from the request"
    params = parse_qsl(query, keep_blank_values=True)
    signed = {n: lower[n] for n in names}
    for candidate in _readings(signed):
        try:
            canonical = huawei_aksk.canonical_request(method, raw_path, params, candidate, body, algorithm=match["alg"])
            expected = huawei_aksk.signature(
                creds.huawei_sk, huawei_aksk.string_to_sign(canonical, sdk_date, match["alg"]), match["alg"]
            )
        except ValueError:
            return "the signing algorithm is not supported"
        if hmac.compare_digest(expected.encode(), match["sig"].encode("utf-8", "replace")):
            return None
    return "the signature does not match"


def _readings(headers: dict[str, str]) -> list[dict[str, str]]:
    """The header values as the server decoded them (latin-1), and, when that differs, as UTF-8.

    A client signs the text of a header value; a non-ASCII value travels as its UTF-8 bytes, which
    the ASGI server hands over decoded as latin-1. Both readings are tried so such a request verifies.
    """
    readings = [headers]
    if not all(value.isascii() for value in headers.values()):
        utf8 = {}
        for name, value in headers.items():
            try:
                utf8[name] = value.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                utf8[name] = value
        if utf8 != headers:
            readings.append(utf8)
    return readings


def check_scp(creds: Credentials, method: str, url: str, headers: Mapping[str, str]) -> str | None:
    """``url`` is scheme://host/path?query as received; None when authorised."""
    lower = {k.lower(): v for k, v in headers.items()}
    access_key = lower.get("scp-accesskey")
    stamp = lower.get("scp-timestamp", "")
    given = lower.get("scp-signature")
    if not access_key or not given:
        return "the Scp-Accesskey and Scp-Signature headers are required"
    if lower.get("scp-clienttype") != scp.CLIENT_TYPE:
        return f"the Scp-ClientType header must be {scp.CLIENT_TYPE!r}"
    if access_key != creds.scp_access_key:
        return "the access key is not known"
    # ASCII digits only, and few enough to be a millisecond time: "²" is a digit to str.isdigit, and
    # 400 digits overflow a float.
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 16) or not _within(int(stamp) / 1000, creds.skew_s):
        return "Scp-Timestamp is missing or outside the allowed clock skew"
    base, _, query = url.partition("?")
    canonical = f"{base}?{scp.canonical_query(query)}" if query else base
    message = scp.message(method, canonical, stamp, access_key, lower.get("scp-accountid", ""))
    expected = scp.signature(creds.scp_secret_key, message)
    matches = hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace"))  # str needs ASCII
    return None if matches else "the signature does not match"
