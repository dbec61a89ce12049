"""The base of every generated model: equality over the members, nothing built at import time.

The generated classes are plain slotted classes whose ``__init__`` is written out in the module
(generator/templates/opc/model.py.jinja), so a model costs what compiling its ``.pyc`` cost, once, at
install. attrs (opc's default) builds ``__init__``/``__eq__``/``__repr__`` with ``exec`` when each class is
created and costs ~22 ms to import: most of a first call's own time (issue 21, docs/decisions.md).

What attrs gave and this keeps: keyword or positional construction in declaration order, equality by
class and members (``additional_properties`` included, bookkeeping not), unhashable (mutable), slots with
a weak-reference slot, ``__match_args__``, copy and pickle (Python's own support for slots).
Introspection is the standard library's: ``inspect.signature(Model)`` lists the members, their
annotations and defaults.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = ["Model"]


class Model:
    """Equality of generated models; each subclass declares ``__slots__``, ``__match_args__`` and ``__init__``."""

    __slots__ = ()
    #: The members, in ``__init__``'s order (what ``==`` and ``repr`` show, with ``additional_properties``).
    __match_args__: ClassVar[tuple[str, ...]] = ()
    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable: unhashable, as attrs' eq=True

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__match_args__) and getattr(
            self, "additional_properties", None
        ) == getattr(other, "additional_properties", None)
