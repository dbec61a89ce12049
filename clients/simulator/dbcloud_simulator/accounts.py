"""Accounts and tenancy: who a request's credentials belong to, and which projects they may touch.

Real IAM binds an AK/SK pair (and an SCP access key) to one account and a token to one project. The
simulator holds several accounts, each with its own keys and projects, from a TOML file::

    [[accounts]]
    name = "default"
    projects = ["*"]              # "*": any project id that no other account lists
    huawei_ak = "SIMULATORAK0000000000"
    huawei_sk = "simulator-secret-key"
    iam_user = "sim-user"
    iam_password = "sim-password"
    scp_access_key = "simulator-access-key"
    scp_secret_key = "simulator-secret-key"

Omitted keys take the first account's defaults with the account name folded in, so
``[[accounts]] name = "b"  projects = ["p1"]`` is a complete second account. Without a file,
:data:`DEFAULT_ACCOUNTS` applies: ``default`` (the single test credentials every example uses, on any
project) and ``other`` (its own keys, on :data:`OTHER_PROJECT` only), so isolation is testable at once.
"""

from __future__ import annotations

import re
import secrets
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .auth import Credentials, check_huawei, check_scp

ANY_PROJECT = "*"
OTHER_PROJECT = "11111111111111111111111111111111"
_KEYS = ("huawei_ak", "huawei_sk", "iam_user", "iam_password", "scp_access_key", "scp_secret_key")
_ACCESS = re.compile(r"Access=([^,\s]+)")


