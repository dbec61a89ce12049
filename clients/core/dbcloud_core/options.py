"""Every option a client's constructor takes, in one table.

The generator writes each row as an explicit keyword parameter (with its docstring line) of every
generated facade, sync and async (``DwsClient.__init__``), so a misspelt option is a type error and
a ``TypeError`` naming the facade; ``tests/clients/test_constructors.py`` holds the facades, this
table and the base clients' signatures together. A new option is one row here plus its use in
``base_client``. Two placeholders are filled per service from its credential kind: ``{credentials}`` (the
class it signs with, so ``DwsClient(credentials=ScpCredentials(...))`` is a type error too) and ``{env}``
(its settings' environment variable prefix, ``HUAWEICLOUD_SDK_``) and ``{profile}`` (its settings' key prefix in
a profile: ``scp_`` for ``scp_region``, as its keys are ``scp_access_key``...).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["CLIENT_OPTIONS", "OPTION_IMPORTS", "ClientOption"]


@dataclass(frozen=True)
class ClientOption:
    """One constructor keyword: its annotation and default as source text, and its docstring line."""

    name: str
    annotation: str
    default: str
    doc: str
    #: the annotation in the asyncio client, when it differs (an async transport or httpx client)
    async_annotation: str | None = None
    #: a server URL variable: only on facades whose spec's server has it (EPAS ``environment``)
    server_variable: bool = False
    #: only the asyncio client takes it (``max_concurrency``)
    async_only: bool = False

    def applies(self, *, asynchronous: bool) -> bool:
        return asynchronous or not self.async_only

    def annotation_for(self, *, asynchronous: bool) -> str:
        return self.async_annotation if asynchronous and self.async_annotation else self.annotation

    def for_service(self, credentials: str, env: str, profile: str) -> ClientOption:
        """This option with the placeholders filled for one service."""
        fill = {"credentials": credentials, "env": env, "profile": profile}
        return replace(self, annotation=self.annotation.format(**fill), doc=self.doc.format(**fill))


#: Names the annotations use; the facade imports them for type checking only.
OPTION_IMPORTS = (
    "import ssl",
    "from collections.abc import Mapping",
    "import httpx",
    "from dbcloud_core.credentials import HuaweiCredentials, ScpCredentials",
    "from dbcloud_core.retries import RetryPolicy",
)

CLIENT_OPTIONS: tuple[ClientOption, ...] = (
    ClientOption(
        "region",
        "str | None",
        "None",
        "region code; otherwise {env}REGION, then ``{profile}region`` in the profile file. There is no default: none"
        " found is a ConfigurationError listing the regions.",
    ),
    ClientOption(
        "environment",
        "str | None",
        "None",
        "environment code of the server URL; otherwise {env}ENVIRONMENT, then ``{profile}environment`` in the profile.",
        server_variable=True,
    ),
    ClientOption(
        "credentials",
        "{credentials} | None",
        "None",
        "explicit credentials; otherwise the vendor's environment variables ({env}...), then the profile file.",
    ),
    ClientOption("base_url", "str | None", "None", "overrides the endpoint (e.g. the local simulator)."),
    ClientOption(
        "project_id", "str | None", "None", "default for every operation with a ``project_id`` path parameter."
    ),
    ClientOption("auth", "httpx.Auth | None", "None", "an httpx auth flow used instead of the credentials."),
    ClientOption("retry", "RetryPolicy | None", "None", "retry policy (default: ``RetryPolicy()``)."),
    ClientOption("timeout", "float | httpx.Timeout", "DEFAULT_TIMEOUT", "seconds, or an ``httpx.Timeout``."),
    ClientOption("headers", "Mapping[str, str] | None", "None", "headers sent with every request."),
    ClientOption(
        "verify",
        "bool | str | ssl.SSLContext",
        "True",
        "TLS verification: True (certifi's CA bundle), a CA bundle path, an ``ssl.SSLContext``, or False.",
    ),
    ClientOption(
        "cert",
        "str | tuple[str, str] | tuple[str, str, str] | None",
        "None",
        "client certificate: a PEM file, or (cert file, key file[, key password]).",
    ),
    ClientOption(
        "proxy",
        "str | httpx.Proxy | None",
        "None",
        "proxy URL for every request; otherwise HTTP(S)_PROXY/ALL_PROXY and NO_PROXY from the environment.",
    ),
    ClientOption(
        "http_client",
        "httpx.Client | None",
        "None",
        "an httpx client you own (not closed by this one); its own timeout, TLS and proxy settings apply.",
        async_annotation="httpx.AsyncClient | None",
    ),
    ClientOption(
        "transport",
        "httpx.BaseTransport | None",
        "None",
        "an httpx transport (e.g. ``dbcloud_simulator``'s in-process one); no environment proxy then.",
        async_annotation="httpx.AsyncBaseTransport | None",
    ),
    ClientOption(
        "max_concurrency",
        "int | None",
        "DEFAULT_MAX_CONCURRENCY",
        "requests on the wire at once (default 100); more calls wait their turn, a retry's backoff holds no"
        " slot. None lifts the cap (dbcloud_core.concurrency).",
        async_only=True,
    ),
    ClientOption(
        "strict",
        "bool",
        "False",
        "True raises ResponseValidationError for a reply that drifts from the spec, instead of keeping the"
        " value and logging a warning (dbcloud_core.parsing).",
    ),
)
