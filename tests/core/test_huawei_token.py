"""HuaweiTokenAuth: IAM fetch, caching, refresh (before expiry and on 401), concurrency, redaction."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
from dbcloud_core.errors import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    ForbiddenError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
)

REGION = "cn-north-4"
IAM_URL = f"https://iam.{REGION}.myhuaweicloud.com/v3/auth/tokens"
SERVICE = "https://dws.cn-north-4.myhuaweicloud.com/v1.0/p1/clusters"
PASSWORD = "S3cret-Passw0rd!"
START = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class FakeIam:
    """IAM's token endpoint: token-1, token-2, ... each valid 24 h from the fake clock."""

    def __init__(self, clock: FakeClock, *, on_call: Callable[[], None] | None = None) -> None:
        self.clock = clock
        self.requests: list[httpx.Request] = []
        self.on_call = on_call
        self._lock = threading.Lock()

    @property
    def calls(self) -> int:
        return len(self.requests)

    def issue(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            token = f"token-{len(self.requests)}"
        expires = (self.clock() + timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        body = {"token": {"expires_at": expires, "issued_at": self.clock().isoformat(), "methods": ["password"]}}
        return httpx.Response(201, headers={"X-Subject-Token": token}, json=body)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.on_call:
            self.on_call()
        return self.issue(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


class FakeService:
    """A service that records the token it saw and rejects tokens in ``rejected``."""

    def __init__(self, rejected: set[str] | None = None) -> None:
        self.tokens: list[str | None] = []
        self.bodies: list[bytes] = []
        self.rejected = rejected or set()
        self._lock = threading.Lock()

    def handler(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("X-Auth-Token")
        with self._lock:
            self.tokens.append(token)
            self.bodies.append(request.content)
        if token in self.rejected:
            return httpx.Response(401, json={"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication"})
        return httpx.Response(200, json={"ok": True})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def make_auth(clock: FakeClock, iam: FakeIam, **kwargs: Any) -> HuaweiTokenAuth:
    options: dict[str, Any] = {"region": REGION, "clock": clock, "transport": iam.transport()}
    options.update(kwargs)
    return HuaweiTokenAuth(user_name="alice", password=PASSWORD, domain_name="acme", **options)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def iam(clock: FakeClock) -> FakeIam:
    return FakeIam(clock)


# -- fetch -----------------------------------------------------------------------------------------


def test_fetches_token_with_password_method(clock: FakeClock, iam: FakeIam) -> None:
    auth = make_auth(clock, iam)
    service = FakeService()
    with httpx.Client(transport=service.transport(), auth=auth) as client:
        response = client.get(SERVICE)
    assert response.status_code == 200
    assert service.tokens == ["token-1"]
    (request,) = iam.requests
    assert request.method == "POST"
    assert str(request.url) == IAM_URL
    assert request.headers["Content-Type"].startswith("application/json")
    assert json.loads(request.content) == {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {"user": {"name": "alice", "password": PASSWORD, "domain": {"name": "acme"}}},
            },
            "scope": {"project": {"name": REGION}},
        }
    }
    assert auth.expires_at == START + timedelta(hours=24)


@pytest.mark.parametrize(
    ("kwargs", "scope", "url"),
    [
        ({"project_id": "0123abcd"}, {"project": {"id": "0123abcd"}}, IAM_URL),
        ({"project_name": "cn-north-4_sub"}, {"project": {"name": "cn-north-4_sub"}}, IAM_URL),
        (
            {"region": None, "iam_endpoint": "https://iam.myhuaweicloud.com/"},
            {"domain": {"name": "acme"}},
            "https://iam.myhuaweicloud.com/v3/auth/tokens",
        ),
        (
            {"iam_endpoint": "https://iam.example.test:8443"},
            {"project": {"name": REGION}},
            "https://iam.example.test:8443/v3/auth/tokens",
        ),
    ],
    ids=["project-id", "project-name", "domain", "custom-endpoint"],
)
def test_scope_and_endpoint(
    clock: FakeClock, iam: FakeIam, kwargs: dict[str, Any], scope: dict[str, Any], url: str
) -> None:
    auth = make_auth(clock, iam, **kwargs)
    with httpx.Client(transport=FakeService().transport(), auth=auth) as client:
        client.get(SERVICE)
    assert str(iam.requests[0].url) == url
    assert json.loads(iam.requests[0].content)["auth"]["scope"] == scope


def test_missing_expires_at_assumes_24_hours(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, headers={"X-Subject-Token": "tok"}, json={"token": {}})

    auth = make_auth(clock, FakeIam(clock), transport=httpx.MockTransport(handler))
    with httpx.Client(transport=FakeService().transport(), auth=auth) as client:
        client.get(SERVICE)
    assert auth.expires_at == START + timedelta(hours=24)


def test_naive_expires_at_is_utc(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"token": {"expires_at": "2024-05-07T01:02:03"}}
        return httpx.Response(201, headers={"X-Subject-Token": "tok"}, json=body)

    auth = make_auth(clock, FakeIam(clock), transport=httpx.MockTransport(handler))
    with httpx.Client(transport=FakeService().transport(), auth=auth) as client:
        client.get(SERVICE)
    assert auth.expires_at == datetime(2024, 5, 7, 1, 2, 3, tzinfo=UTC)


# -- caching and refresh ---------------------------------------------------------------------------


def test_one_fetch_serves_many_requests(clock: FakeClock, iam: FakeIam) -> None:
    auth = make_auth(clock, iam)
    service = FakeService()
    with httpx.Client(transport=service.transport(), auth=auth) as client:
        for _ in range(20):
            clock.advance(minutes=30)  # 10 h in all: well inside the token's 24 h
            client.get(SERVICE)
    assert iam.calls == 1
    assert service.tokens == ["token-1"] * 20


@pytest.mark.parametrize(
    ("margin_s", "advance_min", "expected_calls"),
    [
        (None, 24 * 60 - 6, 1),  # 6 min left, default margin 5 min: keep
        (None, 24 * 60 - 4, 2),  # 4 min left: refresh early
        (None, 24 * 60 + 1, 2),  # expired: refresh
        (600, 24 * 60 - 9, 2),  # custom 10 min margin
        (0, 24 * 60 - 1, 1),  # no margin: use until expiry
    ],
)
def test_refresh_before_expiry(
    clock: FakeClock, iam: FakeIam, margin_s: float | None, advance_min: float, expected_calls: int
) -> None:
    kwargs = {} if margin_s is None else {"refresh_margin_s": margin_s}
    auth = make_auth(clock, iam, **kwargs)
    service = FakeService()
    with httpx.Client(transport=service.transport(), auth=auth) as client:
        client.get(SERVICE)
        clock.advance(minutes=advance_min)
        client.get(SERVICE)
    assert iam.calls == expected_calls
    assert service.tokens[-1] == f"token-{expected_calls}"
    if expected_calls == 2:
        assert auth.expires_at == clock.now + timedelta(hours=24)


def test_refresh_on_401_once_and_resend_body(clock: FakeClock, iam: FakeIam) -> None:
    service = FakeService(rejected={"token-1"})  # e.g. the token was revoked server-side
    with httpx.Client(transport=service.transport(), auth=make_auth(clock, iam)) as client:
        response = client.post(SERVICE, json={"name": "c1"})
    assert response.status_code == 200
    assert iam.calls == 2
    assert service.tokens == ["token-1", "token-2"]
    assert service.bodies == [b'{"name":"c1"}'] * 2
    assert [r.status_code for r in response.history] == [401]


def test_second_401_is_returned_not_retried_forever(clock: FakeClock, iam: FakeIam) -> None:
    service = FakeService(rejected={"token-1", "token-2", "token-3"})
    with httpx.Client(transport=service.transport(), auth=make_auth(clock, iam)) as client:
        response = client.get(SERVICE)
    assert response.status_code == 401
    assert iam.calls == 2
    assert service.tokens == ["token-1", "token-2"]


def test_401_after_concurrent_refresh_does_not_refetch_again(clock: FakeClock, iam: FakeIam) -> None:
    auth = make_auth(clock, iam)
    with httpx.Client(transport=FakeService().transport(), auth=auth) as client:
        client.get(SERVICE)
    auth.invalidate("some-older-token")  # a stale invalidation must not drop the current token
    assert auth.expires_at is not None
    auth.invalidate("token-1")
    assert auth.expires_at is None


def test_other_errors_are_not_retried(clock: FakeClock, iam: FakeIam) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"error_code": "APIGW.0302", "error_msg": "forbidden"})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=make_auth(clock, iam)) as client:
        assert client.get(SERVICE).status_code == 403
    assert iam.calls == 1


