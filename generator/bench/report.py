"""The targets of issues 9 and 21, and the report: docs/benchmarks.md (tables) from the results dict."""

from __future__ import annotations

import datetime
import os
import platform
import sys
from importlib import metadata
from typing import Any

from .imports import ALL_DBCLOUD, ALL_OFFICIAL, FACADES

IMPORT_MAX_X = 1.3
CALL_MAX_X = 1.3  # a list of 3, CPU time (issue 21; issue 9 held 1.5x in wall time)
LIST_500_MAX_X = 1.5
TYPED_MAX_X_ORJSON = 1.5
CREATE_MAX_X_OFFICIAL = 0.8
VALIDATION_MAX_MS = 1.0
FIRST_CALL_MAX_X = 1.5
#: The default against the client as filed in issue 21 (no limit, no sniffio), same run, as the issue measured it:
#: no server latency. With latency both are bounded by their 100 connections / latency (reported, not a target).
CONCURRENCY_MIN_X = 5.0
RSS_MAX_RATIO = 0.5
GENERATE_MAX_S = 60.0
NOOP_MAX_S = 5.0
SIMULATOR_MIN_RPS = 2000.0
BULK_DELETE_MAX_S = 5.0  # 20,000 deletes, the simulator's own CPU
PAGE_MAX_MS = 2.0  # one 10-item page with 10,000 resources stored, the simulator's own CPU


def machine() -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    dists = (
        "httpx",
        "attrs",
        "pydantic",
        "huaweicloudsdkcore",
        "huaweicloudsdkdws",
        "huaweicloudsdkddm",
        "uvicorn",
        "httptools",
        "uvloop",
        "orjson",
    )
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d"),
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "executable": os.path.relpath(sys.executable),
        "versions": {d: version(d) for d in dists},
    }


