"""HuaweiAkSkAuth against the official huaweicloudsdkcore signer, case by case and step by step."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from unittest.mock import patch
from urllib.parse import quote

import httpx
import pytest
import yaml
from huaweicloudsdkcore.auth.credentials import BasicCredentials, GlobalCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm
from huaweicloudsdkcore.signer.signer import Signer
from hypothesis import given
from hypothesis import strategies as st

from dbcloud_core.auth.huawei_aksk import (
    DEFAULT_UNSIGNED_HEADERS,
    HuaweiAkSkAuth,
    SigningResult,
    _SigningKey,
    canonical_query_string,
    canonical_request,
    canonical_uri,
    payload_hash,
    signature,
    sm3_available,
    string_to_sign,
)

HOST = "dws.cn-north-4.myhuaweicloud.com"
AK = "HPUAEXAMPLEACCESSKEY"
SK = "ExampleSecretKey/0123456789abcdefGHIJ"
FROZEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
FROZEN_STR = "20240506T070809Z"
SHA256 = "SDK-HMAC-SHA256"
SM3 = "SDK-HMAC-SM3"
VECTORS = Path(__file__).parent / "vectors" / "huawei_aksk.yaml"


@dataclass
class Case:
    """One signing input, fed to both signers."""

    id: str
    method: str = "GET"
    path: str = "/v1.0/0123456789abcdef/clusters"
    query: list[tuple[str, Any]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | str | None = None
    project_id: str | None = None
    domain_id: str | None = None
    security_token: str | None = None
    algorithm: str = SHA256


@dataclass
class Official:
    request: SdkRequest
    canonical_request: str | None
    string_to_sign: str | None


@contextmanager
def _recording_official_steps() -> Iterator[dict[str, str]]:
    """Capture the official signer's canonical request and string to sign while it runs."""
    seen: dict[str, str] = {}
    original_creq = Signer._process_canonical_request
    original_sts = Signer._process_string_to_sign

    def creq(self: Signer, request: SdkRequest, signed_headers: list[str]) -> str:
        seen["canonical_request"] = original_creq(self, request, signed_headers)
        return seen["canonical_request"]

    def sts(self: Signer, canonical: str, moment: datetime) -> str:
        seen["string_to_sign"] = original_sts(self, canonical, moment)
        return seen["string_to_sign"]

    with (
        patch.object(Signer, "_process_canonical_request", creq),
        patch.object(Signer, "_process_string_to_sign", sts),
    ):
        yield seen


def sign_official(case: Case) -> Official:
    """The official SDK's BasicCredentials/GlobalCredentials.sign_request on the same inputs."""
    headers = dict(case.headers)
    if not any(name.lower() == "x-sdk-date" for name in headers):
        headers["X-Sdk-Date"] = FROZEN_STR  # freezes the official signer's clock
    request = SdkRequest(
        method=case.method,
        schema="https",
        host=HOST,
        resource_path=case.path,
        query_params=list(case.query),
        header_params=headers,
        body=case.body,
        signing_algorithm=SigningAlgorithm.HMAC_SM3 if case.algorithm == SM3 else SigningAlgorithm.HMAC_SHA256,
    )
    credentials: BasicCredentials | GlobalCredentials
    if case.domain_id:
        credentials = GlobalCredentials(AK, SK, case.domain_id)
    else:
        credentials = BasicCredentials(AK, SK, case.project_id)
    if case.security_token is not None:
        credentials.with_security_token(case.security_token)
    with _recording_official_steps() as seen:
        signed = credentials.sign_request(request)
    return Official(signed, seen.get("canonical_request"), seen.get("string_to_sign"))


def build_request(case: Case) -> httpx.Request:
    body = case.body.encode("utf-8") if isinstance(case.body, str) else case.body
    return httpx.Request(
        case.method,
        f"https://{HOST}{case.path}",
        params=case.query or None,
        # Bytes: httpx refuses non-ASCII str header values; the official SDK sends UTF-8 bytes too.
        headers={name.encode("latin-1"): value.encode("utf-8") for name, value in case.headers.items()},
        content=body,
    )


def make_auth(case: Case, clock_value: datetime = FROZEN) -> HuaweiAkSkAuth:
    return HuaweiAkSkAuth(
        AK,
        SK,
        project_id=case.project_id,
        domain_id=case.domain_id,
        security_token=case.security_token,
        algorithm=case.algorithm,
        clock=lambda: clock_value,
    )


