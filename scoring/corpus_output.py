"""Writing rows as they come (flushed one by one), and reading an earlier output back for ``resume``."""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO

from scoring.corpus_progress import Tally
from scoring.corpus_scoring import CSV_COLUMNS, Outcome
from scoring.scorer import InputError

OUTPUT_FORMATS = ("jsonl", "csv")


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
