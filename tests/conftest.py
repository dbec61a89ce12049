from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
settings.register_profile(
    "fuzz", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

_CREDENTIAL_PREFIXES = ("HUAWEICLOUD_", "SCP_", "DBCLOUD_")
_PROXY_VARIABLES = frozenset({"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
#: The regions a test runs in unless it says otherwise, set the way a user's environment sets them (the
#: clients have no default region: docs/decisions.md); tests of that policy delete them.
TEST_REGIONS = {"HUAWEICLOUD_SDK_REGION": "eu-west-101", "SCP_REGION": "kr-west1", "SCP_ENVIRONMENT": "s"}


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the developer's credentials, knobs or proxies (httpx's clean_environ)."""
    for name in list(os.environ):
        if name.startswith(_CREDENTIAL_PREFIXES) or name.upper() in _PROXY_VARIABLES:
            monkeypatch.delenv(name)
    for name, value in TEST_REGIONS.items():
        monkeypatch.setenv(name, value)
    yield


#: Modules whose tests share an expensive module-scoped fixture (a venv built from wheels): one worker runs
#: them all, or each worker would build its own.
ONE_WORKER_MODULES = frozenset({"tests/simulator/test_packaging.py"})


def xdist_scope(nodeid: str) -> str:
    """The unit of work a test belongs to under ``make test`` (``pytest -n auto --dist loadgroup``): tests of
    one unit run on one worker, in collection order. Each service's contract cases are one (their simulator,
    secret watch and counts are per process, and ``test_zz_print_check_counts[<service>]`` closes them); so
    is each module of ONE_WORKER_MODULES; every other test is its own unit.

    Derived from the node id because the ``xdist_group`` mark is silently ignored with pytest 9.2 and
    pytest-xdist 3.8 (xdist rewrites ``item._nodeid``, which pytest no longer reads: pytest-xdist#1386).
    """
    path, _, name = nodeid.partition("::")
    if path == "tests/contract/test_contract.py" and "[" in name:
        return "contract-" + name.split("[", 1)[1].split("-", 1)[0].rstrip("]")
    return path if path in ONE_WORKER_MODULES else nodeid


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ByScope(LoadScopeScheduling):  # type: ignore[misc]
        """xdist's loadscope over :func:`xdist_scope`'s units: the shared ones first (largest first), so a
        long one never starts last and holds the run up alone; then the single tests."""

        _ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return xdist_scope(nodeid)

        def _assign_work_unit(self, node: Any) -> None:
            if not self._ordered:  # the queue is complete (and sorted by size) before the first assignment
                shared = [scope for scope in self.workqueue if "::" not in scope]
                for scope in reversed(shared):
                    self.workqueue.move_to_end(scope, last=False)
                self._ordered = True
            super()._assign_work_unit(node)

    return ByScope(config, log)


# The contract cases' closing summary. Here, not in tests/contract/conftest.py: the xdist controller loads only
# the conftest of the paths it was given, and it is the process whose output is the run's log.
_CONTRACT_SUMMARY: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # test_zz_print_check_counts records its service's counts as a user property; the report reaches this
    # hook in the controller (or the only process), so every worker's counts are printed once, together.
    if report.when == "call" and report.passed:
        _CONTRACT_SUMMARY.extend(value for name, value in report.user_properties if name == "contract_counts")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _CONTRACT_SUMMARY:
        terminalreporter.write_sep("-", "contract cases per check")
        for block in sorted(_CONTRACT_SUMMARY):
            terminalreporter.write_line(block)
