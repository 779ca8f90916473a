"""Writing rows as they come (flushed one by one), and reading an earlier output back for ``resume``.

Resume reads the earlier output twice, one row at a time: ``read_earlier`` checks it, counts its rows
and cuts off a last row that a killed run left unfinished; ``Earlier.ids`` then streams its ids
alongside the input, and ``skip_done`` drops the items those rows account for. No pass holds more
than one row; only ``DoneIds``, the fallback for an input that does not follow the earlier rows'
order, grows with the rows done (9 bytes a row).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import BinaryIO, TextIO

import numpy as np

from ..records import InputError, Item, allow_long_csv_fields
from .rows import CSV_COLUMNS, Outcome, Tally
from .sink import has_lone_surrogates, output_error, scrub


class RowWriter:
    """Writes rendered rows to a text stream as they come, flushing each one, lone surrogates replaced (``sink``).

    ``name`` says what the stream is in messages (``the output file x.csv``, ``stdout``); a write that
    fails is an ``OutputError``. ``warn`` is told each row that held lone surrogates.
    """

    def __init__(self, stream: TextIO, kind: str, *, header: bool = True, name: str = "the output",
                 warn: Callable[[str], None] | None = None) -> None:
        self._stream, self._name = stream, name
        self._warn = warn or (lambda message: None)
        self._csv = self._csv_all = None
        if kind == "csv":
            self._csv = csv.DictWriter(stream, CSV_COLUMNS, lineterminator="\n")
            self._csv_all = csv.DictWriter(stream, CSV_COLUMNS, lineterminator="\n", quoting=csv.QUOTE_ALL)  # a row with a CR
        if self._csv is not None and header:
            self._guarded(self._csv.writeheader)

    def write(self, outcome: Outcome) -> None:
        """Write one row (nothing for an error in text output) and flush it."""
        row = outcome.row
        if row is None:
            return
        if isinstance(row, dict):
            if any(isinstance(v, str) and has_lone_surrogates(v) for v in row.values()):
                row = {k: scrub(v) if isinstance(v, str) else v for k, v in row.items()}
                self._replaced(outcome)
            # QUOTE_MINIMAL leaves a field with a lone CR unquoted (the line end is \n): the row would not read back
            writer = self._csv_all if any(isinstance(v, str) and "\r" in v for v in row.values()) else self._csv
            assert writer is not None
            self._guarded(lambda: writer.writerow(row))
        else:
            if has_lone_surrogates(row):
                row = scrub(row)
                self._replaced(outcome)
            self._guarded(lambda: self._stream.write(row + "\n"))

    def _replaced(self, outcome: Outcome) -> None:
        ident = "<no id>" if outcome.id is None else scrub(outcome.id)
        self._warn(f"{ident}: the row held lone surrogates (code points U+D800-U+DFFF, not characters); they were written as U+FFFD")

    def _guarded(self, write: Callable[[], object]) -> None:
        try:
            write()
            self._stream.flush()
        except OSError as exc:
            raise output_error(self._name, exc) from None


@dataclass(slots=True)
class Earlier:
    """What an earlier run already wrote to the output file: where its rows are, and their counts."""

    path: str | None = None
    kind: str = "jsonl"
    end: int = 0  # bytes of the file that hold complete rows (the header included)
    rows: int = 0
    tally: Tally = field(default_factory=Tally)
    fast_ids: bool = True  # False if some JSONL row read off its start gives another id than json.loads (two ids)

    def ids(self) -> Generator[object, None, None]:
        """The earlier rows' ids in order, read again from the file one row at a time (str; None for a JSON null)."""
        if not self.rows or self.path is None:
            return
        with open(self.path, "rb") as fh:
            if self.kind == "csv":
                allow_long_csv_fields()
                reader = csv.reader(_LineFeed(fh, self.end), strict=True)
                next(reader, None)  # the header
                for row in reader:
                    yield row[0]
                return
            offset = 0
            while offset < self.end:
                raw = fh.readline()
                if not raw:
                    return
                offset += len(raw)
                if raw.strip():
                    yield _jsonl_id(raw) if self.fast_ids else json.loads(raw)["id"]


_ID_START = b'{"id":'  # how every JSONL row that sourcescore writes begins: then a space (json module) or not (orjson)
_DECODER = json.JSONDecoder()
_NOT_FAST = object()


def _jsonl_id(raw: bytes) -> object:
    """A JSONL row's id."""
    ident = _fast_id(raw)
    return json.loads(raw)["id"] if ident is _NOT_FAST else ident


def _fast_id(raw: bytes) -> object:
    """The id read off the start of a row as sourcescore writes them (25 times faster than parsing it), else _NOT_FAST."""
    if raw.startswith(_ID_START):
        try:
            return _DECODER.raw_decode(raw.decode("utf-8", "surrogatepass"), len(_ID_START) + raw.startswith(b" ", len(_ID_START)))[0]
        except ValueError:
            pass
    return _NOT_FAST


