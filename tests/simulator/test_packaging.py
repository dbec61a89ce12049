"""``pip install`` of the simulator into a fresh venv, as a user does: wheels of dbcloud-core and
dbcloud-simulator (and their dependencies) installed with ``--no-index``, then the ``dbcloud-simulator``
console script serves real requests and the pytest plugin is registered."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
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


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only what ``pip install dbcloud-simulator`` brings, from local wheels."""
    work = tmp_path_factory.mktemp("packaging")
    wheels = work / "wheels"
    _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-build-isolation",
        "-w", wheels, "-c", ROOT / "constraints.txt", ROOT / "clients/core", ROOT / "clients/simulator",
        cwd=work,
    )  # fmt: skip
    target = work / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    _run(
        python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-index",
        "--find-links", wheels, "dbcloud-simulator",
        cwd=work,
    )  # fmt: skip
    return target


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