def _target(target: str, measured: float, limit: str, holds: bool, unit: str = "") -> dict[str, Any]:
    return {"target": target, "measured": f"{measured:g}{unit}", "limit": limit, "holds": holds}


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target the measured sections cover: measured value (medians), limit, whether it holds."""
    found = []
    if "imports" in results:
        cases = results["imports"]["cases"]
        worst = max(FACADES, key=lambda name: cases[name]["x_httpx"])
        found.append(
            _target(
                f"client facade import vs bare `import httpx` (worst: {worst})",
                cases[worst]["x_httpx"],
                f"<= {IMPORT_MAX_X}x",
                cases[worst]["x_httpx"] <= IMPORT_MAX_X,
                "x",
            )
        )
        rss = results["imports"]["rss_ratio_all_vs_official"]
        found.append(
            _target(
                "peak RSS, all three clients vs official DWS + DDM SDKs",
                rss,
                f"<= {RSS_MAX_RATIO}",
                rss <= RSS_MAX_RATIO,
            )
        )
    if "calls" in results:
        for group in ("sync", "async"):
            rows = results["calls"][group]
            name = next(n for n in rows if n.startswith("dbcloud"))  # the full call, not a breakdown row
            x = rows[name]["x_floor"]
            found.append(
                _target(f"per-call overhead vs bare httpx floor, {group}", x, f"<= {CALL_MAX_X}x", x <= CALL_MAX_X, "x")
            )
    found += _targets_21(results)
    if "generation" in results:
        full = results["generation"]["full_s"]["median"]
        noop = results["generation"]["noop_s"]["median"]
        found.append(
            _target("full generation, all services", full, f"< {GENERATE_MAX_S:g} s", full < GENERATE_MAX_S, " s")
        )
        found.append(_target("no-op regenerate", noop, f"< {NOOP_MAX_S:g} s", noop < NOOP_MAX_S, " s"))
    if "simulator" in results:
        rps = results["simulator"]["simulator"]["rps"]["median"]
        found.append(
            _target(
                "simulator, DWS list call",
                round(rps),
                f">= {SIMULATOR_MIN_RPS:,.0f} req/s",
                rps >= SIMULATOR_MIN_RPS,
                " req/s",
            )
        )
        scaling = results["simulator"].get("scaling")
        if scaling:
            bulk = scaling["bulk_delete_s"]["median"]
            page = scaling["page_cpu_ms"]["10000"]["median"]
            found.append(
                _target(
                    "simulator, delete 20,000 clusters",
                    bulk,
                    f"< {BULK_DELETE_MAX_S:g} s",
                    bulk < BULK_DELETE_MAX_S,
                    " s",
                )
            )
            found.append(
                _target(
                    "simulator, 10-item page of 10,000 stored", page, f"< {PAGE_MAX_MS:g} ms", page < PAGE_MAX_MS, " ms"
                )
            )
    return found


def _targets_21(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 21's targets: real sizes, the 150 KB request, first use, 1,000 concurrent calls."""
    found = []
    if "sizes" in results:
        five = results["sizes"]["lists"]["500"]
        ours = next(row for name, row in five["rows"].items() if name.startswith("dbcloud"))
        found.append(
            _target(
                "list of 500 typed items vs bare httpx + json floor",
                ours["x_floor"],
                f"<= {LIST_500_MAX_X}x",
                ours["x_floor"] <= LIST_500_MAX_X,
                "x",
            )
        )
        typed = five["typed_x_orjson"]
        found.append(
            _target(
                "typed decoding of 500 items vs orjson's parse of the same bytes",
                typed,
                f"<= {TYPED_MAX_X_ORJSON}x",
                typed <= TYPED_MAX_X_ORJSON,
                "x",
            )
        )
        create = results["sizes"]["create"]
        found.append(
            _target(
                "150 KB DDM create_database vs the official SDK",
                create["x_official"],
                f"<= {CREATE_MAX_X_OFFICIAL}x",
                create["x_official"] <= CREATE_MAX_X_OFFICIAL,
                "x",
            )
        )
        found.append(
            _target(
                "request validation of the 150 KB body",
                create["validation_ms"],
                f"<= {VALIDATION_MAX_MS:g} ms",
                create["validation_ms"] <= VALIDATION_MAX_MS,
                " ms",
            )
        )
    if "first_call" in results:
        cases = results["first_call"]["cases"]
        name = next(n for n in cases if "first list" in n)
        x = cases[name]["x_floor"]
        found.append(
            _target(
                "first list call (import + client + call) vs `import httpx` + one bare call",
                x,
                f"<= {FIRST_CALL_MAX_X}x",
                x <= FIRST_CALL_MAX_X,
                "x",
            )
        )
    if "concurrency" in results:
        c = results["concurrency"]
        for latency, at in c["latencies"].items():
            where = f"server latency {latency} s" if float(latency) else "no server latency"
            if not float(latency):
                found.append(
                    _target(
                        f"1,000 concurrent async calls, {where}: default (limit {c['limit']}) vs as filed "
                        "(no limit, no sniffio)",
                        at["x_as_filed"],
                        f">= {CONCURRENCY_MIN_X:g}x",
                        at["x_as_filed"] >= CONCURRENCY_MIN_X,
                        "x",
                    )
                )
            found.append(
                _target(
                    f"1,000 concurrent async calls, {where}: default vs bare httpx with the same limit",
                    at["x_httpx_same_limit"],
                    ">= 1x",
                    at["x_httpx_same_limit"] >= 1.0,
                    "x",
                )
            )
    return found


