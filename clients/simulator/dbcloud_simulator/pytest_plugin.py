"""pytest plugin (entry point ``pytest11``): the ``dbcloud_simulator`` fixture.

Every dbcloud client a test builds while the fixture is active talks to a fresh in-process simulator;
the fixture's value offers ``advance``, ``fault``, ``reset``, ``set_fields`` and the test credentials.
The marker ``@pytest.mark.dbcloud_simulator(strict=True, speed=..., accounts=...)`` passes options to
:func:`~dbcloud_simulator.mock_dbcloud`. Nothing heavy is imported until a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .inprocess import InProcessSimulator


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "dbcloud_simulator(**options): options of the test's in-process simulator (mock_dbcloud)"
    )


@pytest.fixture
def dbcloud_simulator(request: pytest.FixtureRequest) -> Iterator[InProcessSimulator]:
    """A fresh in-process simulator for this test; clients built during it are routed there."""
    from .inprocess import mock_dbcloud

    marker = request.node.get_closest_marker("dbcloud_simulator")
    with mock_dbcloud(**(marker.kwargs if marker else {})) as sim:
        yield sim
