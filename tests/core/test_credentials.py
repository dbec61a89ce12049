"""Credential and setting resolution: explicit → environment → profile file, and the errors in between."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbcloud_core.credentials import (
    HUAWEI,
    SCP,
    CredentialResolver,
    EnvironmentProvider,
    ExplicitProvider,
    HuaweiCredentials,
    ProfileProvider,
    ScpCredentials,
    resolve_huawei_credentials,
    resolve_scp_credentials,
    resolve_setting,
)
from dbcloud_core.errors import ConfigurationError

PROFILE_TEXT = """\
[default]
ak = PROFILE-AK
sk = profile-secret%value
project_id = p-default
region = eu-west-101
scp_access_key = SCP-PROFILE-AK
scp_secret_key = scp-profile-secret
scp_account_id = acc-profile
environment = s

[work]
ak = WORK-AK
sk = work-secret
security_token = work-token
domain_id = d-work
region = cn-north-4

[half]
ak = HALF-AK
scp_secret_key = half-scp-secret
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "credentials"
    path.write_text(PROFILE_TEXT, encoding="utf-8")
    return path


HUAWEI_ENV = {
    "HUAWEICLOUD_SDK_AK": "ENV-AK",
    "HUAWEICLOUD_SDK_SK": "env-secret",
    "HUAWEICLOUD_SDK_PROJECT_ID": "p-env",
    "HUAWEICLOUD_SDK_SECURITY_TOKEN": "env-token",
    "HUAWEICLOUD_SDK_DOMAIN_ID": "d-env",
}
SCP_ENV = {"SCP_ACCESS_KEY": "SCP-ENV-AK", "SCP_SECRET_KEY": "scp-env-secret", "SCP_ACCOUNT_ID": "acc-env"}


# --- credential objects ----------------------------------------------------------------------------


def test_huawei_repr_masks_secrets() -> None:
    creds = HuaweiCredentials("AK1", "very-secret-sk", project_id="p1", security_token="very-secret-token")
    text = repr(creds) + str(creds)
    assert "very-secret-sk" not in text
    assert "very-secret-token" not in text
    assert text.startswith("HuaweiCredentials(ak='AK1', sk='***', project_id='p1', security_token='***'")
    assert "security_token=None" in repr(HuaweiCredentials("AK1", "s"))


def test_scp_repr_masks_secret() -> None:
    creds = ScpCredentials("SCP-AK", "very-secret-key", "acc-1")
    assert repr(creds) == "ScpCredentials(access_key='SCP-AK', secret_key='***', account_id='acc-1')"


def test_credentials_are_frozen_and_compare_by_value() -> None:
    creds = ScpCredentials("a", "b")
    with pytest.raises(AttributeError):
        creds.access_key = "c"  # type: ignore[misc]
    assert creds == ScpCredentials("a", "b")


@pytest.mark.parametrize("pair", [("", "sk"), ("ak", "")])
def test_empty_keys_rejected(pair: tuple[str, str]) -> None:
    with pytest.raises(ConfigurationError, match="must be a non-empty string"):
        HuaweiCredentials(*pair)


# --- the chain ---------------------------------------------------------------------------------------


def test_explicit_wins(config: Path) -> None:
    explicit = HuaweiCredentials("X-AK", "x-sk")
    assert resolve_huawei_credentials(explicit, env=HUAWEI_ENV, path=config) is explicit


def test_environment_before_profile(config: Path) -> None:
    creds = resolve_huawei_credentials(env=HUAWEI_ENV, path=config)
    assert creds == HuaweiCredentials("ENV-AK", "env-secret", "p-env", "env-token", "d-env")
    assert resolve_scp_credentials(env=SCP_ENV, path=config) == ScpCredentials(
        "SCP-ENV-AK", "scp-env-secret", "acc-env"
    )


