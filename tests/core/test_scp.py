"""SCP access-key signing: hand-written vectors, the URL on the wire, headers, secrets.

Every expected signature is computed here from a message string written out by hand, never by
calling the module under test, so a wrong canonicalisation cannot agree with itself.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
from urllib.parse import parse_qsl, quote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dbcloud_core.auth.scp import ScpAuth, canonical_query, canonical_url, message, signature
from dbcloud_core.credentials import ScpCredentials

AK = "2sd2gg=2agbdSD26svcD"
SK = "s3cr3t-Key/with+chars="
TS_S = 1605290625.682  # the reference's example timestamp, in seconds
TS = "1605290625682"
HOST = "https://epas.kr-west1.s.samsungsdscloud.com"


def expected_signature(message_text: str, secret: str = SK) -> str:
    digest = hmac.new(secret.encode(), message_text.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def make_auth(**kwargs: object) -> ScpAuth:
    return ScpAuth(AK, SK, clock=lambda: TS_S, **kwargs)  # type: ignore[arg-type]


def send(auth: ScpAuth, method: str, url: str, **kwargs: object) -> httpx.Request:
    """Send through a MockTransport and return the request exactly as the transport received it."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.request(method, url, **kwargs)  # type: ignore[arg-type]
    (request,) = seen
    return request


def wire_url(request: httpx.Request) -> str:
    """The URL as the server sees it: scheme, the Host header and the raw request target."""
    return f"{request.url.scheme}://{request.headers['Host']}{request.url.raw_path.decode('ascii')}"


# (method, url as the caller writes it, params, URL expected on the wire and in the message)
VECTORS = [
    pytest.param("GET", f"{HOST}/v1/clusters", None, f"{HOST}/v1/clusters", id="get-no-query"),
    pytest.param(
        "GET",
        f"{HOST}/v1/clusters",
        {"size": "10", "page": "0", "cluster_name": "my db"},
        f"{HOST}/v1/clusters?cluster_name=my+db&page=0&size=10",
        id="get-query-sorted",
    ),
    pytest.param(
        "DELETE",
        f"{HOST}/v1/clusters/109a585ae67b4e8482fdafc8a4a5be74",
        None,
        f"{HOST}/v1/clusters/109a585ae67b4e8482fdafc8a4a5be74",
        id="delete",
    ),
    pytest.param(
        "GET",
        f"{HOST}/v1/clusters/a%20b%2F%C3%A9%5Bx%5D",  # a path parameter as the generated client quotes it
        [
            ("tag[0]", "a&b=c+d/é"),
            ("b", "x y"),
            ("b", "[z]"),
            ("a", "~._-"),
            ("Z", "é"),
            ("é", "1"),
        ],
        f"{HOST}/v1/clusters/a%20b%2F%C3%A9%5Bx%5D"
        "?Z=%C3%A9&a=~._-&b=x+y&b=%5Bz%5D&tag[0]=a%26b%3Dc%2Bd%2F%C3%A9&%C3%A9=1",
        id="special-characters",
    ),
    pytest.param(
        "GET",
        f"{HOST}/v1/é x/[y]",  # unescaped path: escaped as Go's url.PathEscape does, and signed so
        None,
        f"{HOST}/v1/%C3%A9%20x/%5By%5D",
        id="unicode-path",
    ),
    pytest.param(
        "GET",
        # as the generated client quotes a parameter (everything escaped); Samsung's Go SDK
        # (url.PathEscape) leaves : @ + = & $ literal and escapes / ; , ? ! * ( ) and space
        f"{HOST}/v1/engines/" + quote("a:b@c+d=e&f$g/h;i,j?k é!*()~._-", safe=""),
        None,
        f"{HOST}/v1/engines/a:b@c+d=e&f$g%2Fh%3Bi%2Cj%3Fk%20%C3%A9%21%2A%28%29~._-",
        id="go-path-escape",
    ),
    pytest.param(
        "GET",
        f"{HOST}/v1/clusters?name=a%20b&q=c+d&flag&x=%2f",
        None,
        f"{HOST}/v1/clusters?flag=&name=a+b&q=c+d&x=%2F",
        id="raw-query-normalised",
    ),
    pytest.param(
        "GET",
        "https://epas.kr-west1.s.samsungsdscloud.com:8443/v1/engines",
        None,
        "https://epas.kr-west1.s.samsungsdscloud.com:8443/v1/engines",
        id="explicit-port",
    ),
    pytest.param(
        "GET",
        "https://epas.kr-west1.s.samsungsdscloud.com:443/v1/engines",
        None,
        "https://epas.kr-west1.s.samsungsdscloud.com/v1/engines",
        id="default-port-dropped",
    ),
]


