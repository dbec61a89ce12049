"""The root command: global options, one group per installed service, and ``completion``."""

from __future__ import annotations

from typing import Any

import click
from click.shell_completion import get_completion_class

from . import _services
from ._commands import ServiceGroup
from ._output import FORMATS
from ._run import Settings

_PROG = "dbcloud"
_COMPLETE_VAR = "_DBCLOUD_COMPLETE"
SHELLS = ("bash", "zsh", "fish")


class _Root(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*_services.available(), "completion"]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _services.available():
            return ServiceGroup(_services.table(cmd_name))
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120})
@click.option("--region", envvar="DBCLOUD_REGION", help="Region code for the endpoint (default: the spec's).")
@click.option("--environment", envvar="DBCLOUD_ENVIRONMENT", help="Environment of specs whose servers have one (EPAS).")
@click.option("--profile", envvar="DBCLOUD_PROFILE", help="Profile of ~/.dbcloud/credentials to use.")
@click.option(
    "--endpoint-url", help="Base URL instead of the region's, e.g. the simulator's http://127.0.0.1:8080/dws."
)
@click.option("--output", type=click.Choice(FORMATS), default="json", show_default=True, envvar="DBCLOUD_OUTPUT")
@click.option("--query", help="JMESPath expression applied to the reply, as in the aws CLI.")
@click.option("--debug", is_flag=True, help="Log every request and reply to stderr (secrets redacted).")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), help="Seconds per HTTP request.")
@click.option("--no-verify-ssl", is_flag=True, help="Do not verify the server's TLS certificate.")
@click.pass_context
def cli(ctx: click.Context, /, no_verify_ssl: bool, **options: Any) -> None:
    """Call DWS, DDM and EPAS from the shell: dbcloud [options] SERVICE COMMAND [--flag value ...].

    Credentials come from the environment (HUAWEICLOUD_SDK_AK/SK/PROJECT_ID, SCP_ACCESS_KEY/SECRET_KEY)
    or ~/.dbcloud/credentials. Exit status: 0 success, 1 the call failed, 2 usage.
    """
    ctx.obj = Settings(verify=not no_verify_ssl, **options)


@cli.command()
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script of SHELL: eval "$(dbcloud completion bash)" in ~/.bashrc."""
    cls = get_completion_class(shell)
    assert cls is not None  # click ships all three
    click.echo(cls(cli, {}, _PROG, _COMPLETE_VAR).source())


def main() -> None:
    """The ``dbcloud`` console script."""
    cli(prog_name=_PROG, complete_var=_COMPLETE_VAR)


__all__ = ["SHELLS", "cli", "main"]