def test_profile_default_section(config: Path) -> None:
    creds = resolve_huawei_credentials(env={}, path=config)
    # '%' is kept literally: no interpolation of secrets.
    assert creds == HuaweiCredentials("PROFILE-AK", "profile-secret%value", project_id="p-default")
    assert resolve_scp_credentials(env={}, path=config) == ScpCredentials(
        "SCP-PROFILE-AK", "scp-profile-secret", "acc-profile"
    )


def test_profile_chosen_by_argument_or_environment(config: Path) -> None:
    expected = HuaweiCredentials("WORK-AK", "work-secret", security_token="work-token", domain_id="d-work")
    assert resolve_huawei_credentials(env={}, path=config, profile="work") == expected
    assert resolve_huawei_credentials(env={"DBCLOUD_PROFILE": "work"}, path=config) == expected


def test_config_file_from_environment(config: Path) -> None:
    env = {"DBCLOUD_CONFIG_FILE": str(config)}
    assert resolve_huawei_credentials(env=env).ak == "PROFILE-AK"


def test_default_file_under_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".dbcloud").mkdir()
    (tmp_path / ".dbcloud" / "credentials").write_text("[default]\nscp_access_key = H\nscp_secret_key = h\n")
    assert resolve_scp_credentials(env={}) == ScpCredentials("H", "h")


def test_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, value in SCP_ENV.items():
        monkeypatch.setenv(name, value)
    assert resolve_scp_credentials(path=tmp_path / "absent").access_key == "SCP-ENV-AK"


def test_empty_environment_values_count_as_unset(config: Path) -> None:
    env = {"HUAWEICLOUD_SDK_AK": "", "HUAWEICLOUD_SDK_SK": ""}
    assert resolve_huawei_credentials(env=env, path=config).ak == "PROFILE-AK"


def test_sources_are_not_mixed(config: Path) -> None:
    # Environment keys win as a whole: the profile's project id is not borrowed.
    env = {"HUAWEICLOUD_SDK_AK": "ENV-AK", "HUAWEICLOUD_SDK_SK": "env-secret"}
    assert resolve_huawei_credentials(env=env, path=config).project_id is None


# --- failures -------------------------------------------------------------------------------------------


def test_nothing_found_names_what_to_set(tmp_path: Path) -> None:
    path = tmp_path / "none"
    with pytest.raises(ConfigurationError) as info:
        resolve_huawei_credentials(env={}, path=path)
    text = str(info.value)
    assert "no Huawei Cloud credentials found" in text
    assert "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK" in text
    assert f"add ak and sk to profile [default] of {path}" in text
    assert "DBCLOUD_CONFIG_FILE" in text and "DBCLOUD_PROFILE" in text

    with pytest.raises(ConfigurationError) as info:
        resolve_scp_credentials(env={}, path=path)
    text = str(info.value)
    assert "SCP_ACCESS_KEY and SCP_SECRET_KEY" in text
    assert "scp_access_key and scp_secret_key" in text


