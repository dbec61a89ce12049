from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from dbcloud_core.redaction import (
    MASK,
    SECRET_FIELDS,
    SENSITIVE_HEADERS,
    SensitiveFilter,
    alog_request,
    alog_response,
    configure_logging,
    log_request,
    log_response,
    redact,
    redact_headers,
    redact_text,
)

SK = "SkSecretValue0123456789"
TOKEN = "MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHICAQExDTALBglghkgBZQMEAgEwggLXBgkqhkiG9w0BBwGgggLIBIICxHsidG9rZW4iOns"
PASSWORD = "Pa$$w0rd!Planted"
URL = "https://dws.cn-north-4.myhuaweicloud.com/v1.0/p1/clusters"


@pytest.fixture
def dbcloud_logger() -> Iterator[logging.Logger]:
    """The dbcloud logger, restored afterwards (configure_logging mutates it)."""
    logger = logging.getLogger("dbcloud")
    saved = (logger.level, list(logger.filters), list(logger.handlers))
    yield logger
    logger.setLevel(saved[0])
    logger.filters[:] = saved[1]
    for handler in logger.handlers:
        if handler not in saved[2]:
            handler.close()
    logger.handlers[:] = saved[2]


def test_sensitive_headers_and_fields() -> None:
    assert {
        "authorization",
        "x-auth-token",
        "x-security-token",
        "x-subject-token",
        "scp-signature",
    } <= SENSITIVE_HEADERS
    assert {"proxy-authorization", "cookie", "set-cookie"} <= SENSITIVE_HEADERS
    assert "scp-accesskey" not in SENSITIVE_HEADERS  # an access key id is not a secret
    assert {"password", "user_pwd", "sk", "secret_key", "token", "signature", "access_key_secret"} <= SECRET_FIELDS
    assert MASK == "***"


def test_redact_headers() -> None:
    headers = httpx.Headers(
        {
            "Authorization": f"SDK-HMAC-SHA256 Access=AK123, SignedHeaders=host, Signature={SK}",
            "X-Auth-Token": TOKEN,
            "X-Security-Token": TOKEN,
            "Scp-Signature": SK,
            "Scp-Accesskey": "AK-visible",
            "Cookie": "session=abc",
            "Content-Type": "application/json",
        }
    )
    out = redact_headers(headers)
    assert out["scp-accesskey"] == "AK-visible" and out["content-type"] == "application/json"
    for name in ("authorization", "x-auth-token", "x-security-token", "scp-signature", "cookie"):
        assert out[name] == MASK
    assert SK not in repr(out) and TOKEN not in repr(out)
    assert redact_headers({"set-cookie": "a=b", "X-Request-Id": "r"}) == {"set-cookie": MASK, "X-Request-Id": "r"}


def test_redact_nested_values() -> None:
    body: dict[str, Any] = {
        "cluster": {
            "name": "c1",
            "user_pwd": PASSWORD,
            "Password": PASSWORD,
            "nodes": [{"securityToken": TOKEN, "id": "n1"}, {"secret-key": SK}],
            "db_password": PASSWORD,
            "empty_secret": None,
        },
        "auth": ({"sk": SK},),
        "count": 3,
    }
    out = redact(body, sensitive_fields=["DB_PASSWORD"])
    text = repr(out)
    assert PASSWORD not in text and TOKEN not in text and SK not in text
    assert out["cluster"]["name"] == "c1" and out["count"] == 3
    assert out["cluster"]["nodes"][0] == {"securityToken": MASK, "id": "n1"}
    assert out["auth"] == ({"sk": MASK},)
    assert body["cluster"]["user_pwd"] == PASSWORD  # the input is not mutated
    assert redact({"password": None}) == {"password": None}
    assert redact({"db_password": PASSWORD})["db_password"] == PASSWORD  # not a built-in name
    assert redact("plain") == "plain" and redact(7) == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"password": "x1y2", "name": "c"}', '{"password": "***", "name": "c"}'),
        ('{"user_pwd":"a\\"b", "n": 1}', '{"user_pwd":"***", "n": 1}'),
        ('{"securityToken": "abc"}', '{"securityToken": "***"}'),
        ("{'secret_key': 'abc', 'ak': 'AK1'}", "{'secret_key': '***', 'ak': 'AK1'}"),
        ("login password=hunter22&user=bob", "login password=***&user=bob"),
        ("Access=AK1, SignedHeaders=host, Signature=deadbeef", "Access=AK1, SignedHeaders=host, Signature=***"),
        ("X-Auth-Token: abc.def\nHost: h", "X-Auth-Token: ***\nHost: h"),
        ("my_token_id=keep", "my_token_id=keep"),
        ("nothing secret here", "nothing secret here"),
    ],
)
def test_redact_text_patterns(text: str, expected: str) -> None:
    assert redact_text(text) == expected


