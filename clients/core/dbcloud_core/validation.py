"""Strict request validation against the spec's own JSON Schema, before anything is sent.

The generator writes each service's per-operation request schemas into the client package
(``_request_schemas.json``: body schema, and the path/query/header parameters keyed by the keyword
the generated function takes). They are compiled with jsonschema-rs on an operation's first call,
so a client accepts exactly what the simulator accepts: no coercion, ``"3"`` is not an integer.
Errors name the operation, the parameter or JSON path, the rule and the offending value, which is
masked when the field is a secret.

The same table holds, for an operation whose 2xx reply holds a list of objects, that reply's schema
(``replies``, over ``reply_components``: only what the generated models check, see
``generator/codegen/request_schemas.py``): :meth:`RequestValidator.reply_guard` compiles it, with
``format`` asserted (a date-time the models would report as drift fails it), for the lazy-items path
(``dbcloud_core.lazy``).
"""

from __future__ import annotations

import datetime
import enum
import functools
import os
from collections.abc import Callable, Collection, Mapping
from typing import Any

from ._json import loads
from .errors import RequestValidationError
from .redaction import MASK, SECRET_FIELDS, _norm, redact_text, secret_values

__all__ = ["FILE_NAME", "RequestValidator", "jsonable", "surrogate_at", "unencodable"]

FILE_NAME = "_request_schemas.json"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_MAX_LISTED = 10


