"""Rebuild training_data/default_features.jsonl.gz from the shared datasets (run after features or rules change).

Run: python scripts/build_default_features.py [--jobs N]
Stores figures only (feature vectors, labels, groups, rule points), never the third-party texts.
The head records the feature schema and the rule table (``rules_version``) the figures were made
with; training refuses the file once either differs from the code's, so run this after changing
an extractor, the declared schema or a rule. It says whether the rows changed from the file it replaced.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from sourcescore.scoring.dataset import file_sha256, read_all
from sourcescore.scoring.training import DEFAULT_FEATURES_FILE, featurize, save_table, terminal_progress

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
DATASETS = ("perez_rosas_2018", "llmfake", "politifact_pp", "fakes")


def _rows(path: Path) -> list[str]:
    """The file's lines after its head (the rows), or none if there is no file."""
    if not path.is_file():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()[1:]


def main() -> None:
    """Featurize the four shared datasets and save their vectors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    paths = [SHARED / name / "data.jsonl" for name in DATASETS]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"missing: {', '.join(missing)}; put the shared datasets beside the repository as ../shared")
    before = _rows(DEFAULT_FEATURES_FILE)
    table = featurize(read_all(paths), jobs=args.jobs, progress=terminal_progress("featurizing"))
    save_table(table, DEFAULT_FEATURES_FILE, {p.parent.name: file_sha256(p) for p in paths})
    after = _rows(DEFAULT_FEATURES_FILE)
    changed = sum(a != b for a, b in zip(before, after)) + abs(len(before) - len(after))
    print(f"wrote {DEFAULT_FEATURES_FILE} ({len(table)} articles); "
          + (f"{changed} rows differ from the file it replaced" if changed else "rows identical to the file it replaced"))


if __name__ == "__main__":
    main()