def test_redact_text_known_values_and_extra_fields() -> None:
    text = f"signed with {SK} and {TOKEN}; db_pass=xyz; short=ab"
    out = redact_text(text, [SK, TOKEN, "ab", ""], sensitive_fields=["db_pass"])
    assert out == "signed with *** and ***; db_pass=***; short=ab"


def test_filter_masks_message_and_args(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("dbcloud.test_filter")
    filt = SensitiveFilter(secrets=[SK])
    logger.addFilter(filt)
    try:
        with caplog.at_level(logging.DEBUG, logger="dbcloud.test_filter"):
            logger.info("body %s", {"password": PASSWORD, "name": "c1"})
            logger.info("headers %s", httpx.Headers({"X-Auth-Token": TOKEN}))
            logger.info("signing key %s", SK)
            logger.info(f'inline {{"user_pwd": "{PASSWORD}"}}')
            logger.info("mapping %(body)s", {"body": {"token": TOKEN}})
            filt.add_secrets("LateToken-42")
            logger.warning("late secret LateToken-42 in %d places", 2)
            logger.info("broken %d format", "x")
    finally:
        logger.removeFilter(filt)
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0] == "body {'password': '***', 'name': 'c1'}"
    assert messages[1] == "headers {'x-auth-token': '***'}"
    assert messages[2] == "signing key ***"
    assert messages[3] == 'inline {"user_pwd": "***"}'
    assert messages[4] == "mapping {'token': '***'}"
    assert messages[5] == "late secret *** in 2 places"
    assert messages[6].startswith("broken %d format")
    for text in [*messages, caplog.text, repr(filt)]:
        assert SK not in text and TOKEN not in text and PASSWORD not in text and "LateToken-42" not in text


def test_configure_logging_levels_and_idempotence(dbcloud_logger: logging.Logger) -> None:
    dbcloud_logger.setLevel(logging.WARNING)
    configure_logging({})
    assert dbcloud_logger.level == logging.WARNING  # no env switch: the application decides
    assert sum(isinstance(f, SensitiveFilter) for f in dbcloud_logger.filters) == 1
    configure_logging({"DBCLOUD_LOG": "info"})
    assert dbcloud_logger.level == logging.INFO
    configure_logging({"DBCLOUD_LOG": " DEBUG "}, secrets=[SK])
    assert dbcloud_logger.level == logging.DEBUG
    assert sum(isinstance(f, SensitiveFilter) for f in dbcloud_logger.filters) == 1
    assert sum(getattr(h, "_dbcloud", False) for h in dbcloud_logger.handlers) == 1


def test_configure_logging_reads_environment(dbcloud_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBCLOUD_LOG", "debug")
    assert configure_logging() is dbcloud_logger
    assert dbcloud_logger.level == logging.DEBUG


def _secret_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        URL + "?sk=" + SK,
        headers={"X-Auth-Token": TOKEN, "Content-Type": "application/json"},
        json={"cluster": {"name": "c1", "user_pwd": PASSWORD, "db_secret": "extra-secret-1"}},
        extensions={"dbcloud": {"operation_id": "create_cluster", "sensitive_fields": ["db_secret"]}},
    )


def _secret_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        headers={"Set-Cookie": "sess=" + SK, "X-Request-Id": "req-1"},
        json={"cluster": {"id": "c-1", "token": TOKEN}},
    )


def test_debug_hooks_log_redacted_requests_and_responses(
    dbcloud_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging({"DBCLOUD_LOG": "debug"}, secrets=[SK])
    hooks: dict[str, list[Callable[..., Any]]] = {"request": [log_request], "response": [log_response]}
    with caplog.at_level(logging.DEBUG, logger="dbcloud"):
        with httpx.Client(transport=httpx.MockTransport(_secret_handler), event_hooks=hooks) as c:
            response = c.send(_secret_request())
    assert response.json() == {"cluster": {"id": "c-1", "token": TOKEN}}  # the caller still gets the body
    request_line, response_line = (r.getMessage() for r in caplog.records if r.name == "dbcloud")
    assert request_line.startswith(f"request POST {URL}?sk=***")
    assert "'X-Auth-Token': '***'" in request_line.replace("x-auth-token", "X-Auth-Token")
    assert '"name": "c1"' in request_line and '"user_pwd": "***"' in request_line
    assert '"db_secret": "***"' in request_line
    assert response_line.startswith(f"response POST {URL}?sk=*** -> 200")
    assert '"token": "***"' in response_line and "'x-request-id': 'req-1'" in response_line
    for text in (request_line, response_line, caplog.text):
        assert SK not in text and TOKEN not in text and PASSWORD not in text and "extra-secret-1" not in text


def test_async_debug_hooks(dbcloud_logger: logging.Logger, caplog: pytest.LogCaptureFixture) -> None:
    dbcloud_logger.setLevel(logging.DEBUG)

    async def scenario() -> None:
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [alog_request], "response": [alog_response]}
        async with httpx.AsyncClient(transport=httpx.MockTransport(_secret_handler), event_hooks=hooks) as c:
            response = await c.send(_secret_request())
            assert response.json()["cluster"]["token"] == TOKEN

    with caplog.at_level(logging.DEBUG, logger="dbcloud"):
        asyncio.run(scenario())
    lines = [r.getMessage() for r in caplog.records if r.name == "dbcloud"]
    assert len(lines) == 2
    assert TOKEN not in "".join(lines) and PASSWORD not in "".join(lines)


