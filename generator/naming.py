"""The one place names are made (botocore's ``xform_name``)."""

from __future__ import annotations

import re

SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


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