# -- static token ----------------------------------------------------------------------------------


def test_static_token_is_sent_and_never_refreshed() -> None:
    auth = HuaweiTokenAuth.static("STATIC-TOKEN-VALUE")
    service = FakeService(rejected={"STATIC-TOKEN-VALUE"})
    with httpx.Client(transport=service.transport(), auth=auth) as client:
        assert client.get(SERVICE).status_code == 401
        assert client.get(SERVICE).status_code == 401
    assert service.tokens == ["STATIC-TOKEN-VALUE"] * 2
    assert auth.is_static and auth.expires_at is None
    assert "STATIC-TOKEN-VALUE" not in repr(auth) + str(auth)


def test_static_token_async() -> None:
    service = FakeService()

    async def main() -> None:
        async with httpx.AsyncClient(transport=service.transport(), auth=HuaweiTokenAuth.static("tok")) as client:
            await client.get(SERVICE)

    asyncio.run(main())
    assert service.tokens == ["tok"]


def test_static_token_must_not_be_empty() -> None:
    with pytest.raises(ConfigurationError):
        HuaweiTokenAuth.static("")


# -- IAM failures ----------------------------------------------------------------------------------


def _failing_iam(status: int, body: dict[str, Any]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        # IAM would not echo the password; a hostile proxy might, and it still must not leak.
        return httpx.Response(status, headers={"X-Subject-Token": "LEAKED-TOKEN"}, json=body)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (
            401,
            {"error": {"code": 401, "message": "The username or password is wrong.", "title": "Unauthorized"}},
            UnauthorizedError,
        ),
        (403, {"error_code": "IAM.0001", "error_msg": f"user locked; you sent {PASSWORD}"}, ForbiddenError),
        (503, {"error_msg": "busy"}, ServerError),
    ],
)
def test_iam_failure_raises_typed_error_without_secrets(
    clock: FakeClock, status: int, body: dict[str, Any], error_class: type[Exception]
) -> None:
    auth = make_auth(clock, FakeIam(clock), transport=_failing_iam(status, body))
    service = FakeService()
    with httpx.Client(transport=service.transport(), auth=auth) as client, pytest.raises(error_class) as excinfo:
        client.get(SERVICE)
    error = excinfo.value
    assert service.tokens == []  # nothing was sent without a token
    assert isinstance(error, APIError)
    assert error.status == status
    text = str(error) + repr(error) + repr(error.args)
    assert PASSWORD not in text and "LEAKED-TOKEN" not in text
    assert error.response is not None
    assert error.response.request.content == b""
    assert PASSWORD.encode() not in error.response.content
    assert "X-Subject-Token" not in error.response.headers