class DoneIds:
    """The ids of earlier rows as a multiset, in 9 bytes a row: sorted 64-bit BLAKE2b hashes and a taken flag each.

    Each earlier row accounts for one item with its id. An id that is among the rows is always found;
    an id that is not is taken for one of them only if its hash collides, with a probability of at
    most n / 2**64 for n rows (5e-13 for ten million; 5e-6 over an input of ten million records).
    """

    def __init__(self, ids: Iterable[object]) -> None:
        hashes = array("Q", (_digest(ident) for ident in ids if ident is None or isinstance(ident, str)))
        self._hashes = np.frombuffer(hashes, dtype=np.uint64) if hashes else np.zeros(0, dtype=np.uint64)
        self._hashes.sort()  # in place, in the array's own buffer: no copy
        self._taken = np.zeros(len(self._hashes), dtype=np.bool_)

    def __len__(self) -> int:
        return len(self._hashes)

    def take(self, ident: str | None) -> bool:
        """Whether a row not yet taken has this id; if so, it is taken."""
        key = np.uint64(_digest(ident))
        at = int(np.searchsorted(self._hashes, key))
        while at < len(self._hashes) and self._hashes[at] == key:
            if not self._taken[at]:
                self._taken[at] = True
                return True
            at += 1
        return False


def _digest(ident: str | None) -> int:
    data = b"n" if ident is None else b"s" + ident.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


class _LineFeed:
    """The complete lines of a binary file, decoded, for csv.reader; remembers how far it fed; stops at ``limit``."""

    def __init__(self, fh: BinaryIO, limit: int | None = None) -> None:
        self._fh = fh
        self._limit = limit
        self.offset = 0
        self.at_end = False

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self._limit is not None and self.offset >= self._limit:
            raise StopIteration
        raw = self._fh.readline()
        if not raw.endswith(b"\n"):  # end of file, or a last line cut short
            self.at_end = True
            raise StopIteration
        self.offset += len(raw)
        return raw.decode("utf-8", "replace")


BelowHook = Callable[[object, float], None]  # told the id and score of an earlier row below fail_under


def read_earlier(path: str, kind: str, fail_under: float | None = None, on_below: BelowHook | None = None) -> Earlier:
    """Check and count an output file's rows for ``resume`` (one row in memory at a time), cutting off a last row that a killed run left unfinished.

    ``on_below`` is told each row that scored below ``fail_under``, as it is read.
    """
    earlier = Earlier(path, kind)
    if not os.path.exists(path):
        return earlier
    below = on_below or (lambda ident, score: None)
    with open(path, "r+b") as fh:
        end = _earlier_csv(fh, earlier, fail_under, below) if kind == "csv" else _earlier_jsonl(fh, earlier, fail_under, below)
        fh.seek(0, os.SEEK_END)
        if fh.tell() > end:
            fh.truncate(end)
    earlier.end = end
    return earlier


def _not_resumable(path_hint: str, why: str) -> InputError:
    return InputError(f"cannot resume: the output file {why}; it is not a sourcescore output, or was edited ({path_hint})")


def _earlier_jsonl(fh: BinaryIO, earlier: Earlier, fail_under: float | None, below: BelowHook) -> int:
    """Count the complete rows; return the offset where they end."""
    end = 0
    for number, raw in enumerate(fh, 1):
        if not raw.endswith(b"\n"):
            break  # the last line, cut short by a kill
        if raw.strip():
            try:
                row = json.loads(raw)
            except (ValueError, RecursionError):
                raise _not_resumable(f"line {number}", "has a line that is not JSON") from None
            if not isinstance(row, dict) or "id" not in row:
                raise _not_resumable(f"line {number}", "has a line without an id")
            fast = _fast_id(raw) if earlier.fast_ids else _NOT_FAST
            if fast is not _NOT_FAST and fast != row["id"]:
                earlier.fast_ids = False  # e.g. a row with two ids: json.loads keeps the last one
            earlier.rows += 1
            if earlier.tally.add(row.get("score"), row.get("band"), row.get("error"), fail_under):
                below(row["id"], row["score"])
        end += len(raw)
    return end


def _earlier_csv(fh: BinaryIO, earlier: Earlier, fail_under: float | None, below: BelowHook) -> int:
    """Count the complete rows; return the offset where they end (0 if even the header is cut)."""
    feed = _LineFeed(fh)
    allow_long_csv_fields()
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
        earlier.rows += 1
        score = float(values["score"]) if values["score"] and not values["error"] else None
        if earlier.tally.add(score, values["band"] or None, values["error"] or None, fail_under):
            below(values["id"], score)  # type: ignore[arg-type]  # a row below fail_under has a score
        end = feed.offset


def skip_done(items: Iterable[Item], done: Iterable[object], tally: Tally) -> Iterator[Item]:
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
        if _written_id(item) == expected:
            _count_skipped(tally, item)
            continue
        rest = DoneIds(chain((expected,), done))
        for other in chain((item,), items):
            if rest.take(_written_id(other)):
                _count_skipped(tally, other)
            else:
                yield other
        return
    yield from items


_END = object()


def _written_id(item: Item) -> str | None:
    """The id as its row holds it: lone surrogates written as U+FFFD (``sink``)."""
    return None if item.id is None else scrub(item.id)


def _count_skipped(tally: Tally, item: Item) -> None:
    tally.skipped += 1
    tally.skipped_bytes += item.size