def sign_ours(case: Case) -> tuple[httpx.Request, SigningResult | None]:
    request = build_request(case)
    result = make_auth(case).sign(request)
    return request, result


def _wire_value(request: httpx.Request, name: str) -> bytes:
    values = [value for key, value in request.headers.raw if key.lower() == name.lower().encode()]
    assert len(values) == 1, f"{name}: {values}"
    return values[0]


def assert_same_as_official(case: Case) -> tuple[httpx.Request, SigningResult]:
    official = sign_official(case)
    request, result = sign_ours(case)
    assert result is not None
    assert result.canonical_request == official.canonical_request
    assert result.string_to_sign == official.string_to_sign
    assert request.headers["Authorization"] == official.request.header_params["Authorization"]
    # The query (and path) on the wire are exactly the official request URI.
    assert request.url.raw_path.decode("ascii") == official.request.uri
    # Every header the official SDK would send goes out with the same bytes (it sends str values
    # as latin-1, after re-decoding their UTF-8 bytes that way).
    for name, value in official.request.header_params.items():
        assert _wire_value(request, name) == value.encode("iso-8859-1"), name
    extra = {key.decode().lower() for key, _ in request.headers.raw} - {
        name.lower() for name in official.request.header_params
    }
    assert extra <= {"content-length"}
    return request, result


JSON_BODY = b'{"cluster": {"name": "dws-demo", "number_of_node": 3, "flavor": "dws.m3.xlarge"}}'

