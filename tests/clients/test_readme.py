"""The README's usage example runs verbatim (against a canned transport instead of the cloud)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import ROOT


def test_readme_usage_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code = re.search(r"## Usage\n\n```python\n(.*?)```", Path(ROOT / "README.md").read_text(), re.S)
    assert code is not None
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"clusters": [{"id": "c-1", "name": "dws-demo", "status": "AVAILABLE"}]})

    def transport(**_: Any) -> httpx.MockTransport:
        return httpx.MockTransport(reply)

    # the client lets httpx build its transport (so environment proxies apply): swap the class httpx uses
    monkeypatch.setattr("httpx._client.HTTPTransport", transport)
    exec(compile(code.group(1), "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == "c-1 dws-demo AVAILABLE"
    (request,) = seen
    assert str(request.url) == "https://dws.eu-west-101.myhuaweicloud.eu/v1.0/%3Cproject%20id%3E/clusters"
    assert request.headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=<access key>")
