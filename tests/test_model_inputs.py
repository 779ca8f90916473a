"""The model reads sourcing rates only, each held to the direction reporting practice gives it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from sourcescore.features.pipeline import feature_names
from sourcescore.scoring.model import DEFAULT_MODEL_DIR, load_model
from sourcescore.scoring.training import SAMPLE_FILE, Table, featurize, fit_model, model_card, model_inputs
from sourcescore.scoring.dataset import read_all
from sourcescore.scoring.training.constrained import SignedLogistic
from sourcescore.scoring.training.inputs import LENGTH_COUNTS, directions, excluded_features, model_features



def test_inputs_are_declared_sourcing_rates_with_a_direction() -> None:
    names = feature_names()
    assert list(model_features()) == [n for n in names if n in set(model_features())]  # declared order
    assert len(set(model_features())) == len(model_features())
    for m in model_inputs():
        assert m.direction in (1, -1) and m.practice
        assert not m.feature.startswith("style.")
        assert m.feature not in LENGTH_COUNTS
    assert set(excluded_features()) | set(model_features()) == set(names)
    assert all(n in excluded_features() for n in names if n.startswith("style."))


def test_signed_logistic_matches_scikit_learn_when_the_signs_agree() -> None:
    rng = np.random.default_rng(3)
    X = rng.normal(size=(400, 3))
    y = (X @ np.array([1.5, -1.0, 0.5]) + rng.normal(scale=0.5, size=400) > 0).astype(int)
    ours = SignedLogistic((1, -1, 1), C=1.0).fit(X, y)
    theirs = LogisticRegression(C=1.0).fit((X - X.mean(0)) / X.std(0), y)
    assert ours.coef_ == pytest.approx(theirs.coef_[0], rel=2e-3)
    assert ours.intercept_ == pytest.approx(theirs.intercept_[0], rel=2e-3, abs=2e-3)


def test_signed_logistic_holds_a_sign_the_data_contradicts_at_zero() -> None:
    rng = np.random.default_rng(4)
    X = rng.normal(size=(400, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)  # the second input helps, but its direction says it must not
    model = SignedLogistic((1, -1), C=1.0).fit(X, y)
    assert model.coef_[0] > 0.5 and model.coef_[1] == 0.0
    weighted = SignedLogistic((1, 1), C=1.0, class_weight="balanced").fit(X[:300], (X[:300, 0] > 1).astype(int))
    assert weighted.coef_[0] > 0


def _synthetic_table(seed: int = 0, pairs: int = 30, singles: int = 150) -> Table:
    """Articles whose label follows two inputs the right way and one input the wrong way (a genre shortcut)."""
    rng = np.random.default_rng(seed)
    names = feature_names()
    rows, groups, y = [], [], []
    for i in range(pairs + singles):
        x = rng.uniform(size=len(names))
        label = int(x[names.index("attribution.attributed_share")] - x[names.index("sourcing.vague_share")]
                    + 0.8 * x[names.index("statistics.unsourced_share")] > 0.4)  # the last one: the wrong way
        rows.append(x)
        y.append(label)
        groups.append(f"pair:{i // 2}" if i < pairs else f"id:{i}")
    return Table([str(i) for i in range(len(rows))], ["d"] * len(rows), groups, [False] * len(rows),
                 np.array(y), np.array(rows), np.zeros(len(rows)))


def _assert_monotone(model, rows: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    """Raising any input in its direction never lowers the model's log-odds."""
    names = feature_names()
    for row in rows:
        values = dict(zip(names, row))
        base = model.logit(values)[0]
        for feature, direction in zip(model_features(), directions()):
            for step in (0.05, 0.3, 1.0, 5.0):
                moved = dict(values)
                moved[feature] = values[feature] + direction * step
                assert model.logit(moved)[0] >= base - 1e-9, (feature, step)


@pytest.mark.parametrize("kind", ["blend", "boosting", "logistic"])
def test_every_model_kind_keeps_each_input_in_its_direction(kind: str) -> None:
    table = _synthetic_table()
    model = fit_model(table, kind=kind, name=kind, folds=3)
    _assert_monotone(model, table.X[:15])
    if kind == "logistic":
        assert model.coef[list(model_features()).index("statistics.unsourced_share")] == 0.0


def test_the_shipped_model_reads_the_declared_inputs_in_their_directions() -> None:
    model = load_model(DEFAULT_MODEL_DIR)
    assert model.features == model_features()
    table = featurize(read_all([SAMPLE_FILE])[:20])
    _assert_monotone(model, table.X)


def test_the_card_lists_each_input_with_its_direction_and_share() -> None:
    card = json.loads((Path(DEFAULT_MODEL_DIR) / "model_card.json").read_text())
    listed = {c["feature"]: c for c in card["inputs"]}
    assert set(listed) == set(model_features())
    assert all(listed[m.feature]["direction"] == m.direction for m in model_inputs())
    assert sum(c["share"] for c in card["inputs"]) == pytest.approx(1.0, abs=1e-3)
    assert all(n.startswith("style.") is False for n in listed)
    assert all(n in card["excluded_features"] for n in feature_names() if n.startswith("style."))


def test_model_card_shares_add_up_on_a_fresh_model() -> None:
    table = _synthetic_table(1)
    model = fit_model(table, kind="boosting", name="b", folds=3)
    card = model_card(model, "boosting", table, [], {}, seed=13, folds=3)
    shares = [c["share"] for c in card["inputs"]]
    assert sum(shares) == pytest.approx(1.0, abs=1e-3) and shares == sorted(shares, reverse=True)
