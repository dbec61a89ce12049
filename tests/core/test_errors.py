from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from dbcloud_core import errors
from dbcloud_core.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DbcloudError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    TransportError,
    UnauthorizedError,
    WaiterError,
    WaiterFailureError,
    WaiterTimeoutError,
    from_response,
    from_transport_error,
    parse_error_body,
)

REQUEST = httpx.Request("POST", "https://dws.cn-north-4.myhuaweicloud.com/v1.0/p1/clusters")
CODES = {
    "DWS.0011": (409, "The instance is busy with another operation or is faulty.", True),
    "DWS.0015": (403, "The resource is missing or access to it is denied.", False),
    "DBS.280001": (400, "A request parameter is invalid.", False),
}


def _response(
    status: int, body: bytes | str | dict[str, Any] = b"", headers: dict[str, str] | None = None
) -> httpx.Response:
    content = json.dumps(body).encode() if isinstance(body, dict) else body
    return httpx.Response(status, content=content, headers=headers, request=REQUEST)


def test_hierarchy_is_written_out() -> None:
    assert issubclass(ConfigurationError, DbcloudError)
    assert issubclass(RequestValidationError, DbcloudError) and issubclass(RequestValidationError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError) and issubclass(APIConnectionError, TransportError)
    for cls in (BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError, RateLimitedError):
        assert issubclass(cls, APIError) and cls.__module__ == "dbcloud_core.errors"
    assert issubclass(ServerError, APIError) and issubclass(APIError, DbcloudError)
    assert issubclass(ResponseValidationError, DbcloudError)
    assert issubclass(WaiterFailureError, WaiterError) and issubclass(WaiterTimeoutError, WaiterError)
    # Every exception class of the module is exported, and the docstring draws each one.
    classes = {n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, Exception)}
    assert classes <= set(errors.__all__)
    for name in classes:
        assert name in (errors.__doc__ or ""), name


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitedError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (599, ServerError),
        (405, APIError),
        (408, APIError),
        (422, APIError),
        (302, APIError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIError]) -> None:
    err = from_response(_response(status, {"error_code": "X.1", "error_msg": "m"}))
    assert type(err) is cls
    assert err.status == status


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"error_code": "DWS.0015", "error_msg": "Cluster not found"}, "DWS.0015", "Cluster not found"),
        ({"errCode": "DBS.280001", "externalMessage": "Invalid parameter"}, "DBS.280001", "Invalid parameter"),
        ({"error": {"code": "APIGW.0301", "message": "Incorrect IAM auth"}}, "APIGW.0301", "Incorrect IAM auth"),
        ({"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "x"}}, "401",
         "The request you have made requires authentication."),
        ({"code": "EPAS.1", "message": "bad thing"}, "EPAS.1", "bad thing"),
        ({"error_code": "DWS.0001", "error_message": "wrong"}, "DWS.0001", "wrong"),
        ({"errorCode": "E1", "errorMsg": "camel"}, "E1", "camel"),
    ],
)  # fmt: skip
def test_every_body_shape(body: dict[str, Any], code: str, message: str) -> None:
    err = from_response(_response(400, body))
    assert (err.error_code, err.message) == (code, message)
    assert parse_error_body(json.dumps(body)).code == code


@pytest.mark.parametrize(
    ("body", "headers", "expected"),
    [
        (b"", {}, "Service Unavailable"),
        (b"   ", {}, "Service Unavailable"),
        (b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", {},
         "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"),
        (b'{"error_code": "DWS.00', {}, '{"error_code": "DWS.00'),  # truncated JSON
        (b"[1, 2]", {}, "[1, 2]"),  # JSON, but not an object
        (b'"just a string"', {}, '"just a string"'),
        (b"\xff\xfe garbage", {}, "\ufffd\ufffd garbage"),
        (b'{"unrelated": true}', {}, '{"unrelated": true}'),
    ],
)  # fmt: skip
def test_unparseable_bodies_still_yield_typed_errors(body: bytes, headers: dict[str, str], expected: str) -> None:
    err = from_response(_response(503, body, headers))
    assert type(err) is ServerError
    assert err.error_code is None
    assert err.message == expected
    assert err.retryable is True