def test_iam_success_without_token_header(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"token": {"expires_at": "2024-05-07T07:08:09Z"}})

    auth = make_auth(clock, FakeIam(clock), transport=httpx.MockTransport(handler))
    with httpx.Client(transport=FakeService().transport(), auth=auth) as client:
        with pytest.raises(ResponseValidationError, match="X-Subject-Token") as excinfo:
            client.get(SERVICE)
    assert PASSWORD not in str(excinfo.value) + repr(excinfo.value)


def test_iam_unreachable(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    auth = make_auth(clock, FakeIam(clock), transport=httpx.MockTransport(handler))
    with httpx.Client(transport=FakeService().transport(), auth=auth) as client:
        with pytest.raises(APIConnectionError) as excinfo:
            client.get(SERVICE)
    error = excinfo.value
    assert PASSWORD not in str(error) + repr(error)
    assert error.__cause__ is None and error.__suppress_context__
    assert error.request is not None and error.request.content == b""


def test_iam_failure_async(clock: FakeClock) -> None:
    auth = make_auth(clock, FakeIam(clock), transport=_failing_iam(401, {"error": {"code": 401}}))

    async def main() -> None:
        async with httpx.AsyncClient(transport=FakeService().transport(), auth=auth) as client:
            await client.get(SERVICE)

    with pytest.raises(UnauthorizedError) as excinfo:
        asyncio.run(main())
    assert PASSWORD not in str(excinfo.value)


# -- concurrency -----------------------------------------------------------------------------------


class _ArrivalLock:
    """A threading.Lock that tells ``arrivals`` each time a thread tries to take it."""

    def __init__(self, arrivals: threading.Condition) -> None:
        self._lock = threading.Lock()
        self._arrivals = arrivals
        self.attempts = 0

    def __enter__(self) -> bool:
        with self._arrivals:
            self.attempts += 1
            self._arrivals.notify_all()
        return self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


def test_threads_share_one_fetch(clock: FakeClock) -> None:
    threads_n = 8
    arrivals = threading.Condition()
    lock = _ArrivalLock(arrivals)
    fetches_started = 0

    def hold_iam_until_all_threads_arrive() -> None:
        # The first fetch stays in flight until every thread is queued behind it (or, in a broken
        # implementation, until a second fetch starts): the race is forced, not left to timing.
        nonlocal fetches_started
        with arrivals:
            fetches_started += 1
            arrivals.notify_all()
            arrivals.wait_for(lambda: lock.attempts >= threads_n or fetches_started >= 2, timeout=10)

    iam = FakeIam(clock, on_call=hold_iam_until_all_threads_arrive)
    service = FakeService()
    auth = make_auth(clock, iam)
    auth._lock = lock  # type: ignore[assignment]  # white-box: count the threads queued on the cache
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with httpx.Client(transport=service.transport(), auth=auth) as client:
                client.get(SERVICE)
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert errors == []
    assert lock.attempts >= threads_n
    assert iam.calls == 1
    assert service.tokens == ["token-1"] * threads_n


def test_tasks_share_one_fetch(clock: FakeClock) -> None:
    iam = FakeIam(clock)

    async def slow_iam(request: httpx.Request) -> httpx.Response:
        for _ in range(10):  # yield to the other tasks while "IAM is working"
            await asyncio.sleep(0)
        return iam.issue(request)

    service = FakeService()
    auth = make_auth(clock, iam, transport=None, async_transport=httpx.MockTransport(slow_iam))

    async def main() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=service.transport(), auth=auth) as client:
            return await asyncio.gather(*(client.get(SERVICE) for _ in range(12)))

    responses = asyncio.run(main())
    assert [r.status_code for r in responses] == [200] * 12
    assert iam.calls == 1
    assert service.tokens == ["token-1"] * 12


