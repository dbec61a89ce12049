"""Spec lint: openapi-spec-validator, then the house rules of SPEC_GUIDE.md, as Finding values."""

from __future__ import annotations

from pathlib import Path

from ..config import Service
from ..spec import SpecLoadError, load
from .findings import Finding, Level
from .rules import ERRORS_FILE_RULES, SPEC_RULES

__all__ = ["Finding", "Level", "lint_file", "lint_service"]


def lint_file(file: Path, errors_file: Path | None = None) -> list[Finding]:
    """Every finding for one spec (and its errors.yaml when given); never raises for bad input."""
    try:
        spec = load(file)
    except SpecLoadError as exc:
        return [Finding(Level.ERROR, file, "", "yaml", str(exc))]
    findings: list[Finding] = []
    for rule in SPEC_RULES:
        findings.extend(rule(spec))
    if errors_file is not None:
        try:
            errors = load(errors_file)
        except SpecLoadError as exc:
            findings.append(Finding(Level.ERROR, errors_file, "", "yaml", str(exc)))
        else:
            for errors_rule in ERRORS_FILE_RULES:
                findings.extend(errors_rule(errors))
    return findings


def lint_service(service: Service) -> list[Finding]:
    return lint_file(service.spec, service.errors)
