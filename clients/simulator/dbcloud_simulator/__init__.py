"""A stateful local simulator of every service, built from the same specs as the clients."""

from .app import Simulator, build_app
from .auth import Credentials
from .clock import SimClock

__all__ = ["Credentials", "SimClock", "Simulator", "build_app"]
