"""Lint results as values (opc's ``ParseError`` shape): a run reports every problem, not the first."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from ..config import ROOT
from ..spec import Spec


class Level(enum.Enum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    level: Level
    file: Path
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        try:
            shown = self.file.resolve().relative_to(ROOT)
        except ValueError:
            shown = self.file
        return f"{shown}#{self.pointer}: {self.level.value} [{self.rule}] {self.message}"


def error(spec: Spec, at: str, rule: str, message: str) -> Finding:
    """An error finding at JSON pointer ``at`` of ``spec``."""
    return Finding(Level.ERROR, spec.file, at, rule, message)
