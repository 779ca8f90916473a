"""Corpus-scale scoring: many articles in, one row per article out, in input order, in bounded memory.

Inputs: text files, folders (``.txt`` and ``.md`` files, recursively), ``-`` for stdin, and JSONL or
CSV corpora (``text`` required; ``id``, ``title``, ``published`` optional). Outputs: JSONL (one full
report a line, with ``"id"``), CSV (one summary row an article, ``CSV_COLUMNS``) or the command's
text. Items are read lazily, sent to worker processes in chunks with at most ``2 * jobs`` chunks in
flight, and written (and flushed) as they come back, so memory does not grow with the corpus.

A record that cannot be read or scored becomes an error row (``{"id", "error"}``) naming the record
and the reason, and the run goes on. ``resume`` skips the ids an earlier run already wrote to the
output, after cutting off a last row that a killed run left unfinished. Ids must be unique: a text
file's id is its path, a JSONL or CSV record without an ``id`` gets ``<file>:<line>``.
"""

from __future__ import annotations

import csv
import io
import json
import numbers
import os
import re
import shutil
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import chain, islice
from typing import IO, Any, BinaryIO, TextIO

from scoring.report import Report
from scoring.rules import SEVERITIES
from scoring.scorer import InputError, Scorer, parse_published

STDIN = "-"
STDIN_NAME = "<stdin>"
INPUT_FORMATS = ("auto", "text", "jsonl", "csv")
OUTPUT_FORMATS = ("jsonl", "csv")
ROW_KINDS = ("jsonl", "csv", "text", "report")  # how a worker renders a row (see Job.row)
TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
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

# NUL, or a byte that was not UTF-8 (kept as a lone surrogate by the surrogateescape handler).
_SUSPECT = re.compile("[\x00\udc80-\udcff]")


def decode(data: bytes, what: str = "the file") -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-32/UTF-16 with BOM, else UTF-8 with replacement."""
    for boms, codec in (((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"), ((b"\xff\xfe", b"\xfe\xff"), "utf-16")):
        if data.startswith(boms):
            try:
                return data.decode(codec), ()
            except UnicodeDecodeError:
                raise InputError(f"{what} has a {codec.upper()} byte-order mark but is not valid {codec.upper()}") from None
    if b"\x00" in data:
        raise InputError(f"{what} looks binary (it contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return text, (f"{what} is not valid UTF-8 (first bad byte at offset {exc.start}); undecodable bytes were replaced",)


# --------------------------------------------------------------------------------------------------
# Input: items, read lazily


@dataclass(frozen=True, slots=True)
class Item:
    """One input record: an article to score, or why it could not be read (``error``)."""

    id: str | None
    where: str  # the path, or file:line, for messages
    text: str | None = None
    title: str | None = None
    published: date | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    size: int = 0  # bytes of input it came from, for the progress display


def failed_item(ident: str | None, where: str, reason: str, size: int = 0) -> Item:
    """An item that could not be read: its error names the record and the reason."""
    return Item(ident, where, error=f"{where}: {reason}" if where else reason, size=size)


def input_format(path: str, requested: str = "auto") -> str:
    """The format of an input: the requested one, else from the extension (text by default)."""
    if requested != "auto":
        return requested
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "csv" if suffix in CSV_SUFFIXES else "text"


def read_inputs(paths: Iterable[str], requested: str = "auto", *, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield the items of every input lazily, in order: files, folders (recursively), ``-`` (stdin)."""
    for path in paths:
        if path == STDIN:
            fmt = "text" if requested == "auto" else requested
            yield from _read_stream(STDIN_NAME, stdin if stdin is not None else sys.stdin.buffer, fmt)
        elif os.path.isdir(path):
            yield from _read_folder(path)
        else:
            yield from _read_file(path, input_format(path, requested))


