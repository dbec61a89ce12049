"""Call the simulator in process by operationId, authenticated the way each service's clients do."""

from __future__ import annotations

import asyncio
import time
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from dbcloud_core.auth import scp
from dbcloud_simulator import Simulator, build_app

PROJECT = "0123456789abcdef0123456789abcdef"
BASE = "http://testserver"


def scp_headers(app: Simulator, method: str, path: str, query: str = "") -> dict[str, str]:
    """The SCP signature headers for ``path`` (with its service prefix) and an encoded ``query``."""
    creds = app.credentials
    stamp = str(int(time.time() * 1000))
    url = f"{BASE}{path}"
    canonical = f"{url}?{scp.canonical_query(query)}" if query else url
    message = scp.message(method, canonical, stamp, creds.scp_access_key)
    return {
        "Scp-Accesskey": creds.scp_access_key,
        "Scp-Timestamp": stamp,
        "Scp-ClientType": scp.CLIENT_TYPE,
        "Scp-Signature": scp.signature(creds.scp_secret_key, message),
    }


class Sim:
    """A fresh strict simulator called through httpx's ASGI transport on a private event loop
    (synchronous for the tests); an exception in the app is raised in the test, not answered 500."""

    def __init__(self, app: Simulator | None = None) -> None:
        self.app = app or build_app(strict=True)
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=BASE)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()

    def request(self, method: str, url: str, **kw: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kw))

    def path(self, service: str, op_id: str, **values: str) -> tuple[str, str]:
        """(method, path with the service prefix) of an operation, ``project_id`` filled in."""
        op = self.app.services[service].catalog.by_id[op_id]
        values.setdefault("project_id", PROJECT)
        path = op.template
        for name, value in values.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        return op.method, f"/{service}{path}"

    def required_headers(self, service: str, op_id: str) -> dict[str, str]:
        """A valid value for each required header parameter (EPAS ``Scp-Api-Version``)."""
        sim = self.app.services[service]
        params = sim.catalog.by_id[op_id].params
        return {p.name: str(sim.renderer.synthesize(p.schema)) for p in params if p.location == "header" and p.required}

    def auth(self, service: str, method: str, path: str, query: str = "") -> dict[str, str]:
        if service == "epas":
            return scp_headers(self.app, method, path, query)
        return {"X-Auth-Token": "sim-token"}

    def call(
        self,
        service: str,
        op_id: str,
        body: Any = None,
        *,
        query: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
        content: bytes | None = None,
        **values: str,
    ) -> httpx.Response:
        method, path = self.path(service, op_id, **values)
        encoded = urlencode(query or {}, doseq=True)
        all_headers: dict[str, Any] = {**self.required_headers(service, op_id), **(headers or {})}
        all_headers.update(self.auth(service, method, path, encoded))
        if content is not None:
            all_headers.setdefault("content-type", "application/json")
        url = f"{path}?{encoded}" if encoded else path
        return self.request(method, url, json=body, content=content, headers=all_headers)

    def ok(self, service: str, op_id: str, body: Any = None, **kw: Any) -> Any:
        """Call and return the JSON reply, failing with the reply's text unless it is a 2xx."""
        reply = self.call(service, op_id, body, **kw)
        assert reply.is_success, f"{op_id}: {reply.status_code} {reply.text}"
        return reply.json() if reply.content else None

    def admin(self, action: str, body: Any = None, content: bytes | None = None) -> httpx.Response:
        return self.request("POST", f"/_sim/{action}", json=body, content=content)

    def advance(self, seconds: float) -> None:
        self.admin("clock/advance", {"seconds": seconds}).raise_for_status()
