"""The specs the simulator serves, shipped inside the package as JSON (written by ``make generate``).

JSON, not YAML: the package needs no YAML parser and starts in a fraction of the time. Each file is
``{"openapi": <the spec>, "errors": <its errors.yaml table>}``, byte-for-byte what the generator exports
from ``specs/<service>/`` (``make check`` fails when they drift).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import orjson

from dbcloud_core.openapi import pointer_tokens

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_DIR = "specs"


@dataclass(frozen=True, eq=False)  # identity hash: caches key on the loaded object
class Spec:
    """One service's OpenAPI document, addressable by local ``$ref``."""

    doc: dict[str, Any]

    def resolve(self, ref: str) -> Any:
        """The node a local ``$ref`` (``#/a/b``) points to; KeyError if none."""
        node: Any = self.doc
        for token in pointer_tokens(ref.lstrip("#")):
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            elif isinstance(node, dict) and token in node:
                node = node[token]
            else:
                raise KeyError(ref)
        return node

    def deref(self, node: Any) -> Any:
        """Follow ``$ref`` chains of a node (components may point at components)."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
            node = self.resolve(node["$ref"])
            seen += 1
        return node

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Yield (path, method, operation) for every operation, in document order."""
        for path, item in (self.doc.get("paths") or {}).items():
            for method, op in (item or {}).items():
                if method in HTTP_METHODS and isinstance(op, dict):
                    yield path, method, op


@dataclass(frozen=True)
class Service:
    """One simulated service: its key (``dws``), spec and vendor error-code table."""

    key: str
    spec: Spec
    errors: list[dict[str, Any]]


def _spec_files() -> dict[str, Any]:
    folder = resources.files(__package__).joinpath(SPEC_DIR)
    return {Path(entry.name).stem: entry for entry in folder.iterdir() if entry.name.endswith(".json")}


def service_keys() -> list[str]:
    """The keys of every service whose spec ships with the package, sorted."""
    return sorted(_spec_files())


def load_service(key: str) -> Service:
    """The packaged spec and error table of one service; KeyError naming the known keys if absent."""
    files = _spec_files()
    if key not in files:
        raise KeyError(f"no simulated service {key!r}; known: {', '.join(sorted(files))}")
    data = orjson.loads(files[key].read_bytes())
    return Service(key, Spec(data["openapi"]), list((data.get("errors") or {}).get("errors") or []))


def all_services() -> list[Service]:
    return [load_service(key) for key in service_keys()]
