"""Prototype: candidate shapes of typed decoding for a 500-cluster ``list_clusters`` reply, side by side.

Not part of ``make bench``'s report: it measures shapes the model templates could take, so the choice
is made on numbers (docs/decisions.md, "Typed decoding"). CPU time per item, min of ``runs`` samples:

- orjson: ``orjson.loads`` of the reply bytes (the target's unit: typed decoding <= 1.5x this);
- generated: ``ListClustersResponse.from_dict(orjson.loads(...))`` as the templates generate it today;
- constructors only: the same ``ClusterInfo`` and nested model objects built from already known values,
  no member read, no check: the floor of any eager from_dict that builds model objects;
- guard only: jsonschema-rs ``is_valid`` of the decoded reply against the response schema;
- lazy items + guard: ``orjson.loads``, the guard, then ``ListClustersResponse.from_dict`` with the
  clusters kept as a ``dbcloud_core.lazy.LazyList`` (each ``ClusterInfo`` built on first access): what
  the client does since issue 21 (the prototype's own sequence, measured first, gave way to it). A reply
  that fails the guard takes the eager path (drift reports, strict); what the guard cannot see (``3.0``
  for an integer) is reported when its item is built;
- lazy items + guard, every item read: the same with every item then built (the cost moved, not saved);
- lean eager: straight-line ``from_dict`` functions generated here from the model classes' annotations
  (``lean_decoder``), the shape a template could render: members read with ``src.get``, unknown members
  found by one set difference, one class check per scalar, enum members by dict lookup, no per-call
  closures, no ``dict(src)`` copy and pops. Drift is reported as today (the fallback is the generated
  ``from_dict``, which reports every place).

``python -m generator.bench.decoding`` prints the table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any, TypeGuard

from ._common import list_clusters_body
from .sizes import _count

_SCALARS = {str: "str", int: "int", bool: "bool", float: "float"}


def _is_model(kind: Any, base: type) -> TypeGuard[type]:
    return isinstance(kind, type) and issubclass(kind, base)


def lean_decoder(cls: type, made: dict[type, Callable[[Any], Any]] | None = None) -> Callable[[Any], Any]:
    """A straight-line decoder of model class ``cls`` (and, recursively, of its nested models): each
    member checked and built inline; anything unexpected falls back to the generated ``from_dict``."""
    import enum
    import inspect
    import typing

    from dbcloud_core.model import Model

    made = {} if made is None else made
    if cls in made:
        return made[cls]
    package = sys.modules[cls.__module__.rsplit(".", 2)[0] + ".models"]
    hints = typing.get_type_hints(cls, localns=vars(package))
    env: dict[str, Any] = {"cls": cls, "fallback": cls.from_dict, "UNSET": None}  # type: ignore[attr-defined]
    lines = ["def decode(src):", "    if src.__class__ is not dict: return fallback(src)", "    get = src.get"]
    names = []
    for n, field in enumerate(inspect.signature(cls).parameters.values()):
        options = [a for a in typing.get_args(hints[field.name]) or (hints[field.name],)]
        unset = (
            next(a for a in options if getattr(a, "__name__", "") == "Unset")
            if any(getattr(a, "__name__", "") == "Unset" for a in options)
            else None
        )
        if unset is not None:
            env["UNSET"] = __import__(unset.__module__, fromlist=["UNSET"]).UNSET
        kinds = [a for a in options if a is not unset and a is not type(None)]
        nullable = type(None) in options
        value = f"v{n}"
        lines.append(f"    {value} = get({field.name!r}, UNSET)")
        ok = ["UNSET"] + (["None"] if nullable else [])
        guard = " and ".join(f"{value} is not {o}" for o in ok)
        (kind,) = kinds if len(kinds) == 1 else (None,)
        if kind in _SCALARS:
            lines.append(f"    if {value}.__class__ is not {_SCALARS[kind]} and {guard}: return fallback(src)")
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            env[f"E{n}"] = {m.value: m for m in kind}
            env[f"C{n}"] = kind
            lines.append(f"    if {guard}:")
            lines.append(f"        {value} = E{n}.get({value}) or C{n}({value})")
        elif _is_model(kind, Model):
            env[f"D{n}"] = lean_decoder(kind, made)
            lines.append(f"    if {guard}: {value} = D{n}({value})")
        elif typing.get_origin(kind) is list and _is_model(typing.get_args(kind)[0], Model):
            env[f"D{n}"] = lean_decoder(typing.get_args(kind)[0], made)
            lines.append(f"    if {guard}:")
            lines.append(f"        if {value}.__class__ is not list: return fallback(src)")
            lines.append(f"        {value} = [D{n}(x) for x in {value}]")
        else:  # anything else (unions of several kinds, dates): the generated code decides
            lines.append(f"    if {guard}: return fallback(src)")
        if field.default is inspect.Parameter.empty:  # required: absent means drift, reported by the fallback
            lines.append(f"    if {value} is UNSET: return fallback(src)")
        names.append(field.name)
    env["KNOWN"] = frozenset(names)
    lines.append(f"    made = cls({', '.join(f'v{n}' for n in range(len(names)))})")
    lines.append("    if len(src) > len(KNOWN) or not src.keys() <= KNOWN:")
    lines.append("        made.additional_properties = {k: src[k] for k in src.keys() - KNOWN}")
    lines.append("    return made")
    exec("\n".join(lines), env)
    made[cls] = env["decode"]
    return made[cls]


def _response_guard() -> Any:
    """The runtime's reply guard of list_clusters (``RequestValidator.reply_guard``: jsonschema-rs)."""
    from dbcloud_core.base_client import _validator
    from dbcloud_dws import _behaviour

    return _validator("dbcloud_dws", _behaviour.SENSITIVE_FIELDS).reply_guard("list_clusters", 200)


