"""Training tables: labelled articles' feature vectors and rule points, made or loaded, and the saved default corpus."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np

from ...features import schema
from ...features.pipeline import Extraction, feature_names, feature_schema
from ...features.transformer import ArticleFeatures
from ..dataset import DataError, Record, file_sha256, read_all
from ..rules import rules_version, run_rules
from .inputs import model_features

_TRAINING_DATA = Path(str(files("sourcescore.training_data")))  # bundled data, through importlib.resources
DEFAULT_FEATURES_FILE = _TRAINING_DATA / "default_features.jsonl.gz"
SAMPLE_FILE = _TRAINING_DATA / "newsroom_sample.jsonl"
# The one command that remakes the saved vectors after features or rules change.
REBUILD = "rebuild them with `python scripts/build_default_features.py`"

Progress = Callable[[int, int], None]
# How a training file's articles are hashed in the model card (``text_hashes``), for `evaluate` to find overlap.
TEXT_HASH = "sha256 of the text, its whitespace runs made single spaces, first 16 hex digits"
TEXT_HASH_CHARS = 16


def text_hash(text: str) -> str:
    """A short hash of an article's text, whitespace aside (see TEXT_HASH)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()[:TEXT_HASH_CHARS]


@dataclass(slots=True)
class Table:
    """Feature vectors of labelled articles, with what the splits and the report need."""

    ids: list[str]
    datasets: list[str]
    groups: list[str]
    llm: list[bool]  # written by a language model (known for the shared datasets only)
    y: np.ndarray  # 1 reliable, 0 unreliable
    X: np.ndarray  # all feature_names(), in order
    rule_points: np.ndarray  # what the rule layer adds to each article's score

    def __len__(self) -> int:
        return len(self.ids)

    def take(self, mask: np.ndarray) -> "Table":
        """The rows where ``mask`` is true."""
        idx = np.flatnonzero(mask)
        pick = lambda xs: [xs[i] for i in idx]  # noqa: E731
        return Table(
            pick(self.ids), pick(self.datasets), pick(self.groups), pick(self.llm),
            self.y[idx], self.X[idx], self.rule_points[idx],
        )

    @staticmethod
    def concat(tables: Sequence["Table"]) -> "Table":
        """Rows of several tables, in order."""
        return Table(
            [i for t in tables for i in t.ids],
            [d for t in tables for d in t.datasets],
            [g for t in tables for g in t.groups],
            [f for t in tables for f in t.llm],
            np.concatenate([t.y for t in tables]),
            np.vstack([t.X for t in tables]),
            np.concatenate([t.rule_points for t in tables]),
        )

    def model_matrix(self) -> np.ndarray:
        """The columns the classifier uses."""
        names = feature_names()
        cols = [names.index(n) for n in model_features()]
        return self.X[:, cols]


def _is_llm(record: Record) -> bool:
    if record.dataset == "llmfake":
        return not record.id.endswith(":human")
    if record.dataset == "politifact_pp":
        return record.id.split(":")[1] in ("MR", "MF")
    return False


def _rule_points(ex: Extraction) -> float:
    return sum(f.points for f in run_rules(ex))


def featurize(records: Sequence[Record], *, jobs: int = 1, progress: Progress | None = None) -> Table:
    """Feature vectors (through :class:`ArticleFeatures`, the scoring code path) and rule points for ``records``."""
    X, points = ArticleFeatures(jobs=jobs).fit(records).transform_with(records, _rule_points, progress=progress)
    return Table(
        ids=[r.id for r in records],
        datasets=[r.dataset for r in records],
        groups=[r.group for r in records],
        llm=[_is_llm(r) for r in records],
        y=np.array([r.y for r in records], dtype=int),
        X=X,
        rule_points=np.array(points, dtype=float),
    )