def jsonable(value: Any) -> Any:
    """An argument as it goes on the wire: enum members by value, dates in ISO form, models as dicts."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime.date):  # datetime is a date
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def surrogate_at(value: Any, path: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    """The path of the first string that UTF-8 cannot encode (a lone surrogate), or None."""
    if isinstance(value, str):
        if value.isascii():
            return None
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    items = value.items() if isinstance(value, Mapping) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        found = surrogate_at(item, (*path, key))
        if found is not None:
            return found
    return None


def unencodable(operation_id: str, where: str, path: tuple[Any, ...]) -> RequestValidationError:
    """The error for a string UTF-8 cannot encode (a lone surrogate) at ``path`` of ``where``."""
    at = "/".join(map(str, path))
    return RequestValidationError(
        f"{operation_id}: invalid {where}{f' at /{at}' if at else ''}: a string holds a lone surrogate,"
        " which UTF-8 cannot encode",
        field=".".join(map(str, path)) or None,
        errors=[{"loc": path, "msg": "lone surrogate", "type": "encoding"}],
    )


def _errors(validator: Any, instance: Any, operation_id: str) -> list[Any]:
    try:
        # is_valid stops at the first problem and builds no error objects: the common case is cheap.
        return [] if validator.is_valid(instance) else list(validator.iter_errors(instance))
    except (TypeError, ValueError) as exc:  # a lone surrogate met by a pattern, bytes, an arbitrary object
        surrogate = surrogate_at(instance)
        if surrogate is not None:
            raise unencodable(operation_id, "body", surrogate) from None
        raise RequestValidationError(f"{operation_id}: an argument is not JSON data: {exc}") from None


class _Operation:
    """The validators of one operation, each compiled with jsonschema-rs when first needed: a call
    with no argument and no body (``list_clusters()``) loads neither jsonschema-rs nor a schema."""

    def __init__(self, entry: Mapping[str, Any], components: Mapping[str, Any]) -> None:
        params: Mapping[str, Mapping[str, Any]] = entry["params"]
        self.params = params
        # Parameters the spec types as text only (DDM's curPage: a digit string). A number given for one
        # goes on the wire as its decimal text, so that text is what is checked (the page walk counts).
        self.text_params = frozenset(k for k, p in params.items() if p["schema"].get("type") == "string")
        # Any text fits these (most path ids: 355 of 418 parameters): a str given for one needs no validator.
        self.any_text = frozenset(k for k, p in params.items() if p["schema"] == {"type": "string"})
        self.has_body = entry["body"] is not None
        self._entry, self._components = entry, components

    @functools.cached_property
    def params_validator(self) -> Any:
        properties = {k: p["schema"] for k, p in self.params.items()}
        return _compile({"type": "object", "properties": properties}, self._components)

    @functools.cached_property
    def body_validator(self) -> Any:
        return _compile(self._entry["body"], self._components)


def _compile(schema: Mapping[str, Any], components: Mapping[str, Any], **options: Any) -> Any:
    import jsonschema_rs  # loaded with the first validated call, not at import time

    return jsonschema_rs.validator_for({"$schema": _DIALECT, "components": components, **schema}, **options)


def _package_file(package: str, name: str) -> bytes:
    """A data file shipped in ``package``: read beside its ``__init__`` when installed as files (the
    usual case; importlib.resources' readers cost ~8 ms of imports on a client's first call), else
    through importlib.resources (a zip or another loader)."""
    import sys

    origin = getattr(sys.modules.get(package), "__file__", None)
    if origin:
        try:
            with open(os.path.join(os.path.dirname(origin), name), "rb") as file:
                return file.read()
        except OSError:
            pass
    import importlib.resources

    return importlib.resources.files(package).joinpath(name).read_bytes()


class RequestValidator:
    """Validates the arguments and body of a service's operations (one per client class, shared).

    Args:
        package: The generated package holding ``_request_schemas.json`` (``"dbcloud_dws"``).
        sensitive_fields: The spec's ``format: password``/``x-sensitive`` names; their values are masked.
    """

    def __init__(self, package: str, sensitive_fields: Collection[str] = ()) -> None:
        self._package = package
        self._secret_names = frozenset(_norm(n) for n in (*SECRET_FIELDS, *sensitive_fields))
        self._table: Mapping[str, Any] | None = None
        self._compiled: dict[str, _Operation] = {}
        self._guards: dict[tuple[str, int], Callable[[Any], bool] | None] = {}
        self._seen: set[tuple[str, int]] = set()  # replies met once (guard_in_use)

    def _operation(self, operation_id: str) -> _Operation | None:
        compiled = self._compiled.get(operation_id)
        if compiled is None:
            table = self._entries()
            entry = table["operations"].get(operation_id)
            if entry is None:
                return None
            compiled = self._compiled[operation_id] = _Operation(entry, table["components"])
        return compiled

    def _entries(self) -> Mapping[str, Any]:
        if self._table is None:
            self._table = loads(_package_file(self._package, FILE_NAME))  # orjson: 2x json's speed here
        return self._table

    def guard_in_use(self, operation_id: str, status: int) -> Callable[[Any], bool] | None:
        """The reply guard the runtime consults: :meth:`reply_guard`, except on an operation's first reply
        (per status), which is typed eagerly.

        Tiered, as JITs do: a one-shot caller (a script, a CLI command) pays neither jsonschema-rs's import
        nor the compile (~10 ms) to spare tens of microseconds of eager typing, while a client that keeps
        calling has the guard from its second call (docs/decisions.md)."""
        key = (operation_id, status)
        if key in self._guards:
            return self._guards[key]
        if key not in self._seen:
            self._seen.add(key)
            return None
        return self.reply_guard(operation_id, status)

    def reply_guard(self, operation_id: str, status: int) -> Callable[[Any], bool] | None:
        """``is_valid`` of the operation's reply schema for ``status`` (compiled on first use), or None
        when the table has none (the reply holds no list of objects: nothing to read lazily)."""
        key = (operation_id, status)
        if key in self._guards:
            return self._guards[key]
        table = self._entries()
        schema = table["operations"].get(operation_id, {}).get("replies", {}).get(str(status))
        guard: Callable[[Any], bool] | None = None
        if schema is not None:
            guard = _compile(schema, table["reply_components"], validate_formats=True).is_valid
        self._guards[key] = guard
        return guard

    def check_arguments(self, operation_id: str, kwargs: Mapping[str, Any]) -> None:
        """Check the path, query and header arguments (keyword -> value, None and UNSET left out).

        Raises:
            RequestValidationError: A value breaks its parameter's schema, or cannot be encoded.
        """
        op = self._operation(operation_id)
        if op is None:
            return
        values = {k: jsonable(v) for k, v in kwargs.items() if k in op.params and type(v).__name__ != "Unset"}
        for name in op.text_params.intersection(values):
            if isinstance(values[name], int | float) and not isinstance(values[name], bool):
                values[name] = str(values[name])
        surrogate = surrogate_at(values)  # a handful of small values: cheap to scan
        if surrogate is not None:
            param = op.params[surrogate[0]]
            raise unencodable(operation_id, f"{param['in']} parameter {param['name']!r}", surrogate[1:])
        if all(type(v) is str and k in op.any_text for k, v in values.items()):
            return  # nothing a schema could refuse (lone surrogates were looked for above)
        errors = _errors(op.params_validator, values, operation_id)
        if errors:
            raise self._error(operation_id, errors, op.params, values)

    def check_body(self, operation_id: str, body: Any) -> None:
        """Check the JSON body exactly as it will be sent.

        Raises:
            RequestValidationError: The body breaks the operation's schema, or cannot be encoded.
        """
        op = self._operation(operation_id)
        if op is None or not op.has_body:
            return
        # A lone surrogate that no pattern meets passes here and is caught when the body is encoded.
        errors = _errors(op.body_validator, body, operation_id)
        if errors:
            raise self._error(operation_id, errors, None, body)

    def _error(
        self, operation_id: str, found: list[Any], params: Mapping[str, Any] | None, instance: Any
    ) -> RequestValidationError:
        secrets = tuple(secret_values(instance, self._secret_names))
        problems = []
        for error in found:
            path = tuple(error.instance_path)
            rule = str(error.schema_path[-1]) if error.schema_path else "schema"
            if rule == "required":  # name the missing property, as the path of the problem
                path = (*path, str(error.kind.property))
            if params is not None and path:
                param = params[path[0]]
                secret = _norm(param["name"]) in self._secret_names
                where = f"{param['in']} parameter {param['name']!r}" + "".join(f"[{p!r}]" for p in path[1:])
            else:
                secret = any(isinstance(p, str) and _norm(p) in self._secret_names for p in path)
                where = "body at /" + "/".join(map(str, path)) if path else "body"
            # A missing secret is not a secret; any other message about one may quote its value.
            masked = secret and rule != "required"
            message = f"{MASK} violates {rule}" if masked else redact_text(error.message, secrets)
            problems.append((path, where, rule, message))
        path, where, rule, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return RequestValidationError(
            f"{operation_id}: invalid {where}: {message} [rule: {rule}]{more}",
            field=".".join(map(str, path)) or None,
            errors=[{"loc": p, "msg": m, "type": r, "where": w} for p, w, r, m in problems[:_MAX_LISTED]],
        )
