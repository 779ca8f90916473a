"""Train and evaluate the classifier: same feature code path as scoring, grouped splits, JSON models.

Features come from :func:`features.pipeline.extract` exactly as when scoring. Splits are grouped
by ``pair_id``, else ``source``, else ``id`` (``llmfake`` and ``politifact_pp`` share pair ids,
so groups span files). Raw counts that grow with article length are left out of the model
(see :data:`LENGTH_FEATURES`): length separates several shared datasets' labels by itself.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.resources import files
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score, brier_score_loss, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from ..features.pipeline import extract_text, feature_names, feature_schema
from .dataset import DataError, Record, file_sha256, read_all
from .model import (
    CARD_FILE, FULL_RULE_WEIGHT, MODEL_FILE, MODEL_POINTS, LinearModel, LinearTerm, Tree, TreeModel, load_model,
)
from .rules import run_rules
from .training_options import DEFAULT_FOLDS, DEFAULT_KIND, DEFAULT_SEED, KINDS

DEFAULT_C = 0.5
RANKER_C = 1.0  # the pairwise ranker's regularisation (fixed beforehand, not tuned)
MIN_PAIR_GROUPS = 20  # fewer genuine/fabricated pair groups than this: the blend has no ranker part
# What each kind fits: its parts' decision values, each divided by its spread over the calibration
# folds, are summed before Platt scaling.
PARTS = {"boosting": ("boosting",), "logistic": ("logistic",), "blend": ("boosting", "ranker")}
# Candidate weights of the rule points in the score, largest first; training keeps the largest whose
# out-of-fold score AUC stays within the tolerance of the classifier's own (see choose_rule_weight).
RULE_WEIGHTS = (1.0, 0.75, 0.5, 0.35, 0.25, 0.15, 0.1, 0.05)
RULE_WEIGHT_TOLERANCE = 0.005
_TRAINING_DATA = Path(str(files("sourcescore.training_data")))  # bundled data, through importlib.resources
DEFAULT_FEATURES_FILE = _TRAINING_DATA / "default_features.jsonl.gz"
SAMPLE_FILE = _TRAINING_DATA / "newsroom_sample.jsonl"

# Raw counts scale with length; the model sees rates and shares instead.
LENGTH_FEATURES = frozenset(
    {
        "attribution.claims",
        "attribution.attributed_claims",
        "sourcing.named_sources",
        "sourcing.log_named_sources",
        "sourcing.person_sources",
        "sourcing.organization_sources",
        "sourcing.document_sources",
        "sourcing.anonymous_sources",
        "sourcing.vague_sources",
        "sourcing.anonymous_without_reason",
        "statistics.count",
        "style.words",
        "style.log_words",
        "style.sentences",
        "temporal.mentions",
    }
)

Progress = Callable[[int, int], None]


def model_features() -> tuple[str, ...]:
    """The features the classifier uses: every feature but the length-proportional counts."""
    return tuple(n for n in feature_names() if n not in LENGTH_FEATURES)


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


def _featurize_one(record: Record) -> tuple[list[float], float]:
    ex = extract_text(record.text, title=record.title, published=record.published)
    return ex.vector(), sum(f.points for f in run_rules(ex))


def featurize(records: Sequence[Record], *, jobs: int = 1, progress: Progress | None = None) -> Table:
    """Feature vectors and rule points for ``records`` through the scoring code path."""
    results: list[tuple[list[float], float]] = []
    batch = 256
    with joblib.Parallel(n_jobs=jobs, batch_size=32) as parallel:
        for start in range(0, len(records), batch):
            chunk = records[start : start + batch]
            if jobs == 1:
                results.extend(_featurize_one(r) for r in chunk)
            else:
                results.extend(parallel(joblib.delayed(_featurize_one)(r) for r in chunk))
            if progress:
                progress(min(start + batch, len(records)), len(records))
    X = np.array([v for v, _ in results], dtype=float).reshape(len(records), len(feature_names()))
    return Table(
        ids=[r.id for r in records],
        datasets=[r.dataset for r in records],
        groups=[r.group for r in records],
        llm=[_is_llm(r) for r in records],
        y=np.array([r.y for r in records], dtype=int),
        X=X,
        rule_points=np.array([p for _, p in results], dtype=float),
    )


# -- the default corpus' feature vectors ---------------------------------------------------------
def save_table(table: Table, path: Path, sources: dict[str, str]) -> None:
    """Write feature vectors (figures only, no text) with the feature schema they were made with."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        head = {"feature_schema": feature_schema(), "features": list(feature_names()), "sources": sources}
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
    """Read saved feature vectors; refuse a file made with another feature schema."""
    if not path.is_file():
        raise DataError(f"{path}: no saved feature vectors; build them with `python scripts/build_default_features.py`")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        head = json.loads(fh.readline())
        if head.get("feature_schema") != feature_schema():
            raise DataError(
                f"{path}: made with feature schema {head.get('feature_schema')!r}, the code computes "
                f"{feature_schema()!r}; rebuild it with `python scripts/build_default_features.py`"
            )
        rows = [json.loads(line) for line in fh if line.strip()]
    return Table(
        ids=[r["id"] for r in rows],
        datasets=[r["dataset"] for r in rows],
        groups=[r["group"] for r in rows],
        llm=[bool(r["llm"]) for r in rows],
        y=np.array([r["y"] for r in rows], dtype=int),
        X=np.array([r["x"] for r in rows], dtype=float).reshape(len(rows), len(feature_names())),
        rule_points=np.array([r["rules"] for r in rows], dtype=float),
    )


