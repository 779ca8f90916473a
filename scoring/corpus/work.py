"""Scoring items in input order, in this process or in a pool of worker processes, one Scorer a process.

Each row is rendered (JSON line, CSV dict, text) where its article is scored, so that only compact
rows travel back from the workers. At most ``IN_FLIGHT_PER_JOB * jobs`` chunks are in flight.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice

from ..records import InputError, Item
from ..report import Report
from ..scorer import Scorer, ScorerOptions
from .rows import ROW_KINDS, Outcome, render, render_error

CHUNK_SIZE = 16  # articles a worker scores per round trip: ~50 ms of work against ~1 ms of overhead
CHUNK_CHARS = 1 << 20  # ... or fewer, so that a chunk of long articles stays small
IN_FLIGHT_PER_JOB = 2  # chunks queued per worker process: enough to keep it busy, bounded memory
KEPT_SCORERS = 4  # option sets whose Scorer a process keeps (a Dask worker may serve several)

# This process's Scorers with their options, most recent last. A worker forked after the parent
# built its Scorer inherits it here, so it is built once per process, whatever the start method.
_scorers: list[tuple[ScorerOptions, Scorer]] = []


def process_scorer(options: ScorerOptions) -> Scorer:
    """This process's Scorer for ``options``: built on first use, then reused."""
    for kept, scorer in _scorers:
        if _same(kept, options):
            return scorer
    scorer = options.build()
    _scorers.append((options, scorer))
    del _scorers[:-KEPT_SCORERS]
    return scorer


def _same(a: ScorerOptions, b: ScorerOptions) -> bool:
    """Whether two option sets are equal (a Model given directly may hold arrays that do not compare to a bool)."""
    try:
        return a is b or bool(a == b)
    except (TypeError, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class Job:
    """What every worker needs: the Scorer's options, how to render rows, defaults for records."""

    options: ScorerOptions = field(default_factory=ScorerOptions)
    row: str = "jsonl"  # jsonl: a JSON line; csv: a CSV_COLUMNS dict; text: text_formatter's; report: a dict
    text_formatter: Callable[[str, Report], str] | None = None
    title: str | None = None  # for records without their own
    published: date | None = None
    # What turns one item into its outcome (default: score_item); a module-level function, so that it
    # travels to worker processes: the compare command's pairs (scoring/compare/corpus.py).
    work: Callable[[Scorer, Job, Item], Outcome] | None = None

    def __post_init__(self) -> None:
        if self.row not in ROW_KINDS:
            raise InputError(f"unknown row kind {self.row!r}; expected one of {', '.join(ROW_KINDS)}")
        if self.row == "text" and self.text_formatter is None:
            raise InputError("text rows need a text_formatter")


def score_item(scorer: Scorer, job: Job, item: Item) -> Outcome:
    """Score one item; a record that cannot be read or scored becomes an error outcome."""
    error = item.error
    if error is None:
        title = item.title if item.title is not None else job.title
        try:
            report = scorer.score(item.text, title=title, published=item.published or job.published)  # type: ignore[arg-type]
        except InputError as exc:
            error = f"{item.where}: {exc}"
        except Exception as exc:  # noqa: BLE001 -- one article's bug must not stop a corpus: it is its error row
            error = f"{item.where}: internal error (please report it): {type(exc).__name__}: {exc}"
        else:
            report.warnings.extend(item.warnings)
            return Outcome(item.id, render(job.row, item.id, report, job.text_formatter), report.score, report.band, size=item.size)
    error = " ".join(error.split())  # one line, whatever the message
    return Outcome(item.id, render_error(job.row, item.id, error), error=error, size=item.size)


def score_chunk(job: Job, items: Sequence[Item]) -> list[Outcome]:
    """Score a chunk of items in order: the unit of work sent to a worker process."""
    scorer = process_scorer(job.options)
    work = job.work or score_item
    return [work(scorer, job, item) for item in items]


def _init_worker(options: ScorerOptions) -> None:
    """Pool initializer: leave Ctrl-C to the parent, and have this process's Scorer (built unless inherited)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    process_scorer(options)


def chunked(items: Iterable[Item], size: int = CHUNK_SIZE, max_chars: int = CHUNK_CHARS) -> Iterator[list[Item]]:
    """Group items lazily into lists of at most ``size`` items, or about ``max_chars`` characters."""
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item.text or "")
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def score_stream(items: Iterable[Item], job: Job, *, jobs: int = 1, chunk_size: int = CHUNK_SIZE) -> Iterator[Outcome]:
    """Score items lazily, in input order: in this process for ``jobs=1`` or a short input, else in a pool."""
    if jobs <= 1:
        scorer = process_scorer(job.options)
        work = job.work or score_item
        for item in items:
            yield work(scorer, job, item)
        return
    chunks = chunked(items, chunk_size)
    head = list(islice(chunks, 2))
    if len(head) < 2:  # one chunk: starting processes would cost more than it saves
        yield from score_chunk(job, head[0]) if head else ()
        return
    yield from _pooled(chain(head, chunks), job, jobs)


def _pooled(chunks: Iterable[list[Item]], job: Job, jobs: int) -> Iterator[Outcome]:
    """Chunks scored by ``jobs`` processes, at most ``IN_FLIGHT_PER_JOB * jobs`` in flight, in order."""
    window = IN_FLIGHT_PER_JOB * jobs
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(job.options,))
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(score_chunk, job, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


MAX_JOBS = 1024  # --jobs beyond this is a usage error (a typo, not a plan)
WORKERS_PER_CORE = 4  # --jobs beyond this many a core is clamped, with a warning: more processes only add memory


def worker_count(jobs: int | None, warn: Callable[[str], None] = lambda message: None) -> int:
    """The worker processes for ``--jobs`` (None: every core): an InputError outside 1-``MAX_JOBS``, clamped to ``WORKERS_PER_CORE`` a core."""
    cores = available_cores()
    if jobs is None:
        return cores
    if not 1 <= jobs <= MAX_JOBS:
        shown = f"{jobs}" if abs(jobs) < 10**30 else f"a number of {len(str(abs(jobs))):,} digits"
        raise InputError(f"--jobs must be from 1 to {MAX_JOBS:,}, not {shown}")
    cap = WORKERS_PER_CORE * cores
    if jobs > cap:
        warn(f"--jobs {jobs} is more than {WORKERS_PER_CORE} workers a core ({cores} {'core' if cores == 1 else 'cores'} here): using {cap}")
        return cap
    return jobs


def available_cores() -> int:
    """CPU cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
