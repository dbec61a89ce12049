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


class _Parrot(Simulator):
    """A simulator that keeps the last body it was sent and answers it to every call: a stored secret's echo."""

    kept = b"{}"

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        message = await receive()
        self.kept = message.get("body", b"") or self.kept
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": self.kept})


def _send(watch: SecretWatch, path: str, body: Any = None, method: str = "POST") -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=watch)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            headers = {"X-Auth-Token": "sim-token", "Content-Type": "application/json"}
            content = None if body is None else json.dumps(body)
            return await client.request(method, path, content=content, headers=headers)

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


DDM_INSTANCES = "/ddm/v1/0123456789abcdef0123456789abcdef/instances"
#: 13 characters, valid both as a DDM instance name and as its admin password (the CI leak's shape).
SHARED = "Shared-Value1"


def _ddm_instance(name: str, password: str) -> Any:
    body = request_example("ddm", "create_instance")
    body["instance"].update(name=name, admin_user_password=password)
    return body


def test_a_string_once_a_password_and_later_a_name_is_not_taken_for_a_leak() -> None:
    """The contract suite's false alarm: a generated string was a password in one create and the name of
    another instance, which show_instance answers. The name was sent in the clear, so its echo is honest."""
    watch = SecretWatch(build_app(strict=True))
    assert _send(watch, DDM_INSTANCES, _ddm_instance("first-instance", SHARED)).status_code == 200
    second = _send(watch, DDM_INSTANCES, _ddm_instance(SHARED, "An0ther-Pa55")).json()["id"]
    shown = _send(watch, f"{DDM_INSTANCES}/{second}", method="GET")
    assert shown.status_code == 200 and shown.json()["name"] == SHARED  # the reply does carry the string
    assert SHARED in watch.secrets()
    assert watch.leaks == []


def test_a_string_both_a_password_and_a_name_of_one_request_is_in_the_clear() -> None:
    watch = SecretWatch(build_app(strict=True))
    created = _send(watch, DDM_INSTANCES, _ddm_instance(SHARED, SHARED)).json()["id"]
    assert _send(watch, f"{DDM_INSTANCES}/{created}", method="GET").json()["name"] == SHARED
    assert watch.leaks == []


def test_a_stored_secret_echoed_by_a_later_call_is_a_leak() -> None:
    """The leak the watch is for: sent once as a password, never in the clear, answered by another call."""
    watch = SecretWatch(_Parrot())
    _send(watch, DDM_INSTANCES, _ddm_instance("first-instance", SHARED))
    _send(watch, f"{DDM_INSTANCES}/0123", method="GET")  # answers the kept body, password and all
    found = [(leak.operation, leak.secret) for leak in watch.leaks]
    assert found == [("create_instance", SHARED), ("show_instance", SHARED)]


def test_a_string_sent_in_the_clear_only_after_its_echo_does_not_excuse_it() -> None:
    watch = SecretWatch(_Parrot())
    _send(watch, DDM_INSTANCES, _ddm_instance("first-instance", SHARED))
    _send(watch, f"{DDM_INSTANCES}/0123", method="GET")
    # SHARED is in the clear from now on (no further leak of it); the parrot still leaks the new password
    _send(watch, DDM_INSTANCES, _ddm_instance(SHARED, "An0ther-Pa55"))
    _send(watch, f"{DDM_INSTANCES}/0123", method="GET")
    found = [(leak.operation, leak.secret) for leak in watch.leaks]
    other = "An0ther-Pa55"
    assert found == [
        ("create_instance", SHARED),
        ("show_instance", SHARED),
        ("create_instance", other),
        ("show_instance", other),
    ]