# -- fitting ------------------------------------------------------------------------------------
def _estimator(kind: str, seed: int):  # type: ignore[no-untyped-def]
    if kind == "logistic":
        return make_pipeline(StandardScaler(), LogisticRegression(C=DEFAULT_C, max_iter=5000, class_weight="balanced"))
    if kind == "boosting":
        return HistGradientBoostingClassifier(
            max_depth=3, learning_rate=0.05, max_iter=300, l2_regularization=1.0, class_weight="balanced", random_state=seed
        )
    raise ValueError(f"unknown model kind {kind!r}; choose from {', '.join(KINDS)}")


def pair_index(table: Table) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of every (genuine, fabricated) couple inside a pair group, and weights: each group weighs 1 in all."""
    groups: dict[str, tuple[list[int], list[int]]] = {}
    for i, g in enumerate(table.groups):
        if g.startswith("pair:"):
            good, bad = groups.setdefault(g, ([], []))
            (good if table.y[i] else bad).append(i)
    couples = [(r, u, 1.0 / (len(good) * len(bad))) for good, bad in groups.values() for r in good for u in bad]
    if not couples:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    genuine, fabricated, weight = zip(*couples)
    return np.array(genuine), np.array(fabricated), np.array(weight)


def pair_groups(table: Table) -> int:
    """How many pair groups hold both a genuine and a fabricated article."""
    return len({table.groups[i] for i in pair_index(table)[0]})


@dataclass(slots=True)
class PairRanker:
    """A linear ranker fitted on within-pair differences (genuine minus fabricated) of standardised features.

    A pair shares its topic and outlet, so the difference keeps what the rewrite changed. The
    decision for one article is ``coef · (x - mean) / scale``; all zero without enough pairs.
    """

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray

    @staticmethod
    def fit(table: Table) -> "PairRanker":
        """Logistic regression without intercept on the pair differences, in both orientations."""
        X = table.model_matrix()
        mean, scale = X.mean(axis=0), X.std(axis=0)
        scale = np.where(scale > 0, scale, 1.0)
        genuine, fabricated, weight = pair_index(table)
        if pair_groups(table) < MIN_PAIR_GROUPS:
            return PairRanker(mean, scale, np.zeros(X.shape[1]))
        Z = (X - mean) / scale
        diff = Z[genuine] - Z[fabricated]
        lr = LogisticRegression(C=RANKER_C, fit_intercept=False, max_iter=5000)
        lr.fit(np.vstack([diff, -diff]), np.r_[np.ones(len(diff)), np.zeros(len(diff))], sample_weight=np.r_[weight, weight])
        return PairRanker(mean, scale, lr.coef_[0].copy())

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        """The ranker's value for rows of the model matrix: higher ranks as better sourced."""
        return ((X - self.mean) / self.scale) @ self.coef


def _fit_part(part: str, table: Table, seed: int):  # type: ignore[no-untyped-def]
    if part == "ranker":
        return PairRanker.fit(table)
    return _estimator(part, seed).fit(table.model_matrix(), table.y)