CASES = [
    Case("get-no-query"),
    Case("get-trailing-slash", path="/v1.0/0123456789abcdef/clusters/"),
    Case("get-root", path="/"),
    Case("query-sorted-keys", query=[("offset", "0"), ("limit", "10"), ("name", "dws")]),
    Case("query-uppercase-before-lowercase", query=[("b", "1"), ("B", "2"), ("a", "3"), ("A", "4")]),
    # Raw order "a~" < "aé" but encoded "a%C3%A9" < "a~": sorting must happen before encoding.
    Case("query-sort-before-encode-unicode", query=[("aé", "1"), ("a~", "2"), ("a", "3")]),
    Case("query-sort-before-encode-ascii", query=[("a+", "1"), ("a b", "2"), ("a-", "3"), ("a*", "4")]),
    Case("query-repeated-keys", query=[("tag", "b"), ("tag", "a"), ("tag", "c")]),
    Case("query-repeated-interleaved", query=[("z", "1"), ("tag", "y"), ("a", "2"), ("tag", "x")]),
    Case("query-empty-values", query=[("marker", ""), ("limit", "5"), ("name", "")]),
    Case("query-booleans", query=[("force", True), ("dry_run", False)]),
    Case("query-integers", query=[("limit", 10), ("offset", 0)]),
    Case("query-unicode-value", query=[("name", "集群-ü-ß")]),
    Case("query-reserved-value", query=[("q", "a&b=c?d/e#f%g+h;i,j:k@l$m!n'o(p)q*r")]),
    Case("query-spaces", query=[("name", "my cluster  name "), ("k", " ")]),
    Case("query-unreserved", query=[("k", "a-b_c.d~e")]),
    Case("query-reserved-key", query=[("filter[name]", "x"), ("a=b", "1"), ("c&d", "2")]),
    Case("query-percent", query=[("ratio", "100%"), ("enc", "%41")]),
    Case("path-unicode", path="/v1.0/p1/clusters/" + quote("集群ü", safe="")),
    Case("path-reserved", path="/v1.0/p1/tags/" + quote("a b&c=d+e?f#g", safe="")),
    Case("path-encoded-slash", path="/v1.0/p1/objects/" + quote("dir/file", safe="")),
    Case("path-raw-subdelims", path="/v1/a!b$c'd(e)f*g+h,i;j=k:l@m"),
    Case("path-tilde-and-case", path="/v1/~User/Mixed-Case_dots.x"),
    Case("path-trailing-slash-with-query", path="/v2/p1/instances/", query=[("limit", "1")]),
    Case("post-json", method="POST", headers={"Content-Type": "application/json"}, body=JSON_BODY),
    Case(
        "post-json-str-unicode",
        method="POST",
        headers={"Content-Type": "application/json;charset=UTF-8"},
        body='{"name": "集群", "comment": "ü"}',
    ),
    Case("post-json-empty-body", method="POST", headers={"Content-Type": "application/json"}, body=b""),
    Case("post-json-empty-object", method="POST", headers={"Content-Type": "application/json"}, body=b"{}"),
    Case("put-json", method="PUT", headers={"Content-Type": "application/json"}, body=b'{"size": 100}'),
    Case("patch-json", method="PATCH", headers={"Content-Type": "application/json"}, body=b'[{"op": "add"}]'),
    Case("post-text-unsigned-payload", method="POST", headers={"Content-Type": "text/plain"}, body=b"hello"),
    Case(
        "post-octet-stream",
        method="POST",
        headers={"Content-Type": "application/octet-stream"},
        body=bytes(range(256)),
    ),
    Case(
        "post-form-urlencoded",
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        body=b"a=1&b=two",
    ),
    Case("post-text-empty-body", method="POST", headers={"Content-Type": "text/plain"}, body=b""),
    Case("post-bson", method="POST", headers={"Content-Type": "application/bson"}, body=b"\x05\x00\x00\x00\x00"),
    Case("post-no-content-type", method="POST", body=b"raw-bytes"),
    Case(
        "delete-with-body",
        method="DELETE",
        path="/v1.0/p1/clusters/c1/tags/action",
        headers={"Content-Type": "application/json"},
        body=b'{"action": "delete", "tags": [{"key": "k"}]}',
    ),
    Case("delete-no-body", method="DELETE", path="/v1.0/p1/clusters/c1", query=[("keep_last_manual_snapshot", 0)]),
    Case("head", method="HEAD"),
    Case("header-underscore-not-signed", headers={"X_Custom_Header": "v", "X-Other": "w"}),
    Case("header-mixed-case", headers={"X-CUSTOM-Header": "A", "x-lower": "b", "Accept": "application/json"}),
    Case("header-value-whitespace", headers={"X-Padded": "  padded value  ", "X-Tab": "\tv"}),
    Case("header-unicode-value", headers={"X-Name": "集群-ü"}),
    Case("header-user-agent", headers={"User-Agent": "huaweicloud-usdk-python/3.0", "Accept": "*/*"}),
    Case("caller-x-sdk-date", headers={"X-Sdk-Date": "20230101T235959Z"}),
    Case("caller-x-sdk-date-lowercase", headers={"x-sdk-date": "20220228T120000Z"}),
    Case("temporary-credentials", security_token="STS-TOKEN-abc/def+ghi=="),
    Case("temporary-credentials-empty-token", security_token=""),  # the official SDK still sends the header
    Case("temporary-credentials-with-project", project_id="proj-123", security_token="tok"),
    Case("project-id", project_id="0123456789abcdef0123456789abcdef"),
    Case("domain-id", domain_id="domain-0123"),
    Case(
        "caller-content-sha256-override",
        method="POST",
        headers={"Content-Type": "application/json", "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"},
        body=JSON_BODY,
    ),
    Case(
        "everything",
        method="POST",
        path="/v1.0/p1/clusters/" + quote("c 1", safe="") + "/",
        query=[("z", "1"), ("a", ""), ("a", "x y"), ("flag", True)],
        headers={"Content-Type": "application/json", "X-Trace": "t-1", "X_Ignored": "i", "X-Name": "ü"},
        body=JSON_BODY,
        project_id="p1",
        security_token="tok-1",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_matches_official_signer(case: Case) -> None:
    request, result = assert_same_as_official(case)
    assert result.sdk_date == request.headers["X-Sdk-Date"]
    assert ",".join(result.signed_headers) == ",".join(sorted(result.signed_headers))


SM3_CASES = [
    Case("sm3-get", algorithm=SM3, query=[("b", "2"), ("a", "1")]),
    Case("sm3-json", algorithm=SM3, method="POST", headers={"Content-Type": "application/json"}, body=JSON_BODY),
    Case("sm3-unsigned-payload", algorithm=SM3, method="POST", headers={"Content-Type": "text/plain"}, body=b"x"),
    Case("sm3-empty-body", algorithm=SM3, method="POST", headers={"Content-Type": "application/json"}, body=b""),
]


@pytest.mark.parametrize("case", SM3_CASES, ids=[c.id for c in SM3_CASES])
def test_sm3_matches_official_or_is_refused(case: Case) -> None:
    if sm3_available():
        request, _ = assert_same_as_official(case)
        assert request.headers["Authorization"].startswith("SDK-HMAC-SM3 Access=")
        if case.headers.get("Content-Type") == "text/plain":
            assert request.headers["X-Sdk-Content-Sm3"] == "UNSIGNED-PAYLOAD"
    else:
        with pytest.raises(ValueError, match="SM3"):
            make_auth(case)


def test_unsigned_payload_header_is_added_and_signed() -> None:
    request, result = sign_ours(CASES[[c.id for c in CASES].index("post-text-unsigned-payload")])
    assert result is not None
    assert request.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
    assert "x-sdk-content-sha256" in result.signed_headers
    assert result.canonical_request.endswith("\nUNSIGNED-PAYLOAD")


# -- the wire --------------------------------------------------------------------------------------


def _capture() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return seen, httpx.MockTransport(handler)


def test_wire_request_is_the_signed_request() -> None:
    seen, transport = _capture()
    auth = HuaweiAkSkAuth(AK, SK, project_id="p1", clock=lambda: FROZEN)
    params: list[tuple[str, Any]] = [("tag", "b"), ("Tag", "a"), ("name", "x y+z"), ("empty", ""), ("uni", "ü")]
    with httpx.Client(transport=transport, auth=auth) as client:
        client.post(f"https://{HOST}/v1.0/p1/clusters", params=params, json={"a": 1})
    (wire,) = seen
    assert wire.url.raw_path == b"/v1.0/p1/clusters?Tag=a&empty=&name=x%20y%2Bz&tag=b&uni=%C3%BC"
    # Drive the official signer with exactly the headers that went out (minus its own additions).
    headers = {
        key.decode(): value.decode()
        for key, value in wire.headers.raw
        if key.lower() != b"authorization" and key.decode().lower() not in DEFAULT_UNSIGNED_HEADERS
    }
    official = sign_official(
        Case("wire", method="POST", path="/v1.0/p1/clusters", query=params, headers=headers, body=wire.content)
    )
    assert wire.headers["Authorization"] == official.request.header_params["Authorization"]
    assert "x-project-id" in wire.headers["Authorization"]
    assert official.request.uri == wire.url.raw_path.decode()


def test_wire_async_client_signs_too() -> None:
    seen, transport = _capture()
    auth = HuaweiAkSkAuth(AK, SK, clock=lambda: FROZEN)

    async def main() -> None:
        async with httpx.AsyncClient(transport=transport, auth=auth) as client:
            await client.get(f"https://{HOST}/v1/x", params={"b": "2", "a": "1"})

    asyncio.run(main())
    (wire,) = seen
    assert wire.url.raw_path == b"/v1/x?a=1&b=2"
    assert wire.headers["X-Sdk-Date"] == FROZEN_STR
    assert wire.headers["Authorization"].startswith(f"SDK-HMAC-SHA256 Access={AK}, SignedHeaders=")


def test_httpx_does_not_reencode_the_rebuilt_query() -> None:
    # "~" and "%7E" differ on the wire; the signed query must be sent byte for byte.
    seen, transport = _capture()
    with httpx.Client(transport=transport, auth=HuaweiAkSkAuth(AK, SK, clock=lambda: FROZEN)) as client:
        client.get(f"https://{HOST}/v1/x?k=%7E&j=a+b&i=%e2%82%ac")
    assert seen[0].url.raw_path == b"/v1/x?i=%E2%82%AC&j=a%20b&k=~"


def test_existing_authorization_is_left_alone_like_the_official_sdk() -> None:
    case = Case("preauthorized", query=[("b", "1"), ("a", "2")], headers={"Authorization": "Bearer x"}, project_id="p")
    official = sign_official(case)
    request, result = sign_ours(case)
    assert result is None
    assert official.canonical_request is None
    assert request.headers["Authorization"] == "Bearer x" == official.request.header_params["Authorization"]
    assert "X-Sdk-Date" not in request.headers
    assert request.headers["X-Project-Id"] == "p"
    assert request.url.raw_path.decode() == official.request.uri == "/v1.0/0123456789abcdef/clusters?a=2&b=1"


def test_content_length_and_hop_by_hop_headers_are_not_signed() -> None:
    request = httpx.Request(
        "POST",
        f"https://{HOST}/v1",
        content=b"{}",
        headers={"Connection": "keep-alive", "Content-Type": "application/json"},
    )
    result = HuaweiAkSkAuth(AK, SK, clock=lambda: FROZEN).sign(request)
    assert result is not None
    assert result.signed_headers == ("content-type", "host", "x-sdk-date")


def test_unsigned_headers_are_configurable() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1", headers={"User-Agent": "ua", "X-Keep": "k"})
    auth = HuaweiAkSkAuth(AK, SK, clock=lambda: FROZEN, unsigned_headers=["user-agent", "content-length"])
    result = auth.sign(request)
    assert result is not None
    assert result.signed_headers == ("host", "x-keep", "x-sdk-date")


def test_repeated_headers_are_joined_with_commas() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1", headers=[("X-Multi", "a"), ("X-Multi", "b")])
    result = HuaweiAkSkAuth(AK, SK, clock=lambda: FROZEN).sign(request)
    assert result is not None
    assert "\nx-multi:a,b\n" in result.canonical_request


# -- the clock and X-Sdk-Date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "moment",
    [
        FROZEN,
        FROZEN.replace(tzinfo=None),  # naive means UTC
        FROZEN.astimezone(timezone(timedelta(hours=8))),  # Beijing time converts back to UTC
        FROZEN.replace(microsecond=999_999),
    ],
    ids=["utc", "naive", "utc+8", "microseconds"],
)
def test_clock_is_formatted_as_utc_basic_format(moment: datetime) -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1")
    result = HuaweiAkSkAuth(AK, SK, clock=lambda: moment).sign(request)
    assert result is not None
    assert request.headers["X-Sdk-Date"] == result.sdk_date == FROZEN_STR
    assert result.string_to_sign.split("\n")[1] == FROZEN_STR


def test_default_clock_is_now() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1")
    before = datetime.now(UTC).replace(microsecond=0)
    HuaweiAkSkAuth(AK, SK).sign(request)
    sent = datetime.strptime(request.headers["X-Sdk-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert before <= sent <= datetime.now(UTC)


def test_malformed_caller_date_is_refused() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1", headers={"X-Sdk-Date": "2024-05-06T07:08:09Z"})
    with pytest.raises(ValueError, match="X-Sdk-Date"):
        HuaweiAkSkAuth(AK, SK).sign(request)


# -- construction and secrecy ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ak": "", "sk": SK}, "ak is required"),
        ({"ak": AK, "sk": ""}, "sk is required"),
        ({"ak": AK, "sk": SK, "project_id": "p", "domain_id": "d"}, "not both"),
        ({"ak": AK, "sk": SK, "algorithm": "SDK-HMAC-MD5"}, "unsupported signing algorithm"),
    ],
)
def test_invalid_construction(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message) as excinfo:
        HuaweiAkSkAuth(**kwargs)
    assert SK not in str(excinfo.value)


def test_secrets_never_in_repr() -> None:
    auth = HuaweiAkSkAuth(AK, SK, project_id="p1", security_token="SECRET-TOKEN", clock=lambda: FROZEN)
    text = repr(auth) + str(auth)
    assert SK not in text
    assert "SECRET-TOKEN" not in text
    assert AK in text and "p1" in text and "temporary=True" in text
    request = httpx.Request("GET", f"https://{HOST}/v1")
    result = auth.sign(request)
    assert result is not None
    assert result.signature not in repr(result)
    assert "Signature=" not in repr(result)
    assert SK not in repr(request.headers)


# -- pure steps ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "/"),
        ("/v1/clusters", "/v1/clusters/"),
        ("/v1/clusters/", "/v1/clusters/"),
        ("/v1/a%20b", "/v1/a%20b/"),
        ("/v1/a%2Fb", "/v1/a/b/"),
        ("/v1/~x!y", "/v1/~x%21y/"),
        ("/v1/%C3%BC", "/v1/%C3%BC/"),
    ],
)
def test_canonical_uri(path: str, expected: str) -> None:
    assert canonical_uri(path) == expected


