"""The ``score`` command over a corpus: read -> skip what an earlier run wrote -> score -> write, watched, judged.

Before any work: a usage error (``InputError``) for a bad option, or for an output file that exists
(unless ``force`` or ``resume``). After: the exit status (``BatchResult.status``) with its reason on
the summary line; an error message when no article was scored; each article below ``fail_under``
named on stderr as it comes.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from typing import IO, BinaryIO, TextIO

from ..records import (
    ARTICLE_SUFFIXES,
    CSV_SUFFIXES,
    DEFAULT_FIELDS,
    INPUT_FORMATS,
    NOT_ARTICLES,
    STDIN,
    Fields,
    InputError,
    Item,
    empty_folders,
    input_bytes,
    is_article_file,
    read_inputs,
)
from ..report import Report
from ..scorer import ScorerOptions
from .output import Earlier, RowWriter, read_earlier, skip_done
from .progress import Observer, Progress, below_line, summary_line
from .rows import OUTPUT_FORMATS, BatchResult, Tally
from .runfile import check_resume, record_path, remove_record, run_record, write_record
from .sink import close_quietly, output_error, warner
from .sink import open_output as open_file
from .work import CHUNK_SIZE, Job, process_scorer, score_stream, worker_count


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
    fail_under: float | None = None  # the gate: 0-100
    force: bool = False  # overwrite an existing output file
    globs: tuple[str, ...] = ()  # a folder's files to score (default: its .txt and .md files)
    fields: Fields = DEFAULT_FIELDS  # the fields of corpus records that hold the text, id and date

    def check(self) -> None:
        """Raise InputError for options that do not go together or are out of range, and for an output file in the way."""
        if self.fail_under is not None and not 0 <= self.fail_under <= 100:
            raise InputError(f"--fail-under must be a score from 0 to 100, not {self.fail_under:g}")
        if any(not isinstance(g, str) or not g.strip() for g in self.globs):
            raise InputError("--glob needs a pattern, such as '*.txt' or 'drafts/**/*.md'")
        check_output(self.output, force=self.force, resume=self.resume)

    def row_options(self, kind: str) -> dict[str, object]:
        """The options that change the rows written (for the run record that ``resume`` checks)."""
        return {
            "output_format": kind,
            "input_format": self.input_format,
            "ignore": sorted(self.options.ignore),
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "glob": list(self.globs),
            "columns": [self.fields.text, self.fields.id, self.fields.published],
        }

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
    """Refuse an output file that is also an input, named or an article file of a folder (it would be overwritten while read).

    A new output file inside an input folder is not refused: the run passes over it and its run record (``_own_files``).
    """
    if run.output in (None, STDIN) or not os.path.exists(run.output):
        return
    output = os.path.realpath(run.output)
    for path in run.paths:
        if path == STDIN:
            continue
        if os.path.isfile(path) and os.path.samefile(path, run.output):
            raise InputError(f"the output file {run.output} is also an input")
        if os.path.isdir(path):
            relative = os.path.relpath(output, os.path.realpath(path))
            if not relative.startswith(os.pardir + os.sep) and is_article_file(relative.replace(os.sep, "/"), run.globs):
                raise InputError(f"the output file {run.output} is also an input: an article file of the folder {path}")


def _own_files(out: IO[str], record: str) -> frozenset[tuple[int, int]]:
    """The identities of the output file and its run record, so that an input folder holding them does not read them back."""
    own = set()
    for stat_of in (lambda: os.fstat(out.fileno()), lambda: os.stat(record)):
        try:
            st = stat_of()
        except (OSError, ValueError, io.UnsupportedOperation):
            continue
        own.add((st.st_dev, st.st_ino))
    return frozenset(own)


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
    warn = warner(stderr)
    jobs = worker_count(run.jobs, warn)
    _check_paths(run)
    run.check()
    job = Job(run.options, kind, run.text_formatter, run.title, run.published, "command line")
    process_scorer(run.options)  # this process's Scorer, built once: a bad option fails before any output is opened
    to_file = run.output not in (None, STDIN)
    for folder in empty_folders(run.paths, run.globs):
        warn(f"{folder}: {_no_articles(run.globs)}")

    record = run_record(run.paths, run.options.model, run.row_options(kind)) if to_file else {}
    earlier = Earlier()
    if run.resume and to_file:
        if os.path.exists(run.output):  # type: ignore[arg-type]
            note = check_resume(run.output, record)  # type: ignore[arg-type]
            if note:
                warn(note)
        gate = run.fail_under

        def named(ident: object, score: float) -> None:
            print(below_line(ident, score, gate, run.output), file=stderr)  # type: ignore[arg-type]  # told only with a gate

        earlier = read_earlier(run.output, kind, gate, named)  # type: ignore[arg-type]
    created = to_file and not (run.resume or run.force) and not os.path.exists(run.output)  # type: ignore[arg-type]
    out = open_output(run.output, force=run.force, resume=run.resume) if to_file else stdout  # type: ignore[arg-type]
    name = f"the output file {run.output}" if to_file else "stdout"
    result: BatchResult | None = None
    try:
        if to_file:
            _write_record(run.output, record)  # type: ignore[arg-type]
        header = not (run.resume and out.tell() > 0)
        result = run_batch(
            read_inputs(run.paths, run.input_format, stdin=stdin, globs=run.globs, fields=run.fields,
                        exclude=_own_files(out, record_path(run.output)) if to_file else frozenset(), warn=warn),  # type: ignore[arg-type]
            job,
            RowWriter(out, kind, header=header, name=name, warn=warn),
            jobs=jobs,
            fail_under=run.fail_under,
            earlier=earlier,
            observer=_progress(run, stderr, stdout, to_file),
        )
    finally:
        failed = close_quietly(out) if to_file else None
        if created and (result is None or not result.run.processed):
            _remove(run.output)  # type: ignore[arg-type]  # no row: leave no file in the way of the rerun
            remove_record(run.output)  # type: ignore[arg-type]
    if failed is not None:
        raise output_error(name, failed)
    if not result.scored and not result.aborted:
        print(f"sourcescore: {_nothing_scored(run, result, to_file)}", file=stderr, flush=True)
    if not run.quiet or result.aborted:
        print(summary_line(result, run.output if to_file else None, run.fail_under), file=stderr, flush=True)
    return result


def check_output(output: str | None, *, force: bool, resume: bool) -> None:
    """Raise InputError for --force with --resume or without a file, and for an output in the way: a folder, or a file unless ``force`` or ``resume``."""
    if force and resume:
        raise InputError("--force overwrites the output file and --resume appends to it: give one of them")
    if force and output in (None, STDIN):
        raise InputError("--force goes with an output file (-o FILE)")
    if output in (None, STDIN):
        return
    if os.path.isdir(output):
        raise InputError(f"the output {output} is a folder; -o takes a file")
    if os.path.isfile(output) and not (force or resume):
        raise InputError(f"the output file {output} exists; give --force to overwrite it, or --resume to finish an interrupted run")


def open_output(path: str, *, force: bool, resume: bool) -> IO[str]:
    """The output file, for appending (resume), overwriting (force), or created: never replacing a file unasked."""
    mode = "a" if resume else "w" if force or os.path.exists(path) and not os.path.isfile(path) else "x"
    return open_file(path, mode)


def _write_record(output: str, record: dict[str, object]) -> None:
    try:
        write_record(output, record)
    except OSError as exc:
        raise output_error(f"the run record of {output}", exc) from None


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _no_articles(globs: tuple[str, ...]) -> str:
    """Why a folder gave no article."""
    if globs:
        return f"no file matches --glob {' or '.join(globs)}"
    names = ", ".join(n for n in NOT_ARTICLES if n != "LICENCE")
    return f"no article files ({', '.join(ARTICLE_SUFFIXES[:-1])} or {ARTICLE_SUFFIXES[-1]}, not {names}; --glob chooses others)"


def _nothing_scored(run: CorpusRun, result: BatchResult, to_file: bool) -> str:
    """The message of a run that scored no article: the inputs held none, or every record failed."""
    if result.failed:
        where = f"; the error rows are in {run.output}" if to_file else ""
        return f"no article scored: every record failed ({result.failed:,}){where}"
    return "no article scored: the inputs hold no articles"


def _progress(run: CorpusRun, stderr: TextIO, stdout: TextIO, to_file: bool) -> Progress:
    """A progress display on stderr if it is a terminal (and rows do not go to the same terminal); errors echoed unless to a file."""
    enabled = not run.quiet and _isatty(stderr) and (to_file or not _isatty(stdout))
    total = input_bytes(run.paths, run.globs) if enabled else None
    return Progress(stderr, enabled=enabled, total_bytes=total, echo_errors=not to_file, fail_under=run.fail_under)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
