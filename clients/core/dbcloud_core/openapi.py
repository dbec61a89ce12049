"""Reading an OpenAPI document as plain data, for the runtime side (dbcloud_core and the simulator).

The one place they unescape a JSON pointer and find the JSON body of a request or a reply. The
generator has its own reader (``generator/spec.py``) and never imports the runtime.
"""

from __future__ import annotations

from typing import Any

__all__ = ["json_media", "pointer_tokens"]


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped tokens of an RFC 6901 pointer (``"/a~1b/m~0n"`` -> ``["a/b", "m~n"]``; ``""`` -> ``[]``).

    Order matters (section 4): ``~01`` is ``~1`` literally, not ``/``. The caller checks the syntax.
    """
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def json_media(holder: Any) -> dict[str, Any]:
    """The ``application/json`` media object (``schema``, ``examples``) of a dereferenced request body
    or response; ``{}`` when it has none."""
    content = (holder.get("content") if isinstance(holder, dict) else None) or {}
    media = content.get("application/json") if isinstance(content, dict) else None
    return media if isinstance(media, dict) else {}
