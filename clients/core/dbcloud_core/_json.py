"""Reply bytes -> Python values: orjson, with the standard library behind it for what orjson refuses.

orjson decodes a list reply about twice as fast as ``json.loads`` (``make bench``, section "sizes").
It refuses a few texts the standard library (and so httpx's ``Response.json()``) accepts:
``NaN``/``Infinity``, lone surrogate escapes; those fall back to ``json.loads``, so such a reply
parses as it did before. One difference stays: an integer beyond 64 bits decodes as a float. No
documented member is that wide (int32/int64), so the model reports it as drift ("expected integer,
got number") instead of passing a rounded value off as exact.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["loads"]


def loads(content: bytes | str) -> Any:
    """Decode one JSON text. Raises ValueError (``json.JSONDecodeError``) when it is not JSON at all."""
    import orjson  # with the first reply, not at import: orjson loads uuid, platform and dataclasses (~5 ms)

    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)
