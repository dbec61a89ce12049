"""3. Per-call overhead of ``list_clusters`` (a 3-cluster body) over an in-process transport.

Every contender gets the same canned 200 reply, so only client work is timed: building the request,
validation, signing, the transport stack and parsing the body.

- floor: a bare ``httpx.Client`` + ``MockTransport`` + ``json.loads`` (the least an httpx client does);
- dbcloud: ``DwsClient`` with AK/SK credentials: validation, signing, retry loop, log hooks, typed models;
- official: ``huaweicloudsdkdws`` ``DwsClient`` with AK/SK credentials; a canned ``requests`` adapter is
  mounted on the session of its ``HttpClient``, in place of the network adapter;
- async: ``AsyncDwsClient`` vs ``httpx.AsyncClient`` + ``MockTransport`` + ``json.loads`` (the official SDK
  has no asyncio client: its "async" client runs the sync one in a thread pool).

``python -m generator.bench.calls`` runs them all in one fresh interpreter after a warm-up,
interleaved run by run, and prints CPU microseconds per call (``time.thread_time``) as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._common import LIST_PATH, PROJECT_ID, BenchError, list_clusters_body, paired_ratio, python_json, summarise

BASE_URL = "https://dws.bench.invalid"
AK, SK = "BENCHACCESSKEY", "bench-secret-key-0123456789"
HEADERS = {"Content-Type": "application/json", "X-Request-Id": "bench"}
NAMES = ["dws-1", "dws-2", "dws-3"]
BREAKDOWN = "breakdown:"
WARMUP = 100


class _Canned:
    """The one reply every contender gets; remembers the last request so signing can be checked."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        # The last request seen (httpx.Request or requests.PreparedRequest), only kept: reading it here
        # would be timed too. Both have case-insensitive headers.
        self.last: Any = None

    def httpx_handler(self, request: httpx.Request) -> httpx.Response:
        self.last = request
        return httpx.Response(200, content=self.body, headers=HEADERS)

    def last_authorization(self) -> str:
        return str(self.last.headers.get("authorization", "")) if self.last is not None else ""


def _official_client(canned: _Canned, service: str = "dws") -> Any:
    """The official SDK's client of ``service`` (``dws`` or ``ddm``), answered by ``canned``."""
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from requests.adapters import BaseAdapter
    from requests.models import PreparedRequest, Response
    from requests.structures import CaseInsensitiveDict

    class CannedAdapter(BaseAdapter):
        def send(
            self,
            request: PreparedRequest,
            stream: bool = False,
            timeout: float | tuple[float | None, float | None] | None = None,
            verify: bool | str = True,
            cert: str | tuple[str, str] | None = None,
            proxies: dict[str, str] | None = None,
        ) -> Response:
            canned.last = request
            response = Response()
            response.status_code = 200
            response.reason = "OK"
            response._content = canned.body
            response.headers = CaseInsensitiveDict(HEADERS)
            response.request = request
            response.url = request.url or ""
            response.encoding = "utf-8"
            return response

        def close(self) -> None:
            pass

    if service == "dws":
        from huaweicloudsdkdws.v2 import DwsClient as Official
    else:
        from huaweicloudsdkddm.v1 import DdmClient as Official
    client = (
        Official.new_builder().with_credentials(BasicCredentials(AK, SK, PROJECT_ID)).with_endpoints([BASE_URL]).build()
    )
    # HttpClient keeps its requests.Session in _session (huaweicloudsdkcore/http/http_client.py).
    client.get_http_client()._session.mount("https://", CannedAdapter())
    return client


