"""``dbcloud``: the command line of every installed dbcloud service, built from its generated tables.

``dbcloud [global options] <service> <command> [--flag value ...]``. Services are found through the
``dbcloud.services`` entry point group (each generated distribution declares its ``_cli`` table), so
no command is written by hand: a service's commands, waiters and paginators come from its spec.

Exit codes (as the aws CLI): 0 success; 1 the call failed (an error reply, a network failure, a
waiter that failed or ran out of time); 2 usage (unknown flag, bad JSON, a request the spec forbids,
missing credentials). click is imported here, never by ``import dbcloud_core``.
"""

from __future__ import annotations

from ._app import cli, main

__all__ = ["cli", "main"]
