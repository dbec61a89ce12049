"""Frozen value objects that cost nothing to declare: the runtime's credentials, policies and records.

``@dataclass(frozen=True)`` writes ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``
and ``__delattr__`` as source and ``exec``s each one as the class is created: about 1.1 ms per class on
Python 3.11, and a third of what a first list call costs beyond ``import httpx`` (issue 21,
docs/decisions.md). A :class:`Record` is declared as a frozen dataclass is (annotations, defaults,
``__post_init__``) and behaves as one; its methods are written once, here. Type checkers see a frozen
dataclass (``dataclass_transform``). The generated models made the same trade (``dbcloud_core.model``).
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any, ClassVar, dataclass_transform

__all__ = ["Record"]

_NO_DEFAULT: Any = object()


class _Signature:
    """``inspect.signature(cls)``, built when asked for: what ``help()`` and IDEs show for ``__init__``."""

    def __get__(self, instance: object, owner: type[Record]) -> inspect.Signature:
        keyword = inspect.Parameter.POSITIONAL_OR_KEYWORD
        return inspect.Signature(
            [
                inspect.Parameter(
                    name,
                    keyword,
                    default=inspect.Parameter.empty if default is _NO_DEFAULT else default,
                    annotation=inspect.get_annotations(owner)[name],
                )
                for name, default in zip(owner.__match_args__, owner._defaults, strict=True)
            ],
            return_annotation=None,
        )


class _DataclassFields:
    """``__dataclass_fields__``, built when asked for: ``dataclasses.fields``, ``replace``, ``asdict`` and
    ``is_dataclass`` accept a Record as they did the dataclass it replaces, and only their callers import
    dataclasses."""

    def __get__(self, instance: object, owner: type[Record]) -> dict[str, Any]:
        import dataclasses

        annotations = inspect.get_annotations(owner)
        fields: dict[str, Any] = {}
        for name, default in zip(owner.__match_args__, owner._defaults, strict=True):
            field: Any = dataclasses.field(
                default=dataclasses.MISSING if default is _NO_DEFAULT else default,
                repr=name in owner._shown,
                compare=name in owner._compared,
            )
            field.name, field.type = name, annotations[name]
            field._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # as dataclass() itself marks one
            fields[name] = field
        return fields


# frozen_default reaches type checkers through 3.11's **kwargs (a named parameter from 3.12)
@dataclass_transform(eq_default=True, frozen_default=True)
class Record:
    """A frozen dataclass without the dataclass machinery.

    Members are the subclass's own annotations, in order; a class attribute of the same name is the
    default. ``hidden=`` names members left out of ``repr`` (a dataclass's ``field(repr=False)``),
    ``uncompared=`` those left out of ``==`` and ``hash`` (``field(compare=False)``); ``frozen=False``
    makes a mutable, unhashable class, as the dataclass keyword does. A subclass may declare
    ``__slots__`` (then without defaults).
    """

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()
    __signature__: ClassVar[Any] = _Signature()
    __dataclass_fields__: ClassVar[Any] = _DataclassFields()
    _defaults: ClassVar[tuple[Any, ...]] = ()
    _shown: ClassVar[tuple[str, ...]] = ()
    _compared: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(
        cls, *, hidden: tuple[str, ...] = (), uncompared: tuple[str, ...] = (), frozen: bool = True, **kwargs: Any
    ) -> None:
        super().__init_subclass__(**kwargs)
        if not frozen:
            cls.__setattr__ = object.__setattr__  # type: ignore[method-assign]
            cls.__delattr__ = object.__delattr__  # type: ignore[method-assign]
            cls.__hash__ = None  # type: ignore[assignment]
        own = inspect.get_annotations(cls)  # strings under postponed evaluation, else objects: never evaluated
        names = tuple(name for name, kind in own.items() if not str(kind).startswith(("ClassVar", "typing.ClassVar")))
        unknown = (set(hidden) | set(uncompared)) - set(names)
        if unknown:  # a misspelt name would otherwise leave a secret in repr without a word
            raise TypeError(
                f"{cls.__name__}: hidden=/uncompared= name(s) not among its members: {', '.join(sorted(unknown))}"
            )
        cls.__match_args__ = names  # type: ignore[misc]  # mypy guards pattern matching's own attribute
        cls._defaults = tuple(cls.__dict__.get(name, _NO_DEFAULT) for name in names)
        cls._shown = tuple(name for name in names if name not in hidden)
        cls._compared = tuple(name for name in names if name not in uncompared)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self.__match_args__
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__}() takes {len(names)} arguments, got {len(args)}")
        unknown = kwargs.keys() - names
        if unknown:
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {min(unknown)!r}")
        for index, (name, default) in enumerate(zip(names, self._defaults, strict=True)):
            if index < len(args):
                if name in kwargs:
                    raise TypeError(f"{type(self).__name__}() got multiple values for argument {name!r}")
                value = args[index]
            else:
                value = kwargs.get(name, default)
                if value is _NO_DEFAULT:
                    raise TypeError(f"{type(self).__name__}() missing required argument: {name!r}")
            object.__setattr__(self, name, value)
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._compared)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    if not TYPE_CHECKING:  # hidden from type checkers, which know frozen classes and would let any name be set

        def __setattr__(self, name: str, value: object) -> None:
            raise AttributeError(f"cannot assign to field {name!r}: {type(self).__name__} is frozen")

        def __delattr__(self, name: str) -> None:
            raise AttributeError(f"cannot delete field {name!r}: {type(self).__name__} is frozen")

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__match_args__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
