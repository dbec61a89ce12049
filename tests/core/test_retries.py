from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from dbcloud_core.errors import ConfigurationError
from dbcloud_core.retries import AsyncRetryTransport, RetryPolicy, RetryTransport

URL = "https://dws.cn-north-4.myhuaweicloud.com/v1.0/p1/clusters?marker=m&sk=SECRETSK123"
NOW = 1_700_000_000.0
CODES = {
    "DWS.0011": (409, "The instance is busy.", True),
    "DWS.0015": (403, "Denied.", False),
}


def policy(**kwargs: object) -> RetryPolicy:
    defaults: dict[str, object] = {"random": lambda: 0.5, "now": lambda: NOW}
    return RetryPolicy(**{**defaults, **kwargs})  # type: ignore[arg-type]


def resp(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers)


# ---------------------------------------------------------------- RetryPolicy.should_retry


@pytest.mark.parametrize(
    ("attempt", "method", "idempotent", "status", "exc", "code", "expected"),
    [
        (1, "GET", None, 429, None, False, True),
        (1, "GET", None, 408, None, False, True),
        (1, "GET", None, 500, None, False, True),
        (1, "GET", None, 502, None, False, True),
        (1, "GET", None, 503, None, False, True),
        (1, "GET", None, 504, None, False, True),
        (1, "GET", None, 501, None, False, False),
        (1, "GET", None, 400, None, False, False),
        (1, "GET", None, 404, None, False, False),
        (1, "GET", None, 409, None, False, False),
        (1, "GET", None, 409, None, True, True),  # errors.yaml retryable code
        (1, "GET", None, 200, None, False, False),
        (1, "HEAD", None, 503, None, False, True),
        (1, "PUT", None, 503, None, False, True),
        (1, "DELETE", None, 503, None, False, True),
        (1, "OPTIONS", None, 503, None, False, True),
        (1, "get", None, 503, None, False, True),
        (1, "GET", False, 503, None, False, True),  # safe methods are always eligible
        (1, "POST", None, 503, None, False, False),
        (1, "POST", False, 503, None, False, False),
        (1, "POST", True, 503, None, False, True),
        (1, "POST", None, 409, None, True, False),
        (1, "POST", True, 409, None, True, True),
        (1, "PATCH", None, 503, None, False, False),
        (2, "GET", None, 503, None, False, True),
        (3, "GET", None, 503, None, False, False),  # the third attempt was the last
        (9, "GET", None, 503, None, False, False),
        (1, "GET", None, None, httpx.ReadTimeout("t"), False, True),
        (1, "GET", None, None, httpx.ReadError("reset"), False, True),
        (1, "GET", None, None, httpx.RemoteProtocolError("disconnected"), False, True),
        (1, "GET", None, None, httpx.ConnectError("refused"), False, True),
        (1, "POST", None, None, httpx.ReadTimeout("t"), False, False),  # the server may have acted
        (1, "POST", None, None, httpx.ReadError("reset"), False, False),
        (1, "POST", True, None, httpx.ReadTimeout("t"), False, True),
        (1, "POST", None, None, httpx.ConnectError("refused"), False, True),  # nothing was sent
        (1, "POST", None, None, httpx.ConnectTimeout("t"), False, True),
        (1, "POST", None, None, httpx.PoolTimeout("t"), False, True),
        (3, "POST", None, None, httpx.ConnectError("refused"), False, False),
        (1, "GET", None, None, httpx.UnsupportedProtocol("ftp"), False, False),
        (1, "GET", None, None, ValueError("not transport"), False, False),
        (1, "GET", None, None, None, False, False),
    ],
)  # fmt: skip
def test_should_retry_table(
    attempt: int,
    method: str,
    idempotent: bool | None,
    status: int | None,
    exc: BaseException | None,
    code: bool,
    expected: bool,
) -> None:
    assert policy().should_retry(attempt, method, idempotent, status, exc, code) is expected


def test_max_attempts_one_never_retries() -> None:
    assert not policy(max_attempts=1).should_retry(1, "GET", None, 503, None)
    assert policy(max_attempts=5).should_retry(4, "GET", None, 503, None)


