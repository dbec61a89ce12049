"""The one place a generated facade's call becomes an HTTP exchange (openai's ``_base_client``).

A generated facade (``DwsClient``) only binds operation modules to :meth:`SyncAPIClient.call`.
Everything else lives here, driven by the service's ``_behaviour`` table: endpoint from the spec's
``servers``, auth chosen by the spec's security schemes, strict client-side validation against the
spec's JSON Schema (`validation`), retries, typed errors and redaction.

Each attempt of a call is a new request built from the same arguments and sent through httpx's auth
flow, so it is signed afresh; its body is read inside the retry loop (``send(stream=False)``), so a
connection that breaks mid-body is retried like any connection error when the policy allows it.
A 2xx reply that drifts from the spec parses leniently (``dbcloud_core.parsing``) unless the
client or the call is ``strict``. Every parsed reply carries the service's request id (``_request_id``,
as openai-python's models do); ``client.with_raw_response.<op>`` returns a typed :class:`RawResponse`.
"""

from __future__ import annotations

import copy
import enum
import functools
import importlib
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from . import errors
from ._http import Cert, CookielessAsyncClient, CookielessClient, owned_client_conflicts, tls_context
from ._json import loads
from .concurrency import DEFAULT_MAX_CONCURRENCY, async_transport, in_flight_limit, pool_limits
from .endpoints import base_url as resolve_base_url
from .endpoints import server_variables, variable_values
from .lazy import Reply, reading_lazily
from .parsing import collected, collecting, settle
from .redaction import alog_request, alog_response, configure_logging, log_request, log_response, request_secrets
from .retries import RetryPolicy, _arun, _Retrier, _run
from .validation import RequestValidator, surrogate_at, unencodable

if TYPE_CHECKING:
    from .credentials import CredentialKind, HuaweiCredentials, ScpCredentials
    from .paginators import PaginationSpec
    from .waiters import WaiterSpec, WaitProgress

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "AsyncRawMethod",
    "RawMethod",
    "RawResponse",
    "RawResponses",
    "SyncAPIClient",
]

#: connect quickly, allow slow list calls; per client (timeout=...) and per call (with_options).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Distinct request URLs a client keeps parsed (paths differ by resource id); the table restarts when full.
_MAX_URLS = 1024
_Self = TypeVar("_Self", bound="_ClientCore")
_T = TypeVar("_T")
_R = TypeVar("_R")
_P = ParamSpec("_P")
_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


class RawResponse(Generic[_T]):
    """What ``client.with_raw_response.<op>(...)`` returns: the HTTP reply plus a lazy, typed ``parse()``.

    The body has been read (sync and async alike), so ``parse()`` is a plain call for both.

    Attributes:
        status_code: the HTTP status.
        headers: the reply's headers.
        request_id: the service's request id (``X-Request-Id``), or None when the reply has none.
        http_response: the ``httpx.Response`` itself.
        content: the raw body.
    """

    __slots__ = (
        "_module",
        "_operation",
        "_strict",
        "_validator",
        "content",
        "headers",
        "http_response",
        "request_id",
        "status_code",
    )

    def __init__(
        self,
        response: httpx.Response,
        module: ModuleType,
        operation: str,
        strict: bool,
        validator: RequestValidator | None = None,
    ) -> None:
        self.http_response: httpx.Response = response
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.content: bytes = response.content
        self.request_id: str | None = errors.request_id_of(response)
        self._module = module
        self._operation = operation
        self._strict = strict
        self._validator = validator

    def parse(self) -> _T:
        """The typed model the plain call would have returned (lenient or strict as that call).

        Raises:
            ResponseValidationError: the body is not JSON of the documented kind, or (strict) drifts.
        """
        return cast("_T", _parse(self._module, self.http_response, self._operation, self._strict, self._validator))

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code} {self.http_response.request.method} {self.http_response.request.url}>"


class _ParseContext:
    # opc's parse_response reads this flag; errors are raised by us before parsing.
    raise_on_unexpected_status = False