def _mmm(summary: dict[str, Any], digits: int) -> str:
    return " / ".join(f"{summary[k]:,.{digits}f}" for k in ("min", "median", "max"))


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def markdown(results: dict[str, Any]) -> str:
    m, s = results["machine"], results["settings"]
    out = [
        "# Benchmarks",
        "",
        f"`make bench` (`python -m generator bench`), {m['date']}: Python {m['python']}, {m['platform']}, "
        f"{m['cpus']} CPUs. Every cell is min / median / max over {s.get('rounds', s['runs'])} interleaved rounds "
        f"for the CPU-time rows (cold import, per call, real sizes, first use) and {s['runs']} runs for the others; "
        "contenders are measured in the same run. Ratios of wall-time rows are medians over medians; a CPU-time "
        "ratio is the median of its rounds' ratios, each round's samples taken moments apart, so the shared "
        "machine's drift cancels within a round. Raw samples: `docs/benchmarks.json`.",
        "",
        "## Targets",
        "",
    ]
    out += _table(
        ["target", "measured", "limit", "holds"],
        [[t["target"], t["measured"], t["limit"], "yes" if t["holds"] else "**no**"] for t in results["targets"]],
    )
    if "generation" in results:
        g = results["generation"]
        out += ["", "## 1. Generation", "", f"Services: {', '.join(g['services'])}; a fresh interpreter per run.", ""]
        out += _table(
            ["run", "seconds"],
            [
                ["`python -m generator generate --force`", _mmm(g["full_s"], 2)],
                ["`python -m generator generate` (no-op: inputs hash unchanged)", _mmm(g["noop_s"], 2)],
            ],
        )
    if "imports" in results:
        out += _imports(results["imports"])
    if "calls" in results:
        out += _calls(results["calls"])
    if "sizes" in results:
        out += _sizes(results["sizes"])
    if "first_call" in results:
        out += _first_call(results["first_call"])
    if "concurrency" in results:
        out += _concurrency(results["concurrency"])
    if "simulator" in results:
        out += _simulator(results["simulator"])
    return "\n".join(out) + "\n"


def _section(title: str, text: str) -> list[str]:
    return ["", f"## {title}", "", text, ""]


def _size_rows(case: str, rows: dict[str, Any]) -> list[list[str]]:
    return [
        [case, name, _mmm(row["us"], 0), f"{row['x_floor']:.2f}x", f"{row['x_lower_floor']:.2f}x"]
        for name, row in rows.items()
    ]


def _sizes(sizes: dict[str, Any]) -> list[str]:
    out = _section(
        "3b. Real sizes (CPU time)",
        "In process, the same canned 200 for every contender; CPU time of the calling thread per call, so the "
        "shared machine's other load stays out. *lower floor*: the request's raw bytes built by hand, signed "
        "(SDK-HMAC-SHA256 with `hmac`) and the reply decoded with orjson. *floor*: bare `httpx.Client` + "
        "`MockTransport` + `json`. The decode rows time the reply bytes -> objects step alone.",
    )
    rows = []
    for count, case in sizes["lists"].items():
        rows += _size_rows(f"list, {int(count):,} items ({case['body_bytes']:,} B)", case["rows"])
    create = sizes["create"]
    label = f"DDM create_database, {create['schemas']} schemas ({create['body_bytes']:,} B)"
    rows += _size_rows(label, create["rows"])
    out += _table(["case", "contender", "CPU us per call", "x floor", "x lower floor"], rows)
    out += [
        "",
        "Typed decoding per item (min; lazy items: typed when first read, see docs/decisions.md): "
        + "; ".join(
            f"{int(n):,} items: {c['typed_us_per_item']:g} us typed vs {c['orjson_us_per_item']:g} us orjson "
            f"({c['typed_x_orjson']:.2f}x; eagerly, as before: {c['eager_us_per_item']:g} us, "
            f"{c['eager_x_orjson']:.2f}x)"
            for n, c in sizes["lists"].items()
        )
        + ".",
        "",
        f"150 KB request: dbcloud / official SDK = {create['x_official']:.2f}x; validation alone "
        f"{create['validation_ms']:g} ms.",
    ]
    return out


def _first_call(first: dict[str, Any]) -> list[str]:
    out = _section(
        "3c. First use",
        "A fresh interpreter per sample times everything from the first import to the parsed reply (CPU time; "
        "wall time alongside), the reply canned in process; ratios are the median of each round's ratio. Packages "
        "byte-compiled first, as pip does.",
    )
    rows = [
        [name, _mmm(case["cpu_ms"], 1), _mmm(case["wall_ms"], 1), f"{case['x_floor']:.2f}x"]
        for name, case in first["cases"].items()
    ]
    out += _table(["case", "CPU ms", "wall ms", "x floor (CPU)"], rows)
    return out