def test_canonical_query_string_sorts_decoded_pairs_then_encodes() -> None:
    pairs = [("b", "2"), ("a", "z"), ("a", ""), ("a~", "1"), ("aé", "2"), ("k", "x y/é")]
    assert canonical_query_string(pairs) == "a=&a=z&a~=1&a%C3%A9=2&b=2&k=x%20y%2F%C3%A9"
    assert canonical_query_string([]) == ""


def test_payload_hash_rules() -> None:
    empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert payload_hash(b"", {}) == empty
    assert payload_hash(b"", {"X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"}) == empty
    assert payload_hash(b"abc", {"x-sdk-content-sha256": " UNSIGNED-PAYLOAD "}) == "UNSIGNED-PAYLOAD"
    assert payload_hash(b"abc", {}) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_pure_steps_compose_to_the_header() -> None:
    headers = {"Host": HOST, "X-Sdk-Date": FROZEN_STR, "Content-Type": "application/json"}
    creq = canonical_request("post", "/v1/x", [("b", "1")], headers, b"{}")
    assert creq.split("\n")[:3] == ["POST", "/v1/x/", "b=1"]
    sts = string_to_sign(creq, FROZEN_STR)
    sig = signature(SK, sts)
    request = httpx.Request("POST", f"https://{HOST}/v1/x?b=1", content=b"{}", headers=headers)
    result = HuaweiAkSkAuth(AK, SK).sign(request)
    assert result is not None
    assert (result.canonical_request, result.string_to_sign, result.signature) == (creq, sts, sig)


