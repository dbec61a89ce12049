"""Retries over real HTTP against the simulator's fault injection: a dropped connection mid-body and
a 503 with Retry-After are retried with a freshly signed request (the simulator verifies every
signature), sync and async; no secret reaches the httpx/httpcore log lines."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from dbcloud_core import HuaweiCredentials
from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
from dbcloud_core.errors import APIConnectionError
from dbcloud_core.retries import RetryPolicy
from dbcloud_simulator.server import BackgroundServer

PROJECT = "0123456789abcdef0123456789abcdef"
NO_WAIT = RetryPolicy(max_attempts=3, base_delay_s=0.0, max_delay_s=0.0, retry_after_cap_s=0.05)


def _queue(simulator: BackgroundServer, fault: str, operation: str) -> None:
    payload = {"fault": fault, "count": 1, "service": "dws", "operation": operation}
    httpx.post(f"{simulator.url}/_sim/faults", json=payload).raise_for_status()


def _options(simulator: BackgroundServer) -> dict[str, Any]:
    creds = simulator.app.credentials
    huawei = HuaweiCredentials(ak=creds.huawei_ak, sk=creds.huawei_sk, project_id=PROJECT)
    return {"base_url": f"{simulator.url}/dws", "credentials": huawei, "retry": NO_WAIT}


def _run(simulator: BackgroundServer, use_async: bool, method: str, **kwargs: Any) -> Any:
    from dbcloud_dws import AsyncDwsClient, DwsClient

    if not use_async:
        with DwsClient(**_options(simulator)) as dws:
            return getattr(dws, method)(**kwargs)

    async def main() -> Any:
        async with AsyncDwsClient(**_options(simulator)) as dws:
            return await getattr(dws, method)(**kwargs)

    return asyncio.run(main())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("fault", ["drop", "503;retry-after=1"])
def test_a_get_is_retried_after_a_fault(simulator: BackgroundServer, fault: str, use_async: bool) -> None:
    _queue(simulator, fault, "list_clusters")
    assert _run(simulator, use_async, "list_clusters").clusters == []
    # the fault was consumed by the first attempt: the next call is not faulted
    assert _run(simulator, use_async, "list_clusters").clusters == []


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_post_dropped_mid_body_is_a_connection_error(simulator: BackgroundServer, use_async: bool) -> None:
    from dbcloud_dws.models import CreateSnapshotRequest
    from tests.support import request_example

    _queue(simulator, "drop", "create_snapshot")
    body = CreateSnapshotRequest.from_dict(request_example("dws", "create_snapshot"))
    with pytest.raises(APIConnectionError) as caught:
        _run(simulator, use_async, "create_snapshot", body=body)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError | httpx.ReadError)


def test_iam_token_never_reaches_third_party_debug_logs(
    simulator: BackgroundServer, caplog: pytest.LogCaptureFixture
) -> None:
    from dbcloud_dws import DwsClient

    creds = simulator.app.credentials
    auth = HuaweiTokenAuth(
        user_name=creds.iam_user,
        password=creds.iam_password,
        domain_name="sim",
        project_id=PROJECT,
        iam_endpoint=f"{simulator.url}/iam",
    )
    caplog.set_level(logging.DEBUG)
    with DwsClient(base_url=f"{simulator.url}/dws", auth=auth, project_id=PROJECT) as dws:
        dws.list_clusters()
    token = auth._token
    assert token and token.startswith("sim-")
    third_party = [r for r in caplog.records if r.name.startswith(("httpx", "httpcore"))]
    assert any("x-subject-token" in r.getMessage().lower() for r in third_party)  # httpcore logged the header...
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert token not in text and creds.iam_password not in text  # ...with its value masked
