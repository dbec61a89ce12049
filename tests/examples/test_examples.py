"""``examples/`` and the README's Python blocks are what a typed user writes: each example runs against the
in-process simulator, and all of them pass ``mypy --strict`` with ``is not None`` narrowing only (issue 18).
Every ``examples/*.py`` is picked up; the wheel-installed run on each Python is tests/simulator/test_packaging.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
#: user-style code whose ``type: ignore`` comments must stay used: a misspelt client option is a type error
SURFACE = Path(__file__).parents[1] / "clients" / "typed" / "surface.py"
#: what an example must print, beyond running cleanly (examples whose output says something checkable)
SHOWS = {
    "raw_responses": [
        "status 200 content-type application/json request id ",
        "same request id: True",
        "plain call request id True",
        "error 404 DWS.0022 request id True",
        "async status 200 clusters 0",
    ],
    "configuration": [
        "https://dws.cn-north-4.myhuaweicloud.com\n"
        "refused: region 'cn-nort-4' is not one of: ae-ad-1, af-north-1, af-so",
        "https://ddm.ap-southeast-1.myhuaweicloud.com",
        "https://dws.cn-east-3.myhuaweicloud.com",
        "https://epas.kr-south1.g.samsungsdscloud.com",
        "own client request id: True",
        "still open: True",
    ],
}


def _readme_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs_against_the_simulator(example: Path, tmp_path: Path) -> None:
    # a user's shell: no dbcloud settings, no region, no profile file
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "HUAWEICLOUD_", "SCP_", "DBCLOUD_"))}
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, example], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip(), "an example shows what it did"
    assert "Traceback" not in done.stderr and "WARNING" not in done.stderr  # no drift, no retries warned about
    for shown in SHOWS.get(example.stem, []):
        assert shown in done.stdout, shown


# Each ignore must stay used (mypy --strict warns of unused ones): the types say what a reply may lack.
_PROBE = """
from dbcloud_dws import DwsClient
from dbcloud_dws.models import ClusterStatus, CreateClusterInfo


def probe(dws: DwsClient, info: CreateClusterInfo) -> None:
    detail = dws.list_cluster_details(cluster_id="c")
    print(detail.cluster.id)  # type: ignore[union-attr]
    if detail.cluster is not None:
        status: ClusterStatus = detail.cluster.status  # type: ignore[assignment]
        print(status, detail.cluster.fields_set)
    port: int = info.port  # type: ignore[assignment]
    print(port)
"""


def test_examples_and_readme_pass_mypy_strict(tmp_path: Path) -> None:
    blocks = _readme_blocks()
    assert len(blocks) >= 4 and len(EXAMPLES) >= 6
    files = [str(p) for p in [*EXAMPLES, SURFACE]]
    blocks.append(_PROBE)
    for number, code in enumerate(blocks):
        block = tmp_path / f"block_{number}.py"
        block.write_text(code, encoding="utf-8")
        files.append(str(block))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", ROOT / "pyproject.toml", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"no issues found in {len(files)} source files" in done.stdout


@pytest.mark.parametrize("source", ["examples", "README"])
def test_only_is_not_none_narrowing(source: str) -> None:
    texts = [p.read_text() for p in EXAMPLES] if source == "examples" else _readme_blocks()
    for text in texts:
        assert "Unset" not in text and "UNSET" not in text and "isinstance(" not in text
        assert "type: ignore" not in text and "cast(" not in text