def candidates(body: bytes) -> dict[str, Callable[[], int]]:
    """Each candidate decoding ``body``, returning the number of clusters it yields."""
    import orjson

    from dbcloud_core.lazy import Reply, reading_lazily
    from dbcloud_dws import models as m

    guard = _response_guard()
    decoded = orjson.loads(body)
    first = m.ClusterInfo.from_dict(decoded["clusters"][0])

    def constructors() -> int:
        built = []
        for _ in decoded["clusters"]:
            built.append(
                m.ClusterInfo(
                    first.id, first.status, first.sub_status, first.task_status,
                    m.ActionProgress(), first.node_type, first.subnet_id, first.security_group_id,
                    first.number_of_node, first.availability_zone, first.port, first.name, first.version,
                    first.vpc_id, first.user_name, m.PublicIp(m.PublicIpPublicBindType.AUTO_ASSIGN),
                    [m.PublicEndpoints("a", "b")], [m.Endpoints("a", "b")], first.updated, first.created,
                    first.enterprise_project_id, [m.Tags("k", "v"), m.Tags("k", "v")], first.recent_event,
                )
            )  # fmt: skip
        return len(built)

    def lazy() -> Any:
        data = orjson.loads(body)
        if not guard(data):
            raise AssertionError("the reply must pass the guard")
        with reading_lazily(Reply("list_clusters", data)):
            return m.ListClustersResponse.from_dict(data).clusters

    def lazy_all() -> int:
        items = lazy()
        return sum(1 for item in items if item.id)

    lean = lean_decoder(m.ClusterInfo)
    if lean(decoded["clusters"][0]).to_dict() != first.to_dict():
        raise AssertionError("the lean decoder must build what the generated from_dict builds")

    return {
        "lean eager (generated here, see lean_decoder)": lambda: len([lean(c) for c in orjson.loads(body)["clusters"]]),
        "orjson.loads": lambda: len(orjson.loads(body)["clusters"]),
        "generated from_dict (today)": lambda: _count(m.ListClustersResponse.from_dict(orjson.loads(body)).clusters),
        "constructors only (eager floor, no parsing)": constructors,
        "guard only: jsonschema-rs is_valid": lambda: 500 if guard(decoded) else 0,
        "lazy items + guard (the client's path: dbcloud_core.lazy)": lambda: len(lazy()),
        "lazy items + guard, every item read": lazy_all,
    }


def measure(count: int = 500, runs: int = 7) -> dict[str, float]:
    """CPU microseconds per item of each candidate (min of ``runs`` samples)."""
    body = list_clusters_body(count)
    found = {}
    for name, call in candidates(body).items():
        if call() != count:
            raise AssertionError(f"{name} did not yield {count} clusters")
        best = float("inf")
        for _ in range(runs):
            start = time.thread_time_ns()
            for _ in range(10):
                call()
            best = min(best, (time.thread_time_ns() - start) / 10 / count / 1000)
        found[name] = round(best, 2)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench.decoding", description=__doc__)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    found = measure(args.items, args.runs)
    unit = found["orjson.loads"]
    for name, us in found.items():
        print(f"{us:8.2f} us/item  {us / unit:5.2f}x orjson  {name}")
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