def _contenders(canned: _Canned) -> tuple[dict[str, Callable[[], Any]], dict[str, Callable[[], Awaitable[Any]]]]:
    from huaweicloudsdkdws.v2 import ListClustersRequest

    from dbcloud_core import HuaweiCredentials
    from dbcloud_dws import AsyncDwsClient, DwsClient

    credentials = HuaweiCredentials(ak=AK, sk=SK, project_id=PROJECT_ID)
    floor = httpx.Client(transport=httpx.MockTransport(canned.httpx_handler), base_url=BASE_URL)
    dws = DwsClient(credentials=credentials, transport=httpx.MockTransport(canned.httpx_handler), base_url=BASE_URL)
    official = _official_client(canned)
    afloor = httpx.AsyncClient(transport=httpx.MockTransport(canned.httpx_handler), base_url=BASE_URL)
    adws = AsyncDwsClient(
        credentials=credentials, transport=httpx.MockTransport(canned.httpx_handler), base_url=BASE_URL
    )

    def floor_call() -> Any:
        return json.loads(floor.get(LIST_PATH).content)

    async def afloor_call() -> Any:
        return json.loads((await afloor.get(LIST_PATH)).content)

    # The breakdown rows split the dbcloud call: without auth and parsing (request build, validation, retry
    # transport, log hooks), then with signing; the full call minus the latter is the typed parse.
    unsigned = DwsClient(
        auth=httpx.Auth(), project_id=PROJECT_ID, transport=httpx.MockTransport(canned.httpx_handler), base_url=BASE_URL
    )
    sync = {
        "floor: httpx.Client + MockTransport + json.loads": floor_call,
        "dbcloud DwsClient (AK/SK, typed)": dws.list_clusters,
        "official huaweicloudsdkdws DwsClient (AK/SK)": lambda: official.list_clusters(ListClustersRequest()),
        f"{BREAKDOWN} dbcloud, no auth, raw response": unsigned.with_raw_response.list_clusters,
        f"{BREAKDOWN} dbcloud, AK/SK, raw response": dws.with_raw_response.list_clusters,
    }
    async_: dict[str, Callable[[], Awaitable[Any]]] = {
        "floor: httpx.AsyncClient + MockTransport + json.loads": afloor_call,
        "dbcloud AsyncDwsClient (AK/SK, typed)": adws.list_clusters,
    }
    return sync, async_


def _names(result: Any) -> list[str]:
    if hasattr(result, "parse"):  # RawResponse
        result = json.loads(result.content)
    if isinstance(result, dict):
        return [c["name"] for c in result["clusters"]]
    return [c.name for c in result.clusters]


def _check(name: str, result: Any, canned: _Canned) -> None:
    """Each contender really parsed three clusters, and the clients really signed the request."""
    if _names(result) != NAMES:
        raise BenchError(f"{name}: parsed {_names(result)!r}, expected {NAMES!r}")
    signs = not name.startswith("floor") and "no auth" not in name
    if signs and not canned.last_authorization().startswith("SDK-HMAC"):
        raise BenchError(f"{name}: the request was not signed")


# CPU time of this thread, not wall time: on a shared machine other load would land in the samples.
def _time(call: Callable[[], Any], calls: int) -> float:
    start = time.thread_time_ns()
    for _ in range(calls):
        call()
    return (time.thread_time_ns() - start) / calls / 1000


async def _atime(call: Callable[[], Awaitable[Any]], calls: int) -> float:
    start = time.thread_time_ns()
    for _ in range(calls):
        await call()
    return (time.thread_time_ns() - start) / calls / 1000


def run(runs: int, calls: int) -> dict[str, Any]:
    """Microseconds per call of every contender (this interpreter; see ``measure`` for a fresh one)."""
    canned = _Canned(list_clusters_body())
    sync, async_ = _contenders(canned)
    loop = asyncio.new_event_loop()
    try:
        for name, call in sync.items():
            _check(name, call(), canned)
            _time(call, WARMUP)
        for name, acall in async_.items():
            _check(name, loop.run_until_complete(acall()), canned)
            loop.run_until_complete(_atime(acall, WARMUP))
        samples: dict[str, list[float]] = {name: [] for name in [*sync, *async_]}
        for _ in range(runs):
            for name, call in sync.items():
                samples[name].append(_time(call, calls))
            for name, acall in async_.items():
                samples[name].append(loop.run_until_complete(_atime(acall, calls)))
    finally:
        loop.close()
    result: dict[str, Any] = {"calls_per_run": calls, "body_bytes": len(canned.body)}
    for group, names in (("sync", list(sync)), ("async", list(async_))):
        rows: dict[str, dict[str, Any]] = {name: {"us": summarise(samples[name])} for name in names}
        floor = rows[names[0]]["us"]
        for row in rows.values():
            row["x_floor"] = paired_ratio(row["us"], floor)
        result[group] = rows
    return result


def measure(runs: int, calls: int) -> dict[str, Any]:
    """``run`` in a fresh interpreter."""
    result: dict[str, Any] = python_json(["-m", "generator.bench.calls", "--runs", str(runs), "--calls", str(calls)])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench.calls", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.runs, args.calls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
