"""Corpus-scale scoring: many articles in, one row per article out, in input order, in bounded memory.

Inputs: text files, folders (``.txt`` and ``.md`` files, recursively), ``-`` for stdin, and JSONL or
CSV corpora (``text`` required; ``id``, ``title``, ``published`` optional). Outputs: JSONL (one full
report a line, with ``"id"``), CSV (one summary row an article, ``CSV_COLUMNS``) or the command's
text. Items are read lazily, sent to worker processes in chunks with at most ``2 * jobs`` chunks in
flight, and written (and flushed) as they come back, so memory does not grow with the corpus.

A record that cannot be read or scored becomes an error row (``{"id", "error"}``) naming the record
and the reason, and the run goes on. ``resume`` skips the records an earlier run already wrote to
the output (each earlier row accounts for one record with its id), after cutting off a last row
that a killed run left unfinished. Ids must be unique: a text file's id is its path, a JSONL or CSV
record without an ``id`` gets ``<file>:<line>``. Resume's memory does not grow with the rows done
while the input gives the earlier rows' ids in their order, as a rerun of the same input does;
see ``_skip_done``.

The parts live in ``corpus_input`` (reading), ``corpus_scoring`` (scoring, the pool),
``corpus_output`` (writing, resume) and ``corpus_progress`` (counts, progress); this module runs
the ``score`` command over a corpus and re-exports their public names.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from typing import IO, Any, BinaryIO, TextIO

from .corpus_input import (
    CSV_SUFFIXES,
    INPUT_FORMATS,
    JSONL_SUFFIXES,
    STDIN,
    STDIN_NAME,
    TEXT_SUFFIXES,
    Item,
    decode,
    failed_item,
    folder_files,
    input_bytes,
    input_format,
    read_inputs,
    record_item,
)
from .corpus_output import OUTPUT_FORMATS, DoneIds, Earlier, RowWriter, read_earlier
from .corpus_progress import BatchResult, Progress, Tally, summary_line
from .corpus_scoring import (
    CHUNK_CHARS,
    CHUNK_SIZE,
    CSV_COLUMNS,
    IN_FLIGHT_PER_JOB,
    ROW_KINDS,
    TOP_CODES,
    Job,
    Outcome,
    ScorerSpec,
    available_cores,
    chunked,
    error_row,
    report_row,
    score_chunk,
    score_item,
    score_stream,
)
from .report import Report
from .scorer import InputError

__all__ = [
    "available_cores",
    "BatchResult",
    "CHUNK_CHARS",
    "CHUNK_SIZE",
    "chunked",
    "CorpusRun",
    "CSV_COLUMNS",
    "CSV_SUFFIXES",
    "decode",
    "DoneIds",
    "Earlier",
    "error_row",
    "failed_item",
    "folder_files",
    "IN_FLIGHT_PER_JOB",
    "input_bytes",
    "input_format",
    "INPUT_FORMATS",
    "Item",
    "Job",
    "JSONL_SUFFIXES",
    "Outcome",
    "OUTPUT_FORMATS",
    "Progress",
    "read_earlier",
    "read_inputs",
    "record_item",
    "report_row",
    "ROW_KINDS",
    "RowWriter",
    "run_batch",
    "score_chunk",
    "score_corpus",
    "score_item",
    "score_stream",
    "ScorerSpec",
    "STDIN",
    "STDIN_NAME",
    "summary_line",
    "Tally",
    "TEXT_SUFFIXES",
    "TOP_CODES",
]


def _skip_done(items: Iterable[Item], done: Iterable[object], tally: Tally) -> Iterator[Item]:
    """Items not yet in the output, in order; each earlier row (``done``: their ids) accounts for one item with its id.

    Rows are written in input order, so a rerun of the same input finds the earlier rows' ids, in
    order, as the ids of its first items: those are skipped as they match, one earlier row in
    memory at a time. From the first item that breaks the order (the input changed or was
    reordered), the earlier rows not yet matched go into ``DoneIds`` (9 bytes a row).
    """
    items, done = iter(items), iter(done)
    for item in items:
        expected = next(done, _END)
        if expected is _END:
            yield item
            break
        if item.id == expected:
            _count_skipped(tally, item)
            continue
        rest = DoneIds(chain((expected,), done))
        for other in chain((item,), items):
            if rest.take(other.id):
                _count_skipped(tally, other)
            else:
                yield other
        return
    yield from items


_END = object()


def _count_skipped(tally: Tally, item: Item) -> None:
    tally.skipped += 1
    tally.skipped_bytes += item.size


def run_batch(
    items: Iterable[Item],
    job: Job,
    writer: RowWriter,
    *,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    fail_under: float | None = None,
    earlier: Earlier | None = None,
    progress: Progress | None = None,
    echo_errors: bool = False,
) -> BatchResult:
    """Score items and write their rows in input order; skip the records ``earlier`` wrote; count it all."""
    tally, earlier = Tally(), earlier or Earlier()
    progress = progress or Progress(sys.stderr, enabled=False)
    done = earlier.ids()
    todo = _skip_done(items, done, tally) if earlier.rows else items
    start = time.perf_counter()
    aborted = False
    try:
        with closing(score_stream(todo, job, jobs=jobs, chunk_size=chunk_size)) as outcomes:
            for outcome in outcomes:
                writer.write(outcome)
                tally.add_outcome(outcome, fail_under)
                if outcome.error and echo_errors:
                    progress.message(f"sourcescore: {outcome.error}")
                progress.update(tally)
    except BrokenProcessPool:
        aborted = True
    finally:
        done.close()
        progress.clear()
    return BatchResult(tally, earlier.tally, time.perf_counter() - start, aborted)


@dataclass(frozen=True, slots=True)
class CorpusRun:
    """The options of one corpus run, as the ``score`` command takes them."""

    paths: tuple[str, ...]
    input_format: str = "auto"
    output: str | None = None  # a file, "-" for stdout, or None: stdout in ``stdout_format``
    output_format: str | None = None  # jsonl | csv; None: from the output's extension
    stdout_format: str = "jsonl"  # without ``output``: jsonl, or text (needs ``text_formatter``)
    text_formatter: Callable[[str, Report], str] | None = None
    scorer_options: Mapping[str, Any] = field(default_factory=dict)
    title: str | None = None
    published: date | None = None
    jobs: int | None = None  # None: every available core
    resume: bool = False
    quiet: bool = False
    fail_under: float | None = None

    def row_kind(self) -> str:
        """How rows are rendered: jsonl, csv or text; raises InputError for a bad combination."""
        if self.input_format not in INPUT_FORMATS:
            raise InputError(f"unknown input format {self.input_format!r}")
        if self.output is None:
            if self.resume:
                raise InputError("--resume needs an output file (-o FILE)")
            return self.stdout_format
        if self.output == STDIN and self.resume:
            raise InputError("--resume needs an output file, not stdout")
        kind = self.output_format or ("csv" if self.output.lower().endswith(CSV_SUFFIXES) else "jsonl")
        if kind not in OUTPUT_FORMATS:
            raise InputError(f"unknown output format {kind!r}; expected one of {', '.join(OUTPUT_FORMATS)}")
        return kind


def _check_paths(run: CorpusRun) -> None:
    """Refuse an output file that is also an input (it would be overwritten while read)."""
    if run.output in (None, STDIN) or not os.path.exists(run.output):
        return
    for path in run.paths:
        if path != STDIN and os.path.isfile(path) and os.path.samefile(path, run.output):
            raise InputError(f"the output file {run.output} is also an input")


def score_corpus(
    run: CorpusRun,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> BatchResult:
    """Run the ``score`` command over a corpus; raises InputError for a usage error, before any work."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    kind = run.row_kind()
    jobs = available_cores() if run.jobs is None else run.jobs
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {jobs}")
    _check_paths(run)
    job = Job(ScorerSpec.of(run.scorer_options), kind, run.text_formatter, run.title, run.published)
    job.scorer.build()  # a bad scorer option is a usage error, before any output is opened
    to_file = run.output not in (None, STDIN)
    earlier = read_earlier(run.output, kind, run.fail_under) if run.resume and to_file else Earlier()  # type: ignore[arg-type]
    out: IO[str] = open(run.output, "a" if run.resume else "w", encoding="utf-8", newline="") if to_file else stdout  # type: ignore[arg-type]  # noqa: SIM115
    try:
        header = not (run.resume and out.tell() > 0)
        progress = _progress(run, stderr, stdout, to_file)
        result = run_batch(
            read_inputs(run.paths, run.input_format, stdin=stdin),
            job,
            RowWriter(out, kind, header=header),
            jobs=jobs,
            fail_under=run.fail_under,
            earlier=earlier,
            progress=progress,
            echo_errors=not to_file,
        )
    finally:
        if to_file:
            out.close()
    if not run.quiet or result.aborted:
        print(summary_line(result, run.output if to_file else None), file=stderr, flush=True)
    return result


def _progress(run: CorpusRun, stderr: TextIO, stdout: TextIO, to_file: bool) -> Progress:
    """A progress display on stderr if it is a terminal (and rows do not go to the same terminal)."""
    enabled = not run.quiet and _isatty(stderr) and (to_file or not _isatty(stdout))
    return Progress(stderr, enabled=enabled, total_bytes=input_bytes(run.paths) if enabled else None)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