# -- the default corpus' feature vectors ---------------------------------------------------------
def save_table(table: Table, path: Path, sources: dict[str, str]) -> None:
    """Write feature vectors (figures only, no text) with the feature schema and rule table they were made with."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        head = {"feature_schema": feature_schema(), "features": list(feature_names()),
                "rules_version": rules_version(), "sources": sources}
        fh.write(json.dumps(head) + "\n")
        for i in range(len(table)):
            row = {
                "id": table.ids[i], "dataset": table.datasets[i], "group": table.groups[i],
                "llm": table.llm[i], "y": int(table.y[i]), "rules": round(float(table.rule_points[i]), 4),
                "x": [round(float(v), 6) for v in table.X[i]],
            }
            fh.write(json.dumps(row) + "\n")
    os.replace(tmp, path)


def load_table(path: Path = DEFAULT_FEATURES_FILE) -> Table:
    """Read saved feature vectors, columns selected by name; refuse any the code cannot use as they are.

    Refused, with the command that rebuilds them: another schema version, a declared feature the
    file lacks, or rule points from another rule table (``rules_version``): stale rule points would
    silently skew the rule weight training chooses.
    """
    if not path.is_file():
        raise DataError(f"{path}: no saved feature vectors; {REBUILD}")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        head = json.loads(fh.readline())
        columns = _columns(path, head)
        if head.get("rules_version") != rules_version():
            raise DataError(
                f"{path}: its rule points come from rule table {head.get('rules_version')!r}, the code's is "
                f"{rules_version()!r}; {REBUILD}"
            )
        rows = [json.loads(line) for line in fh if line.strip()]
    X = np.array([r["x"] for r in rows], dtype=float).reshape(len(rows), len(head["features"]))
    return Table(
        ids=[r["id"] for r in rows],
        datasets=[r["dataset"] for r in rows],
        groups=[r["group"] for r in rows],
        llm=[bool(r["llm"]) for r in rows],
        y=np.array([r["y"] for r in rows], dtype=int),
        X=X if columns is None else X[:, columns],
        rule_points=np.array([r["rules"] for r in rows], dtype=float),
    )


def _columns(path: Path, head: dict[str, object]) -> np.ndarray | None:
    """Where each declared feature sits in a saved file's rows (None: already in declared order)."""
    if schema.schema_version_of(head.get("feature_schema")) != str(schema.SCHEMA_VERSION):
        raise DataError(
            f"{path}: made with feature schema {head.get('feature_schema')!r}, the code declares version "
            f"{schema.SCHEMA_VERSION} ({feature_schema()}); {REBUILD}"
        )
    saved = head.get("features")
    if not isinstance(saved, list):
        raise DataError(f"{path}: its head names no features; {REBUILD}")
    names = feature_names()
    if tuple(saved) == names:
        return None
    missing = [n for n in names if n not in saved]
    if missing:
        raise DataError(f"{path}: lacks declared features {', '.join(missing[:3])}; {REBUILD}")
    return np.array([saved.index(n) for n in names], dtype=np.intp)


def load_training_table(paths: Sequence[str | Path], *, include_default: bool, jobs: int,
                        progress: Progress | None = None) -> tuple[Table, list[dict[str, object]]]:
    """Featurize the given files (plus the saved default corpus if asked); describe each source (a file of articles: with its text hashes)."""
    tables: list[Table] = []
    described: list[dict[str, object]] = []
    if paths:
        records = read_all(list(paths))
        tables.append(featurize(records, jobs=jobs, progress=progress))
        hashes: dict[str, set[str]] = {}
        for r in records:  # where: file:line
            hashes.setdefault(r.where.rpartition(":")[0], set()).add(text_hash(r.text))
        for p in paths:
            described.append({"file": str(p), "sha256": file_sha256(Path(p)), "text_hashes": sorted(hashes.get(str(Path(p)), ()))})
    if include_default:
        default = load_table(DEFAULT_FEATURES_FILE)
        known = set(tables[0].ids) if tables else set()
        if known & set(default.ids):
            raise DataError(f"{DEFAULT_FEATURES_FILE}: ids also in your data ({len(known & set(default.ids))}); "
                            "drop --include-default or the duplicated files")
        tables.append(default)
        described.append({"file": str(DEFAULT_FEATURES_FILE.name), "sha256": file_sha256(DEFAULT_FEATURES_FILE)})
    if not tables:
        raise DataError("no training data: name JSONL/CSV files, or use --include-default")
    return Table.concat(tables), described


def counts(table: Table) -> dict[str, dict[str, int]]:
    """Articles per dataset and label."""
    out: dict[str, dict[str, int]] = {}
    for d, y in zip(table.datasets, table.y):
        row = out.setdefault(d, {"reliable": 0, "unreliable": 0})
        row["reliable" if y else "unreliable"] += 1
    return out


def terminal_progress(label: str) -> Progress | None:
    """A progress printer for stderr when it is a terminal, else None."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r{label}: {done}/{total} articles")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show