def test_long_text_body_is_snipped() -> None:
    err = from_response(_response(502, "x" * 5000))
    assert err.message == "x" * 200 + "..."


def test_code_without_message_uses_documented_then_reason() -> None:
    err = from_response(_response(409, {"error_code": "DWS.0011"}), error_codes=CODES)
    assert err.message == CODES["DWS.0011"][1]
    err = from_response(_response(409, {"error_code": "DWS.9999"}), error_codes=CODES)
    assert err.message == "Conflict"


def test_documented_code_sets_documented_and_retryable() -> None:
    busy = from_response(_response(409, {"error_code": "DWS.0011", "error_msg": "busy"}), error_codes=CODES)
    assert busy.documented == CODES["DWS.0011"] and busy.retryable is True
    denied = from_response(_response(403, {"error_code": "DWS.0015", "error_msg": "no"}), error_codes=CODES)
    assert denied.documented == CODES["DWS.0015"] and denied.retryable is False
    # A documented non-retryable code wins over a transient status.
    legacy = from_response(_response(500, {"errCode": "DBS.280001", "externalMessage": "x"}), error_codes=CODES)
    assert legacy.documented is not None and legacy.retryable is False
    unknown = from_response(_response(409, {"error_code": "DWS.7777", "error_msg": "?"}), error_codes=CODES)
    assert unknown.documented is None and unknown.retryable is False
    assert from_response(_response(429, {"error_code": "DWS.7777"})).retryable is True


@pytest.mark.parametrize("header", ["X-Request-Id", "X-Openstack-Request-Id", "x-request-id", "X-OPENSTACK-REQUEST-ID"])
def test_request_id_from_headers(header: str) -> None:
    err = from_response(_response(404, {"error_code": "X", "error_msg": "m"}, {header: "req-123"}))
    assert err.request_id == "req-123"


def test_request_id_from_body_when_no_header() -> None:
    body = {"error_code": "APIGW.0101", "error_msg": "not found", "request_id": "body-req"}
    assert from_response(_response(404, body)).request_id == "body-req"
    headers = {"X-Request-Id": "hdr-req"}
    assert from_response(_response(404, body, headers)).request_id == "hdr-req"
    assert from_response(_response(404, {"error_code": "X"})).request_id is None


def test_str_and_repr() -> None:
    response = _response(404, {"error_code": "DWS.0015", "error_msg": "Cluster not found"}, {"X-Request-Id": "r1"})
    err = from_response(response, operation="show_cluster_detail", error_codes=CODES)
    assert str(err) == "404 DWS.0015: Cluster not found (request id r1, operation show_cluster_detail)"
    assert err.args == (str(err),)
    assert repr(err) == (
        "NotFoundError(status=404, error_code='DWS.0015', message='Cluster not found', "
        "request_id='r1', operation='show_cluster_detail')"
    )
    assert err.response is response and err.operation == "show_cluster_detail"
    assert str(from_response(_response(500))) == "500: Internal Server Error"


def test_direct_construction_defaults() -> None:
    err = ConflictError("busy", status=409)
    assert str(err) == "409: busy"
    assert (err.error_code, err.request_id, err.operation, err.response, err.documented) == (None,) * 5
    assert err.retryable is False
    assert ServerError("down", status=503).retryable is True


def test_server_echoed_secrets_are_masked() -> None:
    body = {"error_code": "DWS.0001", "error_msg": 'invalid body {"user_pwd": "Hunter2!Secret", "name": "c1"}'}
    err = from_response(_response(400, body))
    for text in (str(err), repr(err), err.message, *map(str, err.args)):
        assert "Hunter2!Secret" not in text
    assert '"name": "c1"' in err.message and "***" in err.message
    snippet = from_response(_response(502, b"upstream said password=Sup3rS3cret&x=1"))
    assert "Sup3rS3cret" not in str(snippet) and "password=***" in str(snippet)


