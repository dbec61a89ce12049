"""``pip install`` from wheels alone into a fresh venv, as a user does: wheels of the distributions (and their
dependencies) installed with ``--no-index``. The simulator's console script serves real requests and its pytest
plugin is registered; and with the clients beside it, every example runs on every supported Python here."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dbcloud_core.auth.huawei_aksk import HuaweiAkSkAuth

ROOT = Path(__file__).resolve().parents[2]
PROJECT = "0123456789abcdef0123456789abcdef"


def _run(*args: str | Path, cwd: Path) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"{args}: {done.stdout}{done.stderr}"
    return done.stdout


DISTRIBUTIONS = ("core", "dws", "ddm", "epas", "simulator")
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def _supported() -> list[str]:
    """The Python versions the distributions' classifiers name (3.11, 3.12, 3.13)."""
    text = (ROOT / "clients/core/pyproject.toml").read_text()
    return re.findall(r'"Programming Language :: Python :: (3\.\d+)"', text)


def _interpreter(version: str) -> str | None:
    """A working ``python3.X`` of this machine: on PATH, or one pyenv installed without putting it there."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = [shutil.which(f"python{version}"), *sorted(str(p) for p in pyenv.glob(f"{version}.*/bin/python{version}"))]
    for candidate in filter(None, found):
        probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True)
        if probe.returncode == 0 and probe.stdout.decode().strip() == str(tuple(map(int, version.split(".")))):
            return candidate
    return None


@pytest.fixture(scope="module")
def our_wheels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wheels of the five distributions, built from their folders (pure Python: one wheel for every version)."""
    wheels = tmp_path_factory.mktemp("ours")
    _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-build-isolation",
        "--no-deps", "-w", wheels, *(ROOT / "clients" / name for name in DISTRIBUTIONS),
        cwd=wheels,
    )  # fmt: skip
    return wheels


def _install(python: str, ours: Path, work: Path, *distributions: str) -> Path:
    """A new venv of ``python`` holding only ``distributions`` and their dependencies, installed with
    ``--no-index`` from one folder of wheels (the dependencies' wheels fetched into it first)."""
    wheels = work / "wheels"
    shutil.copytree(ours, wheels)
    _run(
        python, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "-d", wheels,
        "--find-links", wheels, "-c", ROOT / "constraints.txt", *distributions,
        cwd=work,
    )  # fmt: skip
    target = work / "venv"
    _run(python, "-m", "venv", target, cwd=work)
    _run(
        target / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-index",
        "--find-links", wheels, *distributions,
        cwd=work,
    )  # fmt: skip
    return target


@pytest.fixture(scope="module")
def fresh_venv(our_wheels: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only what ``pip install dbcloud-simulator`` brings, from local wheels."""
    return _install(sys.executable, our_wheels, tmp_path_factory.mktemp("packaging"), "dbcloud-simulator")


@pytest.mark.parametrize("version", _supported())
def test_the_examples_run_from_wheels_alone(version: str, our_wheels: Path, tmp_path: Path) -> None:
    """Every supported Python this machine has: the clients and the simulator installed from wheels alone
    into a fresh venv, far from the repository, run every example in ``examples/``."""
    python = _interpreter(version)
    if python is None:
        pytest.skip(f"no Python {version} on this machine")
    target = _install(python, our_wheels, tmp_path, "dbcloud-dws", "dbcloud-ddm", "dbcloud-epas", "dbcloud-simulator")
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "HUAWEICLOUD_", "SCP_", "DBCLOUD_"))}
    assert len(EXAMPLES) >= 6
    for example in EXAMPLES:
        script = Path(shutil.copy(example, scripts))
        done = subprocess.run(
            [target / "bin" / "python", "-I", script], cwd=scripts, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0 and done.stdout, f"{example.name} on {version}: {done.stdout}{done.stderr}"


def test_the_installed_package_is_self_contained(fresh_venv: Path) -> None:
    probe = (
        "import importlib.metadata as md, importlib.util as u, json, dbcloud_simulator as s;"
        "from dbcloud_simulator.spec import service_keys;"
        "print(json.dumps({'file': s.__file__, 'keys': service_keys(), 'generator': u.find_spec('generator') is None,"
        "'plugins': [e.value for e in md.entry_points(group='pytest11')],"
        "'scripts': [e.value for e in md.entry_points(group='console_scripts') if e.name == 'dbcloud-simulator']}))"
    )
    facts = json.loads(_run(fresh_venv / "bin" / "python", "-c", probe, cwd=fresh_venv))
    assert str(fresh_venv) in facts["file"] and "site-packages" in facts["file"]
    assert facts["keys"] == ["ddm", "dws", "epas"]  # the specs ship inside the wheel
    assert facts["generator"] is True  # nothing of the maintainers' generator came along
    assert "dbcloud_simulator.pytest_plugin" in facts["plugins"]
    assert facts["scripts"] == ["dbcloud_simulator.server:main"]


@pytest.fixture
def served(fresh_venv: Path, tmp_path: Path) -> Iterator[str]:
    """The installed console script on a free loopback port (``--port 0``; the banner names it)."""
    accounts = tmp_path / "accounts.toml"
    accounts.write_text('[[accounts]]\nname = "solo"\nprojects = ["*"]\n', encoding="utf-8")
    command = [fresh_venv / "bin" / "dbcloud-simulator", "--host", "127.0.0.1", "--port", "0", "--accounts", accounts]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("dbcloud simulator on http://127.0.0.1:"), first + process.stderr.read()
        yield first.split()[3]
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_the_console_script_serves_every_service(served: str) -> None:
    health = httpx.get(f"{served}/_sim/health", timeout=30).json()
    assert health["services"] == ["ddm", "dws", "epas"]
    auth = HuaweiAkSkAuth("SIMULATORAK0000000000", "simulator-secret-key", project_id=PROJECT)
    with httpx.Client(base_url=served, auth=auth, timeout=30) as http:
        assert http.get(f"/v1.0/{PROJECT}/clusters").json()["clusters"] == []  # DWS at the root
        assert http.get(f"/ddm/v1/{PROJECT}/instances").json()["instances"] == []  # DDM under its prefix


def test_the_console_script_rejects_a_bad_accounts_file(fresh_venv: Path, tmp_path: Path) -> None:
    bad = tmp_path / "accounts.toml"
    bad.write_text("accounts = 1\n", encoding="utf-8")
    done = subprocess.run(
        [fresh_venv / "bin" / "dbcloud-simulator", "--accounts", bad],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "needs at least one [[accounts]] table" in done.stderr
