"""6. Real sizes, in process: lists of 1/3/10/100/500 clusters and a 150 KB DDM request, CPU time per call.

Every contender gets the same canned 200 over an in-process transport, so only client work is timed,
as CPU time of this thread (``time.thread_time``: the machine's other load does not count):

- lower floor: the request's raw bytes built by hand, signed (SDK-HMAC-SHA256 with ``hmac``), and the
  reply decoded with orjson: what any client must do at the least;
- floor: a bare ``httpx.Client`` + ``MockTransport`` + ``json.loads`` (request body by httpx's ``json=``);
- dbcloud: ``DwsClient``/``DdmClient`` with AK/SK credentials (validation, signing, typed models); a
  list reply that passes its guard keeps its items lazy (``dbcloud_core.lazy``), so two more rows: the
  same call with every item then read (its ``name``), and strict (typed eagerly, as before the lazy lists);
- official: ``huaweicloudsdkdws``/``huaweicloudsdkddm`` with AK/SK and a canned ``requests`` adapter;
- decoding alone, for the typed-decoding target: ``orjson.loads`` of the reply against what the client
  does (``orjson.loads``, the reply guard, ``ListClustersResponse.from_dict`` with lazy lists) and
  against eager typing (``from_dict(orjson.loads(...))``, as before); and the request validation alone
  (jsonschema-rs) of the 150 KB body.

``python -m generator.bench.sizes`` runs them all in one fresh interpreter, interleaved, and prints JSON.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import hmac
import json
import sys
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._common import (
    LIST_PATH,
    PROJECT_ID,
    BenchError,
    example,
    list_clusters_body,
    paired_ratio,
    python_json,
    summarise,
)
from .calls import AK, BASE_URL, SK, _Canned, _official_client

SIZES = (1, 3, 10, 100, 500)
SCHEMAS = 500  # DDM create_database: 500 schemas, two RDS instances each, about 150 KB
INSTANCE_ID = "d6f6c9de8e4e4d3f8b1f0a7c5e2b1a90in09"
#: Samples are timed over at least this much CPU, so a 500-item call is not timed alone.
SAMPLE_S = 0.15
LOWER, FLOOR, OURS, OFFICIAL = "lower floor", "floor", "dbcloud", "official"
DECODE = "decode: orjson.loads"
TYPED = "decode + typed: orjson.loads, reply guard, ListClustersResponse.from_dict (lazy items)"
EAGER = "decode + typed eagerly: ListClustersResponse.from_dict(orjson.loads) (before)"
OURS_READ, OURS_EAGER = "dbcloud, every item read", "dbcloud, strict (typed eagerly, as before)"
VALIDATE = "validation alone: jsonschema-rs, the 150 KB body"
LABELS = {
    LOWER: "lower floor: raw request bytes + HMAC signing + orjson",
    FLOOR: "floor: httpx.Client + MockTransport + json",
    OURS: "dbcloud (AK/SK, validated, typed)",
    OFFICIAL: "official Huawei SDK (AK/SK)",
}


def _signed_bytes(method: str, url: str, body: bytes) -> bytes:
    """The raw HTTP/1.1 request, signed as SDK-HMAC-SHA256 (the signer's steps, nothing else)."""
    import orjson  # noqa: F401  (loaded with the floor: its decode is part of it)

    parts = urlsplit(url)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    signed = "content-type;host;x-project-id;x-sdk-date"
    canonical = (
        f"{method}\n{parts.path}/\n{parts.query}\ncontent-type:application/json\nhost:{parts.netloc}\n"
        f"x-project-id:{PROJECT_ID}\nx-sdk-date:{stamp}\n\n{signed}\n{hashlib.sha256(body).hexdigest()}"
    )
    to_sign = f"SDK-HMAC-SHA256\n{stamp}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    signature = hmac.new(SK.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
    head = (
        f"{method} {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Project-Id: {PROJECT_ID}\r\nX-Sdk-Date: {stamp}\r\n"
        f"Authorization: SDK-HMAC-SHA256 Access={AK}, SignedHeaders={signed}, Signature={signature}\r\n\r\n"
    )
    return head.encode() + body


def ddm_create_body(schemas: int = SCHEMAS) -> dict[str, Any]:
    """The spec's create_database example as ``schemas`` schemas (db0000, ...) on two RDS instances each."""
    (schema,) = example("ddm", "create_database")["databases"]
    databases = []
    for n in range(schemas):
        item = copy.deepcopy(schema)
        item["name"] = f"db{n:04d}"
        rds = item["used_rds"][0]
        item["used_rds"] = [{**rds, "id": f"{n:04d}{k}{rds['id'][5:]}"} for k in range(2)]
        databases.append(item)
    return {"databases": databases}


def _count(items: Any) -> int:
    """How many items a parsed member holds (an absent member: none)."""
    return len(items) if isinstance(items, list) else 0


def _read(items: Any) -> int:
    """How many items a parsed member holds, each read (a lazy list types them all)."""
    return sum(1 for item in items if item.name) if isinstance(items, list) else 0


def _list_contenders(canned: _Canned, count: int) -> dict[str, Callable[[], int]]:
    """Each contender's list call, returning how many clusters it parsed."""
    import orjson
    from huaweicloudsdkdws.v2 import ListClustersRequest

    from dbcloud_core import HuaweiCredentials
    from dbcloud_core.lazy import Reply, reading_lazily
    from dbcloud_dws import DwsClient
    from dbcloud_dws.models import ListClustersResponse

    transport = httpx.MockTransport(canned.httpx_handler)
    floor = httpx.Client(transport=transport, base_url=BASE_URL)
    ours = DwsClient(
        credentials=HuaweiCredentials(ak=AK, sk=SK, project_id=PROJECT_ID), transport=transport, base_url=BASE_URL
    )
    official = _official_client(canned, "dws")
    url = BASE_URL + LIST_PATH
    strict = ours.with_options(strict=True)
    guard = ours._validator.reply_guard("list_clusters", 200)
    if guard is None:
        raise BenchError("list_clusters has no reply guard: its reply holds a list of clusters")

    def typed() -> int:
        body = orjson.loads(canned.body)
        with reading_lazily(Reply("list_clusters", body) if guard(body) else None):
            return _count(ListClustersResponse.from_dict(body).clusters)

    def lower() -> int:
        _signed_bytes("GET", url, b"")
        return len(orjson.loads(canned.body)["clusters"])

    return {
        LOWER: lower,
        FLOOR: lambda: len(json.loads(floor.get(LIST_PATH).content)["clusters"]),
        OURS: lambda: _count(ours.list_clusters().clusters),
        OURS_READ: lambda: _read(ours.list_clusters().clusters),
        OURS_EAGER: lambda: _count(strict.list_clusters().clusters),
        OFFICIAL: lambda: _count(official.list_clusters(ListClustersRequest()).clusters),
        DECODE: lambda: len(orjson.loads(canned.body)["clusters"]),
        TYPED: typed,
        EAGER: lambda: _count(ListClustersResponse.from_dict(orjson.loads(canned.body)).clusters),
    }


def _create_contenders(canned: _Canned, body: dict[str, Any]) -> dict[str, Callable[[], int]]:
    """Each contender's create_database of ``body`` (models built beforehand), returning the schemas sent."""
    import orjson
    from huaweicloudsdkddm.v1 import model as m

    from dbcloud_core import HuaweiCredentials
    from dbcloud_core.base_client import _validator
    from dbcloud_ddm import DdmClient
    from dbcloud_ddm import _behaviour as ddm_behaviour
    from dbcloud_ddm.models import CreateDatabaseRequest

    transport = httpx.MockTransport(canned.httpx_handler)
    floor = httpx.Client(transport=transport, base_url=BASE_URL)
    credentials = HuaweiCredentials(ak=AK, sk=SK, project_id=PROJECT_ID)
    ours = DdmClient(credentials=credentials, transport=transport, base_url=BASE_URL)
    official = _official_client(canned, "ddm")
    path = f"/v1/{PROJECT_ID}/instances/{INSTANCE_ID}/databases"
    typed = CreateDatabaseRequest.from_dict(body)
    details = [
        m.CreateDatabaseDetail(
            name=d["name"],
            shard_mode=d["shard_mode"],
            shard_number=d["shard_number"],
            shard_unit=d.get("shard_unit"),
            used_rds=[
                m.DatabaseInstabcesParam(id=r["id"], admin_user=r["adminUser"], admin_password=r["adminPassword"])
                for r in d["used_rds"]
            ],
        )
        for d in body["databases"]
    ]
    request = m.CreateDatabaseRequest(instance_id=INSTANCE_ID, body=m.CreateDatabaseReq(databases=details))
    validator = _validator("dbcloud_ddm", ddm_behaviour.SENSITIVE_FIELDS)
    sent = len(body["databases"])

    def lower() -> int:
        _signed_bytes("POST", BASE_URL + path, orjson.dumps(body))
        orjson.loads(canned.body)
        return sent

    def floor_call() -> int:
        json.loads(floor.post(path, json=body).content)
        return len(json.loads(canned.last.content)["databases"])

    def ours_call() -> int:
        ours.create_database(instance_id=INSTANCE_ID, body=typed)
        return len(json.loads(canned.last.content)["databases"])

    def official_call() -> int:
        official.create_database(request)
        return len(json.loads(canned.last.body)["databases"])

    def validate() -> int:
        validator.check_body("create_database", body)
        return sent

    return {LOWER: lower, FLOOR: floor_call, OURS: ours_call, OFFICIAL: official_call, VALIDATE: validate}


def _cpu_us(call: Callable[[], int], expected: int, calls: int) -> float:
    start = time.thread_time_ns()
    for _ in range(calls):
        call()
    spent = (time.thread_time_ns() - start) / calls / 1000
    if call() != expected:
        raise BenchError(f"a contender did not handle {expected} items")
    return spent


def _sample_all(contenders: dict[str, Callable[[], int]], expected: int, runs: int) -> dict[str, list[float]]:
    """Warm up and size each contender's sample (about ``SAMPLE_S`` of CPU), then ``runs`` interleaved samples."""
    calls = {}
    for name, call in contenders.items():
        got = call()
        if got != expected:
            raise BenchError(f"{name}: handled {got} items, expected {expected}")
        one = _cpu_us(call, expected, 3)
        calls[name] = max(3, int(SAMPLE_S * 1e6 / max(one, 1.0)))
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(runs):
        for name, call in contenders.items():
            samples[name].append(_cpu_us(call, expected, calls[name]))
    return samples


def _rows(samples: dict[str, list[float]], floor: str) -> dict[str, Any]:
    rows: dict[str, dict[str, Any]] = {name: {"us": summarise(values)} for name, values in samples.items()}
    for row in rows.values():
        row["x_floor"] = paired_ratio(row["us"], rows[floor]["us"])
        row["x_lower_floor"] = paired_ratio(row["us"], rows[LOWER]["us"])
    return {LABELS.get(name, name): row for name, row in rows.items()}


def run(runs: int) -> dict[str, Any]:
    """CPU microseconds per call of every contender at every size (this interpreter)."""
    lists: dict[str, Any] = {}
    for count in SIZES:
        canned = _Canned(list_clusters_body(count))
        samples = _sample_all(_list_contenders(canned, count), count, runs)
        rows = _rows(samples, FLOOR)
        typed, decode, eager = rows[TYPED]["us"]["min"], rows[DECODE]["us"]["min"], rows[EAGER]["us"]["min"]
        lists[str(count)] = {
            "body_bytes": len(canned.body),
            "rows": rows,
            "typed_x_orjson": round(typed / decode, 2),
            "typed_us_per_item": round(typed / count, 2),
            "eager_x_orjson": round(eager / decode, 2),
            "eager_us_per_item": round(eager / count, 2),
            "orjson_us_per_item": round(decode / count, 2),
        }
    body = ddm_create_body()
    canned = _Canned(json.dumps(example("ddm", "create_database", "200")).encode())
    rows = _rows(_sample_all(_create_contenders(canned, body), SCHEMAS, runs), FLOOR)
    ours, official = rows[LABELS[OURS]]["us"], rows[LABELS[OFFICIAL]]["us"]
    create = {
        "schemas": SCHEMAS,
        "body_bytes": len(json.dumps(body).encode()),
        "rows": rows,
        "x_official": paired_ratio(ours, official),
        "validation_ms": round(rows[VALIDATE]["us"]["min"] / 1000, 3),
    }
    return {"runs": runs, "lists": lists, "create": create}


def measure(runs: int) -> dict[str, Any]:
    """``run`` in a fresh interpreter."""
    result: dict[str, Any] = python_json(["-m", "generator.bench.sizes", "--runs", str(runs)])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench.sizes", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
