"""Client configuration as users expect it (issue 18): typed constructors, region argument → environment →
profile with no default, regions checked against the spec, environment proxies and NO_PROXY, ``proxy=``,
``verify=`` (bool, CA bundle, SSLContext), ``cert=`` and an ``http_client`` the caller owns."""

from __future__ import annotations

import asyncio
import http.server
import inspect
import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import certifi
import httpx
import pytest

from dbcloud_core import HuaweiCredentials, ScpCredentials
from dbcloud_core._http import tls_context
from dbcloud_core.errors import APIConnectionError, ConfigurationError
from dbcloud_core.options import CLIENT_OPTIONS
from dbcloud_core.retries import RetryPolicy
from dbcloud_ddm import DdmClient
from dbcloud_dws import AsyncDwsClient, DwsClient
from dbcloud_epas import EpasClient
from generator.config import Service
from generator.naming import pascal
from tests.support import SERVICE_IDS, SERVICES, behaviour, package

CREDENTIALS = HuaweiCredentials("AK", "SK", project_id="p1")
ONCE = RetryPolicy(max_attempts=1)


# --- typed constructors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
@pytest.mark.parametrize("prefix", ["", "Async"])
def test_every_option_is_an_explicit_documented_keyword(service: Service, prefix: str) -> None:
    facade = getattr(package(service), f"{prefix}{pascal(service.key)}Client")
    params = inspect.signature(facade.__init__).parameters
    names = [n for n in params if n != "self"]
    servers = behaviour(service).SERVERS
    expected = [
        o.name
        for o in CLIENT_OPTIONS
        if (not o.server_variable or f"{{{o.name}}}" in servers[0]["url"]) and o.applies(asynchronous=bool(prefix))
    ]
    assert names == expected
    assert all(params[n].kind is inspect.Parameter.KEYWORD_ONLY for n in names)
    for name in names:
        assert f"\n        {name}: " in (facade.__doc__ or ""), name
    # the credentials the service signs with, and its own environment variable for the region
    signs_with = "ScpCredentials" if service.key == "epas" else "HuaweiCredentials"
    assert params["credentials"].annotation == f"{signs_with} | None"
    assert ("SCP_REGION" if service.key == "epas" else "HUAWEICLOUD_SDK_REGION") in (facade.__doc__ or "")


def test_the_option_table_matches_the_runtime() -> None:
    from dbcloud_core.base_client import AsyncAPIClient, SyncAPIClient, _ClientCore

    core = set(inspect.signature(_ClientCore.__init__).parameters) - {"self", "behaviour"}
    for base in (SyncAPIClient, AsyncAPIClient):
        own = set(inspect.signature(base.__init__).parameters) - {"self", "behaviour", "options"}
        asynchronous = base is AsyncAPIClient
        assert core | own == {o.name for o in CLIENT_OPTIONS if o.applies(asynchronous=asynchronous)}


@pytest.mark.parametrize("facade", [DwsClient, AsyncDwsClient, DdmClient, EpasClient])
def test_a_misspelt_option_is_a_type_error_naming_the_facade(facade: type[Any]) -> None:
    expected = rf"^{facade.__name__}\.__init__\(\) got an unexpected keyword argument 'regoin'"
    with pytest.raises(TypeError, match=expected):
        facade(regoin="eu-west-101")


def test_environment_is_only_an_option_where_the_server_has_it() -> None:
    assert "environment" in inspect.signature(EpasClient.__init__).parameters
    assert "environment" not in inspect.signature(DwsClient.__init__).parameters


# --- region --------------------------------------------------------------------------------------------


