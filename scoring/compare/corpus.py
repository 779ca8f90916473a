"""Compare over a corpus of pairs: a JSONL of ``original``, ``derived``, ``id`` and optional dates, run like ``score``'s corpus.

Each line: ``{"id", "original", "derived", "published"?, "published_original"?, "published_derived"?,
"title_original"?, "title_derived"?}``. Pairs are read lazily, compared over ``jobs`` processes and
written in input order as they come (JSONL: ``{"id", ...sourcescore.compare/1}`` a line; or the text
rendering), through the score command's machinery (scoring/corpus: ``run_batch``, ``RowWriter``,
``read_earlier`` for ``resume``; an existing output file refused unless ``force`` or ``resume``, as ``score -o``). A pair that cannot be read or compared is an error row
(``{"id", "error"}``) and the run goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from typing import IO, BinaryIO, TextIO

from ..corpus import (
    Earlier,
    Job,
    Progress,
    RowWriter,
    check_output,
    open_output,
    process_scorer,
    read_earlier,
    run_batch,
)
from ..corpus.rows import BatchResult, Outcome, render_error
from ..corpus.sink import close_quietly, output_error, warner
from ..corpus.work import worker_count
from ..records import (
    STDIN,
    STDIN_NAME,
    InputError,
    Item,
    failed_item,
    id_field,
    optional_field,
    published_field,
    raw_records,
    text_field,
)
from ..scorer import Scorer, ScorerOptions
from .comparison import compare

PAIR_ROWS = ("jsonl", "text")


@dataclass(frozen=True, slots=True)
class PairItem(Item):
    """A pair to compare: ``text`` is the derivative; the original and each side's date and title beside it."""

    original: str | None = None
    published_original: date | None = None
    title_original: str | None = None


def pair_item(record: object, where: str, *, default_id: str, size: int, warnings: tuple[str, ...]) -> Item:
    """Validate one pair record; a bad one is an error item naming the line and the reason."""
    if not isinstance(record, dict):
        return failed_item(default_id, where, f"expected an object with 'original' and 'derived', got {type(record).__name__}", size)
    ident = None
    try:
        ident = id_field(record.get("id"))
        original = text_field(record.get("original"), "original")
        derived = text_field(record.get("derived"), "derived")
        both = published_field(record.get("published"))
        pub_o = published_field(record.get("published_original")) or both
        pub_d = published_field(record.get("published_derived")) or both
        title_o = optional_field(record.get("title_original"), "title_original")
        title_d = optional_field(record.get("title_derived"), "title_derived")
    except InputError as exc:
        return failed_item(ident or default_id, where, str(exc), size)
    return PairItem(ident or default_id, where, derived, title_d, pub_d, warnings, size=size, original=original,
                    published_original=pub_o, title_original=title_o)


def read_pairs(path: str, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """The pairs of a JSONL file (``-``: stdin), lazily; a file that cannot be opened is one error item."""
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        context = nullcontext(stream)
        name = STDIN_NAME
    else:
        name = path
        try:
            context = open(path, "rb")  # noqa: SIM115 -- closed by the with below
        except OSError as exc:
            yield failed_item(name, name, f"cannot read: {exc.strerror or exc}")
            return
    with context as fh:
        for raw in raw_records(name, fh, "jsonl"):
            if raw.error is not None:
                yield failed_item(raw.key, raw.where, raw.error, raw.size)
            else:
                yield pair_item(raw.fields, raw.where, default_id=raw.key or raw.where, size=raw.size, warnings=raw.warnings)


def compare_item(scorer: Scorer, job: Job, item: Item) -> Outcome:
    """Compare one pair (``Job.work`` of the compare corpus run); a pair that cannot be compared is an error outcome."""
    error = item.error
    if error is None and isinstance(item, PairItem):
        try:
            result = compare(item.original, item.text, published_original=item.published_original or job.published,  # type: ignore[arg-type]
                             published_derived=item.published or job.published, title_original=item.title_original,
                             title_derived=item.title, scorer=scorer)
        except InputError as exc:
            error = f"{item.where}: {exc}"
        except Exception as exc:  # noqa: BLE001 -- one pair's bug must not stop a corpus
            error = f"{item.where}: internal error (please report it): {type(exc).__name__}: {exc}"
        else:
            n = len(result.changes)
            if job.row == "text":
                row = result.to_text(f"{item.id} original", f"{item.id} derived")
            else:
                row = json.dumps({"id": item.id, **result.to_dict()}, ensure_ascii=False)
            return Outcome(item.id, row, float(n), "changed" if n else "unchanged", size=item.size)
    error = " ".join((error or f"{item.where}: not a pair").split())
    return Outcome(item.id, render_error(job.row, item.id, error), error=error, size=item.size)


def _no_text(name: str, report: object) -> str:
    """The Job's text formatter, never called: compare_item renders a pair's text itself."""
    return ""


@dataclass(frozen=True, slots=True)
class PairRun:
    """The options of one compare corpus run."""

    path: str
    output: str | None = None  # a JSONL file; None: stdout
    text: bool = False  # on stdout: the text rendering instead of JSON lines
    options: ScorerOptions = ScorerOptions()
    published: date | None = None  # for pairs without their own dates
    jobs: int | None = None
    resume: bool = False
    quiet: bool = False
    force: bool = False  # overwrite an existing output file (else it is refused, as score's -o)


def compare_corpus(run: PairRun, *, stdin: BinaryIO | None = None, stdout: TextIO | None = None,
                   stderr: TextIO | None = None) -> BatchResult:
    """Compare every pair of a JSONL file, rows in input order; raises InputError for a usage error, before any work."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    if run.resume and run.output in (None, STDIN):
        raise InputError("--resume needs an output file (-o FILE)")
    if run.output not in (None, STDIN) and run.text:
        raise InputError("-o FILE writes JSON lines: leave out --format text")
    check_output(run.output, force=run.force, resume=run.resume)
    warn = warner(stderr)
    jobs = worker_count(run.jobs, warn)
    kind = "text" if run.text else "jsonl"
    job = Job(run.options, kind, _no_text, None, run.published, work=compare_item)
    process_scorer(run.options)
    to_file = run.output not in (None, STDIN)
    earlier = read_earlier(run.output, "jsonl") if run.resume and to_file else Earlier()  # type: ignore[arg-type]
    out: IO[str] = open_output(run.output, force=run.force, resume=run.resume) if to_file else stdout  # type: ignore[arg-type]
    name = f"the output file {run.output}" if to_file else "stdout"
    try:
        progress = Progress(stderr, enabled=False, echo_errors=not to_file)
        result = run_batch(read_pairs(run.path, stdin), job, RowWriter(out, kind, name=name, warn=warn), jobs=jobs, earlier=earlier, observer=progress)
    finally:
        failed = close_quietly(out) if to_file else None
    if failed is not None:
        raise output_error(name, failed)
    if not run.quiet or result.aborted:
        r = result.run
        line = f"sourcescore: {r.scored:,} pairs compared, {r.failed:,} failed"
        if r.skipped:
            line += f", {r.skipped:,} skipped (already in {run.output})"
        line += f" in {result.seconds:.1f} s; {r.bands['changed']:,} with changes, {r.bands['unchanged']:,} without"
        if result.aborted:
            line += "; stopped early: a worker process died; rerun with --resume to finish"
        print(line, file=stderr, flush=True)
    return result
