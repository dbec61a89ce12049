"""pytest plugin (entry point ``pytest11``): the ``dbcloud_simulator`` fixture.

Every dbcloud client a test builds while the fixture is active talks to a fresh in-process simulator;
the fixture's value offers ``advance``, ``fault``, ``reset``, ``set_fields`` and the test credentials.
Nothing heavy is imported until a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .inprocess import InProcessSimulator


@pytest.fixture
def dbcloud_simulator() -> Iterator[InProcessSimulator]:
    """A fresh in-process simulator for this test; clients built during it are routed there."""
    from .inprocess import mock_dbcloud

    with mock_dbcloud() as sim:
        yield sim
