"""Secret names, masking helpers and the opt-in debug log (``DBCLOUD_LOG=debug|info``).

Secrets are hidden once, here: headers by name (`SENSITIVE_HEADERS`), JSON fields by name
(`SECRET_FIELDS` plus the spec's ``format: password``/``x-sensitive`` fields passed in), and free
text by known values and ``"password": "..."``/``password=...`` patterns. Access key ids are not
secrets and stay visible (they identify the caller in logs and support tickets).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import httpx

__all__ = [
    "MASK",
    "SECRET_FIELDS",
    "SENSITIVE_HEADERS",
    "SensitiveFilter",
    "alog_request",
    "alog_response",
    "configure_logging",
    "log_request",
    "log_response",
    "model_repr",
    "redact",
    "redact_headers",
    "redact_text",
    "request_secrets",
    "secret_values",
]

MASK = "***"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-auth-token",
        "x-security-token",
        "x-subject-token",
        "scp-signature",
        "cookie",
        "set-cookie",
    }
)

SECRET_FIELDS = frozenset(
    {
        "password",
        "user_pwd",
        "new_password",
        "sk",
        "secret_key",
        "secret",
        "token",
        "security_token",
        "signature",
        "access_key_secret",
    }
)

# Known secret values shorter than this are not masked in free text: masking "ab" everywhere
# would shred logs without protecting anything real.
_MIN_SECRET_CHARS = 4
_BODY_LOG_CHARS = 4096
_LOGGER_NAME = "dbcloud"
# Loggers of the libraries under the client that see request/response data (httpcore logs response
# headers such as X-Subject-Token at DEBUG). A logger's filters do not apply to its children's
# records, so each module logger gets the filter itself.
_THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
# The hooks below run on every request: getLogger would take the logging module's lock each time.
_logger = logging.getLogger(_LOGGER_NAME)


def _norm(name: str) -> str:
    # "securityToken", "security-token" and "SECURITY_TOKEN" are the same field.
    return name.lower().replace("_", "").replace("-", "")


_NORMALISED_SECRET_FIELDS = frozenset(_norm(name) for name in SECRET_FIELDS)


def redact_headers(headers: httpx.Headers | Mapping[str, str]) -> dict[str, str]:
    """Copy headers with the values of `SENSITIVE_HEADERS` replaced by `MASK`.

    Args:
        headers: httpx headers (names come out lowercased, repeated ones joined by ", ") or any
            str mapping (names kept as given).

    Returns:
        A new dict.
    """
    return {name: MASK if name.lower() in SENSITIVE_HEADERS else value for name, value in headers.items()}


def redact(value: Any, sensitive_fields: Collection[str] = ()) -> Any:
    """Copy a JSON-like value with secret fields masked, at any depth.

    Args:
        value: dicts, lists and tuples are walked; anything else is returned as is.
        sensitive_fields: Extra field names (the spec's ``format: password``/``x-sensitive``),
            matched case-insensitively and ignoring ``_``/``-``, on top of `SECRET_FIELDS`.

    Returns:
        A redacted copy (None values stay None: absence of a secret is not a secret).
    """
    names = _NORMALISED_SECRET_FIELDS | {_norm(name) for name in sensitive_fields}
    return _redact(value, names)


def _redact(value: Any, names: frozenset[str] | set[str]) -> Any:
    if isinstance(value, Mapping):
        return {
            key: MASK if isinstance(key, str) and _norm(key) in names and item is not None else _redact(item, names)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact(item, names) for item in value]
    if isinstance(value, tuple):
        return tuple(_redact(item, names) for item in value)
    return value


def secret_values(value: Any, names: Collection[str]) -> Iterator[str]:
    """Every string held under a secret field name anywhere in a JSON-like value.

    Args:
        value: dicts and lists are walked.
        names: Field names already normalised (lowercase, no ``_``/``-``).
    """
    if isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str) and _norm(key) in names and isinstance(item, str):
                yield item
            else:
                yield from secret_values(item, names)
    elif isinstance(value, list):
        for item in value:
            yield from secret_values(item, names)


def request_secrets(request: httpx.Request, sensitive_fields: Collection[str] = ()) -> list[str]:
    """Every secret value a request carried: sensitive headers, secret query parameters and body fields.

    A server may echo any of them bare (``user_pwd: "<the password>" does not meet ...``); error
    messages mask them by value with `redact_text`. Only called on the error path.

    Args:
        request: The request as sent.
        sensitive_fields: The spec's ``format: password``/``x-sensitive`` names, on top of `SECRET_FIELDS`.
    """
    names = _NORMALISED_SECRET_FIELDS | {_norm(name) for name in sensitive_fields}
    found: list[str] = []
    for name, value in request.headers.items():
        if name.lower() in SENSITIVE_HEADERS:
            found.append(value)
            found.append(value.rsplit(None, 1)[-1].rsplit("=", 1)[-1])  # "Bearer <t>", "..., Signature=<s>"
    found.extend(value for key, value in request.url.params.multi_items() if _norm(key) in names)
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed upload: nothing we can read back
        content = b""
    if content:
        try:
            found.extend(secret_values(json.loads(content), names))
        except ValueError:
            pass
    return found


@lru_cache(maxsize=32)
def _patterns(extra: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    keys = sorted(SECRET_FIELDS | SENSITIVE_HEADERS | extra, key=len, reverse=True)
    # Field names match with "_" or "-" in any case (securityToken, security-token, security_token).
    alt = "|".join(re.escape(k).replace("_", "[_-]?").replace("\\-", "[_-]?") for k in keys)
    headers = "|".join(re.escape(h) for h in sorted(SENSITIVE_HEADERS, key=len, reverse=True))
    return (
        re.compile(rf'("(?:{alt})"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE),  # "password": "x"
        re.compile(rf"('(?:{alt})'\s*:\s*)'(?:[^'\\]|\\.)*'", re.IGNORECASE),  # {'password': 'x'}
        re.compile(rf"(?<![\w-])((?:{alt})=)[^\s&,;\"']+", re.IGNORECASE),  # password=x, Signature=x
        re.compile(rf"(?<![\w-])((?:{headers})\s*:\s*)[^\r\n]+", re.IGNORECASE),  # X-Auth-Token: x
        # httpcore's DEBUG lines: [(b'X-Subject-Token', b'x')]
        re.compile(rf"(\(b?['\"](?:{headers})['\"],\s*b?)(['\"])(?:(?!\2).)*\2", re.IGNORECASE),
    )


def redact_text(text: str, secrets: Iterable[str] = (), sensitive_fields: Collection[str] = ()) -> str:
    """Mask secrets in free text (messages, reprs, bodies).

    Args:
        text: The text to clean.
        secrets: Known secret values (an SK, a token) masked wherever they occur; values shorter
            than 4 characters are ignored.
        sensitive_fields: Extra field names whose values are masked in ``"name": "value"``,
            ``'name': 'value'`` and ``name=value`` forms, on top of `SECRET_FIELDS`.

    Returns:
        The text with every match replaced by `MASK`.
    """
    for secret in sorted({s for s in secrets if s and len(s) >= _MIN_SECRET_CHARS}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    quoted_json, quoted_py, assignment, header, header_tuple = _patterns(frozenset(f.lower() for f in sensitive_fields))
    text = quoted_json.sub(rf'\1"{MASK}"', text)
    text = quoted_py.sub(rf"\1'{MASK}'", text)
    text = assignment.sub(rf"\1{MASK}", text)
    text = header_tuple.sub(rf"\1\2{MASK}\2", text)
    return header.sub(rf"\1{MASK}", text)


class SensitiveFilter(logging.Filter):
    """A logging filter that masks secrets in a record's message and arguments.

    The record is formatted once (structured arguments redacted first, then the text), so
    handlers downstream only ever see the redacted string.
    """

    def __init__(self, secrets: Iterable[str] = (), sensitive_fields: Collection[str] = ()) -> None:
        super().__init__()
        self._secrets: set[str] = set(secrets)
        self._fields = frozenset(sensitive_fields)

    def add_secrets(self, *values: str) -> None:
        """Register secret values (e.g. a freshly fetched token) to mask from now on."""
        self._secrets.update(v for v in values if v)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(secrets={len(self._secrets)}, sensitive_fields={sorted(self._fields)!r})"

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = self._redact_arg(args)
        elif isinstance(args, tuple):
            record.args = tuple(self._redact_arg(arg) for arg in args)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a broken format string: keep the raw text, still masked
            message = f"{record.msg} {record.args!r}"
        record.msg = redact_text(message, self._secrets, self._fields)
        record.args = None
        return True

    def _redact_arg(self, arg: Any) -> Any:
        if isinstance(arg, httpx.Headers):
            return redact_headers(arg)
        if isinstance(arg, Mapping | list | tuple):
            return redact(arg, self._fields)
        return arg


def configure_logging(env: Mapping[str, str] | None = None, *, secrets: Iterable[str] = ()) -> logging.Logger:
    """Install the redaction filter on the ``dbcloud``, ``httpx`` and ``httpcore`` loggers and honour
    ``DBCLOUD_LOG``.

    ``DBCLOUD_LOG=debug`` logs every request and response (via `log_request`/`log_response`
    hooks), ``info`` logs retries; anything else leaves the level to the application. Safe to
    call repeatedly: one filter and at most one handler are installed.

    Args:
        env: Environment to read (defaults to ``os.environ``).
        secrets: Secret values to mask in every record from now on.

    Returns:
        The ``dbcloud`` logger.
    """
    logger = logging.getLogger(_LOGGER_NAME)
    existing = next((f for f in logger.filters if isinstance(f, SensitiveFilter)), None)
    if existing is None:
        existing = SensitiveFilter()
        logger.addFilter(existing)
    existing.add_secrets(*secrets)
    for name in _THIRD_PARTY_LOGGERS:
        other = logging.getLogger(name)
        if existing not in other.filters:
            other.addFilter(existing)
    level = (os.environ if env is None else env).get("DBCLOUD_LOG", "").strip().lower()
    if level in ("debug", "info"):
        logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
        if not any(getattr(h, "_dbcloud", False) for h in logger.handlers):
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
            handler.addFilter(existing)  # also covers records propagated from child loggers
            handler._dbcloud = True  # type: ignore[attr-defined]
            logger.addHandler(handler)
    return logger


def _sensitive_fields_of(request: httpx.Request) -> Collection[str]:
    # Generated operations may list their x-sensitive fields next to operation_id/idempotent.
    ext = request.extensions.get("dbcloud")
    fields = ext.get("sensitive_fields", ()) if isinstance(ext, Mapping) else ()
    return tuple(fields) if isinstance(fields, list | tuple | frozenset | set) else ()


def _body_for_log(content: bytes, fields: Collection[str]) -> str:
    if not content:
        return ""
    try:
        return json.dumps(redact(json.loads(content), fields), ensure_ascii=False)[:_BODY_LOG_CHARS]
    except ValueError:
        return redact_text(content[:_BODY_LOG_CHARS].decode("utf-8", errors="replace"), (), fields)


def _request_content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:  # a streamed upload: do not consume it for a log line
        return b"<stream>"


def log_request(request: httpx.Request) -> None:
    """httpx request event hook: log method, URL, redacted headers and body at DEBUG."""
    if not _logger.isEnabledFor(logging.DEBUG):
        return
    fields = _sensitive_fields_of(request)
    _logger.debug(
        "request %s %s headers=%s body=%s",
        request.method,
        redact_text(str(request.url), (), fields),
        redact_headers(request.headers),
        _body_for_log(_request_content(request), fields),
    )


def _log_response_read(response: httpx.Response) -> None:
    fields = _sensitive_fields_of(response.request)
    _logger.debug(
        "response %s %s -> %s headers=%s body=%s",
        response.request.method,
        redact_text(str(response.request.url), (), fields),
        response.status_code,
        redact_headers(response.headers),
        _body_for_log(response.content, fields),
    )


def log_response(response: httpx.Response) -> None:
    """httpx response event hook (sync client): read the body and log it redacted at DEBUG."""
    if _logger.isEnabledFor(logging.DEBUG):
        response.read()  # hooks run before the body is read; content stays available to the caller
        _log_response_read(response)


async def alog_request(request: httpx.Request) -> None:
    """httpx request event hook for ``AsyncClient`` (which awaits its hooks)."""
    log_request(request)


async def alog_response(response: httpx.Response) -> None:
    """httpx response event hook for ``AsyncClient``: read the body and log it redacted at DEBUG."""
    if _logger.isEnabledFor(logging.DEBUG):
        await response.aread()
        _log_response_read(response)


def model_repr(obj: Any, sensitive_fields: Collection[str] = ()) -> str:
    """``Class(field=value, ...)`` for a generated model (``dbcloud_core.model``), with secret fields masked."""
    names = {_norm(n) for n in sensitive_fields} | {_norm(n) for n in SECRET_FIELDS}
    parts = []
    present = getattr(obj, "fields_set", None)  # a response model: a None it did not receive is not shown
    for name in type(obj).__match_args__:
        value = getattr(obj, name)
        if type(value).__name__ == "Unset" or (value is None and present is not None and name not in present):
            continue  # not set: nothing to show
        parts.append(f"{name}={MASK if _norm(name) in names else repr(value)}")
    if hasattr(obj, "additional_properties"):
        parts.append(f"additional_properties={redact(obj.additional_properties, sensitive_fields)!r}")
    return f"{type(obj).__name__}({', '.join(parts)})"
