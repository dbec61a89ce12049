"""Load a spec once and address its nodes by JSON pointer, so every finding can name file + pointer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .naming import pointer

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class SpecLoadError(Exception):
    """The file is not readable YAML; the message names the file and line."""


@dataclass(frozen=True, eq=False)  # identity hash: a loaded spec is cached per object
class Spec:
    file: Path
    doc: dict[str, Any]

    def resolve(self, ref_or_pointer: str) -> Any:
        """The node a local ``$ref`` (``#/a/b``) or JSON pointer (``/a/b``) points to; KeyError if none."""
        node: Any = self.doc
        path = ref_or_pointer[1:] if ref_or_pointer.startswith("#") else ref_or_pointer
        for token in pointer_tokens(path):
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            elif isinstance(node, dict) and token in node:
                node = node[token]
            else:
                raise KeyError(ref_or_pointer)
        return node

    def deref(self, node: Any) -> Any:
        """Follow ``$ref`` chains of a node (components may point at components)."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
            node = self.resolve(node["$ref"])
            seen += 1
        return node

    def operations(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Yield (pointer, path, method, operation) for every operation, in document order."""
        for path, item in (self.doc.get("paths") or {}).items():
            for method, op in (item or {}).items():
                if method in HTTP_METHODS and isinstance(op, dict):
                    yield pointer("paths", path, method), path, method, op

    def json_media(self, holder: Any) -> dict[str, Any]:
        """The ``application/json`` media object (schema, examples) of a request body or response;
        empty when it has none. The one place the generator and lint read a body's content."""
        holder = self.deref(holder)
        content = (holder.get("content") if isinstance(holder, dict) else None) or {}
        media = content.get("application/json") if isinstance(content, dict) else None
        return media if isinstance(media, dict) else {}

    def json_schema(self, holder: Any) -> Any:
        """The ``application/json`` schema of a request body or response (None when it has none)."""
        return self.json_media(holder).get("schema")

    def body_schema(self, op: dict[str, Any]) -> Any:
        """The JSON schema of an operation's request body (None when it takes none)."""
        return self.json_schema(op.get("requestBody"))

    def success_responses(self, op: dict[str, Any]) -> list[tuple[str, Any]]:
        """(status, dereferenced response) of every 2xx reply of an operation, in document order."""
        return [(str(c), self.deref(r)) for c, r in (op.get("responses") or {}).items() if str(c).startswith("2")]

    def success_schemas(self, op: dict[str, Any]) -> list[Any]:
        """The JSON schemas of an operation's 2xx replies (those with a JSON body)."""
        found = (self.json_schema(response) for _, response in self.success_responses(op))
        return [schema for schema in found if schema is not None]


def is_secret(schema: Any) -> bool:
    """A schema marked ``format: password`` or ``x-sensitive``: redacted everywhere, prompted for by the CLI."""
    return isinstance(schema, dict) and (schema.get("format") == "password" or bool(schema.get("x-sensitive")))


#: What `schema_at` returns for a path the schema does not have.
MISSING: Any = object()


def schema_at(spec: Spec, schema: Any, tokens: list[str]) -> Any:
    """The sub-schema a path of tokens reaches (property names, array indexes), or ``MISSING``.

    Follows ``$ref`` and looks into every ``allOf``/``anyOf``/``oneOf`` member; a numeric token
    (``0``, ``-1``) steps into ``items``.
    """
    schema = spec.deref(schema)
    if not tokens:
        return schema
    if not isinstance(schema, dict):
        return MISSING
    head, rest = tokens[0], tokens[1:]
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            found = schema_at(spec, member, tokens)
            if found is not MISSING:
                return found
    if head.lstrip("-").isdigit() and "items" in schema:
        return schema_at(spec, schema["items"], rest)
    props = schema.get("properties") or {}
    if head in props:
        return schema_at(spec, props[head], rest)
    return MISSING


#: x-pagination style -> its two paging parameters (key in the declaration -> default query name).
_PAGING_DEFAULTS = {
    "offset": {"offset_param": "offset", "limit_param": "limit"},
    "page": {"page_param": "page", "size_param": "size"},
    "marker": {"marker_param": "marker", "limit_param": "limit"},
}


def paging_parameters(declared: dict[str, Any]) -> dict[str, str]:
    """The query parameters an ``x-pagination`` block pages with: key -> name (empty for an unknown style)."""
    defaults = _PAGING_DEFAULTS.get(str(declared.get("style")), {})
    return {key: str(declared.get(key, default)) for key, default in defaults.items()}


def pointer_tokens(json_pointer: str) -> list[str]:
    """The unescaped tokens of a JSON pointer (``/a~1b/0`` -> ``["a/b", "0"]``)."""
    return [t.replace("~1", "/").replace("~0", "~") for t in json_pointer.split("/")[1:]]


#: libyaml's C parser when the PyYAML build has it (same documents, several times faster).
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Deeper than any real spec; far below where the YAML composer or a recursive walk would overflow.
MAX_DEPTH = 64


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that refuses duplicate mapping keys: YAML keeps the last one, so a repeated path or
    operation would silently shadow the first."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                line = seen[key].start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first at line {line})", key_node.start_mark
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def _depth(node: yaml.Node) -> int:
    deepest, stack = 0, [(node, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(current, yaml.MappingNode):
            stack.extend((n, depth + 1) for pair in current.value for n in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((n, depth + 1) for n in current.value)
    return deepest


def load(file: Path) -> Spec:
    try:
        text = file.read_text(encoding="utf-8")
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None and _depth(node) > MAX_DEPTH:
                raise SpecLoadError(f"{file}: nested deeper than {MAX_DEPTH} levels; no spec needs that")
            doc = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise SpecLoadError(f"{file}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    except UnicodeDecodeError as exc:
        raise SpecLoadError(f"{file}: not UTF-8 (byte {exc.start}: {exc.reason})") from exc
    except RecursionError as exc:
        raise SpecLoadError(f"{file}: nested too deeply to read") from exc
    except OSError as exc:
        raise SpecLoadError(f"{file}: cannot read: {exc.strerror}") from exc
    if not isinstance(doc, dict):
        raise SpecLoadError(f"{file}: the document must be a mapping, got {type(doc).__name__}")
    return Spec(file, doc)
