"""Counting the rows of a corpus run: the progress line, the summary line and the exit status."""

from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from .corpus_scoring import Outcome


@dataclass(slots=True)
class Tally:
    """Counts of rows: for the progress display, the summary line and the exit status."""

    scored: int = 0
    failed: int = 0
    below: int = 0  # scored below fail_under
    skipped: int = 0  # already in the output (resume)
    bands: Counter[str] = field(default_factory=Counter)
    done_bytes: int = 0  # input bytes of the records processed in this run
    skipped_bytes: int = 0

    @property
    def processed(self) -> int:
        """Rows written: scored plus failed."""
        return self.scored + self.failed

    def add(self, score: float | None, band: str | None, error: str | None, fail_under: float | None) -> None:
        """Count one row."""
        if error or score is None:
            self.failed += 1
            return
        self.scored += 1
        self.bands[band or "?"] += 1
        if fail_under is not None and score < fail_under:
            self.below += 1

    def add_outcome(self, outcome: Outcome, fail_under: float | None) -> None:
        """Count one outcome of this run."""
        self.add(outcome.score, outcome.band, outcome.error, fail_under)
        self.done_bytes += outcome.size


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a run did, with the rows an earlier run had written (``resume``) counted in ``earlier``."""

    run: Tally
    earlier: Tally
    seconds: float
    aborted: bool = False  # a worker process died; the rows written so far are kept

    @property
    def failed(self) -> int:
        """Records that are error rows in the output, this run's and earlier ones."""
        return self.run.failed + self.earlier.failed

    @property
    def below(self) -> int:
        """Articles that scored below ``fail_under``, this run's and earlier ones."""
        return self.run.below + self.earlier.below


class Progress:
    """A one-line progress display (count, rate; percent and ETA when the input size is known)."""

    def __init__(
        self,
        stream: TextIO,
        *,
        enabled: bool,
        total_bytes: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        interval: float = 0.2,
    ) -> None:
        self._stream, self._enabled, self._total = stream, enabled, total_bytes
        self._clock, self._interval = clock, interval
        self._start = self._last = clock()  # first drawn one interval in, when a rate means something
        self._shown = False

    def update(self, tally: Tally, *, force: bool = False) -> None:
        """Redraw the line, at most once an interval."""
        now = self._clock()
        if not self._enabled or (not force and now - self._last < self._interval):
            return
        self._last = now
        width = shutil.get_terminal_size((80, 24)).columns - 1
        self._stream.write("\r" + self.line(tally, now - self._start)[:width] + "\x1b[K")
        self._stream.flush()
        self._shown = True

    def line(self, tally: Tally, elapsed: float) -> str:
        """The progress text: a bar and percent when the total is known, count, rate, ETA."""
        rate = tally.processed / elapsed if elapsed > 0 else 0.0
        text = f"{tally.processed:,} {_plural(tally.processed, 'article')}  {rate:,.0f}/s"
        if tally.skipped:
            text += f"  ({tally.skipped:,} skipped)"
        if not self._total:
            return text
        done = min(1.0, (tally.done_bytes + tally.skipped_bytes) / self._total)
        bar = "#" * round(20 * done) + "." * (20 - round(20 * done))
        text = f"[{bar}] {100 * done:3.0f}%  {text}"
        if tally.done_bytes and elapsed > 0:
            eta = max(0.0, self._total - tally.done_bytes - tally.skipped_bytes) * elapsed / tally.done_bytes
            text += f"  ETA {_clock_text(eta)}"
        return text

    def message(self, text: str) -> None:
        """Print a line (an error) above the progress line."""
        self.clear()
        print(text, file=self._stream, flush=True)

    def clear(self) -> None:
        """Remove the progress line, if shown."""
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def _clock_text(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def summary_line(result: BatchResult, output: str | None = None) -> str:
    """The closing line: articles, failures, skips, rate, bands."""
    run = result.run
    rate = run.processed / result.seconds if result.seconds > 0 else 0.0
    parts = [f"{run.scored:,} {_plural(run.scored, 'article')} scored", f"{run.failed:,} failed"]
    if run.skipped:
        parts.append(f"{run.skipped:,} skipped (already in {output or 'the output'})")
    bands = ", ".join(f"{run.bands[b]:,} {b}" for b in ("reliable", "mixed", "unreliable") if run.bands[b])
    text = f"sourcescore: {', '.join(parts)} in {result.seconds:.1f} s ({rate:,.1f} articles/s)"
    text += f"; {bands}" if bands else ""
    if result.aborted:
        text += "; stopped early: a worker process died (out of memory?); rerun with --resume to finish"
    return text