def _concurrency(conc: dict[str, Any]) -> list[str]:
    out = _section(
        "3d. 1,000 concurrent async calls over loopback",
        f"{conc['calls']:,} `list_clusters` calls gathered at once on one client against the simulator (its own "
        f"process, uvicorn on 127.0.0.1, 3 clusters); {conc['runs']} samples per row, each a fresh client interpreter. "
        "Server latency: none, "
        f"and {conc['realistic_latency_s']:g} s per reply (the simulator's queued `delay` fault), a cloud API's list "
        "call, where connections idle and waiters pile up in httpcore's pool. dbcloud's async clients send over "
        "aiohttp (`dbcloud_core._aiohttp`; httpx's own transport where a proxy applies, shown too). *As filed*: the "
        "client when issue 21 was filed, httpx's transport, no in-flight limit and no `sniffio` installed. Bare httpx "
        "runs on its own transport and, behind the same limit, on dbcloud's. The official SDK has no asyncio "
        "client: its calls "
        "run on a thread pool of the default limit. Throughput is wall time on a shared 2-CPU machine "
        "(the server's CPU counts); the client's CPU per call is its own.",
    )
    rows = [
        [f"{latency} s", name, _mmm(row["calls_per_s"], 0), _mmm(row["cpu_ms_per_call"], 2)]
        for latency, at in conc["latencies"].items()
        for name, row in at["rows"].items()
    ]
    out += _table(["server latency", "client", "calls/s", "client CPU ms per call"], rows)
    for latency, at in conc["latencies"].items():
        if float(latency) and "x_as_filed" in at:
            ceiling = conc["limit"] / float(latency)
            out += [
                "",
                f"At {latency} s the default against the client as filed is {at['x_as_filed']:.2f}x (the target, 5x, "
                f"is issue 21's measurement, without server latency): both keep at most {conc['limit']} connections, "
                f"so neither passes {conc['limit']} / {latency} s = {ceiling:,.0f} calls/s.",
            ]
    versus = {
        "x_official": "the official SDK's thread pool",
        "x_httpx_same_wire": "bare httpx on the same transport and limit",
        "x_httpx_wire": "dbcloud on httpx's own transport",
    }
    for key, whom in versus.items():
        ratios = [f"{latency} s: {at[key]:.2f}x" for latency, at in conc["latencies"].items() if key in at]
        if ratios:
            out += ["", f"dbcloud at the default limit vs {whom} (calls/s): " + ", ".join(ratios) + "."]
    return out


def _imports(imp: dict[str, Any]) -> list[str]:
    out = [
        "",
        "## 2. Cold import",
        "",
        "A fresh interpreter per sample times the statement itself in CPU time (ratios: median of each round's "
        "ratio), then reads "
        "its peak RSS (whole process). Our "
        "packages are byte-compiled first, as pip does on install. httpx's optional CLI (click, rich, pygments: in "
        "the dev venv only for openapi-python-client) is hidden from every contender, as in a user's venv.",
        "",
    ]
    rows = []
    for name, case in imp["cases"].items():
        rows.append(
            [
                f"{name}: `{case['statement']}`" if len(case["statement"]) < 60 else name,
                _mmm(case["ms"], 1),
                f"{case['x_httpx']:.2f}x",
                _mmm(case["rss_mb"], 1),
                str(case["modules"]),
            ]
        )
    out += _table(["import", "CPU ms", "x httpx", "peak RSS MB", "modules loaded"], rows)
    ratio = imp["rss_ratio_all_vs_official"]
    out += ["", f"RSS, {ALL_DBCLOUD} / {ALL_OFFICIAL}: {ratio:.2f}.", ""]
    out.append("Heaviest modules beyond bare httpx (self ms, one `python -X importtime` run):")
    out.append("")
    for name, modules in imp["heaviest_beyond_httpx_ms"].items():
        out.append(f"- {name}: " + ", ".join(f"{module} {ms:g}" for module, ms in modules))
    return out


