"""Scoring items in input order, in this process or in a pool of worker processes, one Scorer a process.

Each row is rendered (JSON line, CSV dict, text) where its article is scored, so that only compact
rows travel back from the workers. At most ``IN_FLIGHT_PER_JOB * jobs`` chunks are in flight.

Workers never outlive the run: they ignore Ctrl-C (the parent handles it) and die with their
parent (``PR_SET_PDEATHSIG`` on Linux; everywhere, a thread watching ``os.getppid``), so a parent killed
with SIGKILL leaves none behind. A run that stops early (Ctrl-C, SIGTERM or SIGHUP, which raise
``Terminated`` while a pool runs, or an output error) terminates its workers at once instead of
waiting for their chunks; further Ctrl-Cs while it does so are ignored, so it never hangs on them.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice

from ..pages import score_text_or_page
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
    published_from: str = "given"  # where ``published`` came from: the score command's is "command line"
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
        # A record's own date, else the job's (the command line's --published), else a page's own, else inferred from the text.
        published, origin = (item.published, "record") if item.published else (job.published, job.published_from)
        try:
            report = score_text_or_page(scorer, item.text, item.html, title=title, published=published, published_from=origin)
        except InputError as exc:
            error = f"{item.where}: {exc}"
        except Exception as exc:  # noqa: BLE001 -- one article's bug must not stop a corpus: it is its error row
            error = f"{item.where}: internal error (please report it): {type(exc).__name__}: {exc}"
        else:
            report.warnings.extend(item.warnings)
            return Outcome(item.id, render(job.row, item.id, report, job.text_formatter, item.where), report.score, report.band, size=item.size)
    error = " ".join(error.split())  # one line, whatever the message
    return Outcome(item.id, render_error(job.row, item.id, error), error=error, size=item.size)


def score_chunk(job: Job, items: Sequence[Item]) -> list[Outcome]:
    """Score a chunk of items in order: the unit of work sent to a worker process."""
    scorer = process_scorer(job.options)
    work = job.work or score_item
    return [work(scorer, job, item) for item in items]


class Terminated(BaseException):
    """SIGTERM or SIGHUP reached the parent of a pool: the run stops as after Ctrl-C (its workers reaped)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
PARENT_POLL_SECONDS = 1.0  # how often a worker without PR_SET_PDEATHSIG checks that its parent lives
REAP_SECONDS = 5.0  # how long stopped workers get to exit after SIGTERM before SIGKILL


def _init_worker(options: ScorerOptions, parent: int) -> None:
    """Pool initializer: leave Ctrl-C to the parent, die with it, and have this process's Scorer (built unless inherited)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_DFL)  # a forked worker must not inherit the parent's Terminated handler
    die_with_parent(parent)
    process_scorer(options)


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` dies: at once on Linux (PR_SET_PDEATHSIG), else within PARENT_POLL_SECONDS."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="sourcescore-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated(signum)


def _stop_signals() -> dict[int, object]:
    """While a pool runs, SIGTERM and SIGHUP raise Terminated in the main thread; returns the handlers to restore."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {signum: signal.signal(signum, _raise_terminated) for signum in STOP_SIGNALS}


def _restore(handlers: dict[int, object]) -> None:
    for signum, handler in handlers.items():
        signal.signal(signum, handler)  # type: ignore[arg-type]


def _reap(pool: ProcessPoolExecutor) -> None:
    """Stop a pool at once: SIGTERM to its workers, SIGKILL to those still alive after REAP_SECONDS; Ctrl-C ignored meanwhile."""
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        workers = list((getattr(pool, "_processes", None) or {}).values())  # no public API lists them
        thread = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets these two
        results = getattr(pool, "_result_queue", None)
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + REAP_SECONDS
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))
            if worker.is_alive():
                worker.kill()
                worker.join(1.0)
        if thread is not None and results is not None:
            _unstick(thread, results)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _unstick(thread: threading.Thread, results: object, seconds: float = REAP_SECONDS) -> None:
    """Free the pool's manager thread if a worker died halfway through sending a result: it would wait for the rest forever,
    and the interpreter waits for it at exit. Filler bytes complete the message, which fails to unpickle: the pool is then
    broken, and its thread ends. (CPython's ProcessPoolExecutor has no way to abandon a half-read result.)"""
    writer = getattr(results, "_writer", None)
    thread.join(0.5)
    if not thread.is_alive():
        return
    try:
        fd = writer.fileno()  # type: ignore[union-attr]
        os.set_blocking(fd, False)
    except (AttributeError, OSError, ValueError):
        return
    filler = bytes(1 << 16)
    deadline = time.monotonic() + seconds
    while thread.is_alive() and time.monotonic() < deadline:
        try:
            os.write(fd, filler)
        except BlockingIOError:
            pass
        except OSError:
            return
        thread.join(0.01)


def chunked(items: Iterable[Item], size: int = CHUNK_SIZE, max_chars: int = CHUNK_CHARS) -> Iterator[list[Item]]:
    """Group items lazily into lists of at most ``size`` items, or about ``max_chars`` characters."""
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += item.chars
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
    handlers = _stop_signals()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(job.options, os.getpid()))
    pending: deque[Future[list[Outcome]]] = deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append(pool.submit(score_chunk, job, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    finally:
        try:
            if finished:
                pool.shutdown(wait=True)
            else:  # stopped early (Ctrl-C, a signal, an output error, a closed generator): do not wait for the chunks
                _reap(pool)
        finally:
            _restore(handlers)


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
