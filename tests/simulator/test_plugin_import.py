"""The pytest plugin loads in every pytest run of a venv with the package: it must stay light."""

from __future__ import annotations

import json
import subprocess
import sys

import dbcloud_simulator


def test_loading_the_plugin_imports_nothing_heavy() -> None:
    probe = "import sys, json, dbcloud_simulator.pytest_plugin; print(json.dumps(sorted(sys.modules)))"
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True).stdout))
    assert not {"starlette", "jsonschema_rs", "orjson", "httpx", "dbcloud_simulator.app"} & loaded


def test_lazy_exports_resolve() -> None:
    assert set(dbcloud_simulator.__all__) <= set(dir(dbcloud_simulator))
    for name in set(dbcloud_simulator.__all__) - {"__version__"}:
        assert getattr(dbcloud_simulator, name).__name__ == name
    assert dbcloud_simulator.__version__.count(".") == 2