@pytest.mark.parametrize("sk", ["k", "x" * 64, "y" * 65, "ü" * 40, SK], ids=["short", "block", "long", "utf8", "sk"])
@pytest.mark.parametrize("algorithm", [SHA256, SM3])
def test_the_signers_derived_key_gives_the_pure_results(sk: str, algorithm: str) -> None:
    # HuaweiAkSkAuth absorbs the key into HMAC pads once; keys longer than a block are hashed first.
    if algorithm == SM3 and not sm3_available():
        pytest.skip("no SM3 in this OpenSSL")
    key = _SigningKey(sk, algorithm)
    for text in ("", "abc", "ü" * 100):
        assert key.signature(text) == signature(sk, text, algorithm)
        assert key.string_to_sign(text, FROZEN_STR) == string_to_sign(text, FROZEN_STR, algorithm)


def test_one_signer_signs_every_request_as_a_fresh_one_would() -> None:
    # A signer remembers what it made of each distinct set of headers (requests of one client repeat
    # theirs); interleaved requests with different headers, settings changed between them, must not mix.
    cases = [c for c in CASES if c.algorithm == SHA256 and not c.domain_id]
    shared = make_auth(Case("shared"))
    for round_ in range(2):
        for case in cases:
            shared.project_id, shared._security_token = case.project_id, case.security_token
            request = build_request(case)
            result = shared.sign(request)
            fresh_request, fresh_result = sign_ours(case)
            assert result == fresh_result, (round_, case.id)
            assert request.headers.raw == fresh_request.headers.raw, (round_, case.id)
            assert request.url == fresh_request.url, (round_, case.id)


