from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from click.testing import CliRunner, Result

from dbcloud_core.cli import cli
from dbcloud_simulator import build_app
from dbcloud_simulator.server import BackgroundServer


@pytest.fixture(scope="module")
def simulator() -> Iterator[BackgroundServer]:
    """The simulator on a free loopback port, over real HTTP (uvicorn in a thread)."""
    with BackgroundServer(build_app(strict=True)) as server:
        yield server


def credentials_env(simulator: BackgroundServer) -> dict[str, str]:
    """The simulator's test credentials, as the environment variables a shell user sets."""
    creds = simulator.app.credentials
    return {
        "HUAWEICLOUD_SDK_AK": creds.huawei_ak,
        "HUAWEICLOUD_SDK_SK": creds.huawei_sk,
        "HUAWEICLOUD_SDK_PROJECT_ID": "cli-project",
        "SCP_ACCESS_KEY": creds.scp_access_key,
        "SCP_SECRET_KEY": creds.scp_secret_key,
    }


@pytest.fixture
def dbcloud(simulator: BackgroundServer, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """``dbcloud(service, *args)``: the command line in process, pointed at the simulator's prefix."""
    for name, value in credentials_env(simulator).items():
        monkeypatch.setenv(name, value)

    def run(service: str, *args: str, options: tuple[str, ...] = (), **kwargs: Any) -> Result:
        argv = ["--endpoint-url", f"{simulator.url}/{service}", *options, service, *args]
        return CliRunner().invoke(cli, argv, prog_name="dbcloud", **kwargs)

    return run


@pytest.fixture(autouse=True)
def _debug_handler_removed() -> Iterator[None]:
    """--debug installs a stderr handler on the ``dbcloud`` logger; every test starts without it."""
    yield
    logger = logging.getLogger("dbcloud")
    for handler in [h for h in logger.handlers if getattr(h, "_dbcloud", False)]:
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
