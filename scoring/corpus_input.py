"""Reading a corpus lazily: text files, folders, stdin, JSONL and CSV records become Items.

A record that cannot be read or validated becomes an Item with an ``error`` naming it and the reason.
"""

from __future__ import annotations

import csv
import io
import json
import numbers
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO

from .scorer import InputError, parse_published

STDIN = "-"
STDIN_NAME = "<stdin>"
INPUT_FORMATS = ("auto", "text", "jsonl", "csv")
TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
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
