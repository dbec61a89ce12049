"""2. Cold import time and peak RSS: each client facade, the official SDKs and bare ``import httpx``.

Every sample is a fresh interpreter (``python -c``) that times the import statement itself in CPU
time (``time.process_time``: the shared machine's other load stays out, as for the other in-process
ratios) and then reads its peak RSS (``VmHWM``). Samples of all contenders are interleaved, round by
round, and a ratio is the median of the rounds' ratios (``paired_ratio``). Our packages are
byte-compiled first, as pip does on install, so no contender pays for compiling.
``python -X importtime`` then names each contender's heaviest modules beyond what httpx loads.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from .. import config
from ._common import HIDE_HTTPX_CLI, BenchError, paired_ratio, python_json, summarise

FLOOR = "import httpx"
FACADES = {
    "dbcloud_dws": "from dbcloud_dws import DwsClient",
    "dbcloud_ddm": "from dbcloud_ddm import DdmClient",
    "dbcloud_epas": "from dbcloud_epas import EpasClient",
}
OFFICIAL = {
    "huaweicloudsdkdws": "from huaweicloudsdkdws.v2 import DwsClient",
    "huaweicloudsdkddm": "from huaweicloudsdkddm.v1 import DdmClient",
}
ALL_DBCLOUD = "dbcloud, all three facades"
ALL_OFFICIAL = "official DWS + DDM"
CASES = {
    "interpreter only": "pass",
    "httpx": FLOOR,
    **FACADES,
    ALL_DBCLOUD: "; ".join(FACADES.values()),
    **OFFICIAL,
    ALL_OFFICIAL: "; ".join(OFFICIAL.values()),
}

# Peak RSS: VmHWM from /proc (ru_maxrss would also count the parent's RSS at fork time on Linux).
_CHILD = """{hide}
import time
_before = len(sys.modules)
_start = time.process_time()
{statement}
_ms = (time.process_time() - _start) * 1000
_modules = len(sys.modules) - _before
try:
    _status = open("/proc/self/status").read()
    _rss_kb = int(_status.split("VmHWM:", 1)[1].split()[0])
except (OSError, IndexError):
    import resource
    _rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
import json
print(json.dumps({{"ms": _ms, "rss_mb": _rss_kb / 1024, "modules": _modules}}))
"""


def _byte_compile() -> None:
    packages = [str(config.CLIENTS / "core" / "dbcloud_core")]
    packages += [str(s.client_dir / s.package) for s in config.all_services()]
    proc = subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *packages], capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise BenchError(f"compileall failed:\n{proc.stdout}\n{proc.stderr}")


def _importtime(statement: str) -> dict[str, float]:
    """module -> self milliseconds, from one ``-X importtime`` run."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"{HIDE_HTTPX_CLI}\n{statement}"],
        cwd=config.ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise BenchError(f"{statement} failed:\n{proc.stderr}")
    found: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            self_us, _, name = (part.strip() for part in line[len("import time:") :].split("|"))
            if self_us.isdigit():
                found[name] = int(self_us) / 1000
    return found


def heaviest(statement: str, baseline: dict[str, float], top: int = 5) -> list[tuple[str, float]]:
    """The ``top`` modules by self time that ``statement`` loads and bare httpx does not."""
    extra = {name: ms for name, ms in _importtime(statement).items() if name not in baseline}
    return [(name, round(ms, 1)) for name, ms in sorted(extra.items(), key=lambda kv: -kv[1])[:top]]


def measure(runs: int) -> dict[str, Any]:
    _byte_compile()
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, statement in CASES.items():
            code = _CHILD.format(hide=HIDE_HTTPX_CLI, statement=statement)
            samples[name].append(python_json(["-c", code]))
    cases: dict[str, Any] = {}
    for name, rows in samples.items():
        cases[name] = {
            "statement": CASES[name],
            "ms": summarise([r["ms"] for r in rows]),
            "rss_mb": summarise([r["rss_mb"] for r in rows]),
            "modules": int(max(r["modules"] for r in rows)),
        }
    floor = cases["httpx"]["ms"]
    for case in cases.values():
        case["x_httpx"] = paired_ratio(case["ms"], floor)
    baseline = _importtime(FLOOR)
    diagnosis = {name: heaviest(CASES[name], baseline) for name in [*FACADES, *OFFICIAL]}
    return {
        "cases": cases,
        "heaviest_beyond_httpx_ms": diagnosis,
        "rss_ratio_all_vs_official": round(
            cases[ALL_DBCLOUD]["rss_mb"]["median"] / cases[ALL_OFFICIAL]["rss_mb"]["median"], 2
        ),
    }