def _calls(calls: dict[str, Any]) -> list[str]:
    out = [
        "",
        "## 3. Per-call overhead",
        "",
        f"`list_clusters` answered in-process with the same canned 200 ({calls['body_bytes']:,} bytes, 3 clusters); "
        f"{calls['calls_per_run']:,} calls per run after a warm-up, all contenders in one fresh interpreter. "
        "dbcloud: validation, AK/SK signing, retry loop, log hooks, typed models. Official SDK: AK/SK signing, a "
        "canned `requests` adapter mounted on its session. The official SDK has no asyncio client.",
        "",
    ]
    rows = []
    for group in ("sync", "async"):
        for name, row in calls[group].items():
            rows.append([group, name, _mmm(row["us"], 0), f"{row['x_floor']:.2f}x"])
    out += _table(["", "client", "CPU us per call", "x floor"], rows)
    return out


def _simulator(sim: dict[str, Any]) -> list[str]:
    out = [
        "",
        "## 4. Simulator",
        "",
        f"uvicorn (one process) serving `{sim['path']}` (3 clusters seeded) over loopback; load from a second "
        f"process: {sim['clients']} keep-alive raw HTTP/1.1 clients (sockets, replies parsed with httptools), a "
        f"thread each, {sim['seconds_per_run']:g} s per run, token auth. *floor app*: a minimal ASGI app answering "
        "the same body on the same uvicorn + httptools + uvloop stack: the ceiling of stack and driver here. Server "
        "and driver CPU per request are each process's own cost (from /proc); the driver's stays far below the "
        "server's, so the server is what is measured.",
        "",
    ]
    rows = []
    for app in ("simulator", "floor"):
        r = sim[app]
        cpu = _mmm(r["server_cpu_ms_per_request"], 2) if "server_cpu_ms_per_request" in r else "n/a"
        driver = _mmm(r["driver_cpu_ms_per_request"], 3) if "driver_cpu_ms_per_request" in r else "n/a"
        label = "simulator (build_app())" if app == "simulator" else "floor app (same stack)"
        rows.append(
            [label, _mmm(r["rps"], 0), _mmm(r["p50_ms"], 2), _mmm(r["p99_ms"], 2), cpu, driver, str(r["errors"])]
        )
    headers = ["server", "req/s", "p50 ms", "p99 ms", "server CPU ms/request", "driver CPU ms/request", "errors"]
    out += _table(headers, rows)
    if "scaling" in sim:
        out += _scaling(sim["scaling"])
    if "profile" in sim:
        p = sim["profile"]
        out += [
            "",
            f"### Simulator profile (cProfile in the server process, {p['requests_profiled']:,} requests, "
            f"{p['busy_s']:g} s busy)",
            "",
        ]
        out += _table(
            ["where (cumulative)", "% of busy time"],
            [[label, f"{pct:g}"] for label, pct in p["share_of_busy_time_pct"]],
        )
        out += [""]
        out += _table(
            ["heaviest functions (self)", "% of busy time"],
            [[f"`{fn}`", f"{pct:g}"] for fn, pct in p["heaviest_functions_self_pct"]],
        )
    return out


def _scaling(scaling: dict[str, Any]) -> list[str]:
    out = [
        "",
        "### Cost against stored resources (in process, the simulator's own CPU)",
        "",
        "Requests go straight into the ASGI app; x 10 is the median over the 10-resource case's median.",
        "",
    ]
    rows = [
        [f"10-item DDM page, {int(n):,} stored", _mmm(s, 3), f"{scaling['page_x_10'][n]:.2f}x"]
        for n, s in scaling["page_cpu_ms"].items()
    ]
    rows += [
        [f"DWS delete, {int(n):,} stored (all deleted)", _mmm(s, 3), f"{scaling['delete_x_10'][n]:.2f}x"]
        for n, s in scaling["delete_ms"].items()
    ]
    out += _table(["request", "CPU ms/request", "x 10"], rows)
    out += ["", f"Deleting all 20,000 clusters: {_mmm(scaling['bulk_delete_s'], 2)} s of simulator CPU."]
    return out
