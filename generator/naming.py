"""The one place names are made (botocore's ``xform_name``)."""

from __future__ import annotations

import re

SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")

#: Public attributes of a generated client (dbcloud_core.base_client): an operationId must not take one.
#: tests/generator/test_hazards.py checks this list against the runtime's classes.
FACADE_RESERVED = frozenset(
    {"base_url", "call", "cert", "close", "headers", "paginate", "project_id", "proxy", "retry", "strict", "timeout"}
    | {"verify", "wait"}
    | {"with_options", "with_raw_response"}
)
#: Names a generated package already defines at module level (opc's types.py, client.py) or imports in models.
SCHEMA_RESERVED = frozenset({"UNSET", "Unset", "File", "FileTypes", "Response", "Client", "AuthenticatedClient"})
#: Methods and fields of every generated attrs model.
MODEL_RESERVED = frozenset({"to_dict", "from_dict", "additional_properties", "additional_keys", "fields_set"})


def is_snake_case(name: str) -> bool:
    return bool(SNAKE_CASE.fullmatch(name))


def pascal(name: str) -> str:
    """``show_cluster_detail`` -> ``ShowClusterDetail``; ``ClusterAvailable`` stays as it is."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def snake(name: str) -> str:
    """``ClusterAvailable`` -> ``cluster_available``."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower()


def pointer(*tokens: object) -> str:
    """A JSON pointer (RFC 6901) from raw tokens: ``pointer("paths", "/a/b")`` -> ``/paths/~1a~1b``."""
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)
