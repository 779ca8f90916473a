"""Rebuild training_data/default_features.jsonl.gz from the shared datasets (run after features change).

Run: python scripts/build_default_features.py [--jobs N]
Stores figures only (feature vectors, labels, groups, rule points), never the third-party texts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sourcescore.scoring.dataset import file_sha256, read_all
from sourcescore.scoring.training import DEFAULT_FEATURES_FILE, featurize, save_table, terminal_progress

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
DATASETS = ("perez_rosas_2018", "llmfake", "politifact_pp", "fakes")


def main() -> None:
    """Featurize the four shared datasets and save their vectors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    paths = [SHARED / name / "data.jsonl" for name in DATASETS]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"missing: {', '.join(missing)}; put the shared datasets beside the repository as ../shared")
    table = featurize(read_all(paths), jobs=args.jobs, progress=terminal_progress("featurizing"))
    save_table(table, DEFAULT_FEATURES_FILE, {p.parent.name: file_sha256(p) for p in paths})
    print(f"wrote {DEFAULT_FEATURES_FILE} ({len(table)} articles)")


if __name__ == "__main__":
    main()
