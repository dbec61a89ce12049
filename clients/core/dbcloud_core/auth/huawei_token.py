"""Huawei Cloud IAM token auth (``X-Auth-Token``) as an ``httpx.Auth`` flow.

A token is fetched with the password method (``POST /v3/auth/tokens`` on IAM; the token comes back
in the ``X-Subject-Token`` header, its expiry in ``token.expires_at``), cached, refreshed
``refresh_margin_s`` before it expires and once more when a service answers 401. The flow does I/O,
so it overrides ``sync_auth_flow``/``async_auth_flow`` (httpx's rule): a ``threading.Lock`` makes
concurrent threads share one fetch, an ``asyncio.Lock`` does the same for concurrent tasks.
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncGenerator, Callable, Generator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx

from ..errors import ConfigurationError, ResponseValidationError, TransportError, from_response, from_transport_error
from ..redaction import MASK

if TYPE_CHECKING:
    import asyncio

__all__ = ["IAM_ENDPOINT_TEMPLATE", "HuaweiTokenAuth"]

IAM_ENDPOINT_TEMPLATE = "https://iam.{region}.myhuaweicloud.com"
_TOKENS_PATH = "/v3/auth/tokens"
_OPERATION = "keystone_create_user_token_by_password"
_TOKEN_HEADER = "X-Auth-Token"
_SUBJECT_TOKEN_HEADER = "X-Subject-Token"
# IAM tokens live 24 h; used only when the response omits or garbles token.expires_at.
_DEFAULT_LIFETIME = timedelta(hours=24)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _parse_expires_at(content: bytes) -> datetime | None:
    try:
        value = json.loads(content)["token"]["expires_at"]
        return _as_utc(datetime.fromisoformat(value))
    except (ValueError, KeyError, TypeError):
        return None


def _sanitized(response: httpx.Response, password: str | None) -> httpx.Response:
    # Errors keep the response for diagnosis; drop the token header and the request body (it holds
    # the password), and mask the password should a server or proxy echo it back in the body.
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != _SUBJECT_TOKEN_HEADER.lower()]
    content = response.content
    if password:
        for form in {password, json.dumps(password)[1:-1]}:
            content = content.replace(form.encode("utf-8"), MASK.encode("ascii"))
    request = httpx.Request(response.request.method, response.request.url)
    return httpx.Response(response.status_code, headers=headers, content=content, request=request)


class HuaweiTokenAuth(httpx.Auth):
    """Send ``X-Auth-Token`` with an IAM user token, fetched and refreshed as needed.

    Args:
        user_name: IAM user name.
        password: IAM user password (never shown in ``repr``/``str`` or errors).
        domain_name: Account (domain) name the user belongs to.
        region: Region id; gives the IAM endpoint and, by default, the project name to scope to.
        project_id: Scope the token to this project id.
        project_name: Scope the token to this project name (Huawei project names are region ids).
            With neither project nor region, the token is scoped to the domain.
        iam_endpoint: IAM base URL; default ``https://iam.{region}.myhuaweicloud.com``.
        refresh_margin_s: Refresh this many seconds before the token expires.
        timeout_s: Timeout of the IAM call.
        clock: Returns "now" (UTC if naive); injectable for tests.
        transport: httpx transport for the sync IAM call (default: a fresh ``httpx.Client``).
        async_transport: Transport for the async IAM call; defaults to ``transport`` when that
            transport is also async-capable (``httpx.MockTransport`` is).

    Raises:
        ConfigurationError: A credential is missing, or neither ``region`` nor ``iam_endpoint`` is given.
    """

    # A 401 retry re-sends the request, so its body must be replayable.
    requires_request_body = True

    def __init__(
        self,
        *,
        user_name: str,
        password: str,
        domain_name: str,
        region: str | None = None,
        project_id: str | None = None,
        project_name: str | None = None,
        iam_endpoint: str | None = None,
        refresh_margin_s: float = 300.0,
        timeout_s: float = 30.0,
        clock: Callable[[], datetime] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        missing = [name for name, value in (("user_name", user_name), ("domain_name", domain_name)) if not value]
        if not password:
            missing.append("password")
        if missing:
            raise ConfigurationError(f"HuaweiTokenAuth needs {', '.join(missing)}")
        if not (region or iam_endpoint):
            raise ConfigurationError("HuaweiTokenAuth needs region or iam_endpoint to reach IAM")
        if project_id and project_name:
            raise ConfigurationError("give project_id or project_name, not both")
        self.user_name = user_name
        self.domain_name = domain_name
        self.iam_endpoint = (iam_endpoint or IAM_ENDPOINT_TEMPLATE.format(region=region)).rstrip("/")
        self.scope = self._scope(project_id, project_name or (None if project_id else region), domain_name)
        self.refresh_margin = timedelta(seconds=refresh_margin_s)
        self._password: str | None = password
        self._timeout_s = timeout_s
        self._clock = clock or _utcnow
        self._transport = transport
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport
        self._async_transport = async_transport
        self._token: str | None = None
        self._expires_at: datetime | None = None
        self._lock = threading.Lock()
        self._async_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    @classmethod
    def static(cls, token: str) -> HuaweiTokenAuth:
        """Auth that always sends the given token: never fetched, refreshed or retried.

        Raises:
            ConfigurationError: The token is empty.
        """
        if not token:
            raise ConfigurationError("HuaweiTokenAuth.static needs a token")
        self = cls.__new__(cls)
        self.user_name = self.domain_name = self.iam_endpoint = ""
        self.scope = {}
        self.refresh_margin = timedelta(0)
        self._password = None
        self._timeout_s = 0.0
        self._clock = _utcnow
        self._transport = self._async_transport = None
        self._token, self._expires_at = token, None
        self._lock = threading.Lock()
        self._async_lock = None
        return self

    @staticmethod
    def _scope(project_id: str | None, project_name: str | None, domain_name: str) -> dict[str, Any]:
        if project_id:
            return {"project": {"id": project_id}}
        if project_name:
            return {"project": {"name": project_name}}
        return {"domain": {"name": domain_name}}

    @property
    def is_static(self) -> bool:
        """True for ``HuaweiTokenAuth.static(...)``: no IAM calls are ever made."""
        return self._password is None

    @property
    def expires_at(self) -> datetime | None:
        """Expiry of the cached token (UTC), or None when none is cached or it is static."""
        return self._expires_at

    def __repr__(self) -> str:
        if self.is_static:
            return f"{type(self).__name__}.static(<token>)"
        return (
            f"{type(self).__name__}(user_name={self.user_name!r}, domain_name={self.domain_name!r}, "
            f"scope={self.scope!r}, iam_endpoint={self.iam_endpoint!r})"
        )

    __str__ = __repr__

    def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token (only if it is still ``token``, when given), so the next call fetches."""
        if self.is_static:
            return
        with self._lock:
            if token is None or self._token == token:
                self._token, self._expires_at = None, None

    # -- flows -----------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send with the cached (or freshly fetched) token; on 401 refetch and resend once.

        Raises:
            UnauthorizedError, APIError: IAM refused or failed the token request.
            TransportError: IAM could not be reached.
        """
        request.read()
        token = self._token_sync()
        request.headers[_TOKEN_HEADER] = token
        response = yield request
        if response.status_code != 401 or self.is_static:
            return
        self.invalidate(token)
        request.headers[_TOKEN_HEADER] = self._token_sync()
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async twin of :meth:`sync_auth_flow`."""
        await request.aread()
        token = await self._token_async()
        request.headers[_TOKEN_HEADER] = token
        response = yield request
        if response.status_code != 401 or self.is_static:
            return
        self.invalidate(token)
        request.headers[_TOKEN_HEADER] = await self._token_async()
        yield request

    # -- cache -----------------------------------------------------------------------------------

    def _fresh_token(self) -> str | None:
        # Caller holds self._lock.
        if self._token is None:
            return None
        if self._expires_at is None or _as_utc(self._clock()) < self._expires_at - self.refresh_margin:
            return self._token
        return None

    def _store(self, token: str, expires_at: datetime) -> str:
        with self._lock:
            self._token, self._expires_at = token, expires_at
        return token

    def _token_sync(self) -> str:
        # Holding the lock across the fetch makes concurrent threads wait for one fetch.
        with self._lock:
            token = self._fresh_token()
            if token is not None:
                return token
            response = self._post_sync()
            token, expires_at = self._parse(response)
            self._token, self._expires_at = token, expires_at
            return token

    async def _token_async(self) -> str:
        with self._lock:
            token = self._fresh_token()
        if token is not None:
            return token
        async with self._loop_lock():
            with self._lock:
                token = self._fresh_token()
            if token is not None:
                return token
            response = await self._post_async()
            return self._store(*self._parse(response))

    def _loop_lock(self) -> asyncio.Lock:
        # An asyncio.Lock belongs to one event loop; keep one per running loop (tests use several).
        # asyncio loads here, with the first async fetch: a sync program never pays for it.
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            if self._async_lock is None or self._async_lock[0] is not loop:
                self._async_lock = (loop, asyncio.Lock())
            return self._async_lock[1]

    # -- IAM call --------------------------------------------------------------------------------

    def _iam_request_kwargs(self) -> dict[str, Any]:
        body = {
            "auth": {
                "identity": {
                    "methods": ["password"],
                    "password": {
                        "user": {
                            "name": self.user_name,
                            "password": self._password,
                            "domain": {"name": self.domain_name},
                        }
                    },
                },
                "scope": self.scope,
            }
        }
        return {
            "url": self.iam_endpoint + _TOKENS_PATH,
            "content": json.dumps(body).encode("utf-8"),
            "headers": {"Content-Type": "application/json;charset=utf8"},
        }

    def _post_sync(self) -> httpx.Response:
        client = httpx.Client(transport=self._transport, timeout=self._timeout_s)
        try:
            return client.post(**self._iam_request_kwargs())
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from None
        finally:
            if self._transport is None:  # an injected transport belongs to the caller: leave it open
                client.close()

    async def _post_async(self) -> httpx.Response:
        client = httpx.AsyncClient(transport=self._async_transport, timeout=self._timeout_s)
        try:
            return await client.post(**self._iam_request_kwargs())
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from None
        finally:
            if self._async_transport is None:
                await client.aclose()

    def _transport_error(self, exc: httpx.TransportError) -> TransportError:
        # `from None` above and a body-less request here: the failed request carries the password.
        error = from_transport_error(exc, _OPERATION)
        error.request = httpx.Request("POST", self.iam_endpoint + _TOKENS_PATH)
        return error

    def _parse(self, response: httpx.Response) -> tuple[str, datetime]:
        if not response.is_success:
            raise from_response(_sanitized(response, self._password), operation=_OPERATION)
        token = response.headers.get(_SUBJECT_TOKEN_HEADER)
        if not token:
            raise ResponseValidationError(
                f"IAM answered {response.status_code} without an {_SUBJECT_TOKEN_HEADER} header",
                body=_sanitized(response, self._password).content,
                operation=_OPERATION,
                response=_sanitized(response, self._password),
            )
        expires_at = _parse_expires_at(response.content) or _as_utc(self._clock()) + _DEFAULT_LIFETIME
        return token, expires_at
