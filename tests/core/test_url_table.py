"""Request URLs are parsed once per distinct URL (base_client._url, issue 21): what is sent is unchanged."""

from __future__ import annotations

import httpx
import pytest

from dbcloud_core import HuaweiCredentials
from dbcloud_core import base_client as base_client_module
from dbcloud_dws import DwsClient


def _client(seen: list[httpx.Request]) -> DwsClient:
    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"cluster": {"id": "x", "name": "n"}, "clusters": []})

    return DwsClient(
        credentials=HuaweiCredentials("AK", "SK", "p1"),
        transport=httpx.MockTransport(reply),
        base_url="https://dws.test/base",
    )


def test_a_repeated_url_is_parsed_once_and_sent_as_httpx_would_send_it() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    client.list_clusters()
    client.list_clusters()
    client.list_cluster_details(cluster_id="id with space/ü")
    assert len(client._urls) == 2
    first, second, third = (request.url for request in seen)
    assert first == second and next(iter(client._urls.values())) == first  # sent from the table's parse
    assert str(first) == "https://dws.test/base/v1.0/p1/clusters"
    assert third.raw_path == httpx.URL("https://dws.test/base/v1.0/p1/clusters/id%20with%20space%2F%C3%BC").raw_path


def test_views_share_the_table_and_it_restarts_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base_client_module, "_MAX_URLS", 2)
    seen: list[httpx.Request] = []
    client = _client(seen)
    client.with_options(timeout=5).list_clusters()
    assert len(client._urls) == 1
    for name in ("a", "b"):
        client.list_cluster_details(cluster_id=name)
    assert len(client._urls) == 1  # full at the third URL: restarted with it
    assert [r.url.path.rsplit("/", 1)[-1] for r in seen] == ["clusters", "a", "b"]
