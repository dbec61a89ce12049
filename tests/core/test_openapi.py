"""dbcloud_core.openapi: JSON-pointer tokens and JSON media, the runtime side's one home for both."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dbcloud_core.openapi import json_media, pointer_tokens
from generator.naming import pointer
from generator.spec import pointer_tokens as generator_pointer_tokens


@pytest.mark.parametrize(
    ("json_pointer", "tokens"),
    [
        ("", []),
        ("/", [""]),
        ("/paths/~1v1.0~1{project_id}~1clusters/post", ["paths", "/v1.0/{project_id}/clusters", "post"]),
        ("/m~0n/0", ["m~n", "0"]),
        ("/~01", ["~1"]),  # RFC 6901 section 4: "~01" is "~1" literally, not "/"
    ],
)
def test_pointer_tokens(json_pointer: str, tokens: list[str]) -> None:
    assert pointer_tokens(json_pointer) == tokens
    assert generator_pointer_tokens(json_pointer) == tokens


@given(st.lists(st.text(alphabet="ab~/0 1", max_size=6), max_size=4))
def test_tokens_undo_the_generators_escaping(tokens: list[str]) -> None:
    assert pointer_tokens(pointer(*tokens)) == tokens
    assert generator_pointer_tokens(pointer(*tokens)) == tokens


SCHEMA = {"type": "object"}


@pytest.mark.parametrize(
    ("holder", "media"),
    [
        ({"content": {"application/json": {"schema": SCHEMA}}}, {"schema": SCHEMA}),
        ({"content": {"text/plain": {"schema": SCHEMA}}}, {}),
        ({"description": "no body"}, {}),
        ({"content": None}, {}),
        (None, {}),
        ("not a mapping", {}),
    ],
)
def test_json_media(holder: Any, media: dict[str, Any]) -> None:
    assert json_media(holder) == media