_PARSE_CONTEXT = _ParseContext()
_UNREAD: Any = object()


class _Reply:
    """The response as opc's ``parse_response`` reads it, with the JSON body parsed once and kept:
    drift reports are located in that very body (``parsing.locate`` matches objects by identity)."""

    __slots__ = ("body", "content", "status_code")

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content = response.content
        self.body = _UNREAD

    def json(self) -> Any:
        if self.body is _UNREAD:
            self.body = loads(self.content)  # what httpx's Response.json() accepts, faster
        return self.body


def _lazily(validator: RequestValidator | None, operation: str, reply: _Reply) -> Reply | None:
    """The reply, when it passes its guard and may be typed lazily (``dbcloud_core.lazy``); else None:
    no guard (no list of models to spare), or the reply does not fit its schema."""
    guard = None if validator is None else validator.guard_in_use(operation, reply.status_code)
    if guard is None:
        return None
    try:
        body = reply.json()
        return Reply(operation, body) if guard(body) else None
    except Exception:  # not JSON (the parse reports it), or a value jsonschema-rs refuses: typed eagerly
        return None


def _parse(
    module: ModuleType, response: httpx.Response, operation: str, strict: bool, validator: RequestValidator | None
) -> Any:
    """The reply's typed model. Drift from the spec is kept and logged once, or raised when strict;
    a body that is not JSON, or not even the right kind of JSON value, raises ResponseValidationError.

    A lenient call whose reply passes the reply guard (``validator.guard_in_use``) is parsed with its
    lists of models lazy; a strict one is always typed eagerly, so that drift raises at the call."""
    reply = _Reply(response)
    lazy = None if strict else _lazily(validator, operation, reply)
    try:
        with collecting() as reports, reading_lazily(lazy):
            parsed = module.parse_response(client=_PARSE_CONTEXT, response=reply)
    except Exception as exc:
        raise errors.ResponseValidationError(
            f"{response.status_code} reply of {response.request.method} {response.request.url.path} could not be"
            f" parsed: {type(exc).__name__}",
            operation=operation,
            response=response,
        ) from exc
    if reports:
        settle(operation, reply.body, reports, strict=strict, response=response)
    request_id = errors.request_id_of(response)
    if request_id is not None:
        try:  # every generated model declares _request_id (init=False, eq=False, repr=False)
            parsed._request_id = request_id
        except AttributeError:  # no body (None) or not a model
            pass
    return parsed


class RawResponses:
    """Base of a facade's ``with_raw_response`` view: its :class:`RawMethod` attributes call the
    facade's methods on a copy of the client that returns :class:`RawResponse` instead of models."""

    __slots__ = ("_client",)

    def __init__(self, client: _ClientCore) -> None:
        self._client = client._raw_view()


class RawMethod(Generic[_P, _R]):
    """``raw = RawMethod(DwsClient.list_clusters)`` in a :class:`RawResponses` subclass: the same
    parameters, returning ``RawResponse[ListClustersResponse]`` (openai's ``to_raw_response_wrapper``,
    as a descriptor so that nothing is built until an operation is looked up)."""

    __slots__ = ("_method",)

    def __init__(self, method: Callable[Concatenate[Any, _P], _R]) -> None:
        self._method = method

    @overload
    def __get__(self, view: None, owner: type[RawResponses]) -> RawMethod[_P, _R]: ...

    @overload
    def __get__(self, view: RawResponses, owner: type[RawResponses]) -> Callable[_P, RawResponse[_R]]: ...

    def __get__(
        self, view: RawResponses | None, owner: type[RawResponses]
    ) -> RawMethod[_P, _R] | Callable[_P, RawResponse[_R]]:
        if view is None:
            return self
        return cast("Callable[_P, RawResponse[_R]]", functools.partial(self._method, view._client))


