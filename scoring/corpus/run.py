"""The ``score`` command over a corpus: read -> skip what an earlier run wrote -> score -> write, watched."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from typing import IO, BinaryIO, TextIO

from ..records import CSV_SUFFIXES, INPUT_FORMATS, STDIN, InputError, Item, input_bytes, read_inputs
from ..report import Report
from ..scorer import ScorerOptions
from .output import Earlier, RowWriter, read_earlier, skip_done
from .progress import Observer, Progress, summary_line
from .rows import OUTPUT_FORMATS, BatchResult, Tally
from .work import CHUNK_SIZE, Job, available_cores, process_scorer, score_stream


class _Unwatched:
    """An Observer that does nothing."""

    def row_written(self, outcome: object, tally: Tally) -> None:
        """Nothing to show."""

    def finished(self) -> None:
        """Nothing to clear."""


def run_batch(
    items: Iterable[Item],
    job: Job,
    writer: RowWriter,
    *,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    fail_under: float | None = None,
    earlier: Earlier | None = None,
    observer: Observer | None = None,
) -> BatchResult:
    """Score items and write their rows in input order; skip the records ``earlier`` wrote; count it all."""
    tally, earlier = Tally(), earlier or Earlier()
    observer = observer or _Unwatched()
    done = earlier.ids()
    todo = skip_done(items, done, tally) if earlier.rows else items
    start = time.perf_counter()
    aborted = False
    try:
        with closing(score_stream(todo, job, jobs=jobs, chunk_size=chunk_size)) as outcomes:
            for outcome in outcomes:
                writer.write(outcome)
                tally.add_outcome(outcome, fail_under)
                observer.row_written(outcome, tally)
    except BrokenProcessPool:
        aborted = True
    finally:
        done.close()
        observer.finished()
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
    options: ScorerOptions = field(default_factory=ScorerOptions)
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
    """Run the ``score`` command over a corpus; raises InputError (or ModelError) for a usage error, before any work."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    kind = run.row_kind()
    jobs = available_cores() if run.jobs is None else run.jobs
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {jobs}")
    _check_paths(run)
    job = Job(run.options, kind, run.text_formatter, run.title, run.published)
    process_scorer(run.options)  # this process's Scorer, built once: a bad option fails before any output is opened
    to_file = run.output not in (None, STDIN)
    earlier = read_earlier(run.output, kind, run.fail_under) if run.resume and to_file else Earlier()  # type: ignore[arg-type]
    out: IO[str] = open(run.output, "a" if run.resume else "w", encoding="utf-8", newline="") if to_file else stdout  # type: ignore[arg-type]  # noqa: SIM115
    try:
        header = not (run.resume and out.tell() > 0)
        result = run_batch(
            read_inputs(run.paths, run.input_format, stdin=stdin),
            job,
            RowWriter(out, kind, header=header),
            jobs=jobs,
            fail_under=run.fail_under,
            earlier=earlier,
            observer=_progress(run, stderr, stdout, to_file),
        )
    finally:
        if to_file:
            out.close()
    if not run.quiet or result.aborted:
        print(summary_line(result, run.output if to_file else None), file=stderr, flush=True)
    return result


def _progress(run: CorpusRun, stderr: TextIO, stdout: TextIO, to_file: bool) -> Progress:
    """A progress display on stderr if it is a terminal (and rows do not go to the same terminal); errors echoed unless to a file."""
    enabled = not run.quiet and _isatty(stderr) and (to_file or not _isatty(stdout))
    total = input_bytes(run.paths) if enabled else None
    return Progress(stderr, enabled=enabled, total_bytes=total, echo_errors=not to_file)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