# ---------------------------------------------------------------- RetryPolicy.delay_s


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "2"}, 2.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "120"}, 30.0),  # capped at retry_after_cap_s
        ({"Retry-After": format_datetime(datetime.fromtimestamp(NOW + 7, UTC), usegmt=True)}, 7.0),
        ({"Retry-After": format_datetime(datetime.fromtimestamp(NOW + 3600, UTC), usegmt=True)}, 30.0),
        ({"Retry-After": format_datetime(datetime.fromtimestamp(NOW - 60, UTC), usegmt=True)}, 0.0),
        ({"Retry-After": "soon, maybe"}, 0.5),  # garbage: backoff, 1.0 * random 0.5 (attempt 2)
        ({"Retry-After": "-5"}, 0.5),
        ({"Retry-After": "nan"}, 0.5),
        ({"Retry-After": ""}, 0.5),
        ({"Retry-After-Ms": "250"}, 0.25),
        ({"Retry-After-Ms": "x", "Retry-After": "3"}, 3.0),
        ({}, 0.5),
    ],
)
def test_delay_honours_retry_after(headers: dict[str, str], expected: float) -> None:
    assert policy().delay_s(2, resp(429, headers)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("jitter", "rand", "attempt", "expected"),
    [
        ("none", 0.0, 1, 0.5),
        ("none", 0.0, 2, 1.0),
        ("none", 0.0, 3, 2.0),
        ("none", 0.0, 5, 8.0),
        ("none", 0.0, 6, 8.0),  # capped at max_delay_s
        ("none", 0.0, 40, 8.0),
        ("full", 0.0, 3, 0.0),
        ("full", 0.25, 3, 0.5),
        ("full", 0.999, 6, 7.992),
        ("equal", 0.0, 3, 1.0),
        ("equal", 0.5, 3, 1.5),
        ("equal", 0.999, 1, 0.49975),
    ],
)
def test_delay_backoff_and_jitter(jitter: str, rand: float, attempt: int, expected: float) -> None:
    p = policy(jitter=jitter, random=lambda: rand)
    assert p.delay_s(attempt) == pytest.approx(expected)
    assert p.delay_s(attempt, resp(503)) == pytest.approx(expected)


