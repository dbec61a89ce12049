"""``Record`` behaves as the frozen dataclass it replaces (issue 21): each case declares the same class both
ways and compares what the standard library's dataclass does with what Record does."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any, ClassVar, Generic, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dbcloud_core.record import Record

T = TypeVar("T")


class Point(Record, hidden=("secret",), uncompared=("note",)):
    x: int
    y: str = "y"
    secret: str | None = None
    note: str = ""


@dataclasses.dataclass(frozen=True)
class DataPoint:
    x: int
    y: str = "y"
    secret: str | None = dataclasses.field(default=None, repr=False)
    note: str = dataclasses.field(default="", compare=False)


class Slotted(Record):
    __slots__ = ("a", "b")
    a: int
    b: tuple[int, ...]


class Box(Record, Generic[T], frozen=False):
    item: T
    label: str | None = None


class Checked(Record):
    n: int

    def __post_init__(self) -> None:
        if self.n < 0:
            raise ValueError("negative")


def _as_dataclass_repr(record: Record) -> str:
    return repr(record).replace(type(record).__qualname__, "DataPoint", 1)


values = st.tuples(st.integers(), st.text(max_size=5), st.none() | st.text(max_size=5), st.sampled_from(["", "n"]))


@given(values, values)
def test_construction_equality_hash_and_repr_match_a_frozen_dataclass(
    one: tuple[int, str, str | None, str], other: tuple[int, str, str | None, str]
) -> None:
    ours, theirs = Point(*one), DataPoint(*one)
    assert _as_dataclass_repr(ours) == repr(theirs)
    assert (ours == Point(*other)) == (theirs == DataPoint(*other))
    assert (hash(ours) == hash(Point(*other))) >= (ours == Point(*other))
    assert Point(x=one[0], y=one[1], secret=one[2], note=one[3]) == ours
    assert dataclasses.astuple(theirs) == tuple(getattr(ours, name) for name in Point.__match_args__)


def test_signature_defaults_and_match_args_match_a_frozen_dataclass() -> None:
    assert str(inspect.signature(Point)) == str(inspect.signature(DataPoint))
    assert Point.__match_args__ == DataPoint.__match_args__ == ("x", "y", "secret", "note")
    match Point(1, "b"):
        case Point(x, y):
            assert (x, y) == (1, "b")
        case _:
            pytest.fail("no match")


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing required argument: 'x'"),
        ((1, "a", None, "", 4), {}, "takes 4 arguments, got 5"),
        ((1,), {"x": 2}, "multiple values for argument 'x'"),
        ((1,), {"z": 2}, "unexpected keyword argument 'z'"),
    ],
)
def test_wrong_arguments_raise_type_error_as_a_dataclass_does(
    args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError):
        DataPoint(*args, **kwargs)
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)


def test_frozen_unless_declared_mutable() -> None:
    point = Point(1)
    with pytest.raises(AttributeError, match="frozen"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="frozen"):
        del point.x
    with pytest.raises(AttributeError, match="frozen"):
        point.z = 2  # type: ignore[attr-defined]
    box = Box([1])
    box.label = "changed"
    assert box == Box([1], "changed") and box != Box([1])
    with pytest.raises(TypeError, match="unhashable"):
        hash(box)


def test_slots_hold_the_members() -> None:
    record = Slotted(1, (2,))
    assert not hasattr(record, "__dict__") and hash(record) == hash(Slotted(1, (2,)))
    with pytest.raises(AttributeError):
        object.__setattr__(record, "c", 3)  # no slot, no dict: nothing else can be stored


@pytest.mark.parametrize("record", [Point(1, "b", "s"), Slotted(1, (2, 3)), Box({"k": [1]}, "l")])
def test_copy_deepcopy_and_pickle_keep_the_value(record: Record) -> None:
    for clone in (copy.copy(record), copy.deepcopy(record), pickle.loads(pickle.dumps(record))):
        assert clone == record and type(clone) is type(record)


def test_a_hidden_or_uncompared_name_must_be_a_member() -> None:
    with pytest.raises(TypeError, match="not among its members: secert"):

        class Misspelt(Record, hidden=("secert",)):
            secret: str

    with pytest.raises(TypeError, match="not among its members: z"):

        class Unknown(Record, uncompared=("z",)):
            x: int


def test_a_classvar_is_no_member() -> None:
    class Counted(Record):
        limit: ClassVar[int] = 3
        x: int

    assert Counted.__match_args__ == ("x",) and Counted(1).limit == 3


def test_post_init_runs_after_the_members_are_set() -> None:
    assert Checked(3).n == 3
    with pytest.raises(ValueError, match="negative"):
        Checked(-1)


def test_the_dataclasses_helpers_accept_a_record() -> None:
    ours, theirs = Point(1, "b", "s"), DataPoint(1, "b", "s")
    assert dataclasses.is_dataclass(ours)
    assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)
    assert [(f.name, f.default, f.repr, f.compare) for f in dataclasses.fields(ours)] == [
        (f.name, f.default, f.repr, f.compare) for f in dataclasses.fields(theirs)
    ]
    assert dataclasses.replace(ours, x=2) == Point(2, "b", "s")
    assert dataclasses.replace(Slotted(1, ()), b=(5,)) == Slotted(1, (5,))
    with pytest.raises(ValueError, match="negative"):
        dataclasses.replace(Checked(1), n=-1)  # replace builds anew: __post_init__ checks again