@pytest.fixture
def no_region(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("HUAWEICLOUD_SDK_REGION", "SCP_REGION", "SCP_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    profile = tmp_path / "credentials"
    monkeypatch.setenv("DBCLOUD_CONFIG_FILE", str(profile))
    return profile


def test_no_region_anywhere_is_a_configuration_error_listing_the_regions(no_region: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        DwsClient(credentials=CREDENTIALS)
    message = str(info.value)
    assert message.startswith("dbcloud_dws: no region configured: pass region=..., set the environment variable")
    assert "HUAWEICLOUD_SDK_REGION" in message and f"region = ... to profile [default] of {no_region}" in message
    assert "eu-west-101" in message and "cn-north-4" in message
    with pytest.raises(ConfigurationError, match=r"no region configured.*SCP_REGION"):
        EpasClient(credentials=ScpCredentials("A", "S"))


def test_region_argument_then_environment_then_profile(no_region: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_region.write_text("[default]\nregion = cn-north-1\n[work]\nregion = ap-southeast-3\n")
    assert DwsClient(credentials=CREDENTIALS).base_url == "https://dws.cn-north-1.myhuaweicloud.com"
    monkeypatch.setenv("DBCLOUD_PROFILE", "work")
    assert DwsClient(credentials=CREDENTIALS).base_url == "https://dws.ap-southeast-3.myhuaweicloud.com"
    monkeypatch.setenv("HUAWEICLOUD_SDK_REGION", "cn-east-3")
    assert DdmClient(credentials=CREDENTIALS).base_url == "https://ddm.cn-east-3.myhuaweicloud.com"
    assert (
        DwsClient(region="cn-north-4", credentials=CREDENTIALS).base_url == "https://dws.cn-north-4.myhuaweicloud.com"
    )


def test_scp_region_and_environment_from_the_environment(no_region: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCP_REGION", "kr-south2")
    monkeypatch.setenv("SCP_ENVIRONMENT", "g")
    client = EpasClient(credentials=ScpCredentials("A", "S"))
    assert client.base_url == "https://epas.kr-south2.g.samsungsdscloud.com"
    with pytest.raises(ConfigurationError, match="region 'kr-south2' is not available in environment 's'"):
        EpasClient(environment="s", credentials=ScpCredentials("A", "S"))


def test_one_profile_section_holds_both_vendors_regions(no_region: Path) -> None:
    no_region.write_text("[default]\nregion = cn-north-4\nscp_region = kr-south3\nscp_environment = g\n")
    assert DwsClient(credentials=CREDENTIALS).base_url == "https://dws.cn-north-4.myhuaweicloud.com"
    epas = EpasClient(credentials=ScpCredentials("A", "S"))
    assert epas.base_url == "https://epas.kr-south3.g.samsungsdscloud.com"


def test_an_unknown_region_is_refused_with_the_list() -> None:
    with pytest.raises(ConfigurationError) as info:
        DwsClient(region="eu-wset-101", credentials=CREDENTIALS)
    assert str(info.value).startswith("region 'eu-wset-101' is not one of: ae-ad-1, af-north-1, af-south-1,")
    with pytest.raises(ConfigurationError, match="region 'cn-south-4' is not one of"):
        DdmClient(region="cn-south-4", credentials=CREDENTIALS)  # a DWS region DDM does not have


def test_regions_whose_host_breaks_the_template_get_the_vendors_endpoint() -> None:
    # the official SDK's region tables: eu-west-101 is under myhuaweicloud.eu
    assert DwsClient(region="eu-west-101", credentials=CREDENTIALS).base_url == (
        "https://dws.eu-west-101.myhuaweicloud.eu"
    )
    assert DdmClient(region="eu-west-101", credentials=CREDENTIALS).base_url == (
        "https://ddm.eu-west-101.myhuaweicloud.eu"
    )


def test_base_url_needs_no_region(no_region: Path) -> None:
    assert DwsClient(base_url="http://127.0.0.1:9/dws", credentials=CREDENTIALS).base_url == "http://127.0.0.1:9/dws"


def test_region_lists_match_the_official_sdk_tables() -> None:
    from huaweicloudsdkddm.v1.region.ddm_region import DdmRegion
    from huaweicloudsdkdws.v2.region.dws_region import DwsRegion

    for client, table in ((DwsClient, DwsRegion), (DdmClient, DdmRegion)):
        for region, official in table.static_fields.items():
            assert client(region=region, credentials=CREDENTIALS).base_url == official.endpoints[0].rstrip("/")


# --- proxies -------------------------------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every GET with an empty cluster list and records the request line it was sent."""

    seen: list[str]

    def do_GET(self) -> None:
        self.server.seen.append(self.requestline)  # type: ignore[attr-defined]
        body = json.dumps({"clusters": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Request-Id", "r-1")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[Any]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    httpd.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _address(httpd: Any) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}"


REMOTE = "http://dws.proxied.invalid"  # resolvable only by the proxy


def test_environment_proxy_is_honoured(server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", _address(server))
    with DwsClient(base_url=REMOTE, credentials=CREDENTIALS, retry=ONCE) as dws:
        assert dws.list_clusters()._request_id == "r-1"
    assert server.seen == [f"GET {REMOTE}/v1.0/p1/clusters HTTP/1.1"]  # absolute-form: a proxy request


def test_no_proxy_bypasses_the_environment_proxy(server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with DwsClient(base_url=_address(server), credentials=CREDENTIALS, retry=ONCE) as dws:
        dws.list_clusters()
    assert server.seen == ["GET /v1.0/p1/clusters HTTP/1.1"]  # sent directly
    monkeypatch.delenv("NO_PROXY")
    with DwsClient(base_url=_address(server), credentials=CREDENTIALS, retry=ONCE) as dws:
        with pytest.raises(APIConnectionError):  # now through the dead proxy
            dws.list_clusters()


def test_explicit_proxy(server: Any) -> None:
    with DwsClient(base_url=REMOTE, credentials=CREDENTIALS, proxy=_address(server), retry=ONCE) as dws:
        dws.list_clusters()
    assert server.seen == [f"GET {REMOTE}/v1.0/p1/clusters HTTP/1.1"]


def test_async_client_honours_the_environment_proxy(server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", _address(server))

    async def run() -> None:
        async with AsyncDwsClient(base_url=REMOTE, credentials=CREDENTIALS, retry=ONCE) as dws:
            await dws.list_clusters()

    asyncio.run(run())
    assert server.seen == [f"GET {REMOTE}/v1.0/p1/clusters HTTP/1.1"]


# --- TLS -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_server(server: Any, self_signed: tuple[Path, Path]) -> Any:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return server


def _list_clusters(url: str, use_async: bool, **options: Any) -> Any:
    """One list call by the sync client, or by the async one (its own wire: dbcloud_core._aiohttp)."""
    if not use_async:
        with DwsClient(base_url=url, credentials=CREDENTIALS, retry=ONCE, **options) as dws:
            return dws.list_clusters()

    async def run() -> Any:
        async with AsyncDwsClient(base_url=url, credentials=CREDENTIALS, retry=ONCE, **options) as dws:
            return await dws.list_clusters()

    return asyncio.run(run())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_verify_is_on_by_default_and_takes_a_ca_bundle_path(
    tls_server: Any, self_signed: tuple[Path, Path], use_async: bool
) -> None:
    url = f"https://127.0.0.1:{tls_server.server_address[1]}"
    with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        _list_clusters(url, use_async)
    _list_clusters(url, use_async, verify=str(self_signed[0]))
    _list_clusters(url, use_async, verify=ssl.create_default_context(cafile=str(self_signed[0])))
    _list_clusters(url, use_async, verify=False)
    assert len(tls_server.seen) == 3


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_client_certificate_is_presented(server: Any, self_signed: tuple[Path, Path], use_async: bool) -> None:
    cert, key = self_signed
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.verify_mode = ssl.CERT_REQUIRED  # mutual TLS: the server wants a certificate it trusts
    context.load_verify_locations(cafile=str(cert))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    url = f"https://127.0.0.1:{server.server_address[1]}"
    with pytest.raises(APIConnectionError):
        _list_clusters(url, use_async, verify=str(cert))
    _list_clusters(url, use_async, verify=str(cert), cert=(str(cert), str(key)))
    assert len(server.seen) == 1


def test_tls_context_forms(self_signed: tuple[Path, Path], tmp_path: Path) -> None:
    cert, key = self_signed
    assert tls_context(True, None) is True and tls_context(False, None) is False
    bundle = tls_context(certifi.where(), None)
    assert isinstance(bundle, ssl.SSLContext) and bundle.cert_store_stats()["x509_ca"] > 100
    folder = tls_context(str(cert.parent), None)
    assert isinstance(folder, ssl.SSLContext) and folder.verify_mode is ssl.CERT_REQUIRED
    with_cert = tls_context(True, (str(cert), str(key)))
    assert isinstance(with_cert, ssl.SSLContext) and with_cert.verify_mode is ssl.CERT_REQUIRED
    unverified = tls_context(False, (str(cert), str(key)))
    assert isinstance(unverified, ssl.SSLContext) and unverified.verify_mode is ssl.CERT_NONE
    with pytest.raises(ConfigurationError, match="no such CA bundle"):
        tls_context(str(tmp_path / "missing.pem"), None)
    with pytest.raises(ConfigurationError, match="load_cert_chain"):
        tls_context(ssl.create_default_context(), str(cert))
    with pytest.raises(ConfigurationError, match="cannot be loaded") as info:
        tls_context(True, (str(cert), str(tmp_path / "nokey.pem"), "hunter2"))
    assert "hunter2" not in str(info.value)


# --- an httpx client the caller owns --------------------------------------------------------------------


def test_http_client_is_used_signed_and_not_closed() -> None:
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"clusters": []})

    mine = httpx.Client(transport=httpx.MockTransport(reply), base_url="https://elsewhere.example")
    with DwsClient(region="cn-north-4", credentials=CREDENTIALS, http_client=mine) as dws:
        dws.list_clusters()
    (request,) = seen
    assert str(request.url) == "https://dws.cn-north-4.myhuaweicloud.com/v1.0/p1/clusters"
    assert request.headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=AK")
    assert not mine.is_closed
    mine.close()


def test_async_http_client_is_not_closed() -> None:
    async def run() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"clusters": []}))
        async with httpx.AsyncClient(transport=transport) as mine:
            async with AsyncDwsClient(region="cn-north-4", credentials=CREDENTIALS, http_client=mine) as dws:
                assert (await dws.list_clusters()).clusters == []
            assert not mine.is_closed

    asyncio.run(run())


@pytest.mark.parametrize(
    "options",
    [{"proxy": "http://127.0.0.1:9"}, {"verify": False}, {"cert": "c.pem"}, {"transport": httpx.MockTransport(print)}],
)
def test_connection_options_beside_an_http_client_are_refused(options: dict[str, Any]) -> None:
    with httpx.Client() as mine, pytest.raises(ConfigurationError, match="cannot be combined with http_client="):
        DwsClient(region="cn-north-4", credentials=CREDENTIALS, http_client=mine, **options)


def test_a_proxy_beside_a_transport_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="proxy= cannot be combined with transport="):
        DwsClient(
            region="cn-north-4",
            credentials=CREDENTIALS,
            proxy="http://127.0.0.1:9",
            transport=httpx.MockTransport(print),
        )


def test_repr_holds_no_secret() -> None:
    with DwsClient(region="cn-north-4", credentials=HuaweiCredentials("AK", "very-secret", project_id="p1")) as dws:
        assert "very-secret" not in repr(dws) and "very-secret" not in repr(dws.with_raw_response)
