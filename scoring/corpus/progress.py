"""Watching a corpus run: the progress line (an observer of the rows written), the articles below the gate, the summary line."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import Protocol, TextIO

from .rows import EXIT_BELOW, EXIT_FAILED, BatchResult, Outcome, Tally


class Observer(Protocol):
    """What a corpus run tells as it goes: each row written (with the counts so far), and its end."""

    def row_written(self, outcome: Outcome, tally: Tally) -> None:
        """One row was written; ``tally`` counts every row so far."""

    def finished(self) -> None:
        """The run is over (done, or stopped)."""


class Progress:
    """A one-line progress display (count, rate; percent and ETA when the input size is known): an Observer.

    Whether shown or not, it names each article below ``fail_under`` (``below_line``), and each error row if ``echo_errors``.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        enabled: bool,
        total_bytes: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        interval: float = 0.2,
        echo_errors: bool = False,
        fail_under: float | None = None,
    ) -> None:
        self._stream, self._enabled, self._total = stream, enabled, total_bytes
        self._echo_errors = echo_errors  # print each error row's message (when the rows go elsewhere than a file)
        self._fail_under = fail_under
        self._clock, self._interval = clock, interval
        self._start = self._last = clock()  # first drawn one interval in, when a rate means something
        self._shown = False

    def row_written(self, outcome: Outcome, tally: Tally) -> None:
        """Echo an error row's message if asked to, name an article below the gate, and redraw the line."""
        if outcome.error and self._echo_errors:
            self.message(f"sourcescore: {outcome.error}")
        if self._fail_under is not None and outcome.error is None and outcome.score is not None and outcome.score < self._fail_under:
            self.message(below_line(outcome.id, outcome.score, self._fail_under))
        self.update(tally)

    def finished(self) -> None:
        """Remove the progress line."""
        self.clear()

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
            text += f"  ETA {clock_text(eta)}"
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


def clock_text(seconds: float) -> str:
    """``seconds`` as H:MM:SS."""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def below_line(ident: object, score: float, fail_under: float, earlier: str | None = None) -> str:
    """The line that names an article scored below ``--fail-under`` (``earlier``: the output file an earlier run wrote it to)."""
    where = f" (already in {earlier})" if earlier else ""
    return f"sourcescore: {ident if ident is not None else '<no id>'}: scored {score:g}, below --fail-under {fail_under:g}{where}"


def verdict(result: BatchResult, fail_under: float | None = None, output: str | None = None) -> str:
    """The exit status and why, in words: the end of the summary line."""
    status = result.status

    def earlier(count: int) -> str:
        return f" ({count:,} already in {output or 'the output'})" if count else ""

    if status == EXIT_FAILED:
        if result.aborted:
            why = "the run stopped early"
        elif result.failed:
            why = f"{result.failed:,} {_plural(result.failed, 'record')} could not be scored{earlier(result.earlier.failed)}"
        else:
            why = "no article scored"
    elif status == EXIT_BELOW:
        gate = "" if fail_under is None else f" {fail_under:g}"
        why = f"{result.below:,} {_plural(result.below, 'article')} below --fail-under{gate}{earlier(result.earlier.below)}"
    else:
        why = "every article scored" if fail_under is None else f"none below --fail-under {fail_under:g}"
    return f"exit status {status}: {why}"


def summary_line(result: BatchResult, output: str | None = None, fail_under: float | None = None) -> str:
    """The closing line: articles, failures, skips, rate, bands, and the exit status with its reason."""
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
    return f"{text}; {verdict(result, fail_under, output)}"
