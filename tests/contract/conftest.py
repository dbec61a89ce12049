"""The contract cases' closing summary, printed by the process that reports (the xdist controller or the only one)."""

from __future__ import annotations

import pytest

_SUMMARY: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # A worker's test_zz_print_check_counts records its service's counts as a user property; the report
    # reaches this hook in the controller too, so the counts of every worker are printed once, together.
    if report.when == "call" and report.passed:
        _SUMMARY.extend(value for name, value in report.user_properties if name == "contract_counts")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _SUMMARY:
        terminalreporter.write_sep("-", "contract cases per check")
        for block in sorted(_SUMMARY):
            terminalreporter.write_line(block)
