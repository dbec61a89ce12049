"""``python -m generator bench``: our clients against the official SDK and bare httpx (``make bench``).

The machines are shared and noisy, so every contender is measured in the same run, samples of
different contenders are interleaved, and only ratios between them are held against the targets.
Each measurement is a min/median/max over ``runs`` samples; ratios use medians.

1. generation - ``generate --force`` for every service, and the no-op regenerate (``generation.py``);
2. imports    - cold import time and peak RSS, a fresh interpreter per sample (``imports.py``);
3. calls      - per-call overhead of list_clusters over an in-process transport (``calls.py``);
4. simulator  - req/s and latency of a list call over loopback, from a second process (``simulator.py``);
5. concurrency - 1,000 concurrent async calls on one client over loopback against the simulator, at no server
   latency and at 0.1 s, against the client as filed in issue 21 and bare httpx (``concurrency.py``);
6. sizes      - lists of 1/3/10/100/500 items and a 150 KB request, CPU time, with a lower floor (``sizes.py``);
7. first_call - import + the first list / create call in a fresh interpreter (``first_call.py``).

A full run writes ``docs/benchmarks.json`` and ``docs/benchmarks.md`` and prints the table.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .. import config

SECTIONS = ("imports", "calls", "sizes", "first_call", "concurrency", "simulator", "generation")
DOCS = config.ROOT / "docs"


@dataclass(frozen=True)
class Settings:
    """How much to measure; the defaults are what ``make bench`` runs."""

    runs: int = 5
    #: interleaved rounds of the CPU-time ratios (cold import, per call, real sizes, first use): each ratio is
    #: the median of its rounds' ratios, which settles with more rounds (docs/decisions.md, "Ratio by rounds")
    rounds: int = 11
    calls: int = 1000
    seconds: float = 3.0
    clients: int = 4
    #: concurrency: calls gathered at once, and samples per contender (each a fresh interpreter, a few seconds)
    concurrent_calls: int = 1000
    concurrent_runs: int = 3

    @classmethod
    def quick(cls) -> Settings:
        """A minute's look at every section (``--quick``): fewer and shorter samples, never written to docs/."""
        return cls(runs=3, rounds=3, calls=300, seconds=1.0, concurrent_calls=1000, concurrent_runs=1)


def run(sections: tuple[str, ...], settings: Settings) -> dict[str, Any]:
    """Measure ``sections`` (in ``SECTIONS`` order) and evaluate the targets they cover."""
    from . import calls, concurrency, first_call, generation, imports, report, simulator, sizes

    results: dict[str, Any] = {"machine": report.machine(), "settings": asdict(settings)}
    for section in SECTIONS:
        if section not in sections:
            continue
        print(f"bench: {section} ...", flush=True)
        if section == "imports":
            results["imports"] = imports.measure(settings.rounds)
        elif section == "calls":
            results["calls"] = calls.measure(settings.rounds, settings.calls)
        elif section == "sizes":
            results["sizes"] = sizes.measure(settings.rounds)
        elif section == "first_call":
            results["first_call"] = first_call.measure(settings.rounds)
        elif section == "concurrency":
            results["concurrency"] = concurrency.measure(settings.concurrent_runs, settings.concurrent_calls)
        elif section == "simulator":
            target = report.SIMULATOR_MIN_RPS
            results["simulator"] = simulator.measure(settings.runs, settings.seconds, settings.clients, target)
        else:
            results["generation"] = generation.measure(settings.runs)
    results["targets"] = report.targets(results)
    return results


def main(sections: list[str] | None, settings: Settings, write: bool = True) -> int:
    """Run, print the report, and (for a full run) write it to docs/. Returns 0: a missed target is a finding."""
    from . import report

    chosen = tuple(sections or SECTIONS)
    results = run(chosen, settings)
    text = report.markdown(results)
    print(text)
    if write and set(chosen) == set(SECTIONS):
        (DOCS / "benchmarks.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
        (DOCS / "benchmarks.md").write_text(text)
        print("bench: wrote docs/benchmarks.md and docs/benchmarks.json")
    return 0


__all__ = ["SECTIONS", "Settings", "main", "run"]
