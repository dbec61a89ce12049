"""dbcloud_core._json.loads: orjson's speed, the standard library's answers."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dbcloud_core._json import loads

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
JSON_VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5), max_leaves=30
)


@given(JSON_VALUES, st.booleans())
def test_every_json_text_decodes_as_the_standard_library_decodes_it(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert loads(text.encode()) == json.loads(text)
    assert loads(text) == json.loads(text)


@pytest.mark.parametrize("text", [b"NaN", b"[Infinity, -Infinity]", b'{"a": "\\ud800"}'])
def test_what_orjson_refuses_falls_back_to_the_standard_library(text: bytes) -> None:
    got, expected = loads(text), json.loads(text)
    assert repr(got) == repr(expected)  # NaN != NaN: compare the shapes
    if text == b"NaN":
        assert math.isnan(got)


@pytest.mark.parametrize("text", [b"", b"{", b"\xff", b"[1,]", b"{'a': 1}"])
def test_what_is_not_json_raises_value_error(text: bytes) -> None:
    with pytest.raises(ValueError):
        loads(text)


def test_an_integer_beyond_64_bits_is_reported_as_drift_not_passed_off_as_exact(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from dbcloud_core.auth.huawei_token import HuaweiTokenAuth
    from dbcloud_dws import DwsClient

    body = b'{"clusters": [{"id": "c1", "number_of_node": 123456789012345678901234567890}]}'
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with DwsClient(
        base_url="https://dws.test", auth=HuaweiTokenAuth.static("t"), project_id="p" * 32, transport=transport
    ) as dws:
        with caplog.at_level("WARNING", logger="dbcloud.parsing"):
            reply = dws.list_clusters()
    assert reply.clusters[0].number_of_node == pytest.approx(1.2345678901234568e29)
    assert "$.clusters[0].number_of_node: expected integer, got number" in caplog.text
