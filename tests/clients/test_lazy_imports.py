"""Importing a client facade stays cheap (issue 9, docs/benchmarks.md): the generated ``api``,
``models`` and ``schemas`` modules, attrs, pydantic, asyncio and the credential chain load on first use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from generator.config import Service
from generator.naming import pascal
from tests.support import SERVICE_IDS, SERVICES


def _loaded_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(proc.stdout.splitlines()[-1]))


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_facade_import_defers_models_schemas_and_heavy_libraries(service: Service) -> None:
    loaded = _loaded_after(f"from {service.package} import {pascal(service.key)}Client")
    deferred = [f"{service.package}.{sub}" for sub in ("api", "models", "schemas")]
    deferred += ["attrs", "pydantic", "asyncio", "configparser", "dbcloud_core.credentials", f"{service.package}._cli"]
    # the command line loads only with `dbcloud` (click is not listed: httpx imports it for its own optional CLI)
    deferred += ["jmespath", "dbcloud_core.cli"]
    assert not [name for name in deferred if name in loaded]


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_models_load_on_first_use_only(service: Service) -> None:
    models = f"{service.package}.models"
    loaded = _loaded_after(f"import {models} as m\ngetattr(m, m.__all__[0])")
    submodules = [name for name in loaded if name.startswith(f"{models}.")]
    total = len(__import__(models, fromlist=["__all__"]).__all__)
    # the first model's module and what it imports at module level (its enums), never all of them
    assert 1 <= len(submodules) < min(10, total), submodules


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_models_still_export_every_name(service: Service) -> None:
    models = __import__(f"{service.package}.models", fromlist=["*"])
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    assert set(models.__all__) <= set(dir(models))
    with pytest.raises(AttributeError):
        _ = models.NoSuchModel