def _decision(est, X: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    if hasattr(est, "decision_function"):
        return est.decision_function(X)
    p = np.clip(est.predict_proba(X)[:, 1], 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


@dataclass(slots=True)
class Fitted:
    """A kind's fitted parts and the spread each decision is divided by before they are summed."""

    parts: list  # type: ignore[type-arg]  # scikit-learn estimators or PairRanker
    spread: np.ndarray

    def decision(self, X: np.ndarray) -> np.ndarray:
        """The summed, spread-scaled decision values for rows of the model matrix."""
        return sum(_decision(part, X) / s for part, s in zip(self.parts, self.spread))  # type: ignore[return-value]


def _splits(table: Table, folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    n_folds = min(folds, len(set(table.groups)))
    per_class = np.bincount(table.y, minlength=2)
    if n_folds < 2 or per_class.min() < n_folds:
        raise DataError(
            f"need at least {folds} groups and {folds} articles of each label for {folds}-fold evaluation; "
            f"have {len(set(table.groups))} groups, {per_class[1]} reliable, {per_class[0]} unreliable"
        )
    cv = StratifiedGroupKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    return list(cv.split(table.X, table.y, table.groups))


def _rows(table: Table, index: np.ndarray) -> Table:
    return table.take(np.isin(np.arange(len(table)), index))


def out_of_fold(table: Table, *, kind: str = DEFAULT_KIND, folds: int = DEFAULT_FOLDS, seed: int = DEFAULT_SEED) -> np.ndarray:
    """Calibrated out-of-fold P(reliable) for every row (grouped folds; calibration nested inside)."""
    X = table.model_matrix()
    proba = np.zeros(len(table))
    for train, test in _splits(table, folds, seed):
        fitted, platt = _fit_calibrated(_rows(table, train), kind, folds, seed)
        proba[test] = _apply(platt, fitted.decision(X[test]))
    return proba


def _fit_calibrated(table: Table, kind: str, folds: int, seed: int) -> tuple[Fitted, LogisticRegression]:
    """Fit on all rows; Platt-scale on grouped out-of-fold decision values (not on the fit's own)."""
    if kind not in PARTS:
        raise ValueError(f"unknown model kind {kind!r}; choose from {', '.join(KINDS)}")
    X = table.model_matrix()
    parts = PARTS[kind]
    oof = np.zeros((len(table), len(parts)))
    for train, test in _splits(table, min(folds, 3), seed):
        inner = _rows(table, train)
        for k, part in enumerate(parts):
            oof[test, k] = _decision(_fit_part(part, inner, seed), X[test])
    spread = oof.std(axis=0) if len(parts) > 1 else np.ones(1)
    unseen = spread == 0  # a part constant over the calibration folds (a ranker without enough pairs in any)
    spread[unseen] = 1.0
    # Classes weighted equally: P(reliable) as if both labels were equally common, so the score does
    # not inherit the training corpus's label ratio (mostly which datasets happen to exist).
    platt = LogisticRegression(C=1e6, max_iter=1000, class_weight="balanced")
    platt.fit((oof / spread).sum(axis=1).reshape(-1, 1), table.y)
    fitted = [_fit_part(part, table, seed) for part in parts]
    for part, never_seen in zip(fitted, unseen):
        if isinstance(part, PairRanker) and never_seen:
            part.coef[:] = 0  # the calibration never saw this ranker: it must not move the score
    return Fitted(fitted, spread), platt


def _apply(platt: LogisticRegression, decision: np.ndarray) -> np.ndarray:
    return platt.predict_proba(decision.reshape(-1, 1))[:, 1]


def fit_model(table: Table, *, kind: str = DEFAULT_KIND, name: str, seed: int = DEFAULT_SEED,
              folds: int = DEFAULT_FOLDS, rule_weight: float = FULL_RULE_WEIGHT) -> LinearModel | TreeModel:
    """Fit a model of ``kind`` on all rows and export it, calibration included, as JSON-able parameters."""
    fitted, platt = _fit_calibrated(table, kind, folds, seed)
    a, b = float(platt.coef_[0, 0]), float(platt.intercept_[0])
    version = datetime.now(timezone.utc).strftime("%Y%m%d")
    if kind in ("boosting", "blend"):
        est, *rest = fitted.parts
        linear = None
        if rest:  # the blend's ranker: its decision divided by its spread, times the calibration slope
            ranker, spread = rest[0], float(fitted.spread[1])
            linear = LinearTerm(
                mean=tuple(float(v) for v in ranker.mean), scale=tuple(float(v) for v in ranker.scale),
                coef=tuple(float(a * w / spread) for w in ranker.coef),
            )
        return TreeModel(
            name=name, version=version, features=model_features(),
            baseline=float(np.ravel(est._baseline_prediction)[0]),
            trees=tuple(_export_tree(pred[0].nodes) for pred in est._predictors), a=a / float(fitted.spread[0]), b=b,
            rule_weight=rule_weight, linear=linear,
        )
    scaler, lr = fitted.parts[0][0], fitted.parts[0][-1]
    return LinearModel(
        name=name,
        version=version,
        features=model_features(),
        mean=tuple(float(v) for v in scaler.mean_),
        scale=tuple(float(v) if v > 0 else 1.0 for v in scaler.scale_),
        coef=tuple(float(a * w) for w in lr.coef_[0]),
        intercept=a * float(lr.intercept_[0]) + b,
        rule_weight=rule_weight,
    )


def _export_tree(nodes: np.ndarray) -> Tree:
    """A scikit-learn histogram-GBT predictor as a :class:`Tree`; inner values = count-weighted leaf means."""
    n = len(nodes)
    leaf = nodes["is_leaf"].astype(bool)
    left = [-1 if leaf[i] else int(nodes["left"][i]) for i in range(n)]
    right = [-1 if leaf[i] else int(nodes["right"][i]) for i in range(n)]
    value = [float(v) for v in nodes["value"]]
    count = [float(c) for c in nodes["count"]]
    for i in reversed(range(n)):  # children come after their parent
        if not leaf[i]:
            value[i] = (count[left[i]] * value[left[i]] + count[right[i]] * value[right[i]]) / (count[left[i]] + count[right[i]])
    return Tree(
        feature=tuple(int(f) if not leaf[i] else 0 for i, f in enumerate(nodes["feature_idx"])),
        threshold=tuple(float(t) if not leaf[i] else 0.0 for i, t in enumerate(nodes["num_threshold"])),
        left=tuple(left), right=tuple(right), value=tuple(value),
    )


# -- metrics ------------------------------------------------------------------------------------
def final_scores(table: Table, proba: np.ndarray, rule_weight: float = FULL_RULE_WEIGHT) -> np.ndarray:
    """The 0-100 score a user sees: model part plus weighted rule points, clamped."""
    return np.clip(MODEL_POINTS * proba + rule_weight * table.rule_points, 0, 100)


def choose_rule_weight(table: Table, proba: np.ndarray) -> float:
    """The largest weight of RULE_WEIGHTS whose score ranks articles (ROC AUC) within RULE_WEIGHT_TOLERANCE
    of the out-of-fold probability ``proba`` alone: the rules count as much as they can without making
    the score worse than the classifier at telling the labels apart (0 if none does)."""
    if not 0 < table.y.sum() < len(table):
        return FULL_RULE_WEIGHT
    floor = roc_auc_score(table.y, proba) - RULE_WEIGHT_TOLERANCE
    return next((w for w in RULE_WEIGHTS if roc_auc_score(table.y, final_scores(table, proba, w)) >= floor), 0.0)


def pair_wins(table: Table, values: np.ndarray) -> dict[str, float] | None:
    by_pair: dict[str, tuple[list[float], list[float]]] = {}
    for i, g in enumerate(table.groups):
        if g.startswith("pair:"):
            good, bad = by_pair.setdefault(g, ([], []))
            (good if table.y[i] else bad).append(float(values[i]))
    comparisons = [(r, u) for good, bad in by_pair.values() for r in good for u in bad]
    if not comparisons:
        return None
    wins = sum(r > u for r, u in comparisons)
    ties = sum(r == u for r, u in comparisons)
    return {"pairs": len(comparisons), "win_rate": wins / len(comparisons), "tie_rate": ties / len(comparisons)}


def metrics(table: Table, proba: np.ndarray, rule_weight: float = FULL_RULE_WEIGHT) -> dict[str, object]:
    """ROC AUC (of probability and of final score), balanced accuracy, F1 of unreliable, Brier, pair wins."""
    y = table.y
    score = final_scores(table, proba, rule_weight)
    out: dict[str, object] = {"n": int(len(y)), "reliable": int(y.sum()), "unreliable": int(len(y) - y.sum())}
    if 0 < y.sum() < len(y):
        out["roc_auc"] = float(roc_auc_score(y, proba))
        out["roc_auc_score"] = float(roc_auc_score(y, score))
        out["balanced_accuracy"] = float(balanced_accuracy_score(y, proba >= 0.5))
    else:
        out["accuracy"] = float(np.mean((proba >= 0.5) == y))  # one class only: share labelled right
    out["f1_unreliable"] = float(f1_score(1 - y, proba < 0.5, zero_division=0))
    out["brier"] = float(brier_score_loss(y, proba, pos_label=1)) if len(y) else None
    pairs = pair_wins(table, proba)
    if pairs:
        out["pairs"] = pairs
        out["pairs_score"] = pair_wins(table, score)
    return out


def breakdown(table: Table, proba: np.ndarray, rule_weight: float = FULL_RULE_WEIGHT) -> dict[str, dict[str, object]]:
    """Metrics pooled, per dataset, and for llmfake/politifact_pp split by human- and LLM-written."""
    rows: dict[str, dict[str, object]] = {"pooled": metrics(table, proba, rule_weight)}
    datasets = np.array(table.datasets)
    llm = np.array(table.llm)
    for name in sorted(set(table.datasets)):
        mask = datasets == name
        rows[name] = metrics(table.take(mask), proba[mask], rule_weight)
        if llm[mask].any():
            for label, sub in (("human", mask & ~llm), ("LLM", mask & llm)):
                rows[f"{name} ({label})"] = metrics(table.take(sub), proba[sub], rule_weight)
    amt = np.array([i.startswith("perez_rosas_2018:amt:") for i in table.ids])
    if amt.any():
        rows["perez_rosas_2018 (amt)"] = metrics(table.take(amt), proba[amt], rule_weight)
    return rows


def leave_one_dataset_out(table: Table, *, kind: str = DEFAULT_KIND, seed: int = DEFAULT_SEED,
                          folds: int = DEFAULT_FOLDS, only: Sequence[str] | None = None,
                          rule_weight: float = FULL_RULE_WEIGHT) -> dict[str, dict[str, object]]:
    """Train on every dataset but one, test on that one: the generalisation figure."""
    datasets = np.array(table.datasets)
    held = [d for d in sorted(set(table.datasets)) if only is None or d in only]
    out: dict[str, dict[str, object]] = {}
    for name in held:
        test = datasets == name
        train = table.take(~test)
        fitted, platt = _fit_calibrated(train, kind, folds, seed)
        held_out = table.take(test)
        out[name] = metrics(held_out, _apply(platt, fitted.decision(held_out.model_matrix())), rule_weight)
    return out


def predict(model: LinearModel | TreeModel, table: Table) -> np.ndarray:
    """P(reliable) of a trained model for every row of ``table``."""
    names = feature_names()
    return np.array([model.predict(dict(zip(names, row))).probability for row in table.X])


def evaluate(paths: Sequence[str | Path], *, model: str | Path | None = None, include_default: bool = False,
             lodo: bool = False, seed: int = DEFAULT_SEED, folds: int = DEFAULT_FOLDS, jobs: int = 1,
             progress: Progress | None = None) -> dict[str, dict[str, dict[str, object]]]:
    """Metrics of a trained ``model`` on held-out files, or of training itself by grouped cross-validation."""
    if model is not None:
        table = featurize(read_all(list(paths)), jobs=jobs, progress=progress)
        trained = load_model(model)
        return {"held out": breakdown(table, predict(trained, table), trained.rule_weight)}
    table, _ = load_training_table(paths, include_default=include_default, jobs=jobs, progress=progress)
    proba = out_of_fold(table, folds=folds, seed=seed)
    weight = choose_rule_weight(table, proba)
    rows = {"cross-validation": breakdown(table, proba, weight)}
    if lodo:
        rows["leave one dataset out"] = leave_one_dataset_out(table, seed=seed, folds=folds, rule_weight=weight)
    return rows


# -- the train command ----------------------------------------------------------------------------
@dataclass(slots=True)
class TrainResult:
    """What training produced: the model, where it went, and its evaluation."""

    model: LinearModel
    path: Path
    card: dict[str, object]


def load_training_table(paths: Sequence[str | Path], *, include_default: bool, jobs: int,
                        progress: Progress | None = None) -> tuple[Table, list[dict[str, object]]]:
    """Featurize the given files (plus the saved default corpus if asked); describe each source."""
    tables: list[Table] = []
    described: list[dict[str, object]] = []
    if paths:
        records = read_all(list(paths))
        tables.append(featurize(records, jobs=jobs, progress=progress))
        for p in paths:
            described.append({"file": str(p), "sha256": file_sha256(Path(p))})
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


def train(paths: Sequence[str | Path], output: str | Path, *, kind: str = DEFAULT_KIND, include_default: bool = False,
          seed: int = DEFAULT_SEED,
          folds: int = DEFAULT_FOLDS, jobs: int = 1, compare: bool = False, lodo: bool = True,
          progress: Progress | None = None, log: Callable[[str], None] = lambda s: None) -> TrainResult:
    """Featurize, evaluate with grouped splits, fit, and write ``output``/model.json + model card, atomically."""
    output = Path(output)
    table, sources = load_training_table(paths, include_default=include_default, jobs=jobs, progress=progress)
    log(f"{len(table)} articles; evaluating with {folds} grouped folds")
    evaluation: dict[str, object] = {}
    for candidate in (KINDS if compare else (kind,)):
        proba = out_of_fold(table, kind=candidate, folds=folds, seed=seed)
        weight = choose_rule_weight(table, proba)
        entry: dict[str, object] = {"rule_weight": weight, "cross_validation": breakdown(table, proba, weight)}
        if lodo and len(set(table.datasets)) > 2:
            log(f"{candidate}: leave-one-dataset-out")
            entry["leave_one_dataset_out"] = leave_one_dataset_out(
                table, kind=candidate, seed=seed, folds=folds, rule_weight=weight
            )
        evaluation[candidate] = entry
    rule_weight = evaluation[kind]["rule_weight"]  # type: ignore[index]
    model = fit_model(table, kind=kind, name=output.name, seed=seed, folds=folds, rule_weight=rule_weight)
    card = _card(model, kind, table, sources, evaluation, seed, folds)
    write_model(model, card, output)
    return TrainResult(model, output, card)


def _card(model: LinearModel | TreeModel, kind: str, table: Table, sources: list[dict[str, object]],
          evaluation: dict[str, object], seed: int, folds: int) -> dict[str, object]:
    return {
        "name": model.name,
        "version": model.version,
        "kind": kind,
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "feature_schema": feature_schema(),
        "features": list(model.features),
        "excluded_features": sorted(LENGTH_FEATURES),
        "data": sources,
        "counts": counts(table),
        "seed": seed,
        "folds": folds,
        "regularisation_C": DEFAULT_C,
        "calibration": "Platt scaling on grouped out-of-fold decision values, both labels weighted equally (a 50/50 prior), "
                       "folded into the coefficients",
        "rule_weight": model.rule_weight,
        "rule_weight_choice": f"the largest of {list(RULE_WEIGHTS)} whose out-of-fold score AUC is within "
                              f"{RULE_WEIGHT_TOLERANCE} of the probability's",
        "libraries": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                      "numpy": np.__version__, "joblib": joblib.__version__},
        **({"ranker": _ranker_note(table)} if kind == "blend" else {}),
        "largest_effects": _largest_effects(model, table),
        "evaluation": evaluation,
        "note": "Scores how well claims are sourced, not whether they are true.",
    }


def _ranker_note(table: Table) -> str:
    """What the blend's ranker part was fitted on, or why there is none."""
    groups = pair_groups(table)
    if groups < MIN_PAIR_GROUPS:
        return f"none: the data hold {groups} genuine/fabricated pair groups, fewer than {MIN_PAIR_GROUPS}; the model is the trees alone"
    return (f"fitted on the within-pair feature differences of {groups} genuine/fabricated pair groups; its value and the "
            "trees' are each divided by their spread over the calibration folds and summed before calibration")


def _largest_effects(model: LinearModel | TreeModel, table: Table) -> list[dict[str, object]]:
    """Mean absolute effect of each feature on the log-odds over the training articles (top 12)."""
    names = feature_names()
    totals = dict.fromkeys(model.features, 0.0)
    rows = table.X[:: max(1, len(table) // 1000)]
    for row in rows:
        for name, _, effect in model.logit(dict(zip(names, row)))[1]:
            totals[name] += abs(effect) / len(rows)
    top = sorted(totals.items(), key=lambda t: -t[1])[:12]
    return [{"feature": f, "mean_abs_effect": round(v, 4)} for f, v in top]


def write_model(model: LinearModel | TreeModel, card: dict[str, object], output: Path) -> None:
    """Write model.json, model_card.json and MODEL_CARD.md into a temp dir, then swap it in."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    tmp.chmod(0o755)
    try:
        raw = (json.dumps(model.to_json(), indent=1) + "\n").encode()
        (tmp / MODEL_FILE).write_bytes(raw)
        card = {**card, "model_sha256": hashlib.sha256(raw).hexdigest()}
        (tmp / CARD_FILE).write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
        (tmp / "MODEL_CARD.md").write_text(card_markdown(card), encoding="utf-8")
        if output.exists():
            old = output.with_name(f".{output.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(output, old)
            os.replace(tmp, output)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else ("" if value is None else str(value))


def metrics_table(rows: dict[str, dict[str, object]]) -> str:
    """Markdown table of metrics rows."""
    lines = ["| data | n | reliable | ROC AUC (prob.) | ROC AUC (score) | bal. acc. | F1 unreliable | Brier | pair wins |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, m in rows.items():
        pairs = m.get("pairs")
        win = f"{pairs['win_rate']:.1%} of {pairs['pairs']}" if isinstance(pairs, dict) else ""
        auc = m.get("roc_auc", f"acc {m['accuracy']:.3f}" if "accuracy" in m else "")
        lines.append(f"| {name} | {m['n']} | {m['reliable']} | {_fmt(auc)} | {_fmt(m.get('roc_auc_score'))} | "
                     f"{_fmt(m.get('balanced_accuracy'))} | {_fmt(m['f1_unreliable'])} | {_fmt(m['brier'])} | {win} |")
    return "\n".join(lines)


_KIND_NAMES = {
    "blend": "Gradient-boosted trees plus a pairwise linear ranker",
    "boosting": "Gradient-boosted trees",
    "logistic": "Logistic regression",
}


def card_markdown(card: dict[str, object]) -> str:
    """The short human-readable model card."""
    kind = _KIND_NAMES[card["kind"]]  # type: ignore[index]
    out = [f"# Model card: {card['name']} ({card['version']})", "",
           f"{kind} over sourcescore's features; it scores how well claims are sourced, not truth.", "",
           *([f"- pairwise ranker: {card['ranker']}"] if "ranker" in card else []),
           f"- feature schema `{card['feature_schema']}`, {len(card['features'])} features "  # type: ignore[arg-type]
           f"(length-proportional counts excluded); seed {card['seed']}, {card['folds']} grouped folds",
           f"- calibration: {card['calibration']}",
           f"- rule weight {card['rule_weight']}: each rule's points count at this share in the score; "
           f"{card['rule_weight_choice']}",
           f"- libraries: {', '.join(f'{k} {v}' for k, v in card['libraries'].items())}", "", "## Data", ""]  # type: ignore[union-attr]
    for src in card["data"]:  # type: ignore[union-attr]
        out.append(f"- `{src['file']}` sha256 `{src['sha256'][:16]}…`")
    out += ["", "| dataset | reliable | unreliable |", "|---|---:|---:|"]
    for name, c in card["counts"].items():  # type: ignore[union-attr]
        out.append(f"| {name} | {c['reliable']} | {c['unreliable']} |")
    for kind, ev in card["evaluation"].items():  # type: ignore[union-attr]
        out += ["", f"## Evaluation: {kind}, grouped cross-validation (out of fold; rule weight {ev['rule_weight']})", "",
                metrics_table(ev["cross_validation"])]
        if "leave_one_dataset_out" in ev:
            out += ["", f"## Evaluation: {kind}, leave one dataset out", "", metrics_table(ev["leave_one_dataset_out"])]
    out += ["", "## Features with the largest effect (mean |effect| on the log-odds of reliable)", ""]
    out += [f"- `{c['feature']}`: {c['mean_abs_effect']:.3f}" for c in card["largest_effects"]]  # type: ignore[union-attr]
    return "\n".join(out) + "\n"


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
