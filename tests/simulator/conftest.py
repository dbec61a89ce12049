from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from dbcloud_simulator import build_app
from dbcloud_simulator.server import BackgroundServer


@pytest.fixture(scope="module")
def simulator() -> Iterator[BackgroundServer]:
    """The simulator on a free loopback port, over real HTTP (uvicorn in a thread)."""
    with BackgroundServer(build_app(strict=True)) as server:
        yield server


@pytest.fixture
def advance(simulator: BackgroundServer):  # type: ignore[no-untyped-def]
    """Move the simulated clock forward at once."""

    def advance(seconds: float) -> None:
        httpx.post(f"{simulator.url}/_sim/clock/advance", json={"seconds": seconds}).raise_for_status()

    return advance


@pytest.fixture
def official():  # type: ignore[no-untyped-def]
    """A factory of the official Huawei SDK's clients (sdk_support.official_client), closed after the test."""
    from tests.simulator.sdk_support import official_client

    made = []

    def make(*args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(official_client(*args, **kwargs))
        return made[-1]

    yield make
    for client in made:
        client.close()


@pytest.fixture(params=["root", "prefixed"])
def endpoint(request: pytest.FixtureRequest, simulator: BackgroundServer) -> str:
    """The simulator's URL as the root of the port, then with the prefix of the module's ``SERVICE``;
    the store is emptied first."""
    simulator.app.store.reset()
    return simulator.url if request.param == "root" else f"{simulator.url}/{request.module.SERVICE}"
