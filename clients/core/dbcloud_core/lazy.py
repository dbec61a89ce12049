"""Lazy list members of a reply: each item typed on first access, then kept (issue 21).

Typing every item of a long list reply eagerly costs about five times orjson's decoding of it
(docs/decisions.md, "Typed decoding"). When a 2xx reply passes the operation's reply guard (its
spec schema, checked with jsonschema-rs by ``base_client._parse``), the runtime parses it with
:func:`reading_lazily` on, and the generated ``from_dict`` keeps a member that is a list of
models as a :class:`LazyList` over the reply's own item dicts: an item becomes its model (by that
model's generated ``from_dict``) when it is first read. A reply that fails the guard is typed
eagerly, as before, so drift reports, ``strict`` and unknown members are unchanged. What the
guard cannot see (``3.0`` for an integer: JSON Schema calls it one) is reported when the item is
built, as a warning naming the operation and the JSON path into the reply.

A ``LazyList`` is a ``list`` (the member keeps its ``list[X]`` annotation): indexing, iterating and
``len`` build only what they reach; any other list operation (comparison, ``repr``, mutation,
copy, pickling) builds every item first and then acts as the plain list it has become.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, NamedTuple, SupportsIndex, TypeVar, overload

from .parsing import collected, settle

__all__ = ["LazyList", "Reply", "lazy_reply", "reading_lazily"]

_T = TypeVar("_T")


class Reply(NamedTuple):
    """The guarded reply being parsed: a late drift report names its operation and a path into its body."""

    operation: str
    body: Any


# The guarded reply being parsed, or None (then from_dict types lists eagerly).
_LAZY: ContextVar[Reply | None] = ContextVar("dbcloud_lazy", default=None)
#: What the generated ``from_dict`` asks: the reply parsed lazily now, or None.
lazy_reply = _LAZY.get

_get = list.__getitem__
_set = list.__setitem__


class reading_lazily:
    """While active, generated ``from_dict`` keeps lists of models as :class:`LazyList` (None: off).

    A class, not ``contextlib.contextmanager``: it runs once per parsed reply, and a generator-based
    manager costs about a microsecond more."""

    __slots__ = ("_reply", "_token")

    def __init__(self, reply: Reply | None) -> None:
        self._reply = reply

    def __enter__(self) -> None:
        self._token = _LAZY.set(self._reply)

    def __exit__(self, *exc: object) -> None:
        _LAZY.reset(self._token)


class LazyList(list[_T]):
    """A reply's list member whose items are typed on first access (see the module docstring).

    Args:
        raw: The reply's item dicts (the list is copied; the dicts are read, never changed).
        build: The item model's ``from_dict``.
        reply: The reply ``raw`` is part of (named by a late drift report); None: the list stands alone.
    """

    __slots__ = ("_build", "_reply")

    def __init__(self, raw: list[Any], build: Callable[[Any], _T], reply: Reply | None = None) -> None:
        list.__init__(self, raw)
        self._build: Callable[[Any], _T] | None = build if raw else None  # None: every item built
        self._reply = reply

    def _make(self, build: Callable[[Any], _T], index: int, raw: Any) -> _T:
        # Two threads reading the same new item at once may both build it (equal models; the last is kept).
        item, reports = collected(build, raw)
        if reports:  # something the guard cannot see (see the module docstring): reported now
            if self._reply is None:
                settle(type(self).__name__, raw, reports, strict=False, root=f"$[{index}]")
            else:  # the item is the reply's own object: located in it by identity
                settle(self._reply.operation, self._reply.body, reports, strict=False)
        _set(self, index, item)
        return item

    def _materialise(self) -> None:
        """Build every item still raw; the list is then a plain list of models."""
        build = self._build
        if build is not None:
            for index in range(len(self)):
                raw = _get(self, index)
                if raw.__class__ is dict:
                    self._make(build, index, raw)
            self._build = self._reply = None  # the reply's body is no longer needed: let it go

    @overload
    def __getitem__(self, index: SupportsIndex) -> _T: ...
    @overload
    def __getitem__(self, index: slice) -> list[_T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> _T | list[_T]:
        build = self._build
        if build is None:
            return _get(self, index)
        if isinstance(index, slice):
            for i in range(*index.indices(len(self))):
                self[i]
            return _get(self, index)
        item = _get(self, index)
        if item.__class__ is dict:
            position = index.__index__()
            return self._make(build, position + len(self) if position < 0 else position, item)
        return item

    def __iter__(self) -> Iterator[_T]:
        if self._build is None:
            return list.__iter__(self)
        return self._iterate()

    def _iterate(self) -> Iterator[_T]:
        index = 0
        while index < len(self):  # len each time: the loop's body may change the list, as a list's iterator allows
            item = _get(self, index)
            build = self._build  # None once a change in the loop's body built the rest
            yield self._make(build, index, item) if item.__class__ is dict and build is not None else item
            index += 1
        self._build = self._reply = None  # a whole pass built every item: a plain list's speed, the body let go

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        """Copied and pickled as the plain list of its models."""
        return (list, (list(self),))

    def __radd__(self, other: list[_T]) -> list[_T]:
        # ``[...] + lazy``: Python asks the subclass first, so list's own concatenation (which would
        # copy the raw dicts) does not run.
        return other + list(self)


def _materialising(name: str) -> Callable[..., Any]:
    method = getattr(list, name)

    def call(self: LazyList[Any], *args: Any, **kwargs: Any) -> Any:
        self._materialise()
        for arg in args:
            if isinstance(arg, LazyList):  # compared or concatenated with another lazy list
                arg._materialise()
        return method(self, *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = method.__doc__
    return call


# Every other list operation reads or changes the stored items as a whole: each builds the rest
# first. Set here, not in the class body, so that mypy keeps list's own signatures.
_MATERIALISING = (
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__contains__", "__reversed__", "__repr__",
    "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__", "__setitem__", "__delitem__",
    "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear",
)  # fmt: skip
for _name in _MATERIALISING:
    setattr(LazyList, _name, _materialising(_name))
del _name
