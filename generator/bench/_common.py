"""Helpers shared by the measurements: summaries, fresh interpreters, the canned DWS bodies."""

from __future__ import annotations

import copy
import json
import statistics
import subprocess
import sys
from typing import Any, TypedDict

from .. import config
from ..spec import Spec, load

#: The spec's own example project id; the simulator accepts any, the floors never look at it.
PROJECT_ID = "89cd04f168b84af6be287f71730fdb4b"
LIST_PATH = f"/v1.0/{PROJECT_ID}/clusters"

#: httpx imports its optional CLI (click, rich, pygments) whenever they are installed. The dev venv
#: has them only because openapi-python-client needs them, a user's venv does not: every import
#: sample hides them (an import of them fails, which httpx expects), for every contender alike.
HIDE_HTTPX_CLI = "import sys; sys.modules.update(dict.fromkeys(('click', 'rich', 'pygments')))"


class BenchError(Exception):
    """A measurement could not run; the message carries the child's output."""


class Summary(TypedDict):
    min: float
    median: float
    max: float
    runs: list[float]


def summarise(values: list[float]) -> Summary:
    """min/median/max of the samples (rounded for the report), plus the samples themselves."""
    if not values:
        raise BenchError("no samples")
    return {
        "min": round(min(values), 3),
        "median": round(statistics.median(values), 3),
        "max": round(max(values), 3),
        "runs": [round(v, 3) for v in values],
    }


def ratio(value: Summary, floor: Summary) -> float:
    """Median over median: contenders measured in the same run, so the machine's mood cancels out."""
    return round(value["median"] / floor["median"], 2)


def paired_ratio(value: Summary, floor: Summary) -> float:
    """Median of the per-round ratios, for CPU-time samples taken in interleaved rounds: a round's samples
    run moments apart, so the machine's drift cancels within it, and the median drops a disturbed round.
    Min over min paired extremes from different moments (it once put a facade, which imports httpx, at
    0.89x ``import httpx``)."""
    pairs = [ours / base for ours, base in zip(value["runs"], floor["runs"], strict=True)]
    return round(statistics.median(pairs), 2)


def python_json(args: list[str], *, timeout_s: float = 600) -> Any:
    """Run ``python <args>`` from the repository root in a fresh interpreter; its last stdout line is JSON."""
    proc = subprocess.run(
        [sys.executable, *args], cwd=config.ROOT, capture_output=True, text=True, timeout=timeout_s, check=False
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise BenchError(f"python {' '.join(args)[:120]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _dws() -> Spec:
    return load(config.Service("dws").spec)


def _operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for _, _, _, op in spec.operations():
        if op.get("operationId") == operation_id:
            return op
    raise BenchError(f"the spec has no operation {operation_id}")


def list_clusters_body(count: int = 3) -> bytes:
    """The spec's list_clusters example with its one cluster made ``count`` (distinct ids and names)."""
    spec = _dws()
    media = spec.deref(_operation(spec, "list_clusters")["responses"]["200"])["content"]["application/json"]
    (cluster,) = next(iter(media["examples"].values()))["value"]["clusters"]
    clusters = []
    for n in range(1, count + 1):
        item = copy.deepcopy(cluster)
        item["id"] = f"{n:x}{item['id'][len(f'{n:x}') :]}"
        item["name"] = f"dws-{n}"
        clusters.append(item)
    return json.dumps({"clusters": clusters}).encode()


def example(service: str, operation_id: str, part: str = "request") -> Any:
    """The first named example of an operation's request body (``part="request"``) or of a reply status."""
    spec = load(config.Service(service).spec)
    op = _operation(spec, operation_id)
    node = op["requestBody"] if part == "request" else op["responses"][part]
    media = spec.deref(node)["content"]["application/json"]
    return copy.deepcopy(next(iter(media["examples"].values()))["value"])


def create_cluster_bodies(count: int = 3) -> list[dict[str, Any]]:
    """``count`` create_cluster requests from the spec's example, named dws-1, dws-2, ..."""
    spec = _dws()
    media = spec.deref(_operation(spec, "create_cluster")["requestBody"])["content"]["application/json"]
    example = next(iter(media["examples"].values()))["value"]
    bodies = []
    for n in range(1, count + 1):
        body = copy.deepcopy(example)
        body["cluster"]["name"] = f"dws-{n}"
        bodies.append(body)
    return bodies
