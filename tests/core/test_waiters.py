from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import pytest

from dbcloud_core.errors import (
    APIError,
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    WaiterError,
    WaiterFailureError,
    WaiterTimeoutError,
)
from dbcloud_core.waiters import Acceptor, WaiterSpec, WaitProgress, async_wait, wait

# The DWS waiters as the spec declares them (docs/extensions.md).
CLUSTER_AVAILABLE = WaiterSpec.from_dict(
    "ClusterAvailable",
    {
        "operation": "list_cluster_details",
        "delay_s": 15,
        "max_attempts": 40,
        "acceptors": [
            {"path": "cluster.status", "expected": "AVAILABLE", "state": "success"},
            {"path": "cluster.status", "expected": ["CREATION FAILED", "FAILED"], "state": "failure"},
            {"error_code": "DWS.0011", "state": "retry"},
        ],
    },
)
CLUSTER_DELETED = WaiterSpec.from_dict(
    "ClusterDeleted",
    {
        "operation": "list_cluster_details",
        "arguments": {"cluster": "cluster_id"},
        "delay_s": 10,
        "max_attempts": 5,
        "acceptors": [
            {"status": 404, "state": "success"},
            {"error_code": "DWS.0015", "state": "failure"},
            {"path": "cluster.status", "expected": "DELETING", "state": "retry"},
        ],
    },
)


def cluster(status: str, **extra: Any) -> dict[str, Any]:
    return {"cluster": {"id": "c-1", "status": status, **extra}}


def not_found(code: str | None = None) -> NotFoundError:
    return NotFoundError("Cluster not found", status=404, error_code=code)


BUSY = ConflictError("busy", status=409, error_code="DWS.0011")
DENIED = ForbiddenError("denied", status=403, error_code="DWS.0015")
ITEMS = {"items": [{"status": "ok"}, {"status": "x"}]}


