"""Accounts and tenancy: keys bound to an account, tokens to a project, X-Project-Id to the path;
each refusal in the vendor's status and error shape. Also the accounts file format."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from dbcloud_core import HuaweiCredentials, ScpCredentials
from dbcloud_core.errors import ForbiddenError, NotFoundError, UnauthorizedError
from dbcloud_simulator import build_app
from dbcloud_simulator.accounts import OTHER_PROJECT, AccountsConfigError, load_accounts
from dbcloud_simulator.inprocess import SyncASGITransport
from tests.simulator.test_e2e import request_example

PROJECT = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def app():  # type: ignore[no-untyped-def]
    return build_app(strict=True)


def _dws(app, credentials, **options):  # type: ignore[no-untyped-def]
    from dbcloud_dws import DwsClient

    return DwsClient(base_url="http://sim/dws", credentials=credentials, transport=SyncASGITransport(app), **options)


def _keys(app, index: int, project: str) -> HuaweiCredentials:  # type: ignore[no-untyped-def]
    creds = app.accounts.accounts[index].credentials
    return HuaweiCredentials(ak=creds.huawei_ak, sk=creds.huawei_sk, project_id=project)


def test_a_key_works_only_on_its_own_accounts_projects(app) -> None:  # type: ignore[no-untyped-def]
    with _dws(app, _keys(app, 1, OTHER_PROJECT)) as other:
        assert other.list_clusters().clusters == []
    with _dws(app, _keys(app, 1, PROJECT)) as intruder, pytest.raises(ForbiddenError) as caught:
        intruder.list_clusters()
    assert (caught.value.status, caught.value.error_code) == (403, "APIGW.0302")
    assert "other" in caught.value.message and app.accounts.accounts[1].credentials.huawei_sk not in str(caught.value)
    with _dws(app, _keys(app, 0, OTHER_PROJECT)) as default, pytest.raises(ForbiddenError):
        default.list_clusters()  # the catch-all account does not reach a project another account lists


def test_x_project_id_must_match_the_path(app) -> None:  # type: ignore[no-untyped-def]
    with _dws(app, _keys(app, 0, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")) as dws:
        assert dws.list_clusters().clusters == []  # X-Project-Id (signed) equals the path's project
        with pytest.raises(ForbiddenError) as caught:
            dws.list_clusters(project_id=PROJECT)  # the path names another project than the signed header
    assert caught.value.error_code == "APIGW.0302" and "X-Project-Id" in caught.value.message


def _token(client: httpx.Client, user: str, password: str, project: str) -> str:
    body = {
        "auth": {
            "identity": {"methods": ["password"], "password": {"user": {"name": user, "password": password}}},
            "scope": {"project": {"id": project}},
        }
    }
    reply = client.post("/iam/v3/auth/tokens", json=body)
    assert reply.status_code == 201
    return reply.headers["X-Subject-Token"]


def test_tokens_are_scoped_to_one_project_and_die_with_reset(app) -> None:  # type: ignore[no-untyped-def]
    creds = app.credentials
    with httpx.Client(base_url="http://sim", transport=SyncASGITransport(app)) as http:
        token = _token(http, creds.iam_user, creds.iam_password, PROJECT)
        headers = {"X-Auth-Token": token}
        assert http.get(f"/dws/v1.0/{PROJECT}/clusters", headers=headers).status_code == 200
        elsewhere = http.get("/dws/v1.0/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/clusters", headers=headers)
        assert elsewhere.status_code == 403 and elsewhere.json()["error_code"] == "APIGW.0302"
        ddm = http.get(f"/ddm/v1/{PROJECT}/instances", headers=headers)
        assert ddm.status_code == 200  # one token, every service of its project
        assert http.post("/_sim/reset").status_code == 200
        after = http.get(f"/dws/v1.0/{PROJECT}/clusters", headers=headers)
        assert (after.status_code, after.json()["error_code"]) == (401, "APIGW.0301")
        assert http.get(f"/dws/v1.0/{PROJECT}/clusters", headers={"X-Auth-Token": "sim-token"}).status_code == 200
        other = app.accounts.accounts[1].credentials
        their_token = _token(http, other.iam_user, other.iam_password, OTHER_PROJECT)
        mine = http.get(f"/dws/v1.0/{PROJECT}/clusters", headers={"X-Auth-Token": their_token})
        assert mine.status_code == 403


def test_scp_keys_see_only_their_accounts_clusters(app) -> None:  # type: ignore[no-untyped-def]
    from dbcloud_epas import EpasClient
    from dbcloud_epas.models import EpasClusterCreateRequest

    def epas(index: int) -> EpasClient:
        creds = app.accounts.accounts[index].credentials
        keys = ScpCredentials(access_key=creds.scp_access_key, secret_key=creds.scp_secret_key)
        return EpasClient(base_url="http://sim/epas", credentials=keys, transport=SyncASGITransport(app))

    with epas(0) as first, epas(1) as second:
        body = EpasClusterCreateRequest.from_dict(request_example("epas", "create_cluster"))
        cluster_id = first.create_cluster(body=body).resource.id
        assert [c.get("cluster_id", c.get("id")) for c in _contents(first)] == [cluster_id]
        assert _contents(second) == []
        with pytest.raises(NotFoundError):
            second.show_cluster(cluster_id=cluster_id)
    wrong = ScpCredentials(access_key="simulator-access-key", secret_key="wrong")
    with EpasClient(base_url="http://sim/epas", credentials=wrong, transport=SyncASGITransport(app)) as bad:
        with pytest.raises(UnauthorizedError):
            bad.list_clusters()


def _contents(epas) -> list:  # type: ignore[no-untyped-def,type-arg]
    return list(epas.with_raw_response.list_clusters().http_response.json()["contents"])


def test_accounts_file_defaults_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "accounts.toml"
    path.write_text(
        '[[accounts]]\nname = "alpha"\nprojects = ["p-alpha"]\nhuawei_ak = "ALPHAAK"\n'
        '[[accounts]]\nname = "beta"\nprojects = ["p-beta", "p-beta-2"]\n',
        encoding="utf-8",
    )
    accounts = load_accounts(path)
    alpha, beta = accounts.accounts
    assert alpha.credentials.huawei_ak == "ALPHAAK" and alpha.credentials.huawei_sk == "simulator-secret-key"
    assert beta.credentials.huawei_ak == "SIMULATORAK0000000000-beta" and beta.projects == ("p-beta", "p-beta-2")
    assert accounts.owner("p-beta-2") is beta and accounts.owner("nobody") is None
    assert "secret" not in repr(alpha) and "secret" not in repr(alpha.credentials)

    path.write_text('[[accounts]]\nname = "a"\nprojects = ["p"]\n[[accounts]]\nname = "b"\nprojects = ["p"]\n')
    with pytest.raises(AccountsConfigError, match="project 'p' is listed by two accounts"):
        load_accounts(path)
    path.write_text('[[accounts]]\nname = "a"\nsecret = "x"\n')
    with pytest.raises(AccountsConfigError, match=r"accounts\.toml: account 'a' has unknown keys \['secret'\]"):
        load_accounts(path)
    path.write_text("accounts = 3\n")
    with pytest.raises(AccountsConfigError, match="at least one"):
        load_accounts(path)


def test_the_tenancy_refusal_comes_before_validation(app) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client(base_url="http://sim", transport=SyncASGITransport(app)) as http:
        mine = http.get(f"/ddm/v1/{PROJECT}/instances", params={"limit": "-1"}, headers={"X-Auth-Token": "sim-token"})
        assert mine.status_code == 400  # my project: the service validates, and refuses the limit
        theirs = http.get(
            f"/ddm/v1/{OTHER_PROJECT}/instances", params={"limit": "-1"}, headers={"X-Auth-Token": "sim-token"}
        )
        assert theirs.status_code == 403  # another account's project: the gateway refuses first


def test_iam_refuses_a_wrong_password_in_any_alphabet(app) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client(base_url="http://sim", transport=SyncASGITransport(app)) as http:
        for password in ("wrong", "пароль"):
            body = {"auth": {"identity": {"password": {"user": {"name": "sim-user", "password": password}}}}}
            reply = http.post("/iam/v3/auth/tokens", json=body)
            assert (reply.status_code, reply.json()["error_code"]) == (401, "APIGW.0301")
