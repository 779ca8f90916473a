"""Whether evaluation data overlaps a model's training data, from what its model card keeps.

A model card keeps the sha256 of every training file, and, since issue #16, beside each file of
articles its ``text_hashes``: the sorted short hashes of its articles' texts (``table.text_hash``;
the bundled default model's card gains them when it is retrained). ``evaluate --model`` finds an
evaluation record in the training data when

- its file is a training file (same sha256; cards written before the record hashes have these),
- its text hashes the same as a training article's (whitespace aside), or
- the model was trained on the bundled default corpus (``default_features.jsonl.gz``, which keeps
  feature vectors, not texts) and the record's file is one of that corpus' datasets (its sha256 in
  the file's head) or its id is one of the corpus' ids.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path

from ..dataset import Record, file_sha256
from ..model import CARD_FILE
from .table import DEFAULT_FEATURES_FILE, text_hash

def _default_corpus() -> tuple[set[str], set[str]]:
    """The bundled default corpus' dataset file hashes and article ids."""
    with gzip.open(DEFAULT_FEATURES_FILE, "rt", encoding="utf-8") as fh:
        head = json.loads(fh.readline())
        ids = {json.loads(line)["id"] for line in fh if line.strip()}
    sources = head.get("sources") or {}
    return {str(v) for v in sources.values()}, ids


def training_overlap(model: str | Path, paths: Sequence[str | Path], records: Sequence[Record]) -> dict[str, object]:
    """How many of ``records`` (read from ``paths``) the model at ``model`` was trained on, and how that was found."""
    card_path = Path(model) / CARD_FILE
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        card = {}
    data = card.get("data") if isinstance(card, dict) else None
    files = {str(d.get("sha256")) for d in data or () if isinstance(d, dict)}
    ids: set[str] = set()
    checked = ["training files (sha256)"]
    if any(isinstance(d, dict) and d.get("file") == DEFAULT_FEATURES_FILE.name for d in data or ()):
        sources, ids = _default_corpus()
        files |= sources
        checked.append("the default corpus (its datasets' sha256 and ids)")
    hashes = {str(h) for d in data or () if isinstance(d, dict) for h in d.get("text_hashes") or ()}
    if hashes:
        checked.append("training texts (hashes)")
    whole = {str(Path(p)) for p in paths if file_sha256(Path(p)) in files}
    found = 0
    for r in records:
        if r.where.rpartition(":")[0] in whole or r.id in ids or (hashes and text_hash(r.text) in hashes):
            found += 1
    return {"records": found, "of": len(records), "files": sorted(whole), "checked": checked}


def overlap_warning(overlap: dict[str, object], model: str | Path) -> str | None:
    """The one line that says the evaluation is not held out, or None when nothing overlaps."""
    found, total = int(overlap["records"]), int(overlap["of"])  # type: ignore[call-overload]
    if not found:
        return None
    return (f"sourcescore: warning: {found:,} of {total:,} evaluation records ({found / total:.0%}) are in the training data "
            f"of {model}: these figures are not held out")
