"""Labelled articles for training and evaluation: JSONL or CSV in the DESIGN.md contract, validated.

One object (or CSV row) per article: ``id``, ``text``, ``label`` (``reliable`` | ``unreliable``)
are required; ``title``, ``published`` (``YYYY-MM-DD``), ``pair_id`` and ``source`` are optional.
Every problem is reported with the file, the line and the field.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

LABELS = ("reliable", "unreliable")
REQUIRED = ("id", "text", "label")
OPTIONAL = ("title", "published", "pair_id", "source")


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


def _validate(raw: object, where: str, dataset: str) -> Record:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected an object with fields {', '.join(REQUIRED)}, got {type(raw).__name__}")
    for name in REQUIRED:
        value = raw.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise DataError(f"{where}: field '{name}' is missing or empty")
        if name != "id" and not isinstance(value, str):
            raise DataError(f"{where}: field '{name}' must be a string, got {type(value).__name__}")
    label = raw["label"].strip().lower()
    if label not in LABELS:
        raise DataError(f"{where}: field 'label' is {raw['label']!r}; expected 'reliable' or 'unreliable'")
    optional: dict[str, str | None] = {}
    for name in OPTIONAL:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise DataError(f"{where}: field '{name}' must be a string or null, got {type(value).__name__}")
        optional[name] = value.strip() or None if isinstance(value, str) else None
    published = None
    if optional["published"]:
        try:
            published = date.fromisoformat(optional["published"])
        except ValueError:
            raise DataError(f"{where}: field 'published' is {optional['published']!r}, not YYYY-MM-DD") from None
    return Record(
        id=str(raw["id"]),
        text=raw["text"],
        label=label,
        title=optional["title"],
        published=published,
        pair_id=optional["pair_id"],
        source=optional["source"],
        dataset=dataset,
        where=where,
    )


def read_records(path: str | Path) -> list[Record]:
    """Read and validate one JSONL or CSV file; raise DataError naming file, line and field."""
    path = Path(path)
    name = dataset_name(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    records: list[Record] = []
    try:
        if path.suffix.lower() == ".csv":
            csv.field_size_limit(sys.maxsize)
            with path.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
                if missing:
                    raise DataError(f"{path}: CSV header lacks column(s) {', '.join(missing)}; found {reader.fieldnames}")
                for row in reader:
                    clean = {k: (v if v != "" else None) for k, v in row.items() if k is not None}
                    records.append(_validate(clean, f"{path}:{reader.line_num}", name))
        else:
            with path.open(encoding="utf-8") as fh:
                for number, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        raw = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise DataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
                    records.append(_validate(raw, f"{path}:{number}", name))
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
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
