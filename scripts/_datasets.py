"""Read the shared labelled datasets (../shared/datasets/*/data.jsonl) for the scripts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATASETS = ("perez_rosas_2018", "llmfake", "politifact_pp", "fakes")


def records(name: str) -> Iterator[dict]:  # type: ignore[type-arg]
    """Yield the records of one shared dataset; exits with a message if ../shared is missing."""
    path = SHARED / "datasets" / name / "data.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} not found: put the shared datasets beside the repository as ../shared")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
