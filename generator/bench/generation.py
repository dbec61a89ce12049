"""1. ``python -m generator generate --force`` for every service, and the no-op regenerate after it.

Both run as ``make generate`` does, in a fresh interpreter from the repository root; the full run
rewrites clients/ with identical content (generation is deterministic, ``make check`` proves it).
"""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

from .. import config
from ._common import BenchError, summarise


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", *args], cwd=config.ROOT, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(f"generate {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def measure(runs: int) -> dict[str, Any]:
    """Seconds per run: full generation (``--force``) and no-op, alternated so each no-op follows a full run."""
    full: list[float] = []
    noop: list[float] = []
    for _ in range(runs):
        full.append(_timed(["--force"]))
        noop.append(_timed([]))
    services = [s.key for s in config.all_services()]
    return {"services": services, "full_s": summarise(full), "noop_s": summarise(noop)}
