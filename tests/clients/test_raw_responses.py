"""``with_raw_response`` returns a typed ``RawResponse[Model]`` (sync and async), and every parsed reply and
error carries the service's request id (issue 18)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from dbcloud_core import HuaweiCredentials, RawResponse, ScpCredentials
from dbcloud_core.errors import NotFoundError
from generator.config import Service
from generator.naming import pascal
from tests.support import SERVICE_IDS, SERVICES, package

REQUEST_ID = "0f6b3c1e9a2d4e5f8a7b6c5d4e3f2a1b"
# one listing per service, answered with an empty page of its documented shape
LISTS = {
    "dws": ("list_clusters", {}, "ListClustersResponse", {"clusters": [], "count": 0}),
    "ddm": ("list_instances", {}, "ListInstancesResponse", {"instances": [], "instance_num": 0}),
    "epas": ("list_clusters", {}, "RdbClusterPageResponse", {"contents": [], "count": 0, "page": 0, "size": 20}),
}


def _credentials(service: Service) -> Any:
    if service.key == "epas":
        return ScpCredentials("AK", "SK")
    return HuaweiCredentials("AK", "SK", project_id="p1")


def _reply(body: Any, status: int = 200) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"X-Request-Id": REQUEST_ID})

    return httpx.MockTransport(handler)


def _client(service: Service, transport: httpx.MockTransport, *, asynchronous: bool = False) -> Any:
    name = f"{'Async' if asynchronous else ''}{pascal(service.key)}Client"
    return getattr(package(service), name)(credentials=_credentials(service), transport=transport)


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_raw_response_has_status_headers_request_id_and_parses_to_the_model(service: Service) -> None:
    operation, kwargs, model, body = LISTS[service.key]
    with _client(service, _reply(body)) as client:
        raw = getattr(client.with_raw_response, operation)(**kwargs)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["x-request-id"] == REQUEST_ID
        assert raw.request_id == REQUEST_ID
        assert isinstance(raw.http_response, httpx.Response) and raw.http_response.json() == body
        parsed = raw.parse()
        assert type(parsed).__name__ == model
        assert parsed.to_dict() == body
        assert parsed._request_id == REQUEST_ID
        # the plain call returns the model itself, with the same request id
        plain = getattr(client, operation)(**kwargs)
        assert type(plain).__name__ == model and plain._request_id == REQUEST_ID


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_async_raw_response(service: Service) -> None:
    operation, kwargs, model, body = LISTS[service.key]

    async def run() -> None:
        async with _client(service, _reply(body), asynchronous=True) as client:
            raw = await getattr(client.with_raw_response, operation)(**kwargs)
            assert isinstance(raw, RawResponse) and raw.status_code == 200 and raw.request_id == REQUEST_ID
            assert type(raw.parse()).__name__ == model and raw.parse()._request_id == REQUEST_ID
            assert (await getattr(client, operation)(**kwargs))._request_id == REQUEST_ID

    asyncio.run(run())


def test_request_id_does_not_change_equality_or_repr() -> None:
    with _client(SERVICES_BY_KEY["dws"], _reply({"clusters": []})) as dws:
        parsed = dws.list_clusters()
    fresh = type(parsed).from_dict({"clusters": []})
    assert parsed._request_id == REQUEST_ID and fresh._request_id is None
    assert parsed == fresh and repr(parsed) == repr(fresh)
    assert "_request_id" not in parsed.to_dict()


def test_reply_without_request_id_header() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"clusters": []}))
    with _client(SERVICES_BY_KEY["dws"], transport) as dws:
        assert dws.with_raw_response.list_clusters().request_id is None
        assert dws.list_clusters()._request_id is None


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_error_carries_the_request_id(service: Service) -> None:
    operation, kwargs, _, _ = LISTS[service.key]
    with _client(service, _reply({"error_code": "X.404", "error_msg": "gone"}, status=404)) as client:
        with pytest.raises(NotFoundError) as info:
            getattr(client.with_raw_response, operation)(**kwargs)
    assert info.value.request_id == REQUEST_ID and REQUEST_ID in str(info.value)


def test_raw_view_is_a_view_not_a_new_client() -> None:
    with _client(SERVICES_BY_KEY["dws"], _reply({"clusters": []})) as dws:
        raw = dws.with_raw_response
        assert type(raw).__name__ == "DwsClientWithRawResponse"
        assert raw._client._http is dws._http  # the same connection pool
        assert not dws._raw  # the client itself still parses
        with pytest.raises(AttributeError):
            _ = raw.no_such_operation


SERVICES_BY_KEY = {s.key: s for s in SERVICES}
