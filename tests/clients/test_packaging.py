"""The distributions as an index would publish them: version ranges (never file URLs), one version
source, Apache-2.0 license metadata and file, no unused dependencies, and a User-Agent naming the SDK."""

from __future__ import annotations

import importlib
import importlib.util
import re
import tomllib
from pathlib import Path

import httpx
import pytest

from generator.config import CLIENTS, ROOT
from tests.support import SERVICES

DISTRIBUTIONS = sorted(p.parent for p in CLIENTS.glob("*/pyproject.toml"))
IDS = [p.name for p in DISTRIBUTIONS]


def _project(folder: Path) -> dict[str, object]:
    project: dict[str, object] = tomllib.loads((folder / "pyproject.toml").read_text())["project"]
    return project


def _import_name(folder: Path) -> str:
    return f"dbcloud_{folder.name}"


@pytest.mark.parametrize("folder", DISTRIBUTIONS, ids=IDS)
def test_dependencies_are_ranges_an_index_accepts(folder: Path) -> None:
    deps = [str(d) for d in _project(folder).get("dependencies", [])]  # type: ignore[attr-defined]
    assert deps, folder
    assert not [d for d in deps if "@" in d or "file:" in d], "a direct reference cannot be published"
    for dep in deps:
        assert re.match(r"^[a-z0-9-]+(\[[a-z,]+\])?(>=|<|;|$)", dep), dep
    if folder.name != "core":
        assert any(d.startswith("dbcloud-core>=") and ",<" in d for d in deps), deps


@pytest.mark.parametrize("folder", DISTRIBUTIONS, ids=IDS)
def test_every_dependency_is_imported(folder: Path) -> None:
    """PyYAML and python-dateutil were declared and never imported; nothing like that again."""
    sources = "\n".join(p.read_text() for p in (folder / _import_name(folder)).rglob("*.py"))
    import_names = {"pydantic": "pydantic", "httpx": "httpx", "attrs": "attrs", "dbcloud-core": "dbcloud_core"}
    import_names |= {"jsonschema-rs": "jsonschema_rs", "starlette": "starlette", "uvicorn": "uvicorn"}
    import_names |= {"click": "click", "jmespath": "jmespath", "pyyaml": "yaml"}
    import_names |= {"orjson": "orjson", "httptools": "httptools", "uvloop": "uvloop"}
    import_names |= {"aiohttp": "aiohttp", "yarl": "yarl"}
    # Declared for a dependency that imports it only when present: httpcore retries a failing
    # `import sniffio` on every async request without it (issue 21, dbcloud_core.concurrency).
    for_a_dependency = {"sniffio": "httpcore"}
    for dep in _project(folder)["dependencies"]:  # type: ignore[attr-defined]
        name = re.split(r"[<>=;\[ ]", str(dep), maxsplit=1)[0]
        if name in for_a_dependency:
            assert importlib.util.find_spec(for_a_dependency[name]) is not None
            continue
        module = import_names[name]
        used = re.search(rf"^\s*(from|import) {module}\b", sources, re.M) or f'"{module}"' in sources
        assert used, f"{folder.name} declares {name} but never imports {module}"


@pytest.mark.parametrize("folder", DISTRIBUTIONS, ids=IDS)
def test_license_metadata_and_file(folder: Path) -> None:
    project = _project(folder)
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
    assert (folder / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()


@pytest.mark.parametrize("folder", DISTRIBUTIONS, ids=IDS)
def test_one_version_source(folder: Path) -> None:
    module = importlib.import_module(_import_name(folder))
    project = _project(folder)
    declared = project.get("version")
    if declared is None:  # hatch reads it from the package's _version.py
        assert project["dynamic"] == ["version"]
        text = (folder / _import_name(folder) / "_version.py").read_text()
        declared = re.search(r'__version__ = "([^"]+)"', text).group(1)  # type: ignore[union-attr]
    assert module.__version__ == declared
    core = importlib.import_module("dbcloud_core")
    assert module.__version__.rsplit(".", 1)[0] == core.__version__.rsplit(".", 1)[0], "one release line"


@pytest.mark.parametrize("service", SERVICES, ids=[s.key for s in SERVICES])
def test_user_agent_names_sdk_version_and_service(service: object) -> None:
    from tests.clients.test_facade import _client, _simple_get

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={})

    operation_id, kwargs = _simple_get(service)  # type: ignore[arg-type]
    with _client(service, handler) as client:  # type: ignore[arg-type]
        with pytest.raises(Exception):  # noqa: B017 - only the request matters here
            getattr(client, operation_id)(**kwargs)
    version = importlib.import_module(service.package).__version__  # type: ignore[attr-defined]
    assert seen and seen[0].headers["User-Agent"] == f"dbcloud-python/{version} {service.key}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("folder", DISTRIBUTIONS, ids=IDS)
def test_lazy_package_dir_lists_its_exports(folder: Path) -> None:
    module = importlib.import_module(_import_name(folder))
    listed = dir(module)
    assert set(getattr(module, "__all__", [])) <= set(listed)
