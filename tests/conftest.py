from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
settings.register_profile(
    "fuzz", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

_CREDENTIAL_PREFIXES = ("HUAWEICLOUD_", "SCP_", "DBCLOUD_")
_PROXY_VARIABLES = frozenset({"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
#: The regions a test runs in unless it says otherwise, set the way a user's environment sets them (the
#: clients have no default region: docs/decisions.md); tests of that policy delete them.
TEST_REGIONS = {"HUAWEICLOUD_SDK_REGION": "eu-west-101", "SCP_REGION": "kr-west1", "SCP_ENVIRONMENT": "s"}


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the developer's credentials, knobs or proxies (httpx's clean_environ)."""
    for name in list(os.environ):
        if name.startswith(_CREDENTIAL_PREFIXES) or name.upper() in _PROXY_VARIABLES:
            monkeypatch.delenv(name)
    for name, value in TEST_REGIONS.items():
        monkeypatch.setenv(name, value)
    yield