def test_unread_streamed_response_is_typed_from_status() -> None:
    response = httpx.Response(429, stream=httpx.ByteStream(b'{"error_code": "X"}'), request=REQUEST)
    err = from_response(response)
    assert type(err) is RateLimitedError and err.error_code is None and err.message == "Too Many Requests"


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("connection refused", request=REQUEST), APIConnectionError),
        (httpx.ReadError("connection reset by peer", request=REQUEST), APIConnectionError),
        (httpx.ProxyError("proxy said no", request=REQUEST), APIConnectionError),
        (httpx.ConnectTimeout("timed out", request=REQUEST), APITimeoutError),
        (httpx.ReadTimeout("timed out", request=REQUEST), APITimeoutError),
        (httpx.PoolTimeout("pool", request=REQUEST), APITimeoutError),
        (httpx.RemoteProtocolError("server disconnected", request=REQUEST), APIConnectionError),
        (httpx.UnsupportedProtocol("ftp", request=REQUEST), TransportError),
    ],
)
def test_from_transport_error(exc: httpx.TransportError, cls: type[TransportError]) -> None:
    err = from_transport_error(exc, "create_cluster")
    assert type(err) is cls
    assert err.operation == "create_cluster" and err.request is REQUEST
    assert "create_cluster" in str(err) and type(exc).__name__ in str(err)


def test_from_transport_error_without_request() -> None:
    err = from_transport_error(httpx.ReadTimeout(""))
    assert type(err) is APITimeoutError and err.request is None and err.operation is None
    assert str(err) == "timed out: ReadTimeout: ReadTimeout"


def test_request_validation_error_drops_inputs() -> None:
    pydantic_like = [
        {"type": "string_too_short", "loc": ("cluster", "user_pwd"), "msg": "too short", "input": "pw-Secret-9"},
    ]
    err = RequestValidationError("cluster.user_pwd: too short", field="cluster.user_pwd", errors=pydantic_like)
    assert isinstance(err, ValueError)
    assert err.field == "cluster.user_pwd"
    assert err.errors == [{"type": "string_too_short", "loc": ("cluster", "user_pwd"), "msg": "too short"}]
    assert "pw-Secret-9" not in repr(err) + str(err) + repr(err.errors)
    assert repr(err) == "RequestValidationError('cluster.user_pwd: too short', field='cluster.user_pwd')"


def test_response_validation_error_keeps_raw_body_out_of_str() -> None:
    body = b'{"cluster": {"status": 17, "token": "tok-abcdef"}}'
    err = ResponseValidationError("cluster.status: not a string", body=body, operation="show_cluster_detail")
    assert err.body == body
    assert "tok-abcdef" not in str(err) + repr(err)
    assert repr(err) == (
        "ResponseValidationError('cluster.status: not a string', operation='show_cluster_detail', "
        f"body_bytes={len(body)})"
    )


def test_response_validation_error_takes_body_from_response() -> None:
    response = _response(200, b'{"clusters": 3}')
    err = ResponseValidationError("200 reply could not be parsed", response=response)
    assert err.body == b'{"clusters": 3}' and err.response is response
    assert ResponseValidationError("x").body == b""
    unread = httpx.Response(200, stream=httpx.ByteStream(b"{}"), request=REQUEST)
    assert ResponseValidationError("x", response=unread).body == b""


def test_waiter_errors() -> None:
    last = {"cluster": {"status": "CREATION FAILED"}}
    err = WaiterFailureError("ClusterAvailable: cluster.status == 'CREATION FAILED' matched a failure acceptor", last)
    assert err.last_response is last and err.reason.startswith("ClusterAvailable")
    assert str(err) == err.reason
    timeout = WaiterTimeoutError("ClusterAvailable: 60 attempts without success")
    assert timeout.last_response is None and isinstance(timeout, WaiterError)
    assert repr(timeout) == "WaiterTimeoutError('ClusterAvailable: 60 attempts without success')"


def test_parse_error_body_all_none_for_garbage() -> None:
    assert parse_error_body(b"") == (None, None, None)
    assert parse_error_body(b"{") == (None, None, None)
    assert parse_error_body(b"\xff") == (None, None, None)
    assert parse_error_body(b'{"error_code": true, "error_msg": ["x"]}') == (None, None, None)
