"""Simulated time: wall-clock time plus an offset that tests (or the admin endpoint) advance at once."""

from __future__ import annotations

import threading
import time

from .limits import MAX_CLOCK_OFFSET_S, LimitError, finite


class SimClock:
    """A clock the simulator's asynchronous work follows.

    ``speed`` stretches time for people watching a demo (2.0 runs lifecycles twice as fast); tests
    keep ``speed=1`` and call :meth:`advance` so a 10-minute cluster creation takes no real time.
    """

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._start = time.time()
        self._speed = speed
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Simulated seconds since the epoch."""
        real = time.time()
        return self._start + (real - self._start) * self._speed + self._offset

    def advance(self, seconds: float) -> float:
        """Jump forward (never back); returns the new simulated time.

        Raises:
            LimitError: ``seconds`` is negative, not finite, or would take the clock more than a
                century ahead (dates past year 9999 cannot be written).
        """
        step = finite(seconds, "seconds", 0, MAX_CLOCK_OFFSET_S)
        with self._lock:
            if self._offset + step > MAX_CLOCK_OFFSET_S:
                raise LimitError(
                    f"the clock may run at most {MAX_CLOCK_OFFSET_S:g} s ahead; POST /_sim/reset sets it back"
                )
            self._offset += step
        return self.now()

    def reset(self) -> None:
        """Undo every :meth:`advance`."""
        with self._lock:
            self._offset = 0.0
