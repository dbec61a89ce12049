"""Settings resolved once: where specs and clients live, which services exist, which tools run."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CLIENTS = ROOT / "clients"
TEMPLATES = Path(__file__).resolve().parent / "templates"
#: The simulator package ships every spec it serves (as JSON, exported by `make generate`).
SIMULATOR_SPECS = CLIENTS / "simulator" / "dbcloud_simulator" / "specs"
EXTENSIONS_SCHEMA = SPECS / "extensions.schema.yaml"
#: Tools are run from the same interpreter (the pinned venv), never from PATH.
PYTHON = sys.executable
#: Version of every generated distribution; bumped by hand when the specs change meaningfully.
#: Kept equal to dbcloud_core's: a service package requires the core of its own minor release.
CLIENT_VERSION = "0.1.0"


def next_minor(version: str) -> str:
    """``0.1.0`` -> ``0.2``: the first core release a service package of ``version`` does not accept."""
    major, minor = version.split(".")[:2]
    return f"{major}.{int(minor) + 1}"


@dataclass(frozen=True)
class Service:
    """One service: its key (``dws``), spec files and the package generated from them."""

    key: str

    @property
    def spec_dir(self) -> Path:
        return SPECS / self.key

    @property
    def spec(self) -> Path:
        return self.spec_dir / "openapi.yaml"

    @property
    def errors(self) -> Path:
        return self.spec_dir / "errors.yaml"

    @property
    def package(self) -> str:
        return f"dbcloud_{self.key}"

    @property
    def distribution(self) -> str:
        return f"dbcloud-{self.key}"

    @property
    def client_dir(self) -> Path:
        return CLIENTS / self.key

    @property
    def simulator_spec(self) -> Path:
        return SIMULATOR_SPECS / f"{self.key}.json"


def all_services() -> list[Service]:
    """Every service that has a spec, in a stable order."""
    return [Service(p.parent.name) for p in sorted(SPECS.glob("*/openapi.yaml"))]


def select(keys: list[str]) -> list[Service]:
    """The services named on the command line (all when none), or SystemExit naming the unknown key."""
    known = {s.key: s for s in all_services()}
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise SystemExit(f"unknown service(s): {', '.join(unknown)}; known: {', '.join(known)}")
    return [known[k] for k in keys] if keys else list(known.values())
