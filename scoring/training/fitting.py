"""Fitting: the model kinds' parts, grouped splits, nested Platt calibration, and export to JSON-able models."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from ..dataset import DataError
from ..model import FULL_RULE_WEIGHT, LinearModel, LinearTerm, Tree, TreeModel
from ..training_options import DEFAULT_FOLDS, DEFAULT_KIND, DEFAULT_SEED, KINDS
from .constrained import SignedLogistic
from .inputs import directions, model_features
from .table import Table

DEFAULT_C = 0.5
RANKER_C = 1.0  # the pairwise ranker's regularisation (fixed beforehand, not tuned)
MIN_PAIR_GROUPS = 20  # fewer genuine/fabricated pair groups than this: the blend has no ranker part
# What each kind fits: its parts' decision values, each divided by its spread over the calibration
# folds, are summed before Platt scaling.
PARTS = {"boosting": ("boosting",), "logistic": ("logistic",), "blend": ("boosting", "ranker")}

def _estimator(kind: str, seed: int):  # type: ignore[no-untyped-def]
    """A kind's unfitted estimator, held to each input's direction (see :mod:`.inputs`)."""
    if kind == "logistic":
        return SignedLogistic(directions(), C=DEFAULT_C, class_weight="balanced")
    if kind == "boosting":
        return HistGradientBoostingClassifier(
            max_depth=3, learning_rate=0.05, max_iter=300, l2_regularization=1.0, class_weight="balanced",
            monotonic_cst=list(directions()), random_state=seed,
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
        lr = SignedLogistic(directions(), C=RANKER_C, fit_intercept=False, standardize=False)
        lr.fit(np.vstack([diff, -diff]), np.r_[np.ones(len(diff)), np.zeros(len(diff))], sample_weight=np.r_[weight, weight])
        return PairRanker(mean, scale, lr.coef_.copy())

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


def out_of_fold(table: Table, *, kind: str = DEFAULT_KIND, folds: int = DEFAULT_FOLDS, seed: int = DEFAULT_SEED,
                log: Callable[[str], None] | None = None) -> np.ndarray:
    """Calibrated out-of-fold P(reliable) for every row (grouped folds; calibration nested inside); ``log`` hears of each fold."""
    X = table.model_matrix()
    proba = np.zeros(len(table))
    splits = _splits(table, folds, seed)
    for i, (train, test) in enumerate(splits, 1):
        if log is not None:
            log(f"fold {i} of {len(splits)}: fitting on {len(train):,} articles, predicting {len(test):,}")
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
    platt = LogisticRegression(C=1e6, max_iter=1000, tol=1e-8, class_weight="balanced")  # one input: fit it exactly
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
    lr = fitted.parts[0]
    return LinearModel(
        name=name,
        version=version,
        features=model_features(),
        mean=tuple(float(v) for v in lr.mean_),
        scale=tuple(float(v) for v in lr.scale_),
        coef=tuple(float(a * w) for w in lr.coef_),
        intercept=a * lr.intercept_ + b,
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
