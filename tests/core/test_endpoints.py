"""Region → base URL from a spec's servers table, with enum and environment/region checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from dbcloud_core.endpoints import base_url
from dbcloud_core.errors import ConfigurationError

SPECS = Path(__file__).resolve().parents[2] / "specs"

# Shaped like specs/dws/openapi.yaml (ddm is the same with another host and default).
HUAWEI_SERVERS: list[dict[str, Any]] = [
    {
        "url": "https://dws.{region}.myhuaweicloud.com",
        "description": "Regional GaussDB(DWS) endpoint.",
        "variables": {"region": {"default": "eu-west-101", "description": "Huawei Cloud region code."}},
    }
]

# Shaped like specs/epas/openapi.yaml.
SCP_SERVERS: list[dict[str, Any]] = [
    {
        "url": "https://epas.{region}.{environment}.samsungsdscloud.com",
        "variables": {
            "region": {"default": "kr-west1", "enum": ["kr-west1", "kr-east1", "kr-south1", "kr-south2", "kr-south3"]},
            "environment": {"default": "s", "enum": ["s", "g", "e"]},
        },
        "x-environment-regions": {
            "s": ["kr-west1", "kr-east1"],
            "g": ["kr-south1", "kr-south2", "kr-south3"],
            "e": ["kr-west1", "kr-east1"],
        },
    }
]


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "https://dws.eu-west-101.myhuaweicloud.com"),
        ({"region": None}, "https://dws.eu-west-101.myhuaweicloud.com"),
        ({"region": "cn-north-4"}, "https://dws.cn-north-4.myhuaweicloud.com"),
        ({"region": "ap-southeast-1", "environment": None}, "https://dws.ap-southeast-1.myhuaweicloud.com"),
    ],
)
def test_huawei_region(variables: dict[str, str | None], expected: str) -> None:
    assert base_url(HUAWEI_SERVERS, variables) == expected


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "https://epas.kr-west1.s.samsungsdscloud.com"),
        ({"region": "kr-east1"}, "https://epas.kr-east1.s.samsungsdscloud.com"),
        ({"region": "kr-south2", "environment": "g"}, "https://epas.kr-south2.g.samsungsdscloud.com"),
        ({"region": "kr-west1", "environment": "e"}, "https://epas.kr-west1.e.samsungsdscloud.com"),
    ],
)
def test_scp_region_and_environment(variables: dict[str, str | None], expected: str) -> None:
    assert base_url(SCP_SERVERS, variables) == expected


def test_enum_lists_allowed_values() -> None:
    with pytest.raises(ConfigurationError) as info:
        base_url(SCP_SERVERS, {"region": "us-west1"})
    assert str(info.value) == "region 'us-west1' is not one of: kr-west1, kr-east1, kr-south1, kr-south2, kr-south3"
    with pytest.raises(ConfigurationError, match=r"^environment 'x' is not one of: s, g, e$"):
        base_url(SCP_SERVERS, {"environment": "x"})


def test_environment_region_pairs() -> None:
    with pytest.raises(ConfigurationError) as info:
        base_url(SCP_SERVERS, {"region": "kr-south1"})  # environment defaults to s
    assert str(info.value) == (
        "region 'kr-south1' is not available in environment 's', which admits: kr-west1, kr-east1; "
        "region 'kr-south1' exists in environment g"
    )
    with pytest.raises(ConfigurationError, match="region 'kr-west1' is not available in environment 'g'"):
        base_url(SCP_SERVERS, {"region": "kr-west1", "environment": "g"})


def test_pairs_checked_without_enum() -> None:
    servers = [{**SCP_SERVERS[0], "variables": {"region": {"default": "kr-west1"}, "environment": {"default": "s"}}}]
    with pytest.raises(ConfigurationError, match="environment 'q' is not one of: s, g, e"):
        base_url(servers, {"environment": "q"})
    with pytest.raises(ConfigurationError, match=r"which admits: kr-south1, kr-south2, kr-south3$"):
        base_url(servers, {"region": "kr-north9", "environment": "g"})


def test_missing_value_without_default_names_variable() -> None:
    servers = [{"url": "https://svc.{region}.example.com", "variables": {"region": {"description": "no default"}}}]
    with pytest.raises(ConfigurationError, match=r"no region configured for https://svc\.\{region\}\.example\.com"):
        base_url(servers, {})
    undeclared = [{"url": "https://svc.{region}.example.com"}]
    assert base_url(undeclared, {"region": "r1"}) == "https://svc.r1.example.com"
    with pytest.raises(ConfigurationError, match="pass region="):
        base_url(undeclared, {"region": None})


def test_unknown_variable_rejected() -> None:
    with pytest.raises(ConfigurationError) as info:
        base_url(HUAWEI_SERVERS, {"environment": "s"})
    assert (
        str(info.value)
        == "https://dws.{region}.myhuaweicloud.com has no variable environment; its variables are: region"
    )


@pytest.mark.parametrize("value", ["evil.com/", "a@b", "x:81", "a b", "r?x", "r#x", ""])
def test_values_cannot_escape_the_host(value: str) -> None:
    with pytest.raises(ConfigurationError, match="may contain only"):
        base_url(HUAWEI_SERVERS, {"region": value})


def test_no_servers() -> None:
    with pytest.raises(ConfigurationError, match="declares no servers: pass base_url="):
        base_url([], {})


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/dws//", "http://127.0.0.1:8080/dws"),
        ("https://proxy.internal", "https://proxy.internal"),
    ],
)
def test_override_wins(override: str, expected: str) -> None:
    # Even variables that would be rejected are not consulted once base_url= is given.
    assert base_url(SCP_SERVERS, {"region": "nowhere"}, override=override) == expected
    assert base_url([], {}, override=override) == expected


@pytest.mark.parametrize("override", ["", "/", "127.0.0.1:8080", "ftp://host", "http://"])
def test_override_must_be_absolute_http(override: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url must be an absolute http"):
        base_url(HUAWEI_SERVERS, {}, override=override)


@pytest.mark.parametrize("service", ["dws", "ddm", "epas"])
def test_servers_of_the_real_specs(service: str) -> None:
    """Each spec's own servers block builds its default URL and every admitted combination."""
    servers = yaml.safe_load((SPECS / service / "openapi.yaml").read_text(encoding="utf-8"))["servers"]
    assert "{" not in base_url(servers, {})
    pairs = servers[0].get("x-environment-regions")
    if pairs is None:
        assert base_url(servers, {"region": "cn-north-4"}) == f"https://{service}.cn-north-4.myhuaweicloud.com"
        return
    for environment, regions in pairs.items():
        for region in regions:
            url = base_url(servers, {"region": region, "environment": environment})
            assert url == f"https://{service}.{region}.{environment}.samsungsdscloud.com"
