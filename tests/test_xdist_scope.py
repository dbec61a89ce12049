"""``make test``'s units of work (tests/conftest.py): what shares session state runs on one worker."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from tests.conftest import ONE_WORKER_MODULES, xdist_scope
from tests.support import SERVICE_IDS

ROOT = Path(__file__).resolve().parents[1]


def _collected(*paths: str) -> list[str]:
    args = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:xdist", *paths]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_each_services_contract_cases_are_one_unit_closed_by_its_count_check() -> None:
    units: dict[str, list[str]] = defaultdict(list)
    for nodeid in _collected("tests/contract/test_contract.py"):
        units[xdist_scope(nodeid)].append(nodeid)
    assert sorted(units) == sorted(f"contract-{key}" for key in SERVICE_IDS)
    for key in SERVICE_IDS:
        cases = units[f"contract-{key}"]
        assert all(f"[{key}-" in case or case.endswith(f"[{key}]") for case in cases)
        assert cases[-1].endswith(f"test_zz_print_check_counts[{key}]")  # collection order is run order
        assert any("test_stateful_links" in case for case in cases)


def test_a_one_worker_module_is_one_unit_and_other_tests_are_their_own() -> None:
    assert ONE_WORKER_MODULES and all((ROOT / module).is_file() for module in ONE_WORKER_MODULES)
    module = sorted(ONE_WORKER_MODULES)[0]
    assert {xdist_scope(f"{module}::test_a"), xdist_scope(f"{module}::test_b[x]")} == {module}
    assert xdist_scope("tests/core/test_parsing.py::test_x[a-b]") == "tests/core/test_parsing.py::test_x[a-b]"
