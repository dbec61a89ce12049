# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Final, Generic, Literal, TypeVar

from dbcloud_core.record import Record


class Unset(Enum):
    """The type of ``UNSET``: an argument or request member left out (not sent), unlike ``None`` (null)."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


#: A one-member enum, so ``x is not UNSET`` narrows ``X | Unset`` to ``X`` for type checkers, and copies stay it.
UNSET: Final = Unset.UNSET

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File(Record, frozen=False):
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(Record, Generic[T], frozen=False):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


_E = TypeVar("_E", bound=Enum)
_MEMBERS: dict[type[Enum], dict[object, Any]] = {}


def enum_member(cls: type[_E], value: object) -> _E:
    """``cls(value)``, by a dict lookup when the value is listed: Python 3.11's EnumType.__call__
    runs two Python frames per value, a visible part of parsing a response (issue 9)."""
    members = _MEMBERS.get(cls)
    if members is None:
        members = _MEMBERS[cls] = {member.value: member for member in cls}
    try:
        member: _E = members[value]  # typed by assignment: typing.cast would cost a call
    except (KeyError, TypeError):  # not listed (an open enum keeps it, see _missing_), or unhashable
        return cls(value)
    return member
