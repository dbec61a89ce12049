"""The generated facades: every operation is a method; calls are signed, default the project id,
validate before sending, and turn error replies into typed errors — for every service alike."""

from __future__ import annotations

import asyncio
import inspect
import types
from typing import Any

import httpx
import pytest

from dbcloud_core import errors
from dbcloud_core.credentials import HuaweiCredentials, ScpCredentials
from generator.config import Service
from generator.naming import pascal
from tests.support import SERVICE_IDS, SERVICES, behaviour, operations, package, spec_of

SECRET = "S3cr3t-Planted-Value"


def _facades(service: Service) -> tuple[type[Any], type[Any]]:
    pkg = package(service)
    name = f"{pascal(service.key)}Client"
    return getattr(pkg, name), getattr(pkg, f"Async{name}")


def _uses_scp(service: Service) -> bool:
    """Which credentials a service takes follows from its security schemes, as in the runtime."""
    return any(s.get("name") == "Scp-Accesskey" for s in behaviour(service).SECURITY_SCHEMES.values())


def _credentials(service: Service) -> HuaweiCredentials | ScpCredentials:
    if _uses_scp(service):
        return ScpCredentials(access_key="AKID", secret_key=SECRET)
    return HuaweiCredentials(ak="AKID", sk=SECRET, project_id="proj-1", security_token=SECRET + "tok")


def _client(service: Service, handler: Any, **options: Any) -> Any:
    sync_cls, _ = _facades(service)
    return sync_cls(credentials=_credentials(service), transport=httpx.MockTransport(handler), **options)


def _success_body(service: Service, operation_id: str) -> Any:
    """The first named example of the operation's 2xx reply (the spec guarantees it validates)."""
    spec = spec_of(service)
    for _, _, oid, op in operations(service):
        if oid == operation_id:
            for _, resp in spec.success_responses(op):
                media = spec.json_media(resp)
                if media.get("examples"):
                    return next(iter(media["examples"].values()))["value"]
    return {}


def _simple_get(service: Service) -> tuple[str, dict[str, Any]]:
    """A GET operation whose only required arguments are path ids (filled with 'x')."""
    for path, method, operation_id, op in operations(service):
        params = op.get("parameters", [])
        if (
            method == "get"
            and "requestBody" not in op
            and not any("$ref" not in p and p.get("required") and p["in"] != "path" for p in params)
        ):
            ids = {seg.strip("{}"): "x" for seg in path.split("/") if seg.startswith("{") and seg != "{project_id}"}
            return operation_id, ids
    raise LookupError(service.key)


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_operation_is_a_method_of_both_facades(service: Service) -> None:
    sync_cls, async_cls = _facades(service)
    for _, _, operation_id, _ in operations(service):
        assert callable(getattr(sync_cls, operation_id))
        assert inspect.iscoroutinefunction(getattr(async_cls, operation_id))


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_a_call_is_signed_and_defaults_the_project_id(service: Service) -> None:
    seen: list[httpx.Request] = []
    operation_id, ids = _simple_get(service)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_success_body(service, operation_id))

    with _client(service, handler) as client:
        getattr(client, operation_id)(**ids)
    (request,) = seen
    table = behaviour(service)
    if _uses_scp(service):
        assert request.headers["Scp-Accesskey"] == "AKID" and request.headers["Scp-Signature"]
    else:
        assert request.headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=AKID")
    if "{project_id}" in table.OPERATIONS[operation_id]["path"]:
        assert request.url.path.split("/")[2] == "proj-1"
    for name, value in table.DEFAULT_HEADERS.items():
        assert request.headers[name] == value
    assert request.extensions["dbcloud"]["operation_id"] == operation_id


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_error_replies_raise_typed_errors_with_vendor_code_and_request_id(service: Service) -> None:
    operation_id, ids = _simple_get(service)
    codes = behaviour(service).ERROR_CODES
    code = next(iter(codes), "SOME.0001")
    for status, cls in ((400, errors.BadRequestError), (403, errors.ForbiddenError), (404, errors.NotFoundError)):
        body = {"error_code": code, "error_msg": f"failed, password={SECRET}"}
        reply = httpx.Response(status, json=body, headers={"X-Request-Id": "req-42"})
        with _client(service, lambda _r, reply=reply: reply) as client, pytest.raises(cls) as caught:
            getattr(client, operation_id)(**ids)
        err = caught.value
        assert (err.status, err.error_code, err.request_id, err.operation) == (status, code, "req-42", operation_id)
        assert SECRET not in str(err) and SECRET not in repr(err)
        if code in codes:
            assert err.documented is not None


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_non_json_error_body_still_yields_a_typed_error(service: Service) -> None:
    operation_id, ids = _simple_get(service)
    with _client(service, lambda _r: httpx.Response(502, content=b"<html>bad gateway")) as client:
        with pytest.raises(errors.ServerError) as caught:
            getattr(client, operation_id)(**ids)
    assert caught.value.status == 502


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_invalid_body_raises_before_anything_is_sent(service: Service) -> None:
    table = behaviour(service)
    operation_id = next(o for o, row in table.OPERATIONS.items() if row["request_schema"] and row["method"] == "post")
    schemas = __import__(f"{service.package}.schemas", fromlist=["x"])
    model = getattr(schemas, table.OPERATIONS[operation_id]["request_schema"])
    if not any(f.is_required() for f in model.model_fields.values()):
        pytest.fail(f"{operation_id}: pick an operation with a required body field")
    sent: list[httpx.Request] = []
    with _client(service, lambda r: sent.append(r) or httpx.Response(200)) as client:
        method = getattr(client, operation_id)
        params = {
            n: "x" for n, p in inspect.signature(method).parameters.items() if p.default is inspect.Parameter.empty
        }
        params["body"] = types.SimpleNamespace(to_dict=lambda: {})
        with pytest.raises(errors.RequestValidationError) as caught:
            method(**params)
    assert sent == [] and isinstance(caught.value, ValueError) and caught.value.field is not None


