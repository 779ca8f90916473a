"""The record contract, read in one place: bytes to text, JSONL lines and CSV rows to validated records, dates.

Scoring (the corpus run, the CLI, the Dask helpers) and training (``dataset.py``) read their inputs
here. A record is an object (a JSONL line, a CSV row with a header, a Dask record) with ``text``, or
``html`` for scoring (a saved page, read by ``pages.read_page`` where it is scored; never both);
``id``, ``title`` and ``published`` (``YYYY-MM-DD`` or an ISO 8601 date-time) are optional for scoring, and training adds a
required ``id`` and ``label`` and an optional ``pair_id`` and ``source`` (DESIGN.md). For scoring,
``Fields`` names other fields for the text, id and date (a corpus whose text is in ``body``). Text
files and stdin give one article each (``.html``/``.htm`` files and the ``html`` format: a page); a folder gives its article files (``is_article_file``). A record that cannot be read or validated becomes an
Item with an ``error`` naming it and the reason; training turns that reason into a DataError.
"""

from __future__ import annotations

import csv
import io
import json
import numbers
import os
import re
import sys
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fnmatch import fnmatchcase
from typing import Any, BinaryIO

from ..features.document import PUBLISHED_FORMS, read_published
from . import rawread
from .rawread import (
    CsvLines,
    allow_long_csv_fields,
    bounded_lines,
    csv_encoding,
    peek,
    special_file,
    unterminated,
)

STDIN = "-"
STDIN_NAME = "<stdin>"
INPUT_FORMATS = ("auto", "text", "html", "jsonl", "csv")
TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")  # read as HTML pages (scoring/pages.py)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES  # a folder's article files, unless --glob chooses others
HTML_FIELD = "html"  # a corpus record's page, in place of its text
NOT_ARTICLES = ("README", "CHANGELOG", "LICENSE", "LICENCE")  # a folder's files that are never articles (any case and extension)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
LABELS = ("reliable", "unreliable")
LABELLED_REQUIRED = ("id", "text", "label")  # the fields every training record has
# NUL, or a byte that was not UTF-8 (kept as a lone surrogate by the surrogateescape handler).
_SUSPECT = re.compile("[\x00\udc80-\udcff]")


class InputError(ValueError):
    """The article or an option cannot be scored as given; the message says why."""


# ISO 8601's extended calendar forms only (2025-03-28, 2025-03-28T09:00:00Z): Python's fromisoformat also takes the basic
# form and week dates (20250101, 2025-W01-1), which the record contract does not name.
_EXTENDED_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?", re.ASCII)


def parse_published(value: str | date | None) -> date | None:
    """The publication date of ``value`` (see ``features.document.read_published``; strings in ISO 8601's extended form), an InputError when it is none."""
    if isinstance(value, str) and not _EXTENDED_DATE.fullmatch(value.strip()):
        raise InputError(f"publication date {value!r} is not a valid {PUBLISHED_FORMS}")
    try:
        return read_published(value)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def decode(data: bytes, what: str = "the file", *, strict: bool = False) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-32/UTF-16 with BOM, else UTF-8 with replacement.

    ``strict``: bytes that are not UTF-8 are an InputError instead of a warning.
    """
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
        if strict:
            raise InputError(f"{what} is not valid UTF-8 (first bad byte at offset {exc.start})") from None
        text = data.decode("utf-8", errors="replace")
        return text, (f"{what} is not valid UTF-8 (first bad byte at offset {exc.start}); undecodable bytes were replaced",)


# ------------------------------------------------------------------------------------------- fields


def id_field(value: object, *, required: bool = False, name: str = "id") -> str | None:
    """A record's id (field ``name``): a string (stripped) or an integer; None when absent and not ``required``."""
    if value is None:
        if required:
            raise InputError(f"field '{name}' is missing or empty")
        return None
    if isinstance(value, str):
        if not value.strip():
            raise InputError(f"field '{name}' is missing or empty" if required else f"field '{name}' is empty")
        return value.strip()
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))
    raise InputError(f"field '{name}' must be a string or an integer, got {type(value).__name__}")


