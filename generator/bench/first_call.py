"""7. What the user pays at first use: import + building a client + the first call, a fresh interpreter each.

The import benchmark covers the lazy facade only; the first call also loads the operation module, its
models, the validator (and compiles the operation's schemas) and the signer. Each sample is a fresh
interpreter timing, in CPU time (``time.process_time``: file reads included, the machine's other load
not), everything from the first import to the parsed reply; the canned replies are read before the
clock starts. The floor is ``import httpx`` + one bare call (``MockTransport`` + ``json.loads``); the
official SDK's first ``list_clusters`` (its ``requests`` session answered by a canned adapter) is timed
beside it.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ._common import (
    HIDE_HTTPX_CLI,
    LIST_PATH,
    PROJECT_ID,
    example,
    list_clusters_body,
    paired_ratio,
    python_json,
    summarise,
)
from .imports import _byte_compile

FLOOR = "httpx: import + one bare call"
LIST = "dbcloud_dws: import + first list_clusters"
CREATE = "dbcloud_dws: import + first create_cluster"
OFFICIAL = "huaweicloudsdkdws: import + first list_clusters"

_REPLY = "httpx.MockTransport(lambda request: httpx.Response(200, content=_reply))"
_CLIENT = (
    "DwsClient(credentials=HuaweiCredentials(ak='BENCHACCESSKEY', sk='bench-secret-key-0123456789',"
    f" project_id='{PROJECT_ID}'), transport={_REPLY}, base_url='https://dws.bench.invalid')"
)
CASES = {
    FLOOR: (
        "list",
        f"import json, httpx\n_client = httpx.Client(transport={_REPLY}, base_url='https://dws.bench.invalid')\n"
        f"_n = len(json.loads(_client.get('{LIST_PATH}').content)['clusters'])",
    ),
    LIST: (
        "list",
        "import httpx\nfrom dbcloud_core import HuaweiCredentials\nfrom dbcloud_dws import DwsClient\n"
        f"_n = len({_CLIENT}.list_clusters().clusters)",
    ),
    CREATE: (
        "create",
        "import httpx\nfrom dbcloud_core import HuaweiCredentials\nfrom dbcloud_dws import DwsClient\n"
        "from dbcloud_dws.models import CreateClusterRequest\n"
        f"_n = len({_CLIENT}.create_cluster(body=CreateClusterRequest.from_dict(_body)).cluster.id) and 3",
    ),
    OFFICIAL: (
        "list",
        # the official SDK as its users build it, its requests session answered by a canned adapter
        "from huaweicloudsdkcore.auth.credentials import BasicCredentials\n"
        "from huaweicloudsdkdws.v2 import DwsClient, ListClustersRequest\n"
        "from requests.adapters import BaseAdapter\nfrom requests.models import Response\n"
        "class _Canned(BaseAdapter):\n"
        "    def send(self, request, **options):\n"
        "        answer = Response()\n"
        "        answer.status_code, answer._content, answer.request, answer.url = 200, _reply, request, request.url\n"
        "        answer.headers['Content-Type'], answer.encoding = 'application/json', 'utf-8'\n"
        "        return answer\n"
        "    def close(self):\n"
        "        pass\n"
        "_official = DwsClient.new_builder().with_credentials(BasicCredentials('BENCHACCESSKEY',"
        f" 'bench-secret-key-0123456789', '{PROJECT_ID}')).with_endpoints(['https://dws.bench.invalid']).build()\n"
        "_official.get_http_client()._session.mount('https://', _Canned())\n"
        "_n = len(_official.list_clusters(ListClustersRequest()).clusters)",
    ),
}

_CHILD = """{hide}
import json as _json, time
_reply = open({reply!r}, "rb").read()
_body = _json.loads(open({body!r}, "rb").read())
_cpu, _wall = time.process_time(), time.perf_counter()
{code}
_cpu, _wall = time.process_time() - _cpu, time.perf_counter() - _wall
assert _n == 3, _n
print(_json.dumps({{"cpu_ms": _cpu * 1000, "wall_ms": _wall * 1000}}))
"""


def measure(runs: int) -> dict[str, Any]:
    """``runs`` fresh-interpreter samples of each case, interleaved."""
    _byte_compile()
    with tempfile.TemporaryDirectory() as tmp:
        files = {
            "list": Path(tmp, "list.json"),
            "create": Path(tmp, "create.json"),
            "request": Path(tmp, "request.json"),
        }
        files["list"].write_bytes(list_clusters_body(3))
        files["create"].write_text(json.dumps(example("dws", "create_cluster", "200")))
        files["request"].write_text(json.dumps(example("dws", "create_cluster")))
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in CASES}
        for _ in range(runs):
            for name, (reply, code) in CASES.items():
                child = _CHILD.format(
                    hide=HIDE_HTTPX_CLI, reply=str(files[reply]), body=str(files["request"]), code=code
                )
                samples[name].append(python_json(["-c", child]))
    cases: dict[str, dict[str, Any]] = {
        name: {
            "cpu_ms": summarise([s["cpu_ms"] for s in rows]),
            "wall_ms": summarise([s["wall_ms"] for s in rows]),
        }
        for name, rows in samples.items()
    }
    for case in cases.values():
        case["x_floor"] = paired_ratio(case["cpu_ms"], cases[FLOOR]["cpu_ms"])
    return {"cases": cases}