def test_missing_project_id_is_a_configuration_error_naming_what_to_set() -> None:
    service = next(s for s in SERVICES if s.key == "dws")
    sync_cls, _ = _facades(service)
    client = sync_cls(
        credentials=HuaweiCredentials(ak="AKID", sk=SECRET),
        transport=httpx.MockTransport(lambda r: httpx.Response(200)),
    )
    with pytest.raises(errors.ConfigurationError, match="HUAWEICLOUD_SDK_PROJECT_ID"):
        client.list_clusters()


def test_missing_credentials_are_a_configuration_error() -> None:
    for service in SERVICES:
        sync_cls, _ = _facades(service)
        with pytest.raises(errors.ConfigurationError):
            sync_cls()


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_async_facade_and_raw_response(service: Service) -> None:
    operation_id, ids = _simple_get(service)
    _, async_cls = _facades(service)

    async def run() -> Any:
        async with async_cls(
            credentials=_credentials(service),
            transport=httpx.MockTransport(
                lambda r: httpx.Response(200, json=_success_body(service, operation_id), headers={"X-Request-Id": "r1"})
            ),
        ) as client:
            return await getattr(client.with_raw_response, operation_id)(**ids)

    raw = asyncio.run(run())
    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r1"
    raw.parse()


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_no_secret_in_client_or_credentials_repr(service: Service) -> None:
    client = _client(service, lambda r: httpx.Response(200))
    creds = _credentials(service)
    for text in (repr(client), str(client), repr(creds), str(creds), repr(client._auth)):
        assert SECRET not in text


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_retry_and_timeout_are_configurable_per_client_and_per_call(service: Service) -> None:
    from dbcloud_core.retries import RetryPolicy

    operation_id, ids = _simple_get(service)
    seen: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, json={"error_code": "X", "error_msg": "busy"})

    no_wait = RetryPolicy(max_attempts=4, base_delay_s=0.0, max_delay_s=0.0)
    with _client(service, unavailable, retry=no_wait, timeout=30.0) as client:
        with pytest.raises(errors.ServerError):
            getattr(client, operation_id)(**ids)
        assert len(seen) == 4 and seen[0].extensions["timeout"]["read"] == 30.0
        seen.clear()
        once = client.with_options(retry=RetryPolicy(max_attempts=1), timeout=2.5)
        with pytest.raises(errors.ServerError):
            getattr(once, operation_id)(**ids)
        assert len(seen) == 1 and seen[0].extensions["timeout"]["read"] == 2.5
        seen.clear()
        with pytest.raises(errors.ServerError):  # the original client keeps its own settings
            getattr(client, operation_id)(**ids)
        assert len(seen) == 4
