"""Importing a client facade stays cheap (issue 9, docs/benchmarks.md): the generated ``api``,
``models`` and ``schemas`` modules, attrs, pydantic, asyncio and the credential chain load on first use;
and a first call loads only what it uses (issue 21)."""

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
    # the reply decoder loads with the first reply (orjson brings uuid and platform), the async wire with the
    # first async request
    deferred += ["orjson", "aiohttp", "dbcloud_core._aiohttp"]
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


def test_a_first_call_loads_neither_attrs_nor_a_validator_it_does_not_need() -> None:
    # The models are plain classes (dbcloud_core.model) and opc's attrs Client is imported for type checkers
    # only; a call with no argument has nothing to validate, and the reply guard of the lazy lists is
    # compiled from an operation's second reply (docs/decisions.md, issue 21).
    reply = json.dumps({"clusters": [{"id": "c-1", "name": "one"}]})
    first = (
        "import httpx\nfrom dbcloud_core import HuaweiCredentials\nfrom dbcloud_dws import DwsClient\n"
        f"transport = httpx.MockTransport(lambda request: httpx.Response(200, content={reply!r}))\n"
        "client = DwsClient(credentials=HuaweiCredentials(ak='AK', sk='SK', project_id='p'), transport=transport,"
        " base_url='https://dws.test')\n"
        "assert client.list_clusters().clusters[0].name == 'one'"
    )
    loaded = _loaded_after(first)
    assert "dbcloud_dws.models.cluster_info" in loaded  # the call did run and type its reply
    assert not {"attrs", "attr", "jsonschema_rs", "dbcloud_dws.client"} & loaded
    # an argument a schema can refuse is validated before anything is sent (a plain-text one needs no validator)
    no_guard = "\nfrom dbcloud_core.validation import RequestValidator\nRequestValidator.guard_in_use = lambda *a: None"
    loaded = _loaded_after(first + no_guard + "\nclient.list_clusters(enterprise_project_id='0')")
    assert "jsonschema_rs" not in loaded
    loaded = _loaded_after(first + no_guard + "\nclient.list_clusters(datastore_type='dws')")
    assert "jsonschema_rs" in loaded and "attrs" not in loaded
    # and the second reply of an operation compiles its guard
    assert "jsonschema_rs" in _loaded_after(first + "\nclient.list_clusters()")


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_a_facade_its_client_and_a_first_call_create_no_dataclass(service: Service) -> None:
    # Each dataclass costs ~1.1 ms to create (dbcloud_core.record, issue 21): the runtime's credentials,
    # policies and records, and the generated types, are Records. (httpx's own transport loads h11, which
    # declares dataclasses of its own; those are not ours.)
    kind = "ScpCredentials('AK', 'SK')" if service.key == "epas" else "HuaweiCredentials('AK', 'SK', 'p')"
    transport = "httpx.MockTransport(lambda request: httpx.Response(404, json={}))"
    call = "list_api_version" if service.key == "ddm" else "list_clusters"
    ours = (
        "[f'{name}.{k}' for name, m in list(sys.modules.items()) if name.startswith('dbcloud')"
        " for k, v in vars(m).items() if isinstance(v, type) and '__dataclass_params__' in vars(v)]"
    )
    code = (
        f"import httpx\nfrom dbcloud_core import {kind.split('(')[0]}\n"
        f"from {service.package} import {pascal(service.key)}Client\n"
        f"client = {pascal(service.key)}Client(credentials={kind}, transport={transport}, base_url='https://x.test')\n"
        f"try:\n    client.{call}()\nexcept Exception as error:\n    assert 'NotFound' in type(error).__name__\n"
        f"print(json.dumps({ours}))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", f"import json, sys\n{code}"], capture_output=True, text=True, check=True
    )
    assert json.loads(proc.stdout.splitlines()[-1]) == []