def test_async_refresh_on_401_and_expiry_across_event_loops(clock: FakeClock, iam: FakeIam) -> None:
    service = FakeService(rejected={"token-1"})
    auth = make_auth(clock, iam)  # the MockTransport serves the async IAM call too

    async def call() -> int:
        async with httpx.AsyncClient(transport=service.transport(), auth=auth) as client:
            return (await client.post(SERVICE, content=b"payload")).status_code

    assert asyncio.run(call()) == 200
    assert asyncio.run(call()) == 200  # a second event loop reuses the cache (and gets its own lock)
    clock.advance(hours=24)
    assert asyncio.run(call()) == 200
    assert iam.calls == 3
    assert service.tokens == ["token-1", "token-2", "token-2", "token-3"]
    assert set(service.bodies) == {b"payload"}


# -- configuration and redaction -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"password": ""}, "password"),
        ({"user_name": ""}, "user_name"),
        ({"domain_name": ""}, "domain_name"),
        ({"region": None}, "region or iam_endpoint"),
        ({"project_id": "a", "project_name": "b"}, "not both"),
    ],
)
def test_configuration_errors(kwargs: dict[str, Any], message: str) -> None:
    options: dict[str, Any] = {"user_name": "alice", "password": PASSWORD, "domain_name": "acme", "region": REGION}
    options.update(kwargs)
    with pytest.raises(ConfigurationError, match=message) as excinfo:
        HuaweiTokenAuth(**options)
    assert PASSWORD not in str(excinfo.value)


def test_password_and_token_never_in_repr(clock: FakeClock, iam: FakeIam) -> None:
    auth = make_auth(clock, iam, project_id="p1")
    with httpx.Client(transport=FakeService().transport(), auth=auth) as client:
        client.get(SERVICE)
    text = repr(auth) + str(auth) + f"{auth}"
    assert PASSWORD not in text and "token-1" not in text
    assert "alice" in text and "acme" in text and "p1" in text
