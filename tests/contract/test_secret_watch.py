"""The contract suite's secret watch finds a leak when there is one (so its silence means something)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

from dbcloud_simulator import Simulator, build_app
from tests.contract.secret_watch import SecretWatch
from tests.simulator.test_e2e import request_example

PASSWORD = "Leaky-Secret-123"


class _Echo(Simulator):
    """A simulator that answers every call with the body it was sent: the worst leak there is."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        message = await receive()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": message.get("body", b"") or b"{}"})


def _send(watch: SecretWatch, path: str, body: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=watch)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            headers = {"X-Auth-Token": "sim-token", "Content-Type": "application/json"}
            return await client.post(path, content=json.dumps(body), headers=headers)

    return asyncio.run(go())


def test_the_watch_records_secrets_and_finds_an_echo() -> None:
    body = request_example("dws", "create_cluster")
    body["cluster"]["user_pwd"] = PASSWORD
    watch = SecretWatch(_Echo())
    _send(watch, "/dws/v1.0/0123456789abcdef0123456789abcdef/clusters", body)
    assert watch.sent == {"dws": {PASSWORD}}
    assert [leak.operation for leak in watch.leaks] == ["create_cluster"]
    assert PASSWORD not in repr(watch.leaks)


def test_the_simulator_does_not_echo_a_secret_even_when_it_rejects_it() -> None:
    watch = SecretWatch(build_app(strict=True))
    body = request_example("dws", "create_cluster")
    body["cluster"]["user_pwd"] = PASSWORD
    created = _send(watch, "/dws/v1.0/0123456789abcdef0123456789abcdef/clusters", body)
    assert created.status_code == 200, created.text
    body["cluster"]["user_pwd"] = "short!"  # breaks minLength: the 400 message must not quote it
    rejected = _send(watch, "/dws/v1.0/0123456789abcdef0123456789abcdef/clusters", body)
    assert rejected.status_code == 400
    assert "user_pwd" in rejected.text and "short!" not in rejected.text
    assert watch.secrets() == {PASSWORD, "short!"}
    assert watch.leaks == []


def test_a_secret_is_carried_as_a_value_or_quoted_not_as_a_word_in_prose() -> None:
    from tests.contract.secret_watch import _carries

    assert _carries("header", "header")
    assert _carries('body /user_pwd: "header" is too short', "header")
    assert _carries("value 'header' rejected", "header")
    assert not _carries("header parameter 'X-Language' is required", "header")


def test_a_word_of_the_spec_is_not_taken_for_a_secret() -> None:
    body = request_example("dws", "create_cluster")
    body["cluster"]["user_pwd"] = "object"  # quoted by every "is not of type" message
    watch = SecretWatch(build_app(strict=True))
    _send(watch, "/dws/v1.0/0123456789abcdef0123456789abcdef/clusters", body)
    assert watch.secrets() == set()
