"""Labelled articles for training and evaluation: JSONL or CSV in the DESIGN.md contract, validated.

One object (or CSV row) per article: ``id``, ``text``, ``label`` (``reliable`` | ``unreliable``)
are required; ``title``, ``published`` (``YYYY-MM-DD`` or an ISO 8601 date-time), ``pair_id`` and ``source`` are optional.
Files are read and fields validated by ``records`` (the one reader of the record contract, strict
here: bytes that are not UTF-8 are an error). Every problem is reported with the file, the line
and the field.
"""

from __future__ import annotations

import hashlib
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .records import LABELLED_REQUIRED as REQUIRED
from .records import LABELS, InputError, RawRecord, labelled_fields, raw_records

__all__ = ["DataError", "LABELS", "REQUIRED", "Record", "dataset_name", "file_sha256", "read_all", "read_records"]


class DataError(ValueError):
    """A training or evaluation file that does not follow the contract; the message says where."""


@dataclass(frozen=True, slots=True)
class Record:
    """One labelled article."""

    id: str
    text: str
    label: str
    title: str | None
    published: date | None
    pair_id: str | None
    source: str | None
    dataset: str  # the file's dataset name: its folder for data.jsonl, else the file stem
    where: str = ""  # file:line it was read from, for messages

    @property
    def y(self) -> int:
        """1 for reliable, 0 for unreliable."""
        return 1 if self.label == "reliable" else 0

    @property
    def group(self) -> str:
        """Grouping key for splits: pair, else source, else the record itself."""
        if self.pair_id:
            return f"pair:{self.pair_id}"
        if self.source:
            return f"source:{self.source}"
        return f"id:{self.id}"


def dataset_name(path: Path) -> str:
    """``../shared/datasets/fakes/data.jsonl`` -> ``fakes``; ``my_labels.csv`` -> ``my_labels``."""
    return path.parent.name if path.stem == "data" else path.stem


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _record(raw: RawRecord, dataset: str) -> Record:
    """A validated Record, or a DataError naming file, line and field."""
    if raw.error is not None:
        raise DataError(f"{raw.where}: {raw.error}")
    try:
        fields = labelled_fields(raw.fields)
    except InputError as exc:
        raise DataError(f"{raw.where}: {exc}") from None
    return Record(**fields, dataset=dataset, where=raw.where)


def read_records(path: str | Path) -> list[Record]:
    """Read and validate one JSONL or CSV file; raise DataError naming file, line and field."""
    path = Path(path)
    name = dataset_name(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    fmt = "csv" if path.suffix.lower() == ".csv" else "jsonl"
    try:
        with path.open("rb") as fh, closing(raw_records(str(path), fh, fmt, columns=REQUIRED, strict=True)) as raws:
            records = [_record(raw, name) for raw in raws]
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not records:
        raise DataError(f"{path}: no records")
    return records


def read_all(paths: list[str | Path]) -> list[Record]:
    """Read several files; ids must be unique across all of them (an error names both file:line)."""
    records: list[Record] = []
    seen: dict[str, str] = {}
    for path in paths:
        for record in read_records(path):
            if record.id in seen:
                raise DataError(f"{record.where}: duplicate id {record.id!r} (first at {seen[record.id]})")
            seen[record.id] = record.where
            records.append(record)
    return records