def folder_files(folder: str) -> Iterator[str | OSError]:
    """Text files under a folder, sorted, skipping hidden entries; OSErrors met on the way are yielded too."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from errors
        errors.clear()
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES):
                yield os.path.join(root, name)
    yield from errors


def _read_folder(folder: str) -> Iterator[Item]:
    for entry in folder_files(folder):
        if isinstance(entry, OSError):
            where = _printable(str(entry.filename or folder))
            yield failed_item(where, where, f"cannot read: {entry.strerror or entry}")
        else:
            yield from _read_file(entry, "text")


def _printable(path: str) -> str:
    """A path as text that can be written out (undecodable bytes in file names replaced)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read_file(path: str, fmt: str) -> Iterator[Item]:
    name = _printable(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 -- closed below; a generator cannot use `with` around the open's failure
    except OSError as exc:
        yield failed_item(name, name, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        yield from _read_stream(name, fh, fmt)


def _read_stream(name: str, stream: BinaryIO, fmt: str) -> Iterator[Item]:
    if fmt == "jsonl":
        yield from _read_jsonl(name, stream)
    elif fmt == "csv":
        yield from _read_csv(name, stream)
    else:
        yield _read_text(name, stream)


def _read_text(name: str, stream: BinaryIO) -> Item:
    try:
        data = stream.read()
    except OSError as exc:
        return failed_item(name, name, f"cannot read: {exc.strerror or exc}")
    try:
        text, warnings = decode(data)
    except InputError as exc:
        return failed_item(name, name, str(exc), len(data))
    return Item(name, name, text, warnings=warnings, size=len(data))


def _read_jsonl(name: str, stream: BinaryIO) -> Iterator[Item]:
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            line, warnings = decode(raw, "the line")
            record = json.loads(line)
        except InputError as exc:
            yield failed_item(where, where, str(exc), len(raw))
        except json.JSONDecodeError as exc:
            yield failed_item(where, where, f"not valid JSON ({exc.msg}, column {exc.colno})", len(raw))
        except RecursionError:
            yield failed_item(where, where, "not valid JSON (nested too deeply)", len(raw))
        else:
            yield record_item(record, where, default_id=where, size=len(raw), warnings=warnings)


def _read_csv(name: str, stream: BinaryIO) -> Iterator[Item]:
    csv.field_size_limit(sys.maxsize)  # articles are longer than the csv module's 128 KiB default
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    try:
        yield from _csv_items(name, csv.reader(text))
    finally:
        text.detach()  # leave the binary stream (maybe stdin) to its owner


def _csv_items(name: str, reader: Any) -> Iterator[Item]:  # reader: a csv.reader
    try:
        header = [column.strip() for column in next(reader, [])]
    except csv.Error as exc:
        yield failed_item(name, f"{name}:1", f"unreadable CSV header ({exc})")
        return
    if "text" not in header:
        yield failed_item(name, name, f"the CSV header has no 'text' column (found: {', '.join(header) or 'nothing'})")
        return
    while True:
        where = f"{name}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield failed_item(where, where, f"malformed CSV row ({exc})")
            continue
        if any(row):
            yield _csv_item(dict(zip(header, row)), where)


def _csv_item(fields: dict[str, str], where: str) -> Item:
    size = sum(len(value) + 1 for value in fields.values())
    warnings: list[str] = []
    try:
        record = {key: _clean_field(value, warnings) or None for key, value in fields.items()}
    except InputError as exc:
        return failed_item(where, where, str(exc), size)
    return record_item(record, where, default_id=where, size=size, warnings=warnings)


def _clean_field(value: str, warnings: list[str]) -> str:
    """A CSV field as text: undecodable bytes replaced (with a warning); NUL bytes refused."""
    if not _SUSPECT.search(value):
        return value
    text, notes = decode(value.encode("utf-8", "surrogateescape"), "the record")
    warnings.extend(note for note in notes if note not in warnings)
    return text


# --------------------------------------------------------------------------------------------------
# Validation of one record (JSONL line, CSV row, Dask element)


def record_item(
    record: object,
    where: str,
    *,
    default_id: str | None,
    size: int = 0,
    warnings: Iterable[str] = (),
) -> Item:
    """Validate one corpus record (a mapping with ``text``; ``id``, ``title``, ``published`` optional)."""
    if not isinstance(record, Mapping):
        return failed_item(default_id, where, f"expected an object with a 'text' field, got {type(record).__name__}", size)
    raw_id = record.get("id")
    ident = _id_of(raw_id)
    try:
        if raw_id is not None and ident is None:
            raise InputError(f"field 'id' must be a string or an integer, got {type(raw_id).__name__}")
        text = _text_of(record.get("text"))
        title = _title_of(record.get("title"))
        published = _published_of(record.get("published"))
    except InputError as exc:
        return failed_item(ident or default_id, where, str(exc), size)
    return Item(ident or default_id, where, text, title, published, tuple(warnings), size=size)


def _id_of(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))
    return None


def _text_of(value: object) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError("field 'text' is missing or empty")
    if not isinstance(value, str):
        raise InputError(f"field 'text' must be a string, got {type(value).__name__}")
    return value


def _title_of(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"field 'title' must be a string, got {type(value).__name__}")
    return value.strip() or None


def _published_of(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError(f"field 'published' must be a YYYY-MM-DD string, got {type(value).__name__}")
    return parse_published(value) if value.strip() else None


# --------------------------------------------------------------------------------------------------
# Scoring: one Scorer per process, rows rendered where they are scored


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


# --------------------------------------------------------------------------------------------------
# Counting, progress, summary


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


# --------------------------------------------------------------------------------------------------
# Output: rows written and flushed as they come; resume


class RowWriter:
    """Writes rendered rows to a text stream as they come, flushing each one."""

    def __init__(self, stream: TextIO, kind: str, *, header: bool = True) -> None:
        self._stream = stream
        self._csv = csv.DictWriter(stream, CSV_COLUMNS, lineterminator="\n") if kind == "csv" else None
        if self._csv is not None and header:
            self._csv.writeheader()
            stream.flush()

    def write(self, outcome: Outcome) -> None:
        """Write one row (nothing for an error in text output) and flush it."""
        if outcome.row is None:
            return
        if self._csv is not None:
            self._csv.writerow(outcome.row)
        else:
            self._stream.write(outcome.row + "\n")
        self._stream.flush()


@dataclass(slots=True)
class Earlier:
    """What an earlier run already wrote to the output file: its ids, and the counts of its rows."""

    ids: set[str] = field(default_factory=set)
    tally: Tally = field(default_factory=Tally)


class _LineFeed:
    """The complete lines of a binary file, decoded, for csv.reader; remembers how far it fed."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.offset = 0
        self.at_end = False

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        raw = self._fh.readline()
        if not raw.endswith(b"\n"):  # end of file, or a last line cut short
            self.at_end = True
            raise StopIteration
        self.offset += len(raw)
        return raw.decode("utf-8", "replace")


def read_earlier(path: str, kind: str, fail_under: float | None = None) -> Earlier:
    """Read an output file for ``resume``, cutting off a last row that a killed run left unfinished."""
    earlier = Earlier()
    if not os.path.exists(path):
        return earlier
    with open(path, "r+b") as fh:
        end = _earlier_csv(fh, earlier, fail_under) if kind == "csv" else _earlier_jsonl(fh, earlier, fail_under)
        fh.seek(0, os.SEEK_END)
        if fh.tell() > end:
            fh.truncate(end)
    return earlier


def _not_resumable(path_hint: str, why: str) -> InputError:
    return InputError(f"cannot resume: the output file {why}; it is not a sourcescore output, or was edited ({path_hint})")


def _earlier_jsonl(fh: BinaryIO, earlier: Earlier, fail_under: float | None) -> int:
    """Count the complete rows; return the offset where they end."""
    end = 0
    for number, raw in enumerate(fh, 1):
        if not raw.endswith(b"\n"):
            break  # the last line, cut short by a kill
        if raw.strip():
            try:
                row = json.loads(raw)
            except ValueError:
                raise _not_resumable(f"line {number}", "has a line that is not JSON") from None
            if not isinstance(row, dict) or "id" not in row:
                raise _not_resumable(f"line {number}", "has a line without an id")
            earlier.ids.add(row["id"])
            earlier.tally.add(row.get("score"), row.get("band"), row.get("error"), fail_under)
        end += len(raw)
    return end


def _earlier_csv(fh: BinaryIO, earlier: Earlier, fail_under: float | None) -> int:
    """Count the complete rows; return the offset where they end (0 if even the header is cut)."""
    feed = _LineFeed(fh)
    reader = csv.reader(feed, strict=True)
    try:
        header = next(reader, None)
    except csv.Error:
        header = None
    if header is None:
        return 0
    if tuple(header) != CSV_COLUMNS:
        raise _not_resumable("line 1", f"has the header {','.join(header)!r}, not {','.join(CSV_COLUMNS)!r}")
    end = feed.offset
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return end
        except csv.Error:
            if feed.at_end:
                return end  # a last row cut short (inside a quoted field) by a kill
            raise _not_resumable(f"line {reader.line_num}", "has a malformed row") from None
        if len(row) != len(CSV_COLUMNS):
            raise _not_resumable(f"line {reader.line_num}", f"has a row of {len(row)} fields")
        values = dict(zip(CSV_COLUMNS, row))
        earlier.ids.add(values["id"])
        score = float(values["score"]) if values["score"] and not values["error"] else None
        earlier.tally.add(score, values["band"] or None, values["error"] or None, fail_under)
        end = feed.offset


def _skip_done(items: Iterable[Item], done: set[str], tally: Tally) -> Iterator[Item]:
    """Items whose id is not yet in the output; the others are counted as skipped."""
    for item in items:
        if item.id in done:
            tally.skipped += 1
            tally.skipped_bytes += item.size
        else:
            yield item


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
    """Score items and write their rows in input order; skip the ids in ``earlier``; count it all."""
    tally, earlier = Tally(), earlier or Earlier()
    progress = progress or Progress(sys.stderr, enabled=False)
    todo = _skip_done(items, earlier.ids, tally) if earlier.ids else items
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
        progress.clear()
    return BatchResult(tally, earlier.tally, time.perf_counter() - start, aborted)


# --------------------------------------------------------------------------------------------------
# The ``score`` command's corpus run


def available_cores() -> int:
    """CPU cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


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


def input_bytes(paths: Iterable[str]) -> int | None:
    """Total size of the inputs, for the ETA; None when unknown (stdin)."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        entries = folder_files(path) if os.path.isdir(path) else [path]
        for entry in entries:
            try:
                total += os.path.getsize(entry) if isinstance(entry, str) else 0
            except OSError:
                pass
    return total


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