def test_hooks_are_silent_unless_debug(dbcloud_logger: logging.Logger, caplog: pytest.LogCaptureFixture) -> None:
    dbcloud_logger.setLevel(logging.INFO)
    with caplog.at_level(logging.INFO, logger="dbcloud"):
        log_request(_secret_request())
        response = httpx.Response(200, stream=httpx.ByteStream(b"{}"), request=_secret_request())
        log_response(response)
    assert caplog.records == []
    assert not response.is_stream_consumed  # not debugging: the body is left for the caller


def test_non_json_and_streamed_bodies(dbcloud_logger: logging.Logger, caplog: pytest.LogCaptureFixture) -> None:
    dbcloud_logger.setLevel(logging.DEBUG)

    def gen() -> Iterator[bytes]:
        yield b"password=abc12345"

    with caplog.at_level(logging.DEBUG, logger="dbcloud"):
        log_request(httpx.Request("POST", URL, content=b"user=x&password=abc12345"))
        log_request(httpx.Request("POST", URL, content=gen()))
        log_request(httpx.Request("GET", URL))
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0].endswith("body=user=x&password=***")
    assert lines[1].endswith("body=<stream>")
    assert lines[2].endswith("body=")
    assert "abc12345" not in caplog.text


def test_exception_strings_are_redacted() -> None:
    from dbcloud_core.errors import from_response

    body = json.dumps({"error_code": "DWS.0001", "error_msg": f"bad request: Signature={SK} token={TOKEN}"})
    err = from_response(httpx.Response(400, content=body.encode()))
    assert SK not in str(err) and TOKEN not in str(err) and SK not in repr(err)


# -- secrets a request carried, echoed bare by a server, through the public facade ------------------

ECHOED_PASSWORD = "Echo-Me-Pa55word!"
ECHOED_TOKEN = "MIIEchoedTokenValue0123456789"


def _echo(request: httpx.Request) -> httpx.Response:
    """A service that quotes back what it got: the password of the body and the token header."""
    sent = json.loads(request.content)["cluster"]["user_pwd"]
    token = request.headers.get("X-Auth-Token", "")
    message = f'user_pwd: "{sent}" does not meet the password policy; caller {token} ({sent[:4]}...)'
    return httpx.Response(400, json={"error_code": "DWS.0001", "error_msg": message})


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_secret_echoed_bare_by_the_server_is_masked(use_async: bool) -> None:
    from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
    from dbcloud_core.errors import BadRequestError
    from dbcloud_dws import AsyncDwsClient, DwsClient
    from dbcloud_dws.models import CreateClusterRequest
    from tests.support import request_example

    body = request_example("dws", "create_cluster")
    body["cluster"]["user_pwd"] = ECHOED_PASSWORD
    request = CreateClusterRequest.from_dict(body)
    options: dict[str, Any] = {
        "base_url": "https://dws.test",
        "auth": HuaweiTokenAuth.static(ECHOED_TOKEN),
        "project_id": "p" * 32,
        "transport": httpx.MockTransport(_echo),
    }

    async def call_async() -> None:
        async with AsyncDwsClient(**options) as dws:
            await dws.create_cluster(body=request)

    with pytest.raises(BadRequestError) as caught:
        if use_async:
            asyncio.run(call_async())
        else:
            with DwsClient(**options) as dws:
                dws.create_cluster(body=request)
    error = caught.value
    for text in (str(error), repr(error), error.message, str(error.args)):
        assert ECHOED_PASSWORD not in text and ECHOED_TOKEN not in text, text
    assert 'user_pwd: "***" does not meet the password policy; caller ***' in error.message
    assert error.error_code == "DWS.0001"
