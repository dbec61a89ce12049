"""The installed ``dbcloud`` console script as a real process against a simulator on a free loopback
port: the README's shell session verbatim, every service once, and a hidden prompt in a terminal (tmux)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dbcloud_simulator.server import BackgroundServer
from generator.config import ROOT
from tests.cli.conftest import credentials_env

BIN = Path(sys.executable).parent
MARK = "@@@dbcloud-readme@@@"


def _env(simulator: BackgroundServer, home: Path, **extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("HUAWEICLOUD_", "SCP_", "DBCLOUD_"))}
    return {**keep, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "HOME": str(home), "COLUMNS": "200", **extra}


def readme_session() -> list[tuple[str, str]]:
    """(command, expected output) pairs of the README's console block; ``...`` matches anything."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## The `dbcloud` command line.*?```console\n(.*?)```", text, re.S)
    assert block is not None
    steps: list[tuple[list[str], list[str]]] = []
    for line in block.group(1).splitlines():
        if line.startswith("$ "):
            steps.append(([line[2:]], []))
        elif line.startswith("> ") and steps and not steps[-1][1]:
            steps[-1][0].append(line[2:])
        else:
            steps[-1][1].append(line)
    return [("\n".join(command), "\n".join(output)) for command, output in steps]


def _matches(expected: str, actual: str) -> bool:
    pattern = ".*?".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual, re.S) is not None


def test_installed_on_path() -> None:
    assert (BIN / "dbcloud").is_file()
    result = subprocess.run([BIN / "dbcloud", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "dws" in result.stdout


def test_readme_session_runs_verbatim(simulator: BackgroundServer, tmp_path: Path) -> None:
    steps = readme_session()
    assert len(steps) >= 8
    script = ["exec 2>&1"]
    for command, _ in steps:  # the marker keeps $? of the previous command for `echo $?`
        script += [f"__rc=$?; printf '\\n{MARK}\\n'; (exit $__rc)", command]
    env = _env(simulator, tmp_path, DBCLOUD_SIMULATOR=simulator.url)
    run = subprocess.run(["bash", "-c", "\n".join(script)], capture_output=True, text=True, env=env, cwd=tmp_path)
    chunks = run.stdout.split(f"\n{MARK}\n")[1:]
    assert len(chunks) == len(steps), run.stdout
    for (command, expected), actual in zip(steps, chunks, strict=True):
        assert _matches(expected.strip("\n"), actual.strip("\n")), f"$ {command}\nexpected:\n{expected}\ngot:\n{actual}"


@pytest.mark.parametrize(
    "service, argv, query",
    [("dws", ["list-node-types"], "length(node_types) > `0`"), ("ddm", ["list-instances"], "instances"),
     ("epas", ["list-clusters"], "contents")],
)  # fmt: skip
def test_every_service_as_a_process(
    simulator: BackgroundServer, tmp_path: Path, service: str, argv: list[str], query: str
) -> None:
    env = _env(simulator, tmp_path, **credentials_env(simulator))
    base = [str(BIN / "dbcloud"), "--endpoint-url", f"{simulator.url}/{service}", "--query", query]
    done = subprocess.run([*base, service, *argv], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() not in ("", "null")
    usage = subprocess.run([*base, service, *argv, "--no-such-flag"], capture_output=True, text=True, env=env)
    assert usage.returncode == 2 and "No such option" in usage.stderr


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the terminal prompt test needs it")
def test_password_prompt_in_a_terminal_is_not_echoed(simulator: BackgroundServer, tmp_path: Path) -> None:
    env = _env(simulator, tmp_path, **credentials_env(simulator), TMUX_TMPDIR=str(tmp_path))
    cluster = (
        '{"name": "tty-demo", "node_type": "dws.m3.xlarge", "number_of_node": 3, "subnet_id": "s",'
        ' "security_group_id": "g", "vpc_id": "v", "user_name": "dbadmin"}'
    )
    command = (
        f"{BIN / 'dbcloud'} --endpoint-url {simulator.url}/dws --query cluster.id dws create-cluster"
        f" --cluster '{cluster}' --user-pwd; echo EXIT=$?; sleep 30"
    )
    session = f"dbcloud-{os.getpid()}"
    tmux = ["tmux", "-L", session]
    subprocess.run([*tmux, "new-session", "-d", "-s", session, "-x", "250", "-y", "50", command], env=env, check=True)
    try:

        def screen() -> str:
            pane = [*tmux, "capture-pane", "-p", "-t", session]
            return subprocess.run(pane, capture_output=True, text=True, env=env, check=True).stdout

        deadline = time.monotonic() + 30
        while "cluster.user_pwd:" not in screen():
            assert time.monotonic() < deadline, screen()
            time.sleep(0.2)
        subprocess.run([*tmux, "send-keys", "-t", session, "Tty-Secret-Pa55", "Enter"], env=env, check=True)
        while "EXIT=" not in screen():
            assert time.monotonic() < deadline, screen()
            time.sleep(0.2)
        shown = screen()
        assert "EXIT=0" in shown
        assert "Tty-Secret-Pa55" not in shown  # typed at the prompt, never echoed
        assert re.search(r'"[0-9a-f-]{36}"', shown)
    finally:
        subprocess.run([*tmux, "kill-server"], env=env, check=False)
