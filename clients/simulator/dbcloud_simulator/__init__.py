"""A stateful local simulator of every service, built from the same specs as the clients."""

from .app import Simulator, build_app
from .auth import Credentials
from .clock import SimClock
from .inprocess import InProcessSimulator, mock_dbcloud

__all__ = ["Credentials", "InProcessSimulator", "SimClock", "Simulator", "build_app", "mock_dbcloud"]
