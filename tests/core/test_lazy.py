"""dbcloud_core.lazy.LazyList: a list whose items are built on first access, once (issue 21).

The items here are small frozen dataclasses built from dicts; a build counter checks that nothing is
built twice and that indexing and iterating build only what they reach.
"""

from __future__ import annotations

import copy
import logging
import pickle
from dataclasses import dataclass
from typing import Any

import pytest

from dbcloud_core.lazy import LazyList, Reply, lazy_reply, reading_lazily
from dbcloud_core.parsing import drift


@dataclass(frozen=True)
class Item:
    n: int

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Item:
        if src["n"].__class__ is not int:
            drift(cls, src, "n", src["n"], "integer")
        return cls(src["n"])


class Counting:
    def __init__(self) -> None:
        self.built: list[int] = []

    def __call__(self, src: dict[str, Any]) -> Item:
        self.built.append(src["n"])
        return Item.from_dict(src)


def _lazy(count: int = 4) -> tuple[LazyList[Item], Counting]:
    build = Counting()
    return LazyList([{"n": n} for n in range(count)], build), build


def test_indexing_builds_only_the_item_read_and_keeps_it() -> None:
    items, build = _lazy()
    assert len(items) == 4 and build.built == []
    assert items[2] == Item(2) and items[-1] == Item(3)
    assert items[2] is items[2] and items[-1] is items[3]
    assert build.built == [2, 3]


def test_iteration_and_slices_build_each_item_once() -> None:
    items, build = _lazy()
    assert items[1:3] == [Item(1), Item(2)] and type(items[1:3]) is list
    assert items[::-2] == [Item(3), Item(1)]
    assert [item.n for item in items] == [0, 1, 2, 3]
    assert list(items) == [Item(n) for n in range(4)]
    assert sorted(build.built) == [0, 1, 2, 3]


def test_it_is_a_list_equal_to_the_list_of_its_items() -> None:
    items, _ = _lazy()
    plain = [Item(n) for n in range(4)]
    assert isinstance(items, list)
    assert items == plain and plain == _lazy()[0] and items == _lazy()[0]
    assert not items != plain
    assert items != plain[:3] and items != [Item(9)] * 4
    assert Item(2) in _lazy()[0] and Item(9) not in items
    assert _lazy()[0].index(Item(1)) == 1 and _lazy()[0].count(Item(3)) == 1
    assert list(reversed(_lazy()[0])) == plain[::-1]
    assert [Item(9)] + _lazy()[0] == [Item(9), *plain] and _lazy()[0] + [Item(9)] == [*plain, Item(9)]
    assert tuple(_lazy()[0]) == tuple(plain) and repr(_lazy()[0]) == repr(plain) and str(_lazy()[0]) == str(plain)
    assert bool(_lazy(0)[0]) is False and _lazy(0)[0] == []


def test_mutation_builds_first_then_acts_as_a_list() -> None:
    items, build = _lazy()
    items.append({"n": 7})  # type: ignore[arg-type]  # a dict put in by hand stays a dict
    stored: Any = list.__getitem__(items, 4)
    assert build.built == [0, 1, 2, 3] and stored == {"n": 7}
    items, _ = _lazy()
    items[0] = Item(10)
    del items[1]
    items.insert(0, Item(11))
    assert items.pop() == Item(3)
    items.remove(Item(2))
    assert items == [Item(11), Item(10)]
    items.sort(key=lambda item: item.n)
    items.reverse()
    items += [Item(12)]
    assert items == [Item(11), Item(10), Item(12)] and items.copy() == items and type(items.copy()) is list
    items.clear()
    assert items == []


def test_copies_and_pickles_are_plain_lists_of_the_items() -> None:
    items, build = _lazy()
    for copied in (copy.copy(items), copy.deepcopy(items), pickle.loads(pickle.dumps(items))):
        assert type(copied) is list and copied == [Item(n) for n in range(4)]
    assert sorted(set(build.built)) == [0, 1, 2, 3] and len(build.built) == 4


def test_a_late_drift_is_logged_naming_the_operation_and_path(caplog: pytest.LogCaptureFixture) -> None:
    body: dict[str, Any] = {"things": [{"n": 1}, {"n": 2.0}], "other": [{"n": 3.0}]}
    items = LazyList(body["things"], Item.from_dict, Reply("list_things", body))
    alone = LazyList(body["other"], Item.from_dict)
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        assert items[0] == Item(1)
        assert caplog.records == []
        assert items[1] == Item(2.0)  # type: ignore[arg-type]  # kept as received
        assert alone[0] == Item(3.0)  # type: ignore[arg-type]
    assert [r.getMessage() for r in caplog.records] == [
        "list_things: the reply departs from the spec at $.things[1].n: expected integer, got number; kept as received",
        "LazyList: the reply departs from the spec at $[0].n: expected integer, got number; kept as received",
    ]


def test_reading_lazily_sets_the_reply_for_its_block_only() -> None:
    reply = Reply("list_things", {})
    assert lazy_reply() is None
    with reading_lazily(reply):
        assert lazy_reply() is reply
        with reading_lazily(None):
            assert lazy_reply() is None
        assert lazy_reply() is reply
    assert lazy_reply() is None


def test_a_change_inside_the_loop_builds_the_rest_and_the_loop_goes_on() -> None:
    items, build = _lazy()
    seen = []
    for item in items:
        seen.append(item)
        if item.n == 1:
            items.append(Item(9))
    assert seen == [Item(0), Item(1), Item(2), Item(3), Item(9)] and sorted(build.built) == [0, 1, 2, 3]
    assert type(iter(items)) is type(iter([]))  # built: iterated as a plain list


def test_the_reply_body_is_let_go_once_every_item_is_built() -> None:
    import gc
    import weakref

    class Body(dict[str, Any]):
        pass

    body = Body(things=[{"n": 1}, {"n": 2}])
    items = LazyList(body["things"], Item.from_dict, Reply("list_things", body))
    gone = weakref.ref(body)
    del body
    assert items[0] == Item(1) and gone() is not None  # an item still raw: a late report may need the body
    assert list(items) == [Item(1), Item(2)]
    gc.collect()
    assert gone() is None