def test_partial_environment_is_an_error(config: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_huawei_credentials(env={"HUAWEICLOUD_SDK_AK": "ENV-AK"}, path=config)
    assert str(info.value) == (
        "the environment sets HUAWEICLOUD_SDK_AK but not HUAWEICLOUD_SDK_SK: "
        "set HUAWEICLOUD_SDK_SK too, or remove HUAWEICLOUD_SDK_AK"
    )


def test_partial_profile_is_an_error_without_secrets(config: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_scp_credentials(env={}, path=config, profile="half")
    text = str(info.value)
    assert f"profile [half] of {config} sets scp_secret_key but not scp_access_key" in text
    assert "half-scp-secret" not in text


def test_chosen_profile_missing(config: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"profile 'nope' was requested but .* has no such section"):
        resolve_huawei_credentials(env={"DBCLOUD_PROFILE": "nope"}, path=config)


def test_chosen_profile_without_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"profile 'work' was requested but .* does not exist"):
        resolve_huawei_credentials(env={}, path=tmp_path / "absent", profile="work")


def test_default_profile_missing_is_just_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "credentials"
    path.write_text("[other]\nak = A\nsk = B\n")
    with pytest.raises(ConfigurationError, match="no Huawei Cloud credentials found"):
        resolve_huawei_credentials(env={}, path=path)


def test_malformed_file_reports_line_not_content(tmp_path: Path) -> None:
    path = tmp_path / "credentials"
    path.write_text("[default]\nak = A\nthis line leaks-a-secret\n")
    with pytest.raises(ConfigurationError) as info:
        resolve_huawei_credentials(env={}, path=path)
    text = str(info.value)
    assert f"cannot read {path} (line 3)" in text
    assert "leaks-a-secret" not in text


def test_explicit_of_wrong_type() -> None:
    with pytest.raises(TypeError, match="expected HuaweiCredentials, got ScpCredentials"):
        resolve_huawei_credentials(ScpCredentials("a", "b"), env={})  # type: ignore[arg-type]


# --- providers and resolver -------------------------------------------------------------------------


def test_providers_individually(config: Path) -> None:
    assert ExplicitProvider(SCP, None).load() is None
    assert EnvironmentProvider(SCP, {}).load() is None
    assert EnvironmentProvider(SCP, SCP_ENV).load() == ScpCredentials("SCP-ENV-AK", "scp-env-secret", "acc-env")
    provider = ProfileProvider(HUAWEI, profile="work", path=config, env={})
    assert provider.load() == HuaweiCredentials("WORK-AK", "work-secret", None, "work-token", "d-work")
    assert provider.location.path == config


def test_resolver_stops_at_first_hit() -> None:
    calls: list[str] = []

    class Recording:
        def __init__(self, name: str, value: ScpCredentials | None) -> None:
            self.name = name
            self.value = value

        def load(self) -> ScpCredentials | None:
            calls.append(self.name)
            return self.value

    found = CredentialResolver(
        [Recording("a", None), Recording("b", ScpCredentials("B", "b")), Recording("c", ScpCredentials("C", "c"))]
    ).resolve()
    assert found == ScpCredentials("B", "b")
    assert calls == ["a", "b"]
    assert CredentialResolver([Recording("x", None)]).resolve() is None


# --- settings --------------------------------------------------------------------------------------------


def test_setting_order(config: Path) -> None:
    args = ("region", "HUAWEICLOUD_SDK_REGION", "region")
    env = {"HUAWEICLOUD_SDK_REGION": "ap-southeast-1"}
    assert resolve_setting(args[0], "eu-west-0", *args[1:], env=env, path=config) == "eu-west-0"
    assert resolve_setting(args[0], None, *args[1:], env=env, path=config) == "ap-southeast-1"
    assert resolve_setting(args[0], None, *args[1:], env={}, path=config) == "eu-west-101"
    assert resolve_setting(args[0], None, *args[1:], env={}, path=config, profile="work") == "cn-north-4"
    assert resolve_setting(args[0], "", *args[1:], env={"HUAWEICLOUD_SDK_REGION": ""}, path=config) == "eu-west-101"


def test_missing_project_id_names_what_to_set(tmp_path: Path) -> None:
    path = tmp_path / "credentials"
    with pytest.raises(ConfigurationError) as info:
        resolve_setting("project_id", None, "HUAWEICLOUD_SDK_PROJECT_ID", "project_id", env={}, path=path)
    assert str(info.value) == (
        "no project_id configured: pass project_id=..., set the environment variable HUAWEICLOUD_SDK_PROJECT_ID, "
        f"or add project_id = ... to profile [default] of {path}"
    )


def test_missing_region_without_env_var(config: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_setting("region", None, None, "region", env={}, path=config, profile="half")
    assert (
        str(info.value) == f"no region configured: pass region=..., or add region = ... to profile [half] of {config}"
    )
    with pytest.raises(ConfigurationError, match=r"^no environment configured: pass environment=\.\.\.$"):
        resolve_setting("environment", None, None, None, env={})


def test_optional_setting(tmp_path: Path) -> None:
    assert resolve_setting("region", None, "X_REGION", "region", env={}, path=tmp_path / "x", required=False) is None
