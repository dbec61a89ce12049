"""examples/raw_responses.py and examples/configuration.py run against the in-process simulator and, with
tests/clients/typed/surface.py, pass mypy --strict (warn_unused_ignores: each ``type: ignore`` there must be
needed, so a misspelt option stays a type error). The examples harness runs every examples/*.py; these two
are checked here until it does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api

from generator.config import ROOT

EXAMPLES = [ROOT / "examples" / "raw_responses.py", ROOT / "examples" / "configuration.py"]
SURFACE = Path(__file__).parent / "typed" / "surface.py"


def test_examples_and_the_typed_surface_pass_mypy_strict() -> None:
    out, err, status = api.run(["--strict", "--warn-unused-ignores", *map(str, [*EXAMPLES, SURFACE])])
    assert status == 0, out + err


def _user_environment(home: Path) -> dict[str, str]:
    """A user's shell: no dbcloud settings, no region, no profile file."""
    prefixes = ("HUAWEICLOUD_", "SCP_", "DBCLOUD_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    return {**env, "HOME": str(home)}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_runs_against_the_in_process_simulator(example: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, env=_user_environment(tmp_path), timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    if example.name == "raw_responses.py":
        assert "status 200 content-type application/json request id " in proc.stdout
        assert "same request id: True" in proc.stdout and "plain call request id True" in proc.stdout
        assert "error 404 DWS.0022 request id True" in proc.stdout
        assert "async status 200 clusters 0" in proc.stdout
    else:
        assert proc.stdout.splitlines()[:2] == [
            "https://dws.cn-north-4.myhuaweicloud.com",
            "refused: region 'cn-nort-4' is not one of: ae-ad-1, af-north-1, af-so ...",
        ]
        assert "https://ddm.ap-southeast-1.myhuaweicloud.com" in proc.stdout
        assert "https://dws.cn-east-3.myhuaweicloud.com" in proc.stdout
        assert "https://epas.kr-south1.g.samsungsdscloud.com" in proc.stdout
        assert "own client request id: True" in proc.stdout and "still open: True" in proc.stdout
