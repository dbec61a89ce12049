"""Outputs (json, yaml, table, text), ``--query``, exit codes and error lines, secrets from stdin
or a hidden prompt, ``--debug`` redaction, pagination flags and the completion scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from dbcloud_core.cli import cli
from dbcloud_core.cli._output import render
from dbcloud_simulator.server import BackgroundServer
from tests.simulator.test_e2e import request_example

CLUSTER = request_example("dws", "create_cluster")["cluster"]
PASSWORD = "Cli-Secret-Pa55"


def _cluster_flag() -> str:
    """The cluster member without its password: that comes from the secret flag."""
    return json.dumps({k: v for k, v in CLUSTER.items() if k != "user_pwd"})


def _create(dbcloud: Callable[..., Result], name: str) -> str:
    cluster = json.dumps({**CLUSTER, "name": name})
    result = dbcloud(
        "dws", "create-cluster", "--cluster", cluster, options=("--query", "cluster.id", "--output", "text")
    )
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_outputs_agree(dbcloud: Callable[..., Result]) -> None:
    cluster_id = _create(dbcloud, "outputs")
    args = ("list-cluster-details", "--cluster-id", cluster_id)
    as_json = json.loads(dbcloud("dws", *args).stdout)
    assert as_json["cluster"]["id"] == cluster_id
    assert yaml.safe_load(dbcloud("dws", *args, options=("--output", "yaml")).stdout) == as_json
    table = dbcloud("dws", "list-clusters", options=("--output", "table")).stdout.splitlines()
    assert table[0] == "clusters"
    header = [c.strip() for c in table[2].strip("|").split("|")]
    assert header[:2] == ["id", "status"]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in table[4:-1]]
    assert [cluster_id, "CREATING"] in [r[:2] for r in rows]
    assert "public_endpoints" not in header  # nested values are left to --query
    text = dbcloud("dws", *args, options=("--query", "cluster.[id, name, status]", "--output", "text")).stdout
    assert text == f"{cluster_id}\toutputs\tCREATING\n"


def test_render_shapes() -> None:
    assert render([{"a": 1}, {"a": 2, "b": None}], "table").splitlines() == [
        "+---+------+",
        "| a | b    |",
        "+---+------+",
        "| 1 |      |",
        "| 2 | None |",
        "+---+------+",
    ]
    assert render({"name": "x", "size": 3}, "table").splitlines()[3] == "| name | x     |"
    assert render([["a", 1], ["b", True]], "text") == "a\t1\nb\tTrue"
    assert render(["x", "y"], "text") == "x\ty"
    assert render({"items": [{"id": "a", "n": 1}, {"id": "b", "n": 2}]}, "text") == "a\t1\nb\t2"


def test_query_filters_and_a_bad_expression_is_a_usage_error(dbcloud: Callable[..., Result]) -> None:
    first, second = _create(dbcloud, "q-one"), _create(dbcloud, "q-two")
    names = json.loads(
        dbcloud("dws", "list-clusters", options=("--query", "clusters[?starts_with(name, 'q-')].name")).stdout
    )
    assert {"q-one", "q-two"} <= set(names)
    assert first != second
    bad = dbcloud("dws", "list-clusters", options=("--query", "clusters[?"))
    assert bad.exit_code == 2 and "--query" in bad.stderr


def test_api_error_is_one_line_and_exit_1(dbcloud: Callable[..., Result]) -> None:
    result = dbcloud("dws", "list-cluster-details", "--cluster-id", "no-such-cluster")
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("dbcloud: error: 404 DWS.0022: ")
    assert "request id " in line and "no-such-cluster" in line


@pytest.mark.parametrize(
    "argv, message",
    [
        (["dws", "list-clusterz"], "No such command"),
        (["dws", "list-cluster-details"], "Missing option '--cluster-id'"),
        (["ddm", "list-instances", "--limit", "0"], "1<=x<=128"),
        (["dws", "create-cluster", "--body", "{not json"], "not valid JSON"),
        (["dws", "create-cluster"], "a request body is required"),
        (
            ["dws", "create-cluster", "--body", '{"cluster": {"name": "x"}}'],
            "create_cluster: invalid body at /cluster/",
        ),
        (["--output", "xml", "dws", "list-clusters"], "Invalid value for '--output'"),
    ],
)
def test_usage_errors_exit_2(dbcloud: Callable[..., Result], simulator: BackgroundServer, argv, message) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(
        cli, ["--endpoint-url", f"{simulator.url}/{argv[-2] if argv[0] == '--output' else argv[0]}", *argv]
    )
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_missing_credentials_is_a_usage_error(simulator: BackgroundServer, tmp_path: Path) -> None:
    env = {"DBCLOUD_CONFIG_FILE": str(tmp_path / "none")}
    result = CliRunner().invoke(cli, ["--endpoint-url", f"{simulator.url}/dws", "dws", "list-clusters"], env=env)
    assert result.exit_code == 2
    assert result.stderr.startswith("dbcloud: error: no Huawei Cloud credentials found")


def test_profile_selects_a_section_of_the_credentials_file(simulator: BackgroundServer, tmp_path: Path) -> None:
    creds = simulator.app.credentials
    config = tmp_path / "credentials"
    config.write_text(f"[sim]\nak = {creds.huawei_ak}\nsk = {creds.huawei_sk}\nproject_id = profile-project\n")
    argv = ["--profile", "sim", "--endpoint-url", f"{simulator.url}/dws", "dws", "list-clusters", "--debug"]
    argv = ["--debug", *argv[:-1]]
    result = CliRunner().invoke(cli, argv, env={"DBCLOUD_CONFIG_FILE": str(config)})
    assert result.exit_code == 0, result.output
    assert "/v1.0/profile-project/clusters" in result.stderr  # the profile's project id was used
    assert creds.huawei_sk not in result.output


def test_password_from_stdin_and_prompt_never_echoed(
    dbcloud: Callable[..., Result], simulator: BackgroundServer
) -> None:
    base = ("create-cluster", "--cluster", _cluster_flag())
    piped = dbcloud("dws", *base, "--user-pwd", "-", input=PASSWORD + "\n", options=("--debug",))
    assert piped.exit_code == 0, piped.output
    assert PASSWORD not in piped.output  # the debug log shows the body, redacted
    assert '"user_pwd": "***"' in piped.stderr
    prompted = dbcloud("dws", *base, "--user-pwd", input=PASSWORD + "\n")
    assert prompted.exit_code == 0, prompted.output
    assert "cluster.user_pwd:" in prompted.stderr and PASSWORD not in prompted.output
    stored = json.loads(
        dbcloud("dws", "list-cluster-details", "--cluster-id", json.loads(prompted.stdout)["cluster"]["id"]).stdout
    )
    assert stored["cluster"]["name"] == CLUSTER["name"]


def test_pagination_flags(dbcloud: Callable[..., Result]) -> None:
    from tests.simulator.test_e2e import request_example as example

    body = json.dumps(example("ddm", "create_instance"))
    for _ in range(3):
        assert dbcloud("ddm", "create-instance", "--body", body).exit_code == 0
    every = json.loads(
        dbcloud("ddm", "list-instances", "--page-size", "1", options=("--query", "instances[].id")).stdout
    )
    assert len(every) == len(set(every)) >= 3
    capped = json.loads(
        dbcloud(
            "ddm", "list-instances", "--page-size", "1", "--max-items", "2", options=("--query", "instances[].id")
        ).stdout
    )
    assert capped == every[:2]
    one_page = json.loads(
        dbcloud("ddm", "list-instances", "--limit", "1", "--no-paginate", options=("--query", "instances[].id")).stdout
    )
    assert one_page == every[:1]


@pytest.mark.parametrize(
    "shell, marker",
    [("bash", "complete -o nosort -F"), ("zsh", "#compdef dbcloud"), ("fish", "complete --no-files --command dbcloud")],
)
def test_completion_scripts(shell: str, marker: str) -> None:
    result = CliRunner().invoke(cli, ["completion", shell], prog_name="dbcloud")
    assert result.exit_code == 0
    assert marker in result.stdout and "_DBCLOUD_COMPLETE" in result.stdout


def test_completion_completes_services_commands_and_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    def complete(line: str) -> list[str]:
        words = line.split(" ")
        env = {"_DBCLOUD_COMPLETE": "bash_complete", "COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
        result = CliRunner().invoke(cli, [], prog_name="dbcloud", env=env)
        return [entry.split(",", 1)[1] for entry in result.stdout.splitlines()]

    assert complete("dbcloud d") == ["ddm", "dws"]
    assert complete("dbcloud dws list-cl") == ["list-cluster-details", "list-clusters"]
    assert complete("dbcloud dws wait cluster-a") == ["cluster-available"]
    assert complete("dbcloud ddm show-instance-param --x-language ") == ["zh-cn", "en-us"]


def test_body_from_stdin_with_a_member_flag_overriding_it(dbcloud: Callable[..., Result]) -> None:
    body = json.dumps({"cluster": {**CLUSTER, "name": "from-stdin"}})
    override = json.dumps({**CLUSTER, "name": "from-flag"})
    created = dbcloud("dws", "create-cluster", "--body", "-", input=body, options=("--query", "cluster.id"))
    assert created.exit_code == 0, created.output
    shown = dbcloud("dws", "list-cluster-details", "--cluster-id", json.loads(created.stdout))
    assert json.loads(shown.stdout)["cluster"]["name"] == "from-stdin"
    flagged = dbcloud("dws", "create-cluster", "--body", body, "--cluster", override, options=("--query", "cluster.id"))
    shown = dbcloud("dws", "list-cluster-details", "--cluster-id", json.loads(flagged.stdout))
    assert json.loads(shown.stdout)["cluster"]["name"] == "from-flag"


def test_enum_and_integer_flags_reach_the_wire_as_given(dbcloud: Callable[..., Result]) -> None:
    """An enum flag becomes the generated (open) enum class the facade wants, and only given flags are sent."""
    created = dbcloud("ddm", "create-instance", "--body", json.dumps(request_example("ddm", "create_instance")))
    instance_id = json.loads(created.stdout)["id"]
    argv = (
        "show-instance-param",
        "--instance-id",
        instance_id,
        "--x-language",
        "en-us",
        "--limit",
        "5",
        "--no-paginate",
    )
    result = dbcloud("ddm", *argv, options=("--debug",))
    assert result.exit_code == 0, result.output
    request_line = next(line for line in result.stderr.splitlines() if " request GET " in line)
    assert "'x-language': 'en-us'" in request_line
    assert "limit=5" in request_line and "offset=" not in request_line


def test_region_timeout_and_tls_options_reach_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --endpoint-url the region picks the spec's server; nothing leaves the process (mock transport)."""
    import httpx

    seen: list[httpx.Request] = []
    made: list[dict[str, object]] = []

    def transport(**options: object) -> httpx.MockTransport:
        made.append(options)
        return httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json={"clusters": []}))

    # the client lets httpx build its transport (so environment proxies apply): swap the class httpx uses
    monkeypatch.setattr("httpx._client.HTTPTransport", transport)
    env = {"HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": "SK", "HUAWEICLOUD_SDK_PROJECT_ID": "p1"}
    argv = ["--region", "ap-southeast-1", "--timeout", "7", "--no-verify-ssl", "dws", "list-clusters"]
    result = CliRunner().invoke(cli, argv, env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"clusters": []}
    (request,) = seen
    assert str(request.url) == "https://dws.ap-southeast-1.myhuaweicloud.com/v1.0/p1/clusters"
    assert request.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert [options["verify"] for options in made] == [False]


def test_environment_is_checked_against_the_spec_servers() -> None:
    env = {"HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": "SK", "SCP_ACCESS_KEY": "A", "SCP_SECRET_KEY": "S"}
    wrong = CliRunner().invoke(cli, ["--environment", "nowhere", "epas", "list-clusters"], env=env)
    assert wrong.exit_code == 2 and "environment 'nowhere' is not one of" in wrong.stderr
    dws = CliRunner().invoke(cli, ["--environment", "prod", "dws", "list-clusters"], env=env)
    assert dws.exit_code == 2 and "has no variable environment" in dws.stderr
