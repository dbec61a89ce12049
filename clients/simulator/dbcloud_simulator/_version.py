"""The one place the package version is written (pyproject reads it; hatch dynamic version)."""

__version__ = "0.1.0"