def text_field(value: object, name: str = "text") -> str:
    """A required string field that is not blank (``text``, ``label``), as given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError(f"field '{name}' is missing or empty")
    if not isinstance(value, str):
        raise InputError(f"field '{name}' must be a string, got {type(value).__name__}")
    return value


def optional_field(value: object, name: str) -> str | None:
    """An optional string field (``title``, ``pair_id``, ``source``), stripped; None when absent or blank."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"field '{name}' must be a string or null, got {type(value).__name__}")
    return value.strip() or None


def published_field(value: object, name: str = "published") -> date | None:
    """The ``published`` field (or ``name``): a date, an ISO 8601 date or date-time string, or None when absent or blank."""
    if value is None or isinstance(value, date):
        return parse_published(value)
    if not isinstance(value, str):
        raise InputError(f"field '{name}' must be a string ({PUBLISHED_FORMS}), got {type(value).__name__}")
    return parse_published(value) if value.strip() else None


def label_field(value: object) -> str:
    """The training label: ``reliable`` or ``unreliable`` (any case, stripped)."""
    label = text_field(value, "label").strip().lower()
    if label not in LABELS:
        raise InputError(f"field 'label' is {value!r}; expected 'reliable' or 'unreliable'")
    return label


def labelled_fields(record: object) -> dict[str, Any]:
    """A training record's fields, validated: id, text, label, title, published, pair_id, source."""
    if not isinstance(record, Mapping):
        raise InputError(f"expected an object with fields {', '.join(LABELLED_REQUIRED)}, got {type(record).__name__}")
    return {
        "id": id_field(record.get("id"), required=True),
        "text": text_field(record.get("text")),
        "label": label_field(record.get("label")),
        "title": optional_field(record.get("title"), "title"),
        "published": published_field(record.get("published")),
        "pair_id": optional_field(record.get("pair_id"), "pair_id"),
        "source": optional_field(record.get("source"), "source"),
    }


@dataclass(frozen=True, slots=True)
class Fields:
    """The fields (JSONL keys, CSV columns) of a corpus record to score that hold its text, id and publication date."""

    text: str = "text"
    id: str = "id"
    published: str = "published"

    def __post_init__(self) -> None:
        for option, name in (("text", self.text), ("id", self.id), ("published", self.published)):
            if not isinstance(name, str) or not name.strip():
                raise InputError(f"--{option}-column needs a field name, not {name!r}")


DEFAULT_FIELDS = Fields()


# ------------------------------------------------------------------------------------------- items


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
    html: str | bytes | None = None  # a page to read (pages.read_page) instead of ``text``: a page file's bytes, a record's html

    @property
    def chars(self) -> int:
        """The length of its text or page, for sizing chunks of work."""
        return len(self.text or self.html or "")


def failed_item(ident: str | None, where: str, reason: str, size: int = 0) -> Item:
    """An item that could not be read: its error names the record and the reason."""
    return Item(ident, where, error=f"{where}: {reason}" if where else reason, size=size)


def record_item(
    record: object,
    where: str,
    *,
    default_id: str | None,
    size: int = 0,
    warnings: Iterable[str] = (),
    fields: Fields = DEFAULT_FIELDS,
) -> Item:
    """Validate one corpus record (a mapping with ``text`` or ``html``; ``id``, ``title``, ``published`` optional; ``fields`` renames them)."""
    if not isinstance(record, Mapping):
        return failed_item(default_id, where, f"expected an object with a '{fields.text}' field, got {type(record).__name__}", size)
    ident = None
    try:
        ident = id_field(record.get(fields.id), name=fields.id)
        html = record.get(HTML_FIELD) if fields.text != HTML_FIELD else None
        if html is not None and record.get(fields.text) is not None:
            raise InputError(f"fields '{fields.text}' and '{HTML_FIELD}' are both given: a record is either text or a page")
        if html is None and fields.text not in record:
            raise InputError(f"field '{fields.text}' is missing{_other_fields(record)}")
        text = text_field(record.get(fields.text) if html is None else html, fields.text if html is None else HTML_FIELD)
        title = optional_field(record.get("title"), "title")
        published = published_field(record.get(fields.published), fields.published)
    except InputError as exc:
        return failed_item(ident or default_id, where, str(exc), size)
    if html is not None:
        return Item(ident or default_id, where, None, title, published, tuple(warnings), size=size, html=text)
    return Item(ident or default_id, where, text, title, published, tuple(warnings), size=size)


