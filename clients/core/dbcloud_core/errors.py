"""Every exception dbcloud raises, and the one place HTTP failures become them.

```
DbcloudError
├── ConfigurationError            no credentials, unknown region; raised before any request
├── RequestValidationError(ValueError)   arguments break the spec; nothing was sent
├── TransportError                connect failure or timeout after the last retry (wraps httpx)
│   └── APIConnectionError        the server could not be reached or dropped the connection
│       └── APITimeoutError       connect/read/write/pool timeout
├── APIError                      status, error_code, message, request_id, operation, response
│   ├── BadRequestError 400 · UnauthorizedError 401 · ForbiddenError 403 · NotFoundError 404
│   └── ConflictError 409 · RateLimitedError 429 · ServerError 5xx  (other codes: APIError)
├── ResponseValidationError       a 2xx body we cannot parse, or (strict) one drifting from the spec
└── WaiterError                   reason, last_response, waiter, attempts, elapsed_s, last_status
    ├── WaiterFailureError        a failure acceptor matched; matched, details
    └── WaiterTimeoutError        max attempts or time budget used without success
```

`from_response` holds the only status → class map and reads every vendor error-body shape;
`from_transport_error` is the only translation of httpx's transport exceptions. Messages pass
through `redaction.redact_text`, so a secret echoed back by a server never reaches `str(err)`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from .redaction import redact_text

if TYPE_CHECKING:
    from .parsing import Drift

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DbcloudError",
    "ErrorBody",
    "ForbiddenError",
    "NotFoundError",
    "RateLimitedError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "TransportError",
    "UnauthorizedError",
    "WaiterError",
    "WaiterFailureError",
    "WaiterTimeoutError",
    "from_response",
    "from_transport_error",
    "parse_error_body",
    "request_id_of",
]

# A documented vendor code, as generated from errors.yaml: (http status, message, retryable).
DocumentedError = tuple[int, str, bool]

# Statuses that are transient without any vendor code saying so (the same set retries.py retries).
_TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_REQUEST_ID_HEADERS = ("X-Request-Id", "X-Openstack-Request-Id")
_SNIPPET_CHARS = 200


def request_id_of(response: httpx.Response) -> str | None:
    """The service's request id from the reply's headers (``X-Request-Id``, or OpenStack's name), or None.

    Huawei's gateway sends ``X-Request-Id`` on every reply; the EPAS reference documents no header (its
    ``request_id`` body member is the id of an asynchronous job, not of the HTTP request), so EPAS replies
    carry one only where its gateway (or the simulator) sends the same header."""
    headers = response.headers
    return next((headers[h] for h in _REQUEST_ID_HEADERS if h in headers), None)


class DbcloudError(Exception):
    """Base class of every exception raised by dbcloud."""


class ConfigurationError(DbcloudError):
    """The client cannot be set up (missing credentials, region or project id); nothing was sent."""


class RequestValidationError(DbcloudError, ValueError):
    """Request arguments break the spec; the request was not sent.

    Attributes:
        field: Dotted path of the first offending field (``"cluster.user_pwd"``), or None.
        errors: One dict per problem (pydantic's ``loc``/``msg``/``type`` shape). The offending
            ``input`` values are dropped: they may be passwords.
    """

    def __init__(self, message: str, *, field: str | None = None, errors: Sequence[Mapping[str, Any]] = ()) -> None:
        self.message = redact_text(message)
        self.field = field
        self.errors: list[dict[str, Any]] = [
            {k: v for k, v in error.items() if k not in ("input", "ctx", "url")} for error in errors
        ]
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, field={self.field!r})"


class TransportError(DbcloudError):
    """The request failed below HTTP (after the last retry); the httpx exception is ``__cause__``.

    Attributes:
        operation: operationId of the failed call, or None.
        request: The httpx request that failed, or None.
    """

    def __init__(self, message: str, *, operation: str | None = None, request: httpx.Request | None = None) -> None:
        self.message = redact_text(message)
        self.operation = operation
        self.request = request
        super().__init__(self.message)


class APIConnectionError(TransportError):
    """The server could not be reached, or it dropped the connection."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class APIError(DbcloudError):
    """The service answered with an error status.

    Attributes:
        status: HTTP status code.
        error_code: Vendor code (``"DWS.0015"``, ``"DBS.280001"``) or None when the body has none.
        message: Server message (redacted), else the documented message, else the reason phrase.
        request_id: From the ``X-Request-Id``/``X-Openstack-Request-Id`` header or the body.
        operation: operationId of the failed call, or None.
        response: The raw httpx response, or None.
        documented: The errors.yaml entry ``(status, message, retryable)`` for ``error_code``, or None.
        retryable: The documented flag when the code is known, else whether the status is transient.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        error_code: str | None = None,
        request_id: str | None = None,
        operation: str | None = None,
        response: httpx.Response | None = None,
        documented: DocumentedError | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.status = status
        self.error_code = error_code
        self.message = redact_text(message)
        self.request_id = request_id
        self.operation = operation
        self.response = response
        self.documented = documented
        self.retryable = (status in _TRANSIENT_STATUSES) if retryable is None else retryable
        super().__init__(self.__str__())

    def __str__(self) -> str:
        head = f"{self.status} {self.error_code}" if self.error_code else str(self.status)
        context = [f"request id {self.request_id}"] if self.request_id else []
        if self.operation:
            context.append(f"operation {self.operation}")
        tail = f" ({', '.join(context)})" if context else ""
        return f"{head}: {self.message}{tail}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, error_code={self.error_code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r}, operation={self.operation!r})"
        )


class BadRequestError(APIError):
    """HTTP 400."""


class UnauthorizedError(APIError):
    """HTTP 401: credentials missing, wrong or expired."""


class ForbiddenError(APIError):
    """HTTP 403."""


class NotFoundError(APIError):
    """HTTP 404."""


class ConflictError(APIError):
    """HTTP 409: the resource is in a state that forbids the call."""


class RateLimitedError(APIError):
    """HTTP 429."""


class ServerError(APIError):
    """Any HTTP 5xx."""


class ResponseValidationError(DbcloudError):
    """A 2xx response whose body does not match the spec.

    Attributes:
        body: The raw body bytes (taken from ``response`` when not given), kept for diagnosis and
            never shown in ``str``/``repr``.
        operation: operationId of the call, or None.
        response: The raw httpx response, or None.
        drifts: In strict mode, every place the reply departs from the spec (``parsing.Drift``:
            JSON path, expected, got); empty when the body could not be parsed at all.
    """

    def __init__(
        self,
        message: str,
        *,
        body: bytes | None = None,
        operation: str | None = None,
        response: httpx.Response | None = None,
        drifts: Sequence[Drift] = (),
    ) -> None:
        self.drifts = list(drifts)
        self.message = redact_text(message)
        self.body = body if body is not None else (_body_of(response) if response is not None else b"")
        self.operation = operation
        self.response = response
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, operation={self.operation!r}, body_bytes={len(self.body)})"


class WaiterError(DbcloudError):
    """A waiter stopped without reaching its state.

    Attributes:
        reason: Why it stopped (which acceptor matched, or how many attempts ran), redacted.
        last_response: The last result of the polled operation: its body, the `APIError` it
            raised, or None.
        waiter: Name of the waiter (``"ClusterAvailable"``), or None.
        attempts: Calls made before stopping.
        elapsed_s: Seconds from the first call to the stop (by the waiter's clock).
        last_status: The last value seen at the waiter's status path, or the last error's vendor
            code / HTTP status; None when nothing was seen.
    """

    def __init__(
        self,
        reason: str,
        last_response: Any = None,
        *,
        waiter: str | None = None,
        attempts: int = 0,
        elapsed_s: float = 0.0,
        last_status: Any = None,
    ) -> None:
        self.reason = redact_text(reason)
        self.last_response = last_response
        self.waiter = waiter
        self.attempts = attempts
        self.elapsed_s = elapsed_s
        self.last_status = last_status
        super().__init__(self.reason)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.reason!r})"


class WaiterFailureError(WaiterError):
    """A failure acceptor matched: the resource reached a state it will not leave.

    Attributes:
        matched: The value that matched the failure acceptor (a status, an error code, an HTTP status).
        details: The resource's own error fields found next to the status (``failed_reasons``,
            ``error_msg``...), redacted; empty when it has none.
    """

    def __init__(
        self,
        reason: str,
        last_response: Any = None,
        *,
        waiter: str | None = None,
        attempts: int = 0,
        elapsed_s: float = 0.0,
        last_status: Any = None,
        matched: Any = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            reason, last_response, waiter=waiter, attempts=attempts, elapsed_s=elapsed_s, last_status=last_status
        )
        self.matched = matched
        self.details: dict[str, Any] = dict(details or {})


class WaiterTimeoutError(WaiterError):
    """The waiter used all its attempts (or its time budget) without a success acceptor matching."""


# The only status → class map (openai's _make_status_error); 5xx is handled in _class_for.
_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitedError,
}

# Keys of the vendor body shapes, most specific first: Huawei {error_code, error_msg}, DDM legacy
# {errCode, externalMessage}, generic {code, message}; {"error": {...}} is unwrapped first.
_CODE_KEYS = ("error_code", "errCode", "errorCode", "code")
_MESSAGE_KEYS = ("error_msg", "error_message", "externalMessage", "errMsg", "errorMsg", "message", "msg")
_REQUEST_ID_KEYS = ("request_id", "requestId")


class ErrorBody(NamedTuple):
    """The vendor fields found in an error body; each None when absent."""

    code: str | None
    message: str | None
    request_id: str | None


def _first_text(data: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = data.get(key)
        # Codes may be ints (IAM's {"error": {"code": 401}}); booleans and containers are not codes.
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def parse_error_body(content: bytes | str) -> ErrorBody:
    """Read the vendor code, message and request id from an error body of any known shape.

    Args:
        content: The raw body. Non-JSON, empty or truncated bodies give an all-None result.

    Returns:
        The fields found.
    """
    try:
        data = json.loads(content)
    except ValueError:  # includes JSONDecodeError and UnicodeDecodeError
        return ErrorBody(None, None, None)
    if not isinstance(data, dict):
        return ErrorBody(None, None, None)
    request_id = _first_text(data, _REQUEST_ID_KEYS)
    nested = data.get("error")
    if isinstance(nested, dict):
        data = {**data, **nested}
        request_id = request_id or _first_text(nested, _REQUEST_ID_KEYS)
    return ErrorBody(_first_text(data, _CODE_KEYS), _first_text(data, _MESSAGE_KEYS), request_id)


def _class_for(status: int) -> type[APIError]:
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status]
    return ServerError if 500 <= status <= 599 else APIError


def _body_of(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:  # a streamed response nobody read: type it from the status alone
        return b""


def _text_snippet(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", errors="replace").split())
    return text if len(text) <= _SNIPPET_CHARS else text[:_SNIPPET_CHARS] + "..."


def from_response(
    response: httpx.Response,
    *,
    operation: str | None = None,
    error_codes: Mapping[str, DocumentedError] | None = None,
    secrets: Iterable[str] = (),
) -> APIError:
    """Build the typed error for an HTTP error response.

    Args:
        response: The error response (its body read, or it is typed from the status alone).
        operation: operationId of the call, shown in the message.
        error_codes: The service's errors.yaml table: code -> (status, message, retryable).
        secrets: Secret values the request carried (``redaction.request_secrets``); a server
            echoing one bare in its message gets it masked.

    Returns:
        An instance of the class for the status (``APIError`` for statuses without one).
    """
    body = _body_of(response)
    parsed = parse_error_body(body)
    documented = (error_codes or {}).get(parsed.code) if parsed.code else None
    message = parsed.message
    if message is None and documented is not None:
        message = documented[1]
    if message is None and parsed.code is None and body.strip():
        message = _text_snippet(body)  # a proxy's HTML page or a truncated body still says something
    if not message:
        message = response.reason_phrase or "HTTP error"
    request_id = request_id_of(response)
    return _class_for(response.status_code)(
        redact_text(message, secrets),
        status=response.status_code,
        error_code=parsed.code,
        request_id=request_id or parsed.request_id,
        operation=operation,
        response=response,
        documented=documented,
        retryable=documented[2] if documented is not None else None,
    )


def from_transport_error(
    exc: httpx.TransportError, operation: str | None = None, secrets: Iterable[str] = ()
) -> TransportError:
    """Translate an httpx transport exception (the caller raises the result ``from exc``).

    Args:
        exc: The exception httpx raised after the last retry.
        operation: operationId of the call, shown in the message.
        secrets: Secret values the request carried, masked in the message.

    Returns:
        ``APITimeoutError`` for timeouts, ``APIConnectionError`` for network and proxy failures and
        for a server that broke the exchange off (a reset or a short body), else ``TransportError``.
    """
    cls: type[TransportError]
    if isinstance(exc, httpx.TimeoutException):
        cls, what = APITimeoutError, "timed out"
    elif isinstance(exc, httpx.NetworkError | httpx.ProxyError | httpx.RemoteProtocolError):
        cls, what = APIConnectionError, "connection failed"
    else:
        cls, what = TransportError, "transport failed"
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises when the exception was created without a request
        request = None
    where = f" ({operation})" if operation else ""
    detail = str(exc) or type(exc).__name__
    message = redact_text(f"{what}{where}: {type(exc).__name__}: {detail}", secrets)
    return cls(message, operation=operation, request=request)
