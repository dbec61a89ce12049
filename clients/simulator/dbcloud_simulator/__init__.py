"""A stateful local simulator of every service, built from the same specs as the clients."""

from ._version import __version__
from .app import Simulator, build_app
from .auth import Credentials
from .clock import SimClock

__all__ = ["Credentials", "SimClock", "Simulator", "__version__", "build_app"]