def _other_fields(record: Mapping[object, object], shown: int = 6) -> str:
    """What a record without its text field holds, and the option that names another: `` (it has body, id; ...)``."""
    names = [str(k) for k in record if isinstance(k, str)][:shown + 1]
    if not names:
        return ""
    listed = ", ".join(n.encode("utf-8", "replace").decode("utf-8")[:40] for n in names[:shown]) + (", ..." if len(names) > shown else "")
    return f" (the record has {listed}; on the command line, --text-column names the field that holds the text)"


@dataclass(frozen=True, slots=True)
class RawRecord:
    """A JSONL line or CSV row as read, before validation; or why it could not be read (``error``)."""

    where: str  # file:line, or the file for a problem with the whole file
    fields: object = None  # the line's JSON value, or the row as a dict of its non-empty cells' text
    warnings: tuple[str, ...] = ()
    error: str | None = None
    size: int = 0
    key: str | None = None  # the default id of a record without one: its ``where``, or the file's name

    def item(self, fields: Fields = DEFAULT_FIELDS) -> Item:
        """The record as a corpus item (validated, its text, id and date in ``fields``), or its error item."""
        if self.error is not None:
            return failed_item(self.key, self.where, self.error, self.size)
        return record_item(self.fields, self.where, default_id=self.key, size=self.size, warnings=self.warnings, fields=fields)


# ------------------------------------------------------------------------------------------- inputs


def input_format(path: str, requested: str = "auto") -> str:
    """The format of an input: the requested one, else from the extension (text by default)."""
    if requested != "auto":
        return requested
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PAGE_SUFFIXES:
        return "html"
    return "csv" if suffix in CSV_SUFFIXES else "text"


def read_inputs(
    paths: Iterable[str],
    requested: str = "auto",
    *,
    stdin: BinaryIO | None = None,
    globs: Sequence[str] = (),
    fields: Fields = DEFAULT_FIELDS,
    exclude: Container[tuple[int, int]] = (),
    warn: Callable[[str], None] | None = None,
) -> Iterator[Item]:
    """Yield the items of every input lazily, in order: files, folders (their article files, or ``globs``), ``-`` (stdin).

    A folder's files that are ``exclude``d (``(st_dev, st_ino)``: the run's own output) are passed
    over, and those that are not regular files (FIFOs, devices, links to them) are skipped, each told
    to ``warn``. A device named as an input is an error item; a FIFO named is read (``<(cmd)``).
    """
    for path in paths:
        if path == STDIN:
            fmt = "text" if requested == "auto" else requested
            yield from read_stream(STDIN_NAME, stdin if stdin is not None else sys.stdin.buffer, fmt, fields)
            continue
        path = os.path.normpath(path)  # ids come from the path: ./x.jsonl and x.jsonl give the same ones
        if os.path.isdir(path):
            yield from _read_folder(path, globs, exclude, warn or (lambda message: None))
        elif (kind := special_file(path)) not in (None, "a FIFO"):
            yield failed_item(_printable(path), _printable(path), f"not a regular file ({kind}), not an article file")
        else:
            yield from read_file(path, input_format(path, requested), fields)




def is_article_file(relative: str, globs: Sequence[str] = ()) -> bool:
    """Whether a folder's file (its path under the folder, ``/``-separated) is an article to score.

    Articles are ``.txt``, ``.md``, ``.html`` and ``.htm`` files (any case), or, given ``globs``, the files that match one
    of them (``glob_match``). Hidden files and README, CHANGELOG, LICENSE (any case, with or
    without an extension) never are.
    """
    name = relative.rsplit("/", 1)[-1]
    if name.startswith(".") or name.split(".", 1)[0].upper() in NOT_ARTICLES:
        return False
    if not globs:
        return name.lower().endswith(ARTICLE_SUFFIXES)
    return any(glob_match(relative, pattern) for pattern in globs)


def glob_match(relative: str, pattern: str) -> bool:
    """Whether a path under a folder matches a glob, as .gitignore reads one (case-sensitive).

    A pattern without ``/`` matches the file's name at any depth (``*.text``); one with ``/``
    matches the path from the folder (``2025/*.md``), ``**`` standing for any number of folders
    (``**/drafts/*.txt``). ``*`` and ``?`` never match ``/``.
    """
    parts = relative.split("/")
    if "/" not in pattern:
        return fnmatchcase(parts[-1], pattern)
    return _match_parts(parts, [p for p in pattern.strip("/").split("/") if p])