@pytest.mark.parametrize(("method", "url", "params", "signed_url"), VECTORS)
def test_vectors(method: str, url: str, params: object, signed_url: str) -> None:
    request = send(make_auth(), method, url, params=params)

    expected_message = f"{method}{signed_url}{TS}{AK}Openapi"
    assert canonical_url(request) == signed_url
    assert wire_url(request) == signed_url
    assert request.headers["Scp-Signature"] == expected_signature(expected_message)
    assert request.headers["Scp-Timestamp"] == TS
    assert request.headers["Scp-Accesskey"] == AK


def test_get_without_query_literal_message() -> None:
    # The whole message for the simplest call, written out once in full.
    request = send(make_auth(), "GET", f"{HOST}/v1/clusters")
    text = "GEThttps://epas.kr-west1.s.samsungsdscloud.com/v1/clusters1605290625682" + AK + "Openapi"
    assert message("GET", canonical_url(request), TS, AK) == text
    assert request.headers["Scp-Signature"] == expected_signature(text)
    assert signature(SK, text) == expected_signature(text)


def test_signature_is_padded_standard_base64() -> None:
    value = signature(SK, "anything")
    assert len(value) == 44 and value.endswith("=")
    assert base64.b64decode(value, validate=True) == hmac.new(SK.encode(), b"anything", hashlib.sha256).digest()


def test_post_body_is_not_signed() -> None:
    url = f"{HOST}/v1/instance-groups/ig-1/block-storage-groups"
    first = send(make_auth(), "POST", url, json={"role_type": "DATA", "size_gb": 104, "volume_type": "SSD"})
    second = send(make_auth(), "POST", url, json={"size_gb": 200})

    text = f"POST{url}{TS}{AK}Openapi"
    assert first.headers["Scp-Signature"] == expected_signature(text)
    assert second.headers["Scp-Signature"] == first.headers["Scp-Signature"]
    assert first.content == b'{"role_type":"DATA","size_gb":104,"volume_type":"SSD"}'


def test_account_id_is_signed_and_sent() -> None:
    request = send(make_auth(account_id="acc-42"), "GET", f"{HOST}/v1/clusters", params={"size": "1"})

    text = f"GET{HOST}/v1/clusters?size=1{TS}{AK}acc-42Openapi"
    assert request.headers["Scp-Signature"] == expected_signature(text)
    assert request.headers["Scp-AccountId"] == "acc-42"


def test_without_account_id_no_header_and_empty_in_message() -> None:
    request = send(make_auth(), "GET", f"{HOST}/v1/clusters")
    assert "Scp-AccountId" not in request.headers
    assert message("GET", f"{HOST}/v1/clusters", TS, AK) == f"GET{HOST}/v1/clusters{TS}{AK}Openapi"


def test_fixed_headers_and_defaults() -> None:
    request = send(make_auth(api_version="epas 1.0"), "GET", f"{HOST}/v1/clusters")
    assert request.headers["Scp-ClientType"] == "Openapi"
    assert request.headers["Accept-Language"] == "en-US"
    assert request.headers["Scp-Api-Version"] == "epas 1.0"
    assert "X-Auth-Token" not in request.headers


def test_caller_headers_win() -> None:
    headers = {"Accept-Language": "ko-KR", "Scp-Api-Version": "epas 1.1"}
    request = send(make_auth(api_version="epas 1.0"), "GET", f"{HOST}/v1/clusters", headers=headers)
    assert request.headers["Accept-Language"] == "ko-KR"
    assert request.headers.get_list("Scp-Api-Version") == ["epas 1.1"]