class AsyncRawMethod(Generic[_P, _R]):
    """:class:`RawMethod` for an async facade: ``await view.list_clusters()`` is a ``RawResponse``."""

    __slots__ = ("_method",)

    def __init__(self, method: Callable[Concatenate[Any, _P], Awaitable[_R]]) -> None:
        self._method = method

    @overload
    def __get__(self, view: None, owner: type[RawResponses]) -> AsyncRawMethod[_P, _R]: ...

    @overload
    def __get__(self, view: RawResponses, owner: type[RawResponses]) -> Callable[_P, Awaitable[RawResponse[_R]]]: ...

    def __get__(
        self, view: RawResponses | None, owner: type[RawResponses]
    ) -> AsyncRawMethod[_P, _R] | Callable[_P, Awaitable[RawResponse[_R]]]:
        if view is None:
            return self
        return cast("Callable[_P, Awaitable[RawResponse[_R]]]", functools.partial(self._method, view._client))


class _ClientCore:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        behaviour: ModuleType,
        *,
        region: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        credentials: HuaweiCredentials | ScpCredentials | None = None,
        auth: httpx.Auth | None = None,
        project_id: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        verify: bool | str | ssl.SSLContext = True,
        cert: Cert | None = None,
        proxy: str | httpx.Proxy | None = None,
        strict: bool = False,
    ) -> None:
        """See :data:`dbcloud_core.options.CLIENT_OPTIONS`, which the generated facades spell out."""
        self._behaviour = behaviour
        self._package = behaviour.__name__.rsplit(".", 1)[0]
        variables = {"region": region, "environment": environment}
        if base_url is None:
            variables = self._server_settings(variables)
        self.base_url = resolve_base_url(behaviour.SERVERS, variables, override=base_url)
        self._auth = auth if auth is not None else self._auth_from(credentials)
        creds_project = getattr(credentials, "project_id", None) or getattr(self._auth, "project_id", None)
        self.project_id = project_id or creds_project
        self.retry = retry or RetryPolicy()
        self._retrier = _Retrier(self.retry, behaviour.ERROR_CODES)
        self._validator = _validator(self._package, behaviour.SENSITIVE_FIELDS)
        self.timeout = timeout
        # Like botocore's "Boto3/1.x Python/3.x": say which SDK, release and service made the call.
        user_agent = f"dbcloud-python/{behaviour.VERSION} {behaviour.SERVICE}"
        self.headers = {"User-Agent": user_agent, **behaviour.DEFAULT_HEADERS, **(headers or {})}
        self.verify = verify
        self.cert = cert
        self.proxy = proxy
        self.strict = strict  # True: a reply that drifts from the spec raises ResponseValidationError
        self._raw = False
        self._call_options: dict[str, Any] = {}
        self._urls: dict[str, httpx.URL] = {}  # shared by views (copy.copy), as the httpx client is
        configure_logging()  # DBCLOUD_LOG=debug|info; secrets are filtered from every record

    @functools.cached_property
    def _tls(self) -> bool | ssl.SSLContext:
        """``verify``/``cert`` as one TLS setting, built once for whichever transport sends (``_http``)."""
        return tls_context(self.verify, self.cert)

    def _kind(self) -> CredentialKind[Any]:
        """The vendor's credential kind, from the spec's security schemes (the header each scheme names)."""
        # The credential chain (env, profile file) loads here, with the first client that needs it.
        from .credentials import kind_for

        return kind_for(self._behaviour.SECURITY_SCHEMES)

    def _server_settings(self, given: dict[str, str | None]) -> dict[str, str | None]:
        """The server URL's variables (region, EPAS' environment): argument, then the vendor's environment
        variable (``HUAWEICLOUD_SDK_REGION``, ``SCP_REGION``...), then the profile; never a default
        (docs/decisions.md: a request must not silently go to a region nobody chose)."""
        names = server_variables(self._behaviour.SERVERS)
        if all(given.get(name) for name in names):
            return given
        from .credentials import resolve_setting

        kind = self._kind()
        found = dict(given)
        for name in names:
            try:
                env_var, profile_key = f"{kind.env_prefix}{name.upper()}", f"{kind.profile_prefix}{name}"
                found[name] = resolve_setting(name, given.get(name), env_var, profile_key)
            except errors.ConfigurationError as exc:
                allowed = variable_values(self._behaviour.SERVERS, name)
                listing = f"; {self._package} knows: {', '.join(allowed)}" if allowed else ""
                raise errors.ConfigurationError(f"{self._package}: {exc}{listing}") from None
        return found

    def _auth_from(self, credentials: HuaweiCredentials | ScpCredentials | None) -> httpx.Auth:
        """Pick the auth flow from the spec's security schemes (the header each scheme names)."""
        from .credentials import HuaweiCredentials, ScpCredentials, resolve_huawei_credentials, resolve_scp_credentials

        expected = self._kind().cls
        if credentials is not None and not isinstance(credentials, expected):
            # Falling back to the environment chain would sign as another identity.
            raise errors.ConfigurationError(
                f"{self._package} signs with {expected.__name__}, got {type(credentials).__name__}"
            )
        if expected is ScpCredentials:
            from .auth.scp import ScpAuth

            scp = credentials if isinstance(credentials, ScpCredentials) else resolve_scp_credentials()
            return ScpAuth(scp.access_key, scp.secret_key, account_id=scp.account_id)
        from .auth.huawei_aksk import HuaweiAkSkAuth

        hw = credentials if isinstance(credentials, HuaweiCredentials) else resolve_huawei_credentials()
        return HuaweiAkSkAuth(hw.ak, hw.sk, project_id=hw.project_id, security_token=hw.security_token)

    def with_options(
        self: _Self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
    ) -> _Self:
        """The same client (same connection pool) with another timeout, retry policy and/or response
        strictness for the calls made through it:
        ``client.with_options(timeout=5, retry=RetryPolicy(max_attempts=1), strict=True).op()``."""
        view = copy.copy(self)
        view._call_options = {
            **self._call_options,
            **{k: v for k, v in (("timeout", timeout), ("retry", retry), ("strict", strict)) if v is not None},
        }
        return view

    def _raw_view(self: _Self) -> _Self:
        """The same client, whose calls return :class:`RawResponse` instead of the parsed model (the
        facades' typed ``with_raw_response`` wraps it)."""
        view = copy.copy(self)
        view._raw = True
        return view

    def _url(self, url: str) -> httpx.URL:
        """``httpx.URL(url)``, parsed once per distinct URL: httpx's parser checks each character in Python,
        about a seventh of an async call's CPU under load (docs/decisions.md), and an ``httpx.URL`` passed to
        ``build_request`` is used as it is. A URL is immutable, so calls share it."""
        parsed = self._urls.get(url)
        if parsed is None:
            if len(self._urls) >= _MAX_URLS:
                self._urls.clear()
            parsed = self._urls[url] = httpx.URL(url)
        return parsed

    def _prepare(self, operation_id: str, module: ModuleType, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Fill defaults, validate, and build the request kwargs; raises before anything is sent."""
        table = self._behaviour.OPERATIONS[operation_id]
        if "{project_id}" in table["path"] and kwargs.get("project_id") is None:
            if not self.project_id:
                raise errors.ConfigurationError(
                    f"{operation_id} needs a project id: pass project_id=..., or set HUAWEICLOUD_SDK_PROJECT_ID"
                    " or project_id in the credentials profile"
                )
            kwargs["project_id"] = self.project_id
        call_kwargs = {k: v for k, v in kwargs.items() if v is not None}
        if len(call_kwargs) < len(kwargs):
            missing = [k for k, v in kwargs.items() if v is None and k in table["required"]]
            if missing:
                raise errors.RequestValidationError(
                    f"{operation_id}: missing required argument(s) {', '.join(missing)}"
                )
        self._validator.check_arguments(operation_id, call_kwargs)
        _enum_members(self._package, table["enums"], call_kwargs)
        request: dict[str, Any] = module.get_kwargs(**call_kwargs)
        # absolute, so that an http_client of the caller's (any base_url or none) sends it to our endpoint
        request["url"] = self._url(f"{self.base_url}{request['url']}")
        if "json" in request:
            self._validator.check_body(operation_id, request["json"])
        if not request.get("params"):
            request.pop("params", None)  # httpx parses the whole URL once more for params={}
        dbcloud: dict[str, Any] = {
            "operation_id": operation_id,
            "idempotent": table["idempotent"],
            "sensitive_fields": self._behaviour.SENSITIVE_FIELDS,
        }
        if "retry" in self._call_options:
            dbcloud["retry"] = self._call_options["retry"]
        request["extensions"] = {"dbcloud": dbcloud}
        if "timeout" in self._call_options:
            request["timeout"] = self._call_options["timeout"]
        if self.headers or "headers" in request:
            request["headers"] = {**self.headers, **request.get("headers", {})}
        return request

    @staticmethod
    def _build(operation_id: str, request: Mapping[str, Any], build: Callable[[], httpx.Request]) -> httpx.Request:
        try:
            return build()
        except UnicodeEncodeError as exc:  # a header value outside ASCII, a lone surrogate...
            surrogate = surrogate_at(request.get("json"))
            if surrogate is not None:
                raise unencodable(operation_id, "body", surrogate) from None
            raise errors.RequestValidationError(
                f"{operation_id}: a value cannot be encoded for the wire ({exc.encoding}: {exc.reason})"
            ) from None

    def _transport_error(self, operation_id: str, exc: httpx.TransportError) -> errors.TransportError:
        try:
            secrets = request_secrets(exc.request, self._behaviour.SENSITIVE_FIELDS)
        except RuntimeError:  # raised without a request
            secrets = []
        return errors.from_transport_error(exc, operation=operation_id, secrets=secrets)

    def _finish(self, operation_id: str, module: ModuleType, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise errors.from_response(
                response,
                operation=operation_id,
                error_codes=self._behaviour.ERROR_CODES,
                secrets=request_secrets(response.request, self._behaviour.SENSITIVE_FIELDS),
            )
        strict = self._call_options.get("strict", self.strict)
        if self._raw:
            return RawResponse(response, module, operation_id, strict, self._validator)
        return _parse(module, response, operation_id, strict, self._validator)

    def _connect(self, transport: Any, http_client: _Http | None, build: Callable[..., _Http]) -> _Http:
        """The caller's httpx client (theirs to close; none of our connection options beside it) or our own."""
        self._owns_http: bool = http_client is None
        if http_client is not None:
            verify = None if self.verify is True else self.verify  # True is the default, not a choice
            owned_client_conflicts({"transport": transport, "verify": verify, "cert": self.cert, "proxy": self.proxy})
            return http_client
        return build(**self._http_settings(transport))

    def _http_settings(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None) -> dict[str, Any]:
        """Keyword arguments of our own httpx client. No transport unless given: httpx then builds its own
        and, as trust_env is on, routes through HTTP(S)_PROXY/ALL_PROXY minus NO_PROXY (it ignores them
        beside an explicit transport); an explicit ``proxy`` wins over the environment."""
        settings: dict[str, Any] = {
            "base_url": self.base_url,
            "auth": self._auth,
            "timeout": self.timeout,
            "verify": self._tls,
            "proxy": self.proxy,
        }
        if transport is not None:
            if self.proxy is not None:
                raise errors.ConfigurationError("proxy= cannot be combined with transport=: the transport sends")
            settings["transport"] = transport
        return settings

    def _item(self, operation_id: str, model: Any, item: Any) -> Any:
        """One paginated item, typed by its model (leniently, as a reply; see `_parse`)."""
        if model is None or not isinstance(item, dict):
            return item
        # Typed as it is yielded (the walk is lazy already): no reply guard here, it would cost about as
        # much per item as the drift collection it could skip (docs/decisions.md, "Typed decoding").
        typed, reports = collected(model.from_dict, item)
        if reports:
            strict = self._call_options.get("strict", self.strict)
            settle(operation_id, item, reports, strict=strict, root="item")
        return typed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} project_id={self.project_id!r}>"


