"""Where credentials and settings come from: one provider per source, chained by a resolver.

The chain follows botocore's ``CredentialResolver``: the first source that holds credentials wins,
and a source is never mixed with another (an access key from the environment is not paired with a
secret key from the profile file). Sources, in order:

1. explicit - the object the caller passed;
2. environment - the vendors' own variables (``HUAWEICLOUD_SDK_AK`` ..., ``SCP_ACCESS_KEY`` ...);
3. profile file - INI at ``$DBCLOUD_CONFIG_FILE`` or ``~/.dbcloud/credentials``, section
   ``$DBCLOUD_PROFILE`` or ``default``.

A source holding only part of a key pair is a :class:`~dbcloud_core.errors.ConfigurationError`, as
is finding nothing at all; the message names exactly what to set and never contains a secret.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Generic, Literal, Protocol, TypeVar, overload

from .errors import ConfigurationError
from .record import Record
from .redaction import MASK

__all__ = [
    "CONFIG_FILE_ENV",
    "DEFAULT_CONFIG_FILE",
    "DEFAULT_PROFILE",
    "HUAWEI",
    "PROFILE_ENV",
    "SCP",
    "CredentialKind",
    "CredentialProvider",
    "CredentialResolver",
    "EnvironmentProvider",
    "ExplicitProvider",
    "HuaweiCredentials",
    "ProfileProvider",
    "ScpCredentials",
    "kind_for",
    "resolve_huawei_credentials",
    "resolve_scp_credentials",
    "resolve_setting",
]

CONFIG_FILE_ENV = "DBCLOUD_CONFIG_FILE"
PROFILE_ENV = "DBCLOUD_PROFILE"
DEFAULT_CONFIG_FILE = "~/.dbcloud/credentials"
DEFAULT_PROFILE = "default"

PathArg = str | os.PathLike[str]


def _masked(value: str | None) -> str:
    return repr(None) if value is None else repr(MASK)


def _require(cls: str, **fields: str) -> None:
    for name, value in fields.items():
        if not isinstance(value, str) or not value:
            raise ConfigurationError(f"{cls}.{name} must be a non-empty string")


class HuaweiCredentials(Record):
    """Huawei Cloud AK/SK, optionally temporary (``security_token``) and scoped to a project or domain."""

    ak: str
    sk: str
    project_id: str | None = None
    security_token: str | None = None
    domain_id: str | None = None

    def __post_init__(self) -> None:
        _require("HuaweiCredentials", ak=self.ak, sk=self.sk)

    def __repr__(self) -> str:
        return (
            f"HuaweiCredentials(ak={self.ak!r}, sk={_masked(self.sk)}, project_id={self.project_id!r}, "
            f"security_token={_masked(self.security_token)}, domain_id={self.domain_id!r})"
        )


class ScpCredentials(Record):
    """Samsung Cloud Platform access key pair, optionally bound to an account."""

    access_key: str
    secret_key: str
    account_id: str | None = None

    def __post_init__(self) -> None:
        _require("ScpCredentials", access_key=self.access_key, secret_key=self.secret_key)

    def __repr__(self) -> str:
        return (
            f"ScpCredentials(access_key={self.access_key!r}, secret_key={_masked(self.secret_key)}, "
            f"account_id={self.account_id!r})"
        )


C = TypeVar("C")
C_co = TypeVar("C_co", covariant=True)


class _Field(Record):
    attr: str
    env_var: str
    profile_key: str
    required: bool = False


class CredentialKind(Record, Generic[C]):
    """Where each field of one credential class lives in the environment and in a profile (data, not code)."""

    label: str
    cls: type[C]
    fields: tuple[_Field, ...]
    #: prefix of the vendor's environment variables for settings: ``HUAWEICLOUD_SDK_`` + ``REGION``
    env_prefix: str = ""
    #: prefix of its settings' keys in a profile (``scp_region``, as its keys are ``scp_access_key``...)
    profile_prefix: str = ""

    @property
    def required(self) -> tuple[_Field, ...]:
        return tuple(f for f in self.fields if f.required)


HUAWEI: CredentialKind[HuaweiCredentials] = CredentialKind(
    "Huawei Cloud",
    HuaweiCredentials,
    (
        _Field("ak", "HUAWEICLOUD_SDK_AK", "ak", required=True),
        _Field("sk", "HUAWEICLOUD_SDK_SK", "sk", required=True),
        _Field("project_id", "HUAWEICLOUD_SDK_PROJECT_ID", "project_id"),
        _Field("security_token", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "security_token"),
        _Field("domain_id", "HUAWEICLOUD_SDK_DOMAIN_ID", "domain_id"),
    ),
    env_prefix="HUAWEICLOUD_SDK_",
)
SCP: CredentialKind[ScpCredentials] = CredentialKind(
    "Samsung Cloud Platform",
    ScpCredentials,
    (
        _Field("access_key", "SCP_ACCESS_KEY", "scp_access_key", required=True),
        _Field("secret_key", "SCP_SECRET_KEY", "scp_secret_key", required=True),
        _Field("account_id", "SCP_ACCOUNT_ID", "scp_account_id"),
    ),
    env_prefix="SCP_",
    profile_prefix="scp_",
)


def kind_for(security_schemes: Mapping[str, Mapping[str, Any]]) -> CredentialKind[Any]:
    """The vendor's credential kind for a spec's security schemes, by the header they name (SCP signs with
    ``Scp-Accesskey``; Huawei with ``Authorization``/``X-Auth-Token``)."""
    headers = {str(scheme.get("name", "")).lower() for scheme in security_schemes.values()}
    return SCP if "scp-accesskey" in headers else HUAWEI


def _build(kind: CredentialKind[C], values: Mapping[str, str | None], where: str, names: Mapping[str, str]) -> C | None:
    """Credentials from one source's values; None when the source holds no key at all."""
    present = [f for f in kind.required if values.get(f.attr)]
    if not present:
        return None
    missing = [f for f in kind.required if not values.get(f.attr)]
    if missing:
        have = " and ".join(names[f.attr] for f in present)
        need = " and ".join(names[f.attr] for f in missing)
        raise ConfigurationError(f"{where} sets {have} but not {need}: set {need} too, or remove {have}")
    return kind.cls(**{f.attr: values.get(f.attr) for f in kind.fields})