@pytest.mark.parametrize(
    "kwargs",
    [{"max_attempts": 0}, {"base_delay_s": -1}, {"max_total_s": -0.1}, {"jitter": "lots"}],
)
def test_policy_rejects_bad_configuration(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        policy(**kwargs)


def test_policy_is_frozen_and_repr_is_plain() -> None:
    p = RetryPolicy()
    assert p.max_total_s is None
    with pytest.raises(AttributeError):
        p.max_attempts = 5  # type: ignore[misc]
    assert (p.max_attempts, p.base_delay_s, p.max_delay_s, p.retry_after_cap_s) == (3, 0.5, 8.0, 30.0)
    assert "random" not in repr(p)


# ---------------------------------------------------------------- transports


class Script:
    """A MockTransport handler that plays faults in order, then succeeds; it counts attempts."""

    def __init__(self, *faults: int | Exception | Callable[[], httpx.Response]) -> None:
        self.faults = list(faults)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        if not self.faults:
            return httpx.Response(200, json={"ok": True})
        fault = self.faults.pop(0)
        if isinstance(fault, Exception):
            raise fault
        if isinstance(fault, int):
            return httpx.Response(fault, json={"error_code": "X.1", "error_msg": "fault"})
        return fault()

    @property
    def attempts(self) -> int:
        return len(self.requests)


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def client(script: Script, clock: FakeClock, **kwargs: object) -> httpx.Client:
    transport = RetryTransport(
        httpx.MockTransport(script),
        kwargs.pop("policy", policy()),  # type: ignore[arg-type]
        sleep=clock.sleep,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )
    return httpx.Client(transport=transport)


def ext(idempotent: bool | None = None) -> dict[str, object]:
    facts: dict[str, object] = {"operation_id": "create_cluster"}
    if idempotent is not None:
        facts["idempotent"] = idempotent
    return {"dbcloud": facts}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.mark.parametrize(
    ("faults", "attempts", "final"),
    [
        ((429,), 2, 200),
        ((503, 503), 3, 200),
        ((503, 503, 503), 3, 503),  # gives up after max_attempts and returns the last response
        ((500,), 2, 200),
        ((502, 504), 3, 200),
        ((408,), 2, 200),
        ((400,), 1, 400),
        ((404,), 1, 404),
        ((501,), 1, 501),
    ],
)
def test_transport_status_faults(clock: FakeClock, faults: tuple[int, ...], attempts: int, final: int) -> None:
    script = Script(*faults)
    with client(script, clock) as c:
        response = c.get(URL)
    assert (script.attempts, response.status_code) == (attempts, final)
    assert len(clock.sleeps) == attempts - 1


@pytest.mark.parametrize(
    "make",
    [
        lambda: httpx.ConnectError("[Errno 104] Connection reset by peer"),
        lambda: httpx.ReadError("reset"),
        lambda: httpx.ReadTimeout("timed out"),
        lambda: httpx.ConnectTimeout("timed out"),
        lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
    ],
)
def test_transport_exception_faults(clock: FakeClock, make: Callable[[], Exception]) -> None:
    script = Script(make())
    with client(script, clock) as c:
        assert c.get(URL).status_code == 200
    assert script.attempts == 2
    script = Script(make(), make(), make())
    with client(script, clock) as c, pytest.raises(type(make())):
        c.get(URL)
    assert script.attempts == 3


def test_post_without_idempotent_is_attempted_once(clock: FakeClock) -> None:
    for extensions in ({}, ext(), ext(False)):
        script = Script(503, httpx.ReadTimeout("t"))
        with client(script, clock) as c:
            assert c.post(URL, json={"a": 1}, extensions=extensions).status_code == 503
        assert script.attempts == 1
        script = Script(httpx.ReadTimeout("t"))
        with client(script, clock) as c, pytest.raises(httpx.ReadTimeout):
            c.post(URL, json={"a": 1}, extensions=extensions)
        assert script.attempts == 1
    assert clock.sleeps == []


def test_post_with_idempotent_is_retried_with_the_same_body(clock: FakeClock) -> None:
    script = Script(503, httpx.ReadTimeout("t"))
    with client(script, clock) as c:
        response = c.post(URL, json={"name": "c1"}, extensions=ext(True))
    assert response.status_code == 200 and script.attempts == 3
    assert script.bodies == [b'{"name":"c1"}'] * 3
    assert script.requests[0] is script.requests[2]  # the same request object is re-sent


def test_post_connect_error_is_retried_even_without_idempotent(clock: FakeClock) -> None:
    script = Script(httpx.ConnectError("refused"))
    with client(script, clock) as c:
        assert c.post(URL, content=b"x").status_code == 200
    assert script.attempts == 2


def test_generator_body_is_buffered_for_resend(clock: FakeClock) -> None:
    script = Script(503)

    def chunks() -> Iterator[bytes]:
        yield b"ab"
        yield b"cd"

    with client(script, clock) as c:
        assert c.put(URL, content=chunks()).status_code == 200
    assert script.bodies == [b"abcd", b"abcd"]


def test_errors_yaml_retryable_code(clock: FakeClock) -> None:
    busy = lambda: httpx.Response(409, json={"error_code": "DWS.0011", "error_msg": "busy"})  # noqa: E731
    denied = lambda: httpx.Response(403, json={"error_code": "DWS.0015", "error_msg": "no"})  # noqa: E731
    script = Script(busy, busy)
    with client(script, clock, error_codes=CODES) as c:
        assert c.get(URL).status_code == 200
    assert script.attempts == 3
    script = Script(denied)
    with client(script, clock, error_codes=CODES) as c:
        response = c.get(URL)
    assert script.attempts == 1 and response.status_code == 403
    assert response.json()["error_code"] == "DWS.0015"  # the returned error body is still readable
    script = Script(busy)
    with client(script, clock) as c:  # without the table the code means nothing
        assert c.get(URL).status_code == 409
    assert script.attempts == 1


def test_retry_after_is_slept(clock: FakeClock) -> None:
    script = Script(lambda: httpx.Response(429, headers={"Retry-After": "2"}), lambda: httpx.Response(503))
    with client(script, clock) as c:
        assert c.get(URL).status_code == 200
    assert clock.sleeps == [2.0, 0.5]  # then backoff 1.0 * random 0.5


def test_total_time_cap(clock: FakeClock) -> None:
    slow = lambda: httpx.Response(503, headers={"Retry-After": "20"})  # noqa: E731
    script = Script(slow, slow, slow, slow)
    with client(script, clock, policy=policy(max_attempts=10, max_total_s=45.0)) as c:
        assert c.get(URL).status_code == 503
    # 20 s + 20 s fit in 45 s; a third 20 s wait would end at 60 s, so it is not started.
    assert script.attempts == 3 and clock.sleeps == [20.0, 20.0] and clock.t <= 45.0


def test_total_time_cap_counts_time_spent_in_attempts(clock: FakeClock) -> None:
    def slow_fault() -> httpx.Response:
        clock.t += 9.0  # the server took 9 s to answer
        return httpx.Response(503)

    script = Script(slow_fault, slow_fault, slow_fault)
    p = policy(max_attempts=10, max_total_s=10.0, jitter="none")
    with client(script, clock, policy=p) as c:
        assert c.get(URL).status_code == 503
    # 9 s + 0.5 s backoff fits in 10 s; after the second 9 s attempt (18.5 s) no retry fits.
    assert script.attempts == 2 and clock.sleeps == [0.5]


def test_no_cap_when_max_total_s_none(clock: FakeClock) -> None:
    slow = lambda: httpx.Response(503, headers={"Retry-After": "30"})  # noqa: E731
    script = Script(slow, slow, slow)
    with client(script, clock, policy=policy(max_attempts=4, max_total_s=None)) as c:
        assert c.get(URL).status_code == 200
    assert clock.sleeps == [30.0, 30.0, 30.0]


def test_discarded_responses_are_closed(clock: FakeClock) -> None:
    closed: list[bool] = []

    class Tracked(httpx.ByteStream):
        def close(self) -> None:
            closed.append(True)

    script = Script(lambda: httpx.Response(503, stream=Tracked(b"busy")))
    with client(script, clock) as c:
        assert c.get(URL).status_code == 200
    assert closed == [True]


def test_retries_are_logged_without_secrets(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    script = Script(503, httpx.ReadTimeout("t"))
    with caplog.at_level(logging.INFO, logger="dbcloud"), client(script, clock) as c:
        c.get(URL, headers={"X-Auth-Token": "TOKENVALUE123"}, extensions=ext())
    records = [r for r in caplog.records if r.name == "dbcloud"]
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO]
    messages = [r.getMessage() for r in records]
    assert "create_cluster dws.cn-north-4.myhuaweicloud.com/v1.0/p1/clusters (HTTP 503)" in messages[0]
    assert "(ReadTimeout) after attempt 2 of 3" in messages[1]
    assert not any("SECRETSK123" in m or "TOKENVALUE123" in m for m in messages)


class Broken(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"error_co'
        raise httpx.ReadError("connection reset while reading the body")


def test_broken_body_of_a_discarded_response_is_ignored(clock: FakeClock) -> None:
    script = Script(lambda: httpx.Response(503, stream=Broken()))
    with client(script, clock) as c:
        assert c.get(URL).status_code == 200
    assert script.attempts == 2


def test_broken_error_body_counts_as_a_failed_attempt(clock: FakeClock) -> None:
    # Reading a 409 for its vendor code fails mid-body: that is a ReadError of the attempt.
    script = Script(lambda: httpx.Response(409, stream=Broken()))
    with client(script, clock, error_codes=CODES) as c:
        assert c.get(URL).status_code == 200
    assert script.attempts == 2
    script = Script(lambda: httpx.Response(409, stream=Broken()))
    with client(script, clock, error_codes=CODES) as c, pytest.raises(httpx.ReadError):
        c.post(URL, content=b"x")  # not idempotent: the ReadError is raised as is
    assert script.attempts == 1


def test_transport_close_closes_inner() -> None:
    closed: list[str] = []

    class Inner(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        def close(self) -> None:
            closed.append("inner")

    RetryTransport(Inner()).close()
    assert closed == ["inner"]
    assert RetryTransport(Inner()).policy == RetryPolicy()


# ---------------------------------------------------------------- async twin


def test_async_transport(clock: FakeClock) -> None:
    async def scenario() -> tuple[int, int, int, int]:
        script = Script(429, httpx.ConnectError("reset"), 503)
        transport = AsyncRetryTransport(
            httpx.MockTransport(script), policy(max_attempts=4), sleep=clock.asleep, clock=clock
        )
        async with httpx.AsyncClient(transport=transport) as c:
            ok = await c.get(URL)
        posted = Script(503)
        transport = AsyncRetryTransport(httpx.MockTransport(posted), policy(), sleep=clock.asleep, clock=clock)
        async with httpx.AsyncClient(transport=transport) as c:
            post = await c.post(URL, json={}, extensions=ext())
        return ok.status_code, script.attempts, post.status_code, posted.attempts

    assert asyncio.run(scenario()) == (200, 4, 503, 1)
    assert len(clock.sleeps) == 3


def test_async_transport_raises_last_exception_and_honours_cap(clock: FakeClock) -> None:
    async def scenario() -> Script:
        script = Script(httpx.ReadTimeout("t"), httpx.ReadTimeout("t"), httpx.ReadTimeout("t"))
        p = policy(max_attempts=5, jitter="none", max_total_s=2.0)  # waits 0.5, 1.0; then 2.0 would pass 2 s
        transport = AsyncRetryTransport(httpx.MockTransport(script), p, sleep=clock.asleep, clock=clock)
        async with httpx.AsyncClient(transport=transport) as c:
            with pytest.raises(httpx.ReadTimeout):
                await c.get(URL)
        return script

    assert asyncio.run(scenario()).attempts == 3
    assert clock.sleeps == [0.5, 1.0]


def test_async_retryable_code_and_idempotent_post(clock: FakeClock) -> None:
    async def scenario() -> tuple[int, int]:
        busy = lambda: httpx.Response(409, json={"errCode": "DWS.0011"})  # noqa: E731
        script = Script(busy)
        transport = AsyncRetryTransport(
            httpx.MockTransport(script), policy(), error_codes=CODES, sleep=clock.asleep, clock=clock
        )
        async with httpx.AsyncClient(transport=transport) as c:
            response = await c.post(URL, json={"n": 1}, extensions=ext(True))
        return response.status_code, script.attempts

    assert asyncio.run(scenario()) == (200, 2)