class AccountsConfigError(ValueError):
    """The accounts file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Account:
    """One tenant: its credentials and the projects it owns (``"*"`` = every unclaimed project)."""

    name: str
    credentials: Credentials
    projects: tuple[str, ...]

    def __repr__(self) -> str:
        return f"Account(name={self.name!r}, projects={self.projects!r})"


@dataclass(frozen=True)
class Identity:
    """Whom a request authenticated as; ``project`` is set for a project-scoped token."""

    account: Account
    project: str | None = None


def _same(expected: str, given: str) -> bool:
    """Constant-time comparison that also takes non-ASCII input (``compare_digest`` on str refuses it)."""
    return secrets.compare_digest(expected.encode(), given.encode())


def _second_account() -> Account:
    creds = Credentials(
        huawei_ak="SIMULATORAK1111111111",
        huawei_sk="other-secret-key",
        iam_user="other-user",
        iam_password="other-password",
        scp_access_key="other-access-key",
        scp_secret_key="other-secret-key",
        static_tokens=set(),
    )
    return Account("other", creds, (OTHER_PROJECT,))


@dataclass
class Accounts:
    """The registry: look-ups by key, project ownership, and the IAM tokens issued so far."""

    accounts: tuple[Account, ...]
    _tokens: dict[str, Identity] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if not self.accounts:
            raise AccountsConfigError("at least one account is needed")
        seen: dict[tuple[str, str], str] = {}
        for account in self.accounts:
            for key in ("huawei_ak", "scp_access_key", "iam_user"):
                value = getattr(account.credentials, key)
                if (key, value) in seen:
                    raise AccountsConfigError(f"accounts {seen[key, value]!r} and {account.name!r} share a {key}")
                seen[key, value] = account.name
            for project in account.projects:
                if project != ANY_PROJECT and ("project", project) in seen:
                    raise AccountsConfigError(f"project {project!r} is listed by two accounts")
                seen["project", project] = account.name
        self._owners = {p: a for a in self.accounts for p in a.projects if p != ANY_PROJECT}
        self._catch_all = next((a for a in self.accounts if ANY_PROJECT in a.projects), None)

    @property
    def first(self) -> Account:
        return self.accounts[0]

    def owner(self, project: str) -> Account | None:
        """The account a project id belongs to (None: nobody's)."""
        return self._owners.get(project, self._catch_all)

    # -- tokens ---------------------------------------------------------------------------------

    def login(self, user: str, password: str, project: str | None) -> str | None:
        """A new token for an IAM user (None when the name or password is wrong)."""
        for account in self.accounts:
            creds = account.credentials
            if _same(creds.iam_user, user) and _same(creds.iam_password, password):
                token = "sim-" + secrets.token_urlsafe(24)
                with self._lock:
                    self._tokens[token] = Identity(account, project)
                return token
        return None

    def forget_tokens(self) -> None:
        """Issued tokens die with ``/_sim/reset`` (the static ones stay)."""
        with self._lock:
            self._tokens.clear()

    def _token(self, token: str) -> Identity | None:
        with self._lock:
            issued = self._tokens.get(token)
        if issued is not None:
            return issued
        owner = next((a for a in self.accounts if token in a.credentials.static_tokens), None)
        return None if owner is None else Identity(owner)

    # -- authentication -------------------------------------------------------------------------

    def huawei(self, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes) -> Identity | str:
        """The identity of a Huawei request, or why it is refused (401)."""
        lower = {k.lower(): v for k, v in headers.items()}
        token = lower.get("x-auth-token")
        if token is not None:
            return self._token(token) or "the X-Auth-Token is not valid"
        found = _ACCESS.search(lower.get("authorization", ""))
        account = next((a for a in self.accounts if found and a.credentials.huawei_ak == found[1]), None)
        # An unknown key still goes through the check, which explains what is wrong with the request.
        reason = check_huawei((account or self.first).credentials, method, raw_path, query, headers, body)
        if account is None:
            return reason or "the access key is not known"
        return reason or Identity(account)

    def scp(self, method: str, url: str, headers: Mapping[str, str]) -> Identity | str:
        """The identity of an SCP request, or why it is refused (401)."""
        key = {k.lower(): v for k, v in headers.items()}.get("scp-accesskey")
        account = next((a for a in self.accounts if key and a.credentials.scp_access_key == key), None)
        reason = check_scp((account or self.first).credentials, method, url, headers)
        if account is None:
            return reason or "the access key is not known"
        return reason or Identity(account)

    def refusal(self, identity: Identity, project: str | None, header_project: str | None) -> str | None:
        """Why an authenticated identity may not act on ``project`` (403), or None."""
        if project is None:
            return None
        if header_project is not None and header_project != project:
            return f"X-Project-Id {header_project!r} does not match the project {project!r} of the path"
        if identity.project is not None and identity.project != project:
            return f"the token is scoped to another project than {project!r}"
        if self.owner(project) is not identity.account:
            return f"the credentials of account {identity.account.name!r} are not valid for project {project!r}"
        return None


DEFAULT_ACCOUNTS: tuple[Account, ...] = (Account("default", Credentials(), (ANY_PROJECT,)), _second_account())


def default_accounts(first: Credentials | None = None) -> Accounts:
    """The built-in accounts; ``first`` replaces the default account's credentials."""
    accounts = list(DEFAULT_ACCOUNTS)
    if first is not None:
        accounts[0] = replace(accounts[0], credentials=first)
    return Accounts(tuple(accounts))


def _account(entry: Any, index: int, where: str) -> Account:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"]:
        raise AccountsConfigError(f"{where}: accounts[{index}] needs a name")
    name = entry["name"]
    unknown = set(entry) - {"name", "projects", *_KEYS}
    if unknown:
        raise AccountsConfigError(f"{where}: account {name!r} has unknown keys {sorted(unknown)}")
    projects = entry.get("projects", [ANY_PROJECT] if index == 0 else [])
    if not isinstance(projects, list) or not all(isinstance(p, str) and p for p in projects):
        raise AccountsConfigError(f"{where}: projects of account {name!r} must be a list of project ids")
    base = Credentials()
    values = {k: f"{getattr(base, k)}-{name}" if index else getattr(base, k) for k in _KEYS}
    for key in _KEYS:
        if key in entry:
            if not isinstance(entry[key], str) or not entry[key]:
                raise AccountsConfigError(f"{where}: {key} of account {name!r} must be a non-empty string")
            values[key] = entry[key]
    tokens = base.static_tokens if index == 0 else set()
    creds = Credentials(
        huawei_ak=values["huawei_ak"],
        huawei_sk=values["huawei_sk"],
        iam_user=values["iam_user"],
        iam_password=values["iam_password"],
        scp_access_key=values["scp_access_key"],
        scp_secret_key=values["scp_secret_key"],
        static_tokens=set(tokens),
    )
    return Account(name, creds, tuple(projects))


def load_accounts(path: str | Path) -> Accounts:
    """Read an accounts file (TOML, format above); AccountsConfigError names what is wrong."""
    where = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise AccountsConfigError(f"{where}: {exc}") from None
    entries = data.get("accounts")
    if not isinstance(entries, list) or not entries:
        raise AccountsConfigError(f"{where}: needs at least one [[accounts]] table")
    return Accounts(tuple(_account(entry, index, where) for index, entry in enumerate(entries)))
