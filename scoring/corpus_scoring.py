"""Scoring Items in input order, in this process or in a pool of worker processes.

Each row is rendered (JSON line, CSV dict, text) where its article is scored, so that only
compact rows travel back from the workers. At most ``IN_FLIGHT_PER_JOB * jobs`` chunks are in flight.
"""

from __future__ import annotations

import json
import os
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain, islice
from typing import Any

from .corpus_input import Item
from .report import Report
from .rules import SEVERITIES
from .scorer import InputError, Scorer

ROW_KINDS = ("jsonl", "csv", "text", "report")  # how a worker renders a row (see Job.row)
TOP_CODES = 5  # finding codes listed in a CSV row's top_findings
CSV_COLUMNS = (
    "id",
    "score",
    "band",
    "model_probability",
    *(f"findings_{severity}" for severity in SEVERITIES),
    "top_findings",
    "warnings",
    "error",
)
CHUNK_SIZE = 16  # articles a worker scores per round trip: ~50 ms of work against ~1 ms of overhead
CHUNK_CHARS = 1 << 20  # ... or fewer, so that a chunk of long articles stays small
IN_FLIGHT_PER_JOB = 2  # chunks queued per worker process: enough to keep it busy, bounded memory


@dataclass(frozen=True, slots=True)
class ScorerSpec:
    """A Scorer's keyword options, frozen and hashable, so each process builds its Scorer once."""

    options: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, options: Mapping[str, Any] | None = None) -> ScorerSpec:
        """A spec from ``Scorer`` keyword options (lists and sets are frozen)."""
        return cls(tuple(sorted((key, _frozen(value)) for key, value in (options or {}).items())))

    def kwargs(self) -> dict[str, Any]:
        """The options as keyword arguments for ``Scorer``."""
        return dict(self.options)

    def build(self) -> Scorer:
        """This process's Scorer for the spec, built on first use."""
        return _scorer(self)


def _frozen(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(value)
    if isinstance(value, set | frozenset):
        return frozenset(value)
    return value


@lru_cache(maxsize=4)
def _scorer(spec: ScorerSpec) -> Scorer:
    return Scorer(**spec.kwargs())


@dataclass(frozen=True, slots=True)
class Job:
    """What every worker needs: how to build the scorer, how to render rows, defaults for records."""

    scorer: ScorerSpec = ScorerSpec()
    row: str = "jsonl"  # jsonl: a JSON line; csv: a CSV_COLUMNS dict; text: text_formatter's; report: a dict
    text_formatter: Callable[[str, Report], str] | None = None
    title: str | None = None  # for records without their own
    published: date | None = None

    def __post_init__(self) -> None:
        if self.row not in ROW_KINDS:
            raise InputError(f"unknown row kind {self.row!r}; expected one of {', '.join(ROW_KINDS)}")
        if self.row == "text" and self.text_formatter is None:
            raise InputError("text rows need a text_formatter")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scored or failed record, rendered for the output, with what the summary needs."""

    id: str | None
    row: Any  # str or dict, per Job.row; None for an error in text output (it goes to stderr)
    score: float | None = None
    band: str | None = None
    error: str | None = None
    size: int = 0


def report_row(ident: str | None, report: Report) -> dict[str, Any]:
    """The one-row summary of a report (``CSV_COLUMNS``): score, band, probability, findings."""
    counts = Counter(f.severity for f in report.findings)
    top = list(dict.fromkeys(f.code for f in report.findings if f.points))[:TOP_CODES]
    return {
        "id": ident,
        "score": report.score,
        "band": report.band,
        "model_probability": round(report.model.probability, 4),
        **{f"findings_{severity}": counts.get(severity, 0) for severity in SEVERITIES},
        "top_findings": " ".join(top),
        "warnings": len(report.warnings),
        "error": None,
    }


def error_row(ident: str | None, error: str) -> dict[str, Any]:
    """The summary row of a record that could not be scored: id and error, the rest empty."""
    return {**dict.fromkeys(CSV_COLUMNS), "id": ident, "error": error}


def _render(job: Job, ident: str | None, report: Report) -> Any:
    if job.row == "csv":
        return report_row(ident, report)
    if job.row == "text":
        return job.text_formatter(ident or "", report)  # type: ignore[misc]
    full = {"id": ident, **report.to_dict()}
    return json.dumps(full, ensure_ascii=False) if job.row == "jsonl" else full


def _render_error(job: Job, ident: str | None, error: str) -> Any:
    if job.row == "csv":
        return error_row(ident, error)
    if job.row == "text":
        return None
    row = {"id": ident, "error": error}
    return json.dumps(row, ensure_ascii=False) if job.row == "jsonl" else row


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
            return Outcome(item.id, _render(job, item.id, report), report.score, report.band, size=item.size)
    error = " ".join(error.split())  # one line, whatever the message
    return Outcome(item.id, _render_error(job, item.id, error), error=error, size=item.size)


def score_chunk(job: Job, items: Sequence[Item]) -> list[Outcome]:
    """Score a chunk of items in order: the unit of work sent to a worker process."""
    scorer = job.scorer.build()
    return [score_item(scorer, job, item) for item in items]


def _init_worker(job: Job) -> None:
    """Pool initializer: leave Ctrl-C to the parent, and build this process's Scorer once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    job.scorer.build()


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
        scorer = job.scorer.build()
        for item in items:
            yield score_item(scorer, job, item)
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
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(job,))
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


def available_cores() -> int:
    """CPU cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