@functools.cache
def _validator(package: str, sensitive_fields: frozenset[str]) -> RequestValidator:
    """One validator per service package: its compiled schemas are shared by every client."""
    return RequestValidator(package, sensitive_fields)


@functools.cache
def _enum_class(package: str, where: str) -> type[enum.Enum]:
    """The enum class ``<models module>:<class>`` of a generated package (``_behaviour.OPERATIONS``)."""
    module, name = where.split(":")
    cls: type[enum.Enum] = getattr(importlib.import_module(f"{package}.models.{module}"), name)
    return cls


def _enum_members(package: str, enums: dict[str, str], kwargs: dict[str, Any]) -> None:
    """Turn plain values of enum-typed arguments (``datastore_type="dws"``, already validated against
    the spec's enum) into the members the generated code expects (it reads ``.value``)."""
    for name, where in enums.items():
        value = kwargs.get(name)
        if value is not None and not isinstance(value, enum.Enum) and isinstance(value, str | int):
            kwargs[name] = _enum_class(package, where)(value)


class SyncAPIClient(_ClientCore):
    """Blocking client; one connection pool per instance. Use as a context manager or call close()."""

    def __init__(
        self,
        behaviour: ModuleType,
        *,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        **options: Any,
    ) -> None:
        super().__init__(behaviour, **options)
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [log_request], "response": [log_response]}
        self._http = self._connect(transport, http_client, functools.partial(CookielessClient, event_hooks=hooks))

    def call(self, operation_id: str, module: ModuleType, **kwargs: Any) -> Any:
        """Send one operation. Raises RequestValidationError/ConfigurationError before sending,
        APIError subclasses for error replies, TransportError when the network fails."""
        request = self._prepare(operation_id, module, kwargs)
        first = self._build(operation_id, request, lambda: self._http.build_request(**request))

        def send(attempt: int) -> httpx.Response:
            return self._http.send(first if attempt == 1 else self._http.build_request(**request), auth=self._auth)

        try:
            response = _run(self._retrier, first, send, time.sleep, time.monotonic)
        except httpx.TransportError as exc:
            raise self._transport_error(operation_id, exc) from exc
        return self._finish(operation_id, module, response)

    def wait(
        self,
        waiter: str,
        *,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run the spec's waiter ``waiter`` (``_behaviour.WAITERS``) with the polled operation's
        arguments; returns its last reply, parsed, or None when an error acceptor (a 404) ended it."""
        from .waiters import wait

        spec, poll = _waiter(self, waiter)
        arguments = spec.operation_kwargs(kwargs)
        last: list[RawResponse[Any]] = []

        def call() -> Any:
            last[:] = [poll(**arguments)]
            return _json(last[0])

        body = wait(spec, call, timeout_s=timeout, delay_s=delay, max_attempts=max_attempts, on_progress=on_progress)
        return None if body is None else last[0].parse()

    def paginate(self, operation_id: str, *, page_size: int | None = None, **kwargs: Any) -> Iterator[Any]:
        """Every item of a paginated operation (``_behaviour.PAGINATORS``), typed when the items have a model."""
        from .paginators import paginate

        spec, list_call, model = _paginator(self, operation_id)
        for item in paginate(spec, lambda page: _json(list_call(**{**kwargs, **page})), page_size=page_size):
            yield self._item(operation_id, model, item)

    def close(self) -> None:
        """Close the connection pool (not an ``http_client`` the caller passed: that one is theirs)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """asyncio client; cancellation propagates (no retry swallows CancelledError). ``max_concurrency``
    (default ``DEFAULT_MAX_CONCURRENCY``, 100) caps the requests it has on the wire at once, further calls
    wait their turn; ``None`` lifts the cap."""

    def __init__(
        self,
        behaviour: ModuleType,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_concurrency: int | None = DEFAULT_MAX_CONCURRENCY,
        **options: Any,
    ) -> None:
        super().__init__(behaviour, **options)
        import asyncio  # with the first async client only: a sync-only program never loads it

        self._sleep = asyncio.sleep
        # Requests on the wire at once (dbcloud_core.concurrency); views of this client share the slots.
        self._in_flight = in_flight_limit(max_concurrency)
        self.max_concurrency = max_concurrency
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [alog_request], "response": [alog_response]}
        build = functools.partial(CookielessAsyncClient, event_hooks=hooks, limits=pool_limits(max_concurrency))
        if transport is None and http_client is None:  # our own wire unless a proxy applies (concurrency)
            transport = async_transport(max_concurrency, self._tls, self.proxy)
        self._http = self._connect(transport, http_client, build)

    async def call(self, operation_id: str, module: ModuleType, **kwargs: Any) -> Any:
        """Async twin of :meth:`SyncAPIClient.call`."""
        request = self._prepare(operation_id, module, kwargs)
        first = self._build(operation_id, request, lambda: self._http.build_request(**request))

        async def send(attempt: int) -> httpx.Response:
            attempt_request = first if attempt == 1 else self._http.build_request(**request)
            async with self._in_flight:
                return await self._http.send(attempt_request, auth=self._auth)

        try:
            response = await _arun(self._retrier, first, send, self._sleep, time.monotonic)
        except httpx.TransportError as exc:
            raise self._transport_error(operation_id, exc) from exc
        return self._finish(operation_id, module, response)

    async def wait(
        self,
        waiter: str,
        *,
        timeout: float | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_progress: Callable[[WaitProgress], object] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Async twin of :meth:`SyncAPIClient.wait`; cancelling the task stops the wait at once."""
        from .waiters import async_wait

        spec, poll = _waiter(self, waiter)
        arguments = spec.operation_kwargs(kwargs)
        last: list[RawResponse[Any]] = []

        async def call() -> Any:
            last[:] = [await poll(**arguments)]
            return _json(last[0])

        body = await async_wait(
            spec, call, timeout_s=timeout, delay_s=delay, max_attempts=max_attempts, on_progress=on_progress
        )
        return None if body is None else last[0].parse()

    async def paginate(self, operation_id: str, *, page_size: int | None = None, **kwargs: Any) -> AsyncIterator[Any]:
        """Async twin of :meth:`SyncAPIClient.paginate` (``async for``)."""
        from .paginators import async_paginate

        spec, list_call, model = _paginator(self, operation_id)

        async def call(page: dict[str, Any]) -> Any:
            return _json(await list_call(**{**kwargs, **page}))

        async for item in async_paginate(spec, call, page_size=page_size):
            yield self._item(operation_id, model, item)

    async def close(self) -> None:
        """Close the connection pool (not an ``http_client`` the caller passed: that one is theirs)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _json(raw: RawResponse[Any]) -> Any:
    """The reply's JSON for the engines' acceptor paths and item pointers (None when it has no body)."""
    return loads(raw.content) if raw.content else None


def _waiter(client: _ClientCore, name: str) -> tuple[WaiterSpec, Any]:
    """The waiter's spec and its polled operation, bound to return RawResponse."""
    from .waiters import WaiterSpec

    table = getattr(client._behaviour, "WAITERS", {})
    if name not in table:
        raise errors.ConfigurationError(f"{client._package} has no waiter {name!r}; it has {sorted(table)}")
    spec = WaiterSpec.from_dict(name, table[name])
    return spec, getattr(client._raw_view(), spec.operation)


def _paginator(client: _ClientCore, operation_id: str) -> tuple[PaginationSpec, Any, Any]:
    """The operation's pagination, the operation bound to return RawResponse, and the items' model."""
    from .paginators import PaginationSpec

    table = getattr(client._behaviour, "PAGINATORS", {})
    if operation_id not in table:
        raise errors.ConfigurationError(f"{operation_id} of {client._package} is not paginated")
    entry = table[operation_id]
    model_name = entry["item_model"]
    model = getattr(importlib.import_module(f"{client._package}.models"), model_name) if model_name else None
    return PaginationSpec.from_dict(entry["pagination"]), getattr(client._raw_view(), operation_id), model