def test_no_api_version_unless_configured() -> None:
    request = send(make_auth(), "GET", f"{HOST}/v1/clusters")
    assert "Scp-Api-Version" not in request.headers


def test_auth_token_is_sent_but_not_signed() -> None:
    request = send(make_auth(auth_token="tok-123"), "GET", f"{HOST}/v1/clusters")
    assert request.headers["X-Auth-Token"] == "tok-123"
    assert request.headers["Scp-Signature"] == expected_signature(f"GET{HOST}/v1/clusters{TS}{AK}Openapi")


def test_timestamp_comes_from_clock_in_milliseconds() -> None:
    times = iter([1.001, 1700000000.5])
    auth = ScpAuth(AK, SK, clock=lambda: next(times))
    first = send(auth, "GET", f"{HOST}/v1/a")
    second = send(auth, "GET", f"{HOST}/v1/a")
    # 1.001 * 1000 is 1000.9999999999999 in binary floating point: rounded, not truncated.
    assert first.headers["Scp-Timestamp"] == "1001"
    assert second.headers["Scp-Timestamp"] == "1700000000500"
    assert second.headers["Scp-Signature"] == expected_signature(f"GET{HOST}/v1/a1700000000500{AK}Openapi")


def test_flow_stepped_by_hand() -> None:
    request = httpx.Request("PUT", f"{HOST}/v1/clusters/c1/start", params={"b": "2", "a": "1"})
    flow = make_auth().auth_flow(request)
    sent = next(flow)
    assert sent is request
    assert str(sent.url) == f"{HOST}/v1/clusters/c1/start?a=1&b=2"
    assert sent.headers["Scp-Signature"] == expected_signature(f"PUT{HOST}/v1/clusters/c1/start?a=1&b=2{TS}{AK}Openapi")
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200))


def test_async_client() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler), auth=make_auth()) as client:
            await client.get(f"{HOST}/v1/engines", params={"b": "x y", "a": "1"})

    asyncio.run(main())
    (request,) = seen
    assert wire_url(request) == f"{HOST}/v1/engines?a=1&b=x+y"
    assert request.headers["Scp-Signature"] == expected_signature(f"GET{HOST}/v1/engines?a=1&b=x+y{TS}{AK}Openapi")


def test_canonical_query_table() -> None:
    assert canonical_query("") == ""
    assert canonical_query("b=2&a=1&b=1") == "a=1&b=2&b=1"
    assert canonical_query("k=%7e%21*%27()") == "k=~%21%2A%27%28%29"
    assert canonical_query("arr%5B%5D=1") == "arr[]=1"


def test_from_credentials() -> None:
    auth = ScpAuth.from_credentials(ScpCredentials(AK, SK, "acc-1"), clock=lambda: TS_S, api_version="epas 1.0")
    request = send(auth, "GET", f"{HOST}/v1/clusters")
    assert request.headers["Scp-Signature"] == expected_signature(f"GET{HOST}/v1/clusters{TS}{AK}acc-1Openapi")
    assert request.headers["Scp-Api-Version"] == "epas 1.0"


def test_secrets_not_in_repr() -> None:
    auth = ScpAuth(AK, SK, account_id="acc-1", auth_token="tok-secret-123")
    text = repr(auth) + str(auth)
    assert SK not in text
    assert "tok-secret-123" not in text
    assert AK in text


_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)


@given(st.lists(st.tuples(_text.filter(bool), _text), max_size=6))
def test_any_query_round_trips_and_is_signed_as_sent(pairs: list[tuple[str, str]]) -> None:
    request = send(make_auth(), "GET", f"{HOST}/v1/clusters", params=pairs)

    signed = canonical_url(request)
    assert wire_url(request) == signed
    # Nothing lost or reordered within a key: the server decodes exactly the caller's pairs, sorted by key bytes.
    query = signed.partition("?")[2]
    assert parse_qsl(query, keep_blank_values=True) == sorted(pairs, key=lambda kv: kv[0].encode())
    assert request.headers["Scp-Signature"] == expected_signature(f"GET{signed}{TS}{AK}Openapi")
