"""Reading input bytes within limits: lines of bounded length, CSV text in its encoding with its records' lines, special files.

The record reader (``records``) reads through these: a JSONL line, a CSV field or an article file
longer than ``MAX_RECORD_BYTES`` is an error for that record, never a MemoryError; a CSV file with a
UTF-16 or UTF-32 byte-order mark is read in that encoding; a CSV record that opened a quote and ran
to the end of the file is told (``unterminated``); FIFOs and devices are told apart from files.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from typing import BinaryIO

MAX_RECORD_BYTES = 64 << 20  # an article file, a JSONL line or a CSV field: 3x the 20 MB article scored whole


def allow_long_csv_fields() -> None:
    """Let the csv module read fields up to ``MAX_RECORD_BYTES`` (its default, 128 KiB, is shorter than many articles)."""
    csv.field_size_limit(MAX_RECORD_BYTES)


def peek(stream: BinaryIO, size: int) -> bytes:
    """The stream's next bytes, left unread (none when it can neither peek nor seek)."""
    if hasattr(stream, "peek"):
        return stream.peek(size)[:size]
    if not stream.seekable():
        return b""
    at = stream.tell()
    head = stream.read(size)
    stream.seek(at)
    return head


def csv_encoding(head: bytes) -> str:
    """The encoding of a CSV file from its first bytes: UTF-32 or UTF-16 with a byte-order mark, else UTF-8."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    return "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"


def bounded_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None, int]]:
    """(number, line, size) of each line; the line is None when it is longer than ``MAX_RECORD_BYTES`` (it is skipped)."""
    number = 0
    while raw := stream.readline(MAX_RECORD_BYTES + 1):
        number += 1
        if len(raw) <= MAX_RECORD_BYTES or raw.endswith(b"\n"):
            yield number, raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):  # skip the rest of the over-long line, a block at a time
            raw = stream.readline(1 << 20)
            if not raw:
                break
            size += len(raw)
        yield number, None, size


class CsvLines:
    """A text stream's lines for csv.reader, remembering those of the record being read and whether the end was reached."""

    def __init__(self, stream: io.TextIOWrapper) -> None:
        self._stream = stream
        self.record: list[str] = []
        self.at_end = False

    def __iter__(self) -> CsvLines:
        return self

    def __next__(self) -> str:
        line = self._stream.readline()
        if not line:
            self.at_end = True
            raise StopIteration
        self.record.append(line)
        return line


def unterminated(lines: CsvLines) -> bool:
    """Whether the record just read opened a quote that is never closed: it swallowed the lines after it to the end."""
    return lines.at_end and len(lines.record) > 1 and sum(line.count('"') for line in lines.record) % 2 == 1


def special_file(path: str, st: os.stat_result | None = None) -> str | None:
    """What a path is when it is neither a regular file nor a folder (a FIFO, a device, a socket); None otherwise or if it cannot be told."""
    try:
        mode = (st or os.stat(path)).st_mode
    except OSError:
        return None  # read_file says why it cannot be read
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return None
