"""What ``train`` and ``evaluate`` show on stderr as they go: each step with the time so far, and features extracted N/M with the rate.

Shown when stderr is a terminal, or when forced (``--progress``); never with ``-q``. The counting line
is redrawn in place (at most every ``interval`` seconds), like the corpus run's progress line
(``scoring/corpus/progress.py``), whose clock format it shares.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from ..corpus.progress import clock_text


class StepProgress:
    """The steps of a training or evaluation run (``step``) and the feature extraction count (``count``, a ``table.Progress``)."""

    def __init__(self, stream: TextIO, *, enabled: bool, clock: Callable[[], float] = time.monotonic, interval: float = 0.2) -> None:
        self._stream, self.enabled, self._clock, self._interval = stream, enabled, clock, interval
        self._start = clock()
        self._step_at = self._start  # when the current step began: the extraction rate counts from there
        self._last = 0.0
        self._open = False  # a counting line is on screen, not yet ended

    @staticmethod
    def wanted(stream: TextIO, *, quiet: bool, force: bool) -> bool:
        """Whether to show progress: never when quiet, always when forced, else when ``stream`` is a terminal."""
        if quiet:
            return False
        if force:
            return True
        try:
            return stream.isatty()
        except (AttributeError, ValueError):
            return False

    def step(self, text: str) -> None:
        """A new step: one line, ``[0:00:12] fitting ...``."""
        if not self.enabled:
            return
        self._end_count()
        self._step_at = self._clock()
        self._stream.write(f"[{clock_text(self._step_at - self._start)}] {text}\n")
        self._stream.flush()

    def count(self, done: int, total: int) -> None:
        """Features extracted for ``done`` of ``total`` articles: redrawn in place with the rate and the time left."""
        if not self.enabled:
            return
        now = self._clock()
        if done < total and now - self._last < self._interval:
            return
        self._last = now
        elapsed = now - self._step_at
        rate = done / elapsed if elapsed > 0 else 0.0
        line = f"  extracting features: {done:,}/{total:,} articles"
        if rate and done < total:
            line += f"  {rate:,.1f}/s  ETA {clock_text((total - done) / rate)}"
        elif rate:
            line += f"  {rate:,.1f}/s, in {clock_text(elapsed)}"
        self._stream.write("\r" + line + "\x1b[K")
        self._open = True
        if done >= total:
            self._end_count()
        self._stream.flush()

    def _end_count(self) -> None:
        if self._open:
            self._stream.write("\n")
            self._open = False