def _match_parts(parts: list[str], patterns: list[str]) -> bool:
    if not patterns:
        return not parts
    if patterns[0] == "**":
        return any(_match_parts(parts[i:], patterns[1:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatchcase(parts[0], patterns[0]) and _match_parts(parts[1:], patterns[1:])


def folder_files(folder: str, globs: Sequence[str] = ()) -> Iterator[str | OSError]:
    """Article files under a folder (``is_article_file``), sorted, skipping hidden folders; OSErrors met on the way are yielded too."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from errors
        errors.clear()
        under = os.path.relpath(root, folder).replace(os.sep, "/")
        for name in sorted(files):
            if is_article_file(name if under == "." else f"{under}/{name}", globs):
                yield os.path.join(root, name)
    yield from errors


def empty_folders(paths: Iterable[str], globs: Sequence[str] = ()) -> list[str]:
    """The inputs that are folders without an article file (``folder_files``), for a warning."""
    return [path for path in paths if path != STDIN and os.path.isdir(path) and next(folder_files(path, globs), None) is None]


def _read_folder(folder: str, globs: Sequence[str], exclude: Container[tuple[int, int]], warn: Callable[[str], None]) -> Iterator[Item]:
    for entry in folder_files(folder, globs):
        if isinstance(entry, OSError):
            where = _printable(str(entry.filename or folder))
            yield failed_item(where, where, f"cannot read: {entry.strerror or entry}")
            continue
        try:
            st = os.stat(entry)
        except OSError:
            st = None  # read_file says why it cannot be read
        if st is not None and (st.st_dev, st.st_ino) in exclude:
            continue  # the run's own output file
        kind = special_file(entry, st) if st is not None else None
        if kind is not None:
            warn(f"{_printable(entry)}: skipped: not a regular file ({kind})")
            continue
        yield from read_file(entry, "html" if entry.lower().endswith(PAGE_SUFFIXES) else "text")


def _printable(path: str) -> str:
    """A path as text that can be written out (undecodable bytes in file names replaced)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_file(path: str, fmt: str, fields: Fields = DEFAULT_FIELDS) -> Iterator[Item]:
    """The items of one file read as ``fmt`` (text, html, jsonl or csv, its records' ``fields``); one error item if it cannot be opened."""
    name = _printable(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 -- closed below; a generator cannot use `with` around the open's failure
    except IsADirectoryError:
        yield failed_item(name, name, "a folder, not an article file (`sourcescore score` takes folders)")
        return
    except OSError as exc:
        yield failed_item(name, name, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        yield from read_stream(name, fh, fmt, fields)


def read_stream(name: str, stream: BinaryIO, fmt: str, fields: Fields = DEFAULT_FIELDS) -> Iterator[Item]:
    """The items of a binary stream: one article (text), one page (html), or a record a line (jsonl) or row (csv) with ``fields``."""
    if fmt in ("jsonl", "csv"):
        for raw in raw_records(name, stream, fmt, columns=((fields.text, HTML_FIELD),)):
            yield raw.item(fields)
    else:
        yield read_text(name, stream, page=fmt == "html")


def read_text(name: str, stream: BinaryIO, *, page: bool = False) -> Item:
    """One article: the whole stream, decoded (see ``decode``); or, as a ``page``, its bytes for ``pages.read_page``."""
    try:
        data = stream.read(rawread.MAX_RECORD_BYTES + 1)
    except OSError as exc:
        return failed_item(name, name, f"cannot read: {exc.strerror or exc}")
    if len(data) > rawread.MAX_RECORD_BYTES:
        return failed_item(name, name, f"larger than {rawread.MAX_RECORD_BYTES >> 20} MB, not an article", len(data))
    if page:
        return Item(name, name, size=len(data), html=data)
    try:
        text, warnings = decode(data)
    except InputError as exc:
        return failed_item(name, name, str(exc), len(data))
    return Item(name, name, text, warnings=warnings, size=len(data))


def raw_records(
    name: str, stream: BinaryIO, fmt: str, *, columns: Sequence[str | tuple[str, ...]] = ("text",), strict: bool = False
) -> Iterator[RawRecord]:
    """The records of a JSONL or CSV stream, lazily, blank lines and rows skipped.

    ``columns``: what a CSV header must name (a tuple: one of these, named by the first when none is); ``strict``: bytes that are not UTF-8 are an error, not a warning.
    """
    if fmt == "csv":
        allow_long_csv_fields()
        text = io.TextIOWrapper(stream, encoding=csv_encoding(peek(stream, 4)), errors="surrogateescape", newline="")
        try:
            yield from _csv_records(name, CsvLines(text), columns, strict)
        finally:
            text.detach()  # leave the binary stream (maybe stdin) to its owner
    else:
        yield from _jsonl_records(name, stream, strict)


def _json_int(digits: str) -> int:
    """json's ``parse_int``: an integer too long for Python to read is the record's error, not a crash."""
    try:
        return int(digits)
    except ValueError:
        raise InputError(f"an integer of {len(digits.lstrip('-')):,} digits, more than {sys.get_int_max_str_digits():,}") from None


def _jsonl_records(name: str, stream: BinaryIO, strict: bool) -> Iterator[RawRecord]:
    for number, raw, size in bounded_lines(stream):
        where = f"{name}:{number}"
        if raw is None:
            yield RawRecord(where, error=f"a line of {size:,} bytes, longer than {rawread.MAX_RECORD_BYTES >> 20} MB", size=size, key=where)
            continue
        if not raw.strip():
            continue
        try:
            line, warnings = decode(raw, "the line", strict=strict)
            record = json.loads(line, parse_int=_json_int)
        except InputError as exc:
            yield RawRecord(where, error=str(exc), size=len(raw), key=where)
        except json.JSONDecodeError as exc:
            yield RawRecord(where, error=f"not valid JSON ({exc.msg}, column {exc.colno})", size=len(raw), key=where)
        except RecursionError:
            yield RawRecord(where, error="not valid JSON (nested too deeply)", size=len(raw), key=where)
        else:
            yield RawRecord(where, record, warnings, size=len(raw), key=where)


def _csv_records(name: str, lines: CsvLines, columns: Sequence[str | tuple[str, ...]], strict: bool) -> Iterator[RawRecord]:
    reader = csv.reader(lines)
    try:
        header = [column.strip() for column in next(reader, [])]
    except csv.Error as exc:
        yield RawRecord(f"{name}:1", error=f"unreadable CSV header ({exc})", key=name)
        return
    missing = [
        column if isinstance(column, str) else column[0]
        for column in columns
        if not any(name in header for name in ((column,) if isinstance(column, str) else column))
    ]
    if missing:
        names = ", ".join(repr(column) for column in missing)
        found = ", ".join(header) or "nothing"
        yield RawRecord(name, error=f"the CSV header has no {names} column{'s' * (len(missing) > 1)} (found: {found})", key=name)
        return
    while True:
        where = f"{name}:{reader.line_num + 1}"  # the line the record starts on
        lines.record.clear()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RawRecord(where, error=f"malformed CSV row ({exc})", key=where)
            continue
        if unterminated(lines):
            yield RawRecord(where, error=f"a quoted field is never closed: it runs from here to the end of the file ({len(lines.record):,} lines)", key=where)
            return
        if any(row):
            yield _csv_record(dict(zip(header, row)), where, strict)


def _csv_record(cells: dict[str, str], where: str, strict: bool) -> RawRecord:
    size = sum(len(value) + 1 for value in cells.values())
    warnings: list[str] = []
    try:
        fields = {key: _clean_field(value, warnings, strict) or None for key, value in cells.items()}
    except InputError as exc:
        return RawRecord(where, error=str(exc), size=size, key=where)
    return RawRecord(where, fields, tuple(warnings), size=size, key=where)


def _clean_field(value: str, warnings: list[str], strict: bool) -> str:
    """A CSV field as text: undecodable bytes replaced (with a warning; an error if ``strict``); NUL bytes refused."""
    if not _SUSPECT.search(value):
        return value
    text, notes = decode(value.encode("utf-8", "surrogateescape"), "the record", strict=strict)
    warnings.extend(note for note in notes if note not in warnings)
    return text


def input_bytes(paths: Iterable[str], globs: Sequence[str] = ()) -> int | None:
    """Total size of the inputs (a folder's files as ``folder_files`` chooses them), for the ETA; None when unknown (stdin)."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        entries = folder_files(path, globs) if os.path.isdir(path) else [path]
        for entry in entries:
            try:
                total += os.path.getsize(entry) if isinstance(entry, str) else 0
            except OSError:
                pass
    return total