# -- stored vectors (botocore aws4_testsuite style) -----------------------------------------------


def _load_vectors() -> list[dict[str, Any]]:
    data = yaml.safe_load(VECTORS.read_text(encoding="utf-8"))
    vectors: list[dict[str, Any]] = data["vectors"]
    return vectors


def _vector_case(vector: dict[str, Any]) -> Case:
    request = vector["request"]
    return Case(
        vector["name"],
        method=request["method"],
        path=request["path"],
        query=[(k, v) for k, v in request.get("query", [])],
        headers=request.get("headers", {}),
        body=request.get("body"),
        project_id=vector.get("project_id"),
        security_token=vector.get("security_token"),
    )


@pytest.mark.parametrize("vector", _load_vectors(), ids=lambda v: v["name"])
def test_vectors(vector: dict[str, Any]) -> None:
    case = _vector_case(vector)
    assert (vector["ak"], vector["sk"], vector["date"]) == (AK, SK, FROZEN_STR)
    request, result = sign_ours(case)
    assert result is not None
    assert result.canonical_request == vector["canonical_request"], "canonical request"
    assert result.string_to_sign == vector["string_to_sign"], "string to sign"
    assert request.headers["Authorization"] == vector["authorization"], "authorization"
    assert request.url.raw_path.decode() == vector["wire_uri"], "wire uri"
    # The vectors themselves are the official signer's output.
    official = sign_official(case)
    assert (official.canonical_request, official.string_to_sign) == (
        vector["canonical_request"],
        vector["string_to_sign"],
    )
    assert official.request.header_params["Authorization"] == vector["authorization"]


# -- property: any query, path segment and header value -------------------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=8)


@given(
    query=st.lists(st.tuples(_text, _text), max_size=5),
    segment=_text.filter(lambda s: s not in {"", ".", ".."}),
    header=_text.map(str.strip),
    body=st.binary(max_size=32),
)
def test_property_matches_official(query: list[tuple[str, str]], segment: str, header: str, body: bytes) -> None:
    case = Case(
        "property",
        method="POST",
        path="/v1/p1/" + quote(segment, safe=""),
        query=query,
        headers={"Content-Type": "application/json", "X-Value": header},
        body=body,
    )
    assert_same_as_official(case)