# --- profile file ----------------------------------------------------------------------------------


class _ProfileLocation(Record):
    name: str
    path: Path
    chosen: bool  # named by the caller or $DBCLOUD_PROFILE: its absence is an error, not a miss

    def describe(self) -> str:
        return f"profile [{self.name}] of {self.path}"


def _locate(env: Mapping[str, str], profile: str | None, path: PathArg | None) -> _ProfileLocation:
    name = profile or env.get(PROFILE_ENV) or DEFAULT_PROFILE
    chosen = bool(profile or env.get(PROFILE_ENV))
    file = Path(path if path is not None else env.get(CONFIG_FILE_ENV) or DEFAULT_CONFIG_FILE).expanduser()
    return _ProfileLocation(name, file, chosen)


def _read_section(location: _ProfileLocation) -> dict[str, str] | None:
    if not location.path.is_file():
        if location.chosen:
            raise ConfigurationError(
                f"profile {location.name!r} was requested but {location.path} does not exist "
                f"(set {CONFIG_FILE_ENV} to the credentials file)"
            )
        return None
    import configparser  # only when a profile file exists: keeps it out of import time

    # No interpolation ('%' is legal in secrets) and no special DEFAULT section.
    parser = configparser.ConfigParser(interpolation=None, default_section="\0")
    try:
        parser.read_string(location.path.read_text(encoding="utf-8"), source=str(location.path))
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        # Only line numbers: the parser's own message quotes the offending line, which may hold a secret.
        numbers: list[int] = [n for n, _ in getattr(exc, "errors", [])]
        lineno = getattr(exc, "lineno", None)
        if isinstance(lineno, int):
            numbers.append(lineno)
        lines = sorted(set(numbers))
        where = f" (line {', '.join(map(str, lines))})" if lines else ""
        raise ConfigurationError(f"cannot read {location.path}{where}: {type(exc).__name__}") from None
    if not parser.has_section(location.name):
        if location.chosen:
            raise ConfigurationError(f"profile {location.name!r} was requested but {location.path} has no such section")
        return None
    return {key: value.strip() for key, value in parser.items(location.name)}