class FakeTime:
    """A monotonic clock that only moves when slept on (or when a call takes ``call_s``)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.now += delay

    async def asleep(self, delay: float) -> None:
        self.sleep(delay)


def scripted(outcomes: list[Any], time: FakeTime | None = None, call_s: float = 0.0) -> Callable[[], Any]:
    """A polled operation returning (or raising) each outcome in turn, then repeating the last one."""
    count = [0]

    def call() -> Any:
        outcome = outcomes[min(count[0], len(outcomes) - 1)]
        count[0] += 1
        if time is not None:
            time.now += call_s
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return call


# ---------------------------------------------------------------- acceptor matching


@pytest.mark.parametrize(
    ("acceptor", "body", "error", "matches"),
    [
        (Acceptor("success", path="cluster.status", expected="AVAILABLE"), cluster("AVAILABLE"), None, True),
        (Acceptor("success", path="cluster.status", expected="AVAILABLE"), cluster("CREATING"), None, False),
        (Acceptor("success", path="cluster.status", expected="AVAILABLE"), {"cluster": {}}, None, False),
        (Acceptor("success", path="cluster.status", expected="AVAILABLE"), {}, None, False),
        (Acceptor("success", path="cluster.status", expected="AVAILABLE"), None, None, False),
        (Acceptor("success", path="cluster.status", expected="AVAILABLE"), None, not_found(), False),
        (Acceptor("failure", path="cluster.status", expected=["FAILED", "CREATION FAILED"]), cluster("CREATION FAILED"),
         None, True),
        (Acceptor("failure", path="cluster.status", expected=("FAILED",)), cluster("CREATION FAILED"), None, False),
        (Acceptor("success", path="items.0.status", expected="ok"), ITEMS, None, True),
        (Acceptor("success", path="items.-1.status", expected="x"), ITEMS, None, True),
        (Acceptor("success", path="items.-3.status", expected="ok"), ITEMS, None, False),
        (Acceptor("success", path="items.2.status", expected="ok"), {"items": [{"status": "ok"}]}, None, False),
        (Acceptor("success", path="items.first", expected="ok"), {"items": ["ok"]}, None, False),
        (Acceptor("success", path="cluster.status.deeper", expected="ok"), cluster("ok"), None, False),
        (Acceptor("success", path="job.progress", expected=100), {"job": {"progress": 100}}, None, True),
        (Acceptor("success", path="job.done", expected=True), {"job": {"done": True}}, None, True),
        (Acceptor("success", path="job.done", expected=True), {"job": {"done": 1}}, None, False),  # JSON true is not 1
        (Acceptor("success", path="job.count", expected=1), {"job": {"count": True}}, None, False),
        (Acceptor("success", path="job.error", expected=None), {"job": {"error": None}}, None, True),
        (Acceptor("success", path="job.error", expected=None), {"job": {}}, None, False),  # absent is not null
        (Acceptor("success", status=404), None, not_found(), True),
        (Acceptor("success", status=404), None, DENIED, False),
        (Acceptor("success", status=404), cluster("DELETING"), None, False),
        (Acceptor("success", status=200), cluster("AVAILABLE"), None, True),  # a returned call is a 2xx
        (Acceptor("success", status=200), None, not_found(), False),
        (Acceptor("failure", error_code="DWS.0015"), None, DENIED, True),
        (Acceptor("failure", error_code="DWS.0015"), None, not_found("DWS.0015"), True),
        (Acceptor("failure", error_code="DWS.0015"), None, not_found(), False),
        (Acceptor("failure", error_code="DWS.0015"), None, APIError("x", status=403), False),
        (Acceptor("failure", error_code="DWS.0015"), cluster("AVAILABLE"), None, False),
        (Acceptor("failure", status=404, error_code="DWS.0015"), None, not_found("DWS.0015"), True),
        (Acceptor("failure", status=404, error_code="DWS.0015"), None, DENIED, False),
        (Acceptor("retry", error_code="DWS.0011"), None, BUSY, True),
    ],
)  # fmt: skip
def test_acceptor_matches(acceptor: Acceptor, body: Any, error: APIError | None, matches: bool) -> None:
    assert acceptor.matches(body, error) is matches


def test_error_code_compares_by_value() -> None:
    class ErrorCode(str):  # a generated open enum member is a str subclass
        pass

    error = ConflictError("busy", status=409, error_code=ErrorCode("DWS.0011"))
    assert Acceptor("retry", error_code="DWS.0011").matches(None, error)


def test_model_bodies_are_read_through_to_dict() -> None:
    class Model:
        def to_dict(self) -> dict[str, Any]:
            return cluster("AVAILABLE")

    assert CLUSTER_AVAILABLE.match(Model()) == CLUSTER_AVAILABLE.acceptors[0]


@pytest.mark.parametrize(
    ("body", "error", "state"),
    [
        (cluster("AVAILABLE"), None, "success"),
        (cluster("FAILED"), None, "failure"),
        (cluster("CREATING"), None, None),  # no match: retry
        (None, BUSY, "retry"),
        (None, not_found(), None),  # not matched: re-raised by the loop
    ],
)
def test_first_match_wins(body: Any, error: APIError | None, state: str | None) -> None:
    acceptor = CLUSTER_AVAILABLE.match(body, error)
    assert (acceptor.state if acceptor else None) == state


def test_first_match_wins_in_spec_order() -> None:
    spec = WaiterSpec(
        "X",
        "op",
        1,
        3,
        (Acceptor("failure", path="s", expected="A"), Acceptor("success", path="s", expected=["A", "B"])),
    )
    assert spec.match({"s": "A"}) == spec.acceptors[0]
    assert spec.match({"s": "B"}) == spec.acceptors[1]


# ---------------------------------------------------------------- reading the spec


def test_from_dict_reads_the_extension() -> None:
    assert CLUSTER_AVAILABLE.name == "ClusterAvailable"
    assert CLUSTER_AVAILABLE.operation == "list_cluster_details"
    assert CLUSTER_AVAILABLE.delay_s == 15.0 and CLUSTER_AVAILABLE.max_attempts == 40
    assert CLUSTER_AVAILABLE.arguments == {}
    assert CLUSTER_AVAILABLE.acceptors[1] == Acceptor(
        "failure", path="cluster.status", expected=("CREATION FAILED", "FAILED")
    )
    assert CLUSTER_DELETED.acceptors[0] == Acceptor("success", status=404)
    assert hash(CLUSTER_AVAILABLE) == hash(WaiterSpec.from_dict("ClusterAvailable", _raw_available()))
    assert CLUSTER_AVAILABLE == WaiterSpec.from_dict("ClusterAvailable", _raw_available())


def _raw_available() -> dict[str, Any]:
    return {
        "operation": "list_cluster_details",
        "delay_s": 15,
        "max_attempts": 40,
        "acceptors": [
            {"path": "cluster.status", "expected": "AVAILABLE", "state": "success"},
            {"path": "cluster.status", "expected": ["CREATION FAILED", "FAILED"], "state": "failure"},
            {"error_code": "DWS.0011", "state": "retry"},
        ],
    }


def test_operation_kwargs_renames_waiter_arguments() -> None:
    assert CLUSTER_DELETED.operation_kwargs({"cluster": "c-1", "project_id": "p"}) == {
        "cluster_id": "c-1",
        "project_id": "p",
    }
    assert CLUSTER_AVAILABLE.operation_kwargs({"cluster_id": "c-1"}) == {"cluster_id": "c-1"}


def _with(**changes: Any) -> dict[str, Any]:
    data = _raw_available()
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_with(delay_s=0), "delay_s must be positive"),
        (_with(delay_s=-1), "delay_s must be positive"),
        (_with(delay_s="15"), "delay_s must be a number"),
        (_with(delay_s=True), "delay_s must be a number"),
        (_with(max_attempts=0), "max_attempts must be an integer >= 1"),
        (_with(max_attempts=2.5), "max_attempts must be an integer >= 1"),
        (_with(acceptors=[]), "at least one acceptor"),
        (_with(acceptors="x"), "acceptors must be a list"),
        (_with(acceptors=["x"]), "acceptor 0 must be a mapping"),
        (_with(operation=...), "missing keys ['operation']"),
        (_with(retries=3), "unknown keys ['retries']"),
        (_with(acceptors=[{"state": "done", "status": 404}]), "acceptor 0: acceptor state must be"),
        (_with(acceptors=[{"state": "success"}]), "either a path"),
        (_with(acceptors=[{"state": "success", "path": "a"}]), "has no expected value"),
        (_with(acceptors=[{"state": "success", "path": "a..b", "expected": 1}]), "empty segment"),
        (_with(acceptors=[{"state": "success", "path": "a", "expected": 1, "status": 404}]), "either a path"),
        (_with(acceptors=[{"state": "success", "status": "404"}]), "status must be an integer"),
        (_with(acceptors=[{"state": "success", "status": 404, "expected": "x"}]), "expected value needs a path"),
        (_with(acceptors=[{"state": "success", "status": 404, "matcher": "x"}]), "unknown acceptor keys"),
    ],
)
def test_from_dict_rejects_bad_blocks(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=r"ClusterAvailable: .*") as info:
        WaiterSpec.from_dict("ClusterAvailable", data)
    assert message in str(info.value)


# ---------------------------------------------------------------- the loop


def test_success_returns_the_body_after_retries() -> None:
    time = FakeTime()
    progress: list[WaitProgress] = []
    final = cluster("AVAILABLE")
    call = scripted([cluster("CREATING"), BUSY, final], time)
    result = wait(CLUSTER_AVAILABLE, call, on_progress=progress.append, sleep=time.sleep, clock=time.clock)
    assert result is final
    assert time.sleeps == [15, 15]
    assert progress == [
        WaitProgress("ClusterAvailable", 1, 0.0, "CREATING", "retry"),
        WaitProgress("ClusterAvailable", 2, 15.0, "DWS.0011", "retry"),
        WaitProgress("ClusterAvailable", 3, 30.0, "AVAILABLE", "success"),
    ]


def test_success_on_first_attempt_never_sleeps() -> None:
    time = FakeTime()
    assert wait(CLUSTER_AVAILABLE, scripted([cluster("AVAILABLE")]), sleep=time.sleep, clock=time.clock) == cluster(
        "AVAILABLE"
    )
    assert time.sleeps == []


def test_deleted_waiter_succeeds_on_404_and_returns_none() -> None:
    time = FakeTime()
    call = scripted([cluster("DELETING"), cluster("DELETING"), not_found()])
    assert wait(CLUSTER_DELETED, call, sleep=time.sleep, clock=time.clock) is None
    assert time.sleeps == [10, 10]


def test_failure_acceptor_raises_with_the_resource_reasons_redacted() -> None:
    time = FakeTime()
    failed = cluster(
        "CREATION FAILED",
        failed_reasons={"error_code": "DWS.5001", "error_msg": "subnet exhausted", "user_pwd": "Secret#123"},
    )
    progress: list[WaitProgress] = []
    call = scripted([cluster("CREATING"), failed])
    with pytest.raises(WaiterFailureError) as info:
        wait(CLUSTER_AVAILABLE, call, on_progress=progress.append, sleep=time.sleep, clock=time.clock)
    err = info.value
    assert isinstance(err, WaiterError)
    assert err.matched == "CREATION FAILED"
    assert err.last_response is failed and err.last_status == "CREATION FAILED"
    assert err.waiter == "ClusterAvailable" and err.attempts == 2 and err.elapsed_s == 15.0
    assert err.details == {
        "failed_reasons": {"error_code": "DWS.5001", "error_msg": "subnet exhausted", "user_pwd": "***"}
    }
    assert str(err).startswith(
        "ClusterAvailable: cluster.status is 'CREATION FAILED' (failure acceptor) after 2 attempts (15 s); "
        "failed_reasons: {'error_code': 'DWS.5001', 'error_msg': 'subnet exhausted'"
    )
    assert "Secret#123" not in str(err) and "Secret#123" not in repr(err)
    assert progress[-1].state == "failure"
    assert err.__cause__ is None


@pytest.mark.parametrize(
    ("body", "details"),
    [
        (cluster("FAILED"), {}),
        ({"cluster": {"status": "FAILED"}, "error_msg": "quota"}, {"error_msg": "quota"}),  # found at the root
        ({"cluster": {"status": "FAILED", "fail_reason": ""}}, {}),  # empty values say nothing
        ({"cluster": {"status": "FAILED", "error": {"code": "x"}}, "error_msg": "outer"}, {"error": {"code": "x"}}),
    ],
)
def test_failure_details_nearest_the_status(body: dict[str, Any], details: dict[str, Any]) -> None:
    time = FakeTime()
    with pytest.raises(WaiterFailureError) as info:
        wait(CLUSTER_AVAILABLE, scripted([body]), sleep=time.sleep, clock=time.clock)
    assert info.value.details == details


def test_error_code_failure_acceptor_chains_the_api_error() -> None:
    time = FakeTime()
    with pytest.raises(WaiterFailureError) as info:
        wait(CLUSTER_DELETED, scripted([cluster("DELETING"), DENIED]), sleep=time.sleep, clock=time.clock)
    err = info.value
    assert err.matched == "DWS.0015" and err.last_response is DENIED and err.__cause__ is DENIED
    assert err.last_status == "DWS.0015" and err.details == {}
    assert str(err) == "ClusterDeleted: error 403 DWS.0015: denied (failure acceptor) after 2 attempts (10 s)"


def test_status_failure_acceptor_reports_the_status() -> None:
    spec = WaiterSpec("Gone", "op", 1, 3, (Acceptor("failure", status=404),))
    with pytest.raises(WaiterFailureError) as info:
        wait(spec, scripted([not_found()]), sleep=lambda _: None)
    assert info.value.matched == 404


def test_unmatched_api_error_is_reraised_unchanged() -> None:
    time = FakeTime()
    progress: list[WaitProgress] = []
    gone = not_found()
    with pytest.raises(NotFoundError) as info:
        wait(
            CLUSTER_AVAILABLE,
            scripted([cluster("CREATING"), gone]),
            on_progress=progress.append,
            sleep=time.sleep,
            clock=time.clock,
        )
    assert info.value is gone
    assert len(progress) == 1


def test_other_exceptions_propagate() -> None:
    def call() -> Any:
        raise RuntimeError("transport broke")

    with pytest.raises(RuntimeError, match="transport broke"):
        wait(CLUSTER_AVAILABLE, call, sleep=lambda _: None)


def test_timeout_after_max_attempts_names_the_last_status() -> None:
    time = FakeTime()
    call = scripted([cluster("CREATING")])
    with pytest.raises(WaiterTimeoutError) as info:
        wait(CLUSTER_AVAILABLE, call, max_attempts=3, sleep=time.sleep, clock=time.clock)
    err = info.value
    assert str(err) == "ClusterAvailable: gave up after 3 attempts (30 s); last status 'CREATING'"
    assert err.attempts == 3 and err.elapsed_s == 30.0 and err.last_status == "CREATING"
    assert err.last_response == cluster("CREATING") and err.waiter == "ClusterAvailable"
    assert time.sleeps == [15, 15]


def test_timeout_with_the_spec_attempts() -> None:
    time = FakeTime()
    with pytest.raises(WaiterTimeoutError, match="gave up after 40 attempts \\(585 s\\)"):
        wait(CLUSTER_AVAILABLE, scripted([cluster("CREATING")]), sleep=time.sleep, clock=time.clock)
    assert len(time.sleeps) == 39


def test_timeout_names_the_last_error_when_an_error_was_last() -> None:
    time = FakeTime()
    with pytest.raises(WaiterTimeoutError) as info:
        wait(CLUSTER_AVAILABLE, scripted([cluster("CREATING"), BUSY]), max_attempts=2, sleep=time.sleep)
    err = info.value
    assert err.last_status == "DWS.0011" and err.last_response is BUSY and err.__cause__ is BUSY
    assert str(err).endswith("; last error 409 DWS.0011: busy")


def test_timeout_without_any_status_seen() -> None:
    with pytest.raises(WaiterTimeoutError, match="last status None") as info:
        wait(CLUSTER_AVAILABLE, scripted([{"unrelated": 1}]), max_attempts=1, sleep=lambda _: None)
    assert info.value.last_status is None


def test_timeout_by_clock_shortens_the_last_delay() -> None:
    time = FakeTime()
    with pytest.raises(WaiterTimeoutError) as info:
        wait(CLUSTER_AVAILABLE, scripted([cluster("CREATING")]), timeout_s=40, sleep=time.sleep, clock=time.clock)
    assert time.sleeps == [15, 15, 10]  # the last attempt lands on the deadline
    assert info.value.attempts == 4 and info.value.elapsed_s == 40.0


def test_timeout_counts_time_spent_in_calls() -> None:
    time = FakeTime()
    call = scripted([cluster("CREATING")], time, call_s=20)
    with pytest.raises(WaiterTimeoutError) as info:
        wait(CLUSTER_AVAILABLE, call, timeout_s=60, sleep=time.sleep, clock=time.clock)
    # Attempts end at 20, 55 (20 + 15 + 20) and 90: the third is past the 60 s budget.
    assert info.value.attempts == 3 and time.sleeps == [15, 5]


def test_max_attempts_wins_when_it_comes_first() -> None:
    time = FakeTime()
    with pytest.raises(WaiterTimeoutError) as info:
        wait(
            CLUSTER_AVAILABLE,
            scripted([cluster("CREATING")]),
            timeout_s=3600,
            max_attempts=2,
            sleep=time.sleep,
            clock=time.clock,
        )
    assert info.value.attempts == 2


def test_zero_timeout_tries_once() -> None:
    time = FakeTime()
    with pytest.raises(WaiterTimeoutError):
        wait(CLUSTER_AVAILABLE, scripted([cluster("CREATING")]), timeout_s=0, sleep=time.sleep, clock=time.clock)
    assert time.sleeps == []


def test_delay_override() -> None:
    time = FakeTime()
    call = scripted([cluster("CREATING"), cluster("CREATING"), cluster("AVAILABLE")])
    wait(CLUSTER_AVAILABLE, call, delay_s=2.5, sleep=time.sleep, clock=time.clock)
    assert time.sleeps == [2.5, 2.5]


@pytest.mark.parametrize(
    "overrides",
    [{"delay_s": -1}, {"max_attempts": 0}, {"timeout_s": -5}],
)
def test_bad_overrides(overrides: dict[str, Any]) -> None:
    calls: list[int] = []
    with pytest.raises(ConfigurationError):
        wait(CLUSTER_AVAILABLE, lambda: calls.append(1), sleep=lambda _: None, **overrides)
    assert calls == []  # nothing was called


def test_progress_callback_may_abort() -> None:
    class Stop(Exception):
        pass

    def stop(progress: WaitProgress) -> None:
        if progress.attempt == 2:
            raise Stop

    with pytest.raises(Stop):
        wait(CLUSTER_AVAILABLE, scripted([cluster("CREATING")]), on_progress=stop, sleep=lambda _: None)


def test_debug_log_per_attempt(caplog: pytest.LogCaptureFixture) -> None:
    time = FakeTime()
    with caplog.at_level(logging.DEBUG, logger="dbcloud.waiters"):
        wait(
            CLUSTER_AVAILABLE,
            scripted([cluster("CREATING"), cluster("AVAILABLE")]),
            sleep=time.sleep,
            clock=time.clock,
        )
    messages = [r.getMessage() for r in caplog.records if r.name == "dbcloud.waiters"]
    assert messages == [
        "ClusterAvailable: attempt 1/40 after 0s: 'CREATING' -> retry",
        "ClusterAvailable: attempt 2/40 after 15s: 'AVAILABLE' -> success",
    ]


# ---------------------------------------------------------------- asyncio


def test_async_wait_mirrors_wait() -> None:
    time = FakeTime()
    progress: list[WaitProgress] = []
    outcomes = scripted([cluster("CREATING"), BUSY, cluster("AVAILABLE")])

    async def call() -> Any:
        return outcomes()

    result = asyncio.run(
        async_wait(CLUSTER_AVAILABLE, call, on_progress=progress.append, sleep=time.asleep, clock=time.clock)
    )
    assert result == cluster("AVAILABLE")
    assert time.sleeps == [15, 15] and [p.state for p in progress] == ["retry", "retry", "success"]


def test_async_wait_raises_like_wait() -> None:
    time = FakeTime()

    def run(outcomes: list[Any], **kwargs: Any) -> Any:
        script = scripted(outcomes)

        async def call() -> Any:
            return script()

        return asyncio.run(async_wait(CLUSTER_AVAILABLE, call, sleep=time.asleep, clock=time.clock, **kwargs))

    with pytest.raises(WaiterFailureError):
        run([cluster("FAILED")])
    with pytest.raises(WaiterTimeoutError, match="gave up after 2 attempts"):
        run([cluster("CREATING")], max_attempts=2)
    gone = not_found()
    with pytest.raises(NotFoundError) as info:
        run([gone])
    assert info.value is gone


def test_async_cancel_during_sleep_propagates_at_once() -> None:
    calls: list[int] = []

    async def call() -> Any:
        calls.append(1)
        return cluster("CREATING")

    async def main() -> None:
        task = asyncio.create_task(async_wait(CLUSTER_AVAILABLE, call))  # real asyncio.sleep(15)
        while not calls:
            await asyncio.sleep(0)
        await asyncio.sleep(0)  # let it reach its 15 s sleep
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled()

    asyncio.run(asyncio.wait_for(main(), timeout=5))
    assert calls == [1]


def test_async_cancel_during_call_propagates() -> None:
    async def main() -> None:
        entered = asyncio.Event()

        async def call() -> Any:
            entered.set()
            await asyncio.Event().wait()  # a call that never returns

        with pytest.raises(TimeoutError):
            await asyncio.wait_for(async_wait(CLUSTER_AVAILABLE, call), timeout=0.05)
        assert entered.is_set()

    asyncio.run(main())


def test_async_cancelled_error_from_the_call_is_not_taken_for_an_api_error() -> None:
    async def call() -> Any:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(async_wait(CLUSTER_AVAILABLE, call, sleep=FakeTime().asleep))