# --- providers -------------------------------------------------------------------------------------


class CredentialProvider(Protocol[C_co]):
    """One source of credentials: ``load()`` returns them, or None when the source has none."""

    @property
    def name(self) -> str: ...

    def load(self) -> C_co | None: ...


class ExplicitProvider(Generic[C]):
    """Credentials the caller passed in code."""

    name = "explicit"

    def __init__(self, kind: CredentialKind[C], value: C | None) -> None:
        if value is not None and not isinstance(value, kind.cls):
            raise TypeError(f"expected {kind.cls.__name__}, got {type(value).__name__}")
        self._value = value

    def load(self) -> C | None:
        return self._value


class EnvironmentProvider(Generic[C]):
    """Credentials from the vendor's environment variables (empty values count as unset)."""

    name = "environment"

    def __init__(self, kind: CredentialKind[C], env: Mapping[str, str] | None = None) -> None:
        self._kind = kind
        self._env = os.environ if env is None else env

    def load(self) -> C | None:
        values = {f.attr: self._env.get(f.env_var) or None for f in self._kind.fields}
        names = {f.attr: f.env_var for f in self._kind.fields}
        return _build(self._kind, values, "the environment", names)


class ProfileProvider(Generic[C]):
    """Credentials from a section of the INI credentials file.

    Raises:
        ConfigurationError: from ``load()`` when a profile named by the caller or ``$DBCLOUD_PROFILE``
            is missing, or the file cannot be parsed.
    """

    name = "profile"

    def __init__(
        self,
        kind: CredentialKind[C],
        *,
        profile: str | None = None,
        path: PathArg | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self._kind = kind
        self.location = _locate(os.environ if env is None else env, profile, path)

    def load(self) -> C | None:
        section = _read_section(self.location)
        if section is None:
            return None
        values = {f.attr: section.get(f.profile_key) or None for f in self._kind.fields}
        names = {f.attr: f.profile_key for f in self._kind.fields}
        return _build(self._kind, values, self.location.describe(), names)


class CredentialResolver(Generic[C_co]):
    """Ask each provider in turn; the first that returns credentials wins."""

    def __init__(self, providers: Sequence[CredentialProvider[C_co]]) -> None:
        self.providers = list(providers)

    def resolve(self) -> C_co | None:
        """Return the first provider's credentials, or None when no provider has any."""
        for provider in self.providers:
            found = provider.load()
            if found is not None:
                return found
        return None


# --- entry points ----------------------------------------------------------------------------------


def _resolve(
    kind: CredentialKind[C],
    explicit: C | None,
    env: Mapping[str, str] | None,
    profile: str | None,
    path: PathArg | None,
) -> C:
    environ = os.environ if env is None else env
    profile_provider = ProfileProvider(kind, profile=profile, path=path, env=environ)
    explicit_provider: ExplicitProvider[C] = ExplicitProvider(kind, explicit)
    env_provider: EnvironmentProvider[C] = EnvironmentProvider(kind, environ)
    providers: list[CredentialProvider[C]] = [explicit_provider, env_provider, profile_provider]
    found = CredentialResolver(providers).resolve()
    if found is None:
        env_vars = " and ".join(f.env_var for f in kind.required)
        keys = " and ".join(f.profile_key for f in kind.required)
        raise ConfigurationError(
            f"no {kind.label} credentials found: pass credentials={kind.cls.__name__}(...), "
            f"set the environment variables {env_vars}, "
            f"or add {keys} to {profile_provider.location.describe()} "
            f"(the file and profile are chosen by {CONFIG_FILE_ENV} and {PROFILE_ENV})"
        )
    return found


def resolve_huawei_credentials(
    explicit: HuaweiCredentials | None = None,
    *,
    env: Mapping[str, str] | None = None,
    profile: str | None = None,
    path: PathArg | None = None,
) -> HuaweiCredentials:
    """Find Huawei Cloud credentials: ``explicit``, then the environment, then the profile file.

    Args:
        explicit: credentials passed in code; returned as they are when given.
        env: environment to read (default ``os.environ``); also supplies ``DBCLOUD_PROFILE`` and
            ``DBCLOUD_CONFIG_FILE``.
        profile: profile (INI section) name; default ``$DBCLOUD_PROFILE`` or ``default``.
        path: credentials file; default ``$DBCLOUD_CONFIG_FILE`` or ``~/.dbcloud/credentials``.

    Raises:
        ConfigurationError: nothing found (the message lists the variables, keys and file to set),
            a source holds only one of AK/SK, or a chosen profile is missing.
    """
    return _resolve(HUAWEI, explicit, env, profile, path)


def resolve_scp_credentials(
    explicit: ScpCredentials | None = None,
    *,
    env: Mapping[str, str] | None = None,
    profile: str | None = None,
    path: PathArg | None = None,
) -> ScpCredentials:
    """Find SCP credentials: ``explicit``, then ``SCP_*`` variables, then the profile file.

    Arguments and errors are those of :func:`resolve_huawei_credentials`.
    """
    return _resolve(SCP, explicit, env, profile, path)


@overload
def resolve_setting(
    name: str,
    explicit: str | None,
    env_var: str | None,
    profile_key: str | None,
    *,
    env: Mapping[str, str] | None = ...,
    profile: str | None = ...,
    path: PathArg | None = ...,
    required: Literal[True] = ...,
) -> str: ...


@overload
def resolve_setting(
    name: str,
    explicit: str | None,
    env_var: str | None,
    profile_key: str | None,
    *,
    env: Mapping[str, str] | None = ...,
    profile: str | None = ...,
    path: PathArg | None = ...,
    required: bool,
) -> str | None: ...


def resolve_setting(
    name: str,
    explicit: str | None,
    env_var: str | None,
    profile_key: str | None,
    *,
    env: Mapping[str, str] | None = None,
    profile: str | None = None,
    path: PathArg | None = None,
    required: bool = True,
) -> str | None:
    """Find one plain setting (region, project id, environment) along the same chain.

    Args:
        name: the keyword argument callers pass it as (``"region"``); used in the error message.
        explicit: the value passed in code, if any.
        env_var: environment variable holding it, or None when it has none.
        profile_key: key in the profile section, or None when profiles don't carry it.
        env, profile, path: as for :func:`resolve_huawei_credentials`.
        required: raise when nothing is found (default); otherwise return None.

    Returns:
        The first non-empty value found.

    Raises:
        ConfigurationError: ``required`` and nothing found; the message names the argument, the
            variable and the profile key to set.
    """
    if explicit:
        return explicit
    environ = os.environ if env is None else env
    if env_var and environ.get(env_var):
        return environ[env_var]
    location = _locate(environ, profile, path)
    if profile_key:
        section = _read_section(location)
        if section and section.get(profile_key):
            return section[profile_key]
    if not required:
        return None
    ways = [f"pass {name}=..."]
    if env_var:
        ways.append(f"set the environment variable {env_var}")
    if profile_key:
        ways.append(f"add {profile_key} = ... to {location.describe()}")
    how = ways[0] if len(ways) == 1 else ", ".join(ways[:-1]) + f", or {ways[-1]}"
    raise ConfigurationError(f"no {name} configured: {how}")
