"""Training data validation, retraining without ../shared, safe model files, the default model."""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from sourcescore import cli
from sourcescore.features.pipeline import feature_names, feature_schema
from sourcescore.scoring import Scorer
from sourcescore.scoring.dataset import DataError, read_records
from sourcescore.scoring.model import DEFAULT_MODEL_DIR, MODEL_FILE, LinearModel, ModelError, TreeModel, load_model
from sourcescore.scoring.training import (
    RULE_WEIGHT_TOLERANCE,
    RULE_WEIGHTS,
    MIN_RULE_WEIGHT,
    SAMPLE_FILE,
    Table,
    choose_rule_weight,
    final_scores,
    load_table,
    model_features,
    train,
    write_model,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained on the shipped sample set alone (no ../shared needed)."""
    out = tmp_path_factory.mktemp("models") / "sample"
    train([SAMPLE_FILE], out, kind="logistic", folds=3, lodo=False)
    return out


def test_sample_set_is_valid_and_paired() -> None:
    records = read_records(SAMPLE_FILE)
    assert len(records) >= 80
    assert {r.label for r in records} == {"reliable", "unreliable"}
    assert all(r.published is not None for r in records)
    pairs: dict[str, set[str]] = {}
    opinion = [r for r in records if r.source == "sourcescore-sample-opinion"]
    for r in records:
        assert r.pair_id
        if r in opinion:
            continue
        pairs.setdefault(r.pair_id, set()).add(r.label)
    assert all(labels == {"reliable", "unreliable"} for labels in pairs.values())
    # The genuine opinion pieces (issue 14): reliable, each its own group, apart from the news pairs.
    assert len(opinion) >= 6 and {r.label for r in opinion} == {"reliable"}
    assert len({r.pair_id for r in opinion}) == len(opinion) and not {r.pair_id for r in opinion} & set(pairs)


def test_retraining_on_sample_alone_writes_model_and_card(sample_model: Path) -> None:
    assert sorted(p.name for p in sample_model.iterdir()) == ["MODEL_CARD.md", "model.json", "model_card.json"]
    card = json.loads((sample_model / "model_card.json").read_text())
    assert card["feature_schema"] == feature_schema()
    assert card["counts"] == {"newsroom_sample": {"reliable": 51, "unreliable": 44}}  # 44 pairs and 7 opinion pieces
    assert card["data"][0]["sha256"] and card["seed"] == 13
    cv = card["evaluation"]["logistic"]["cross_validation"]["pooled"]
    assert 0.5 < cv["roc_auc"] <= 1.0
    model = load_model(sample_model)
    assert isinstance(model, LinearModel) and model.features == model_features()
    report = Scorer(model=sample_model).score("Mayor Helen Okafor said the Riverton council approved the plan on Tuesday.")
    assert report.to_dict()["model"]["name"] == "sample"


def test_training_is_deterministic(sample_model: Path, tmp_path: Path) -> None:
    again = tmp_path / "sample"
    train([SAMPLE_FILE], again, kind="logistic", folds=3, lodo=False)
    assert (again / MODEL_FILE).read_text().replace(again.name, "x") == (sample_model / MODEL_FILE).read_text().replace(
        sample_model.name, "x"
    )


def test_crafted_pickle_is_refused_without_running(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (Path.touch, (marker,))

    bad = tmp_path / "evil"
    bad.mkdir()
    (bad / MODEL_FILE).write_bytes(pickle.dumps(Payload()))
    with pytest.raises(ModelError, match="model_card.json is missing"):  # the card is checked before any parse
        load_model(bad)
    (bad / "model_card.json").write_text(json.dumps({"model_sha256": hashlib.sha256((bad / MODEL_FILE).read_bytes()).hexdigest()}))
    with pytest.raises(ModelError, match="not JSON"):  # a card vouching for a pickle: parsed as JSON, refused
        load_model(bad)
    pkl = tmp_path / "model.pkl"
    pkl.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(ModelError, match="only model.json"):
        load_model(pkl)
    assert not marker.exists()


def test_tampered_schema_and_missing_card_are_refused(sample_model: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(sample_model, copy)
    data = json.loads((copy / MODEL_FILE).read_text())
    data["feature_schema"] = "0-000000000000"
    (copy / MODEL_FILE).write_text(json.dumps(data))
    with pytest.raises(ModelError, match="SHA-256"):
        load_model(copy)
    (copy / "model_card.json").unlink()
    with pytest.raises(ModelError, match="model_card.json is missing"):
        load_model(copy)


def test_default_model_matches_code_schema() -> None:
    model = load_model(DEFAULT_MODEL_DIR)
    assert isinstance(model, TreeModel)
    recorded = json.loads((DEFAULT_MODEL_DIR / MODEL_FILE).read_text())["feature_schema"]
    assert recorded.split("-")[0] == feature_schema().split("-")[0]  # same schema version
    # It reads every feature a model uses, in the declared order (a feature added since is not read).
    assert model.features == tuple(n for n in model_features() if n in model.features)
    if recorded == feature_schema():  # the names declared now are those it was trained with
        assert model.features == model_features()
    assert (DEFAULT_MODEL_DIR / MODEL_FILE).stat().st_size < 1_000_000


def test_default_feature_vectors_match_code_schema() -> None:
    table = load_table()
    assert len(table) > 5000 and set(table.datasets) == {"fakes", "llmfake", "perez_rosas_2018", "politifact_pp"}


def test_report_names_features_that_moved_the_model() -> None:
    report = Scorer().score("Experts say 70% of voters in Riverton agree with the plan, studies show.").to_dict()
    explanation = report["model"]["explanation"]
    assert len(explanation) == 5 and all(set(e) == {"feature", "value", "effect"} for e in explanation)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "t", "label": "fake"}\n', "label"),
        ('{"id": "a", "text": "", "label": "reliable"}\n', "'text' is missing or empty"),
        ('{"id": "a", "label": "reliable"}\n', "'text' is missing"),
        ("not json\n", "not valid JSON"),
        ('{"id": "a", "text": "t", "label": "reliable", "published": "2025-13-45"}\n', "YYYY-MM-DD"),
    ],
)
def test_bad_training_rows_name_file_line_and_field(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "fine", "label": "reliable"}\n' + content)
    with pytest.raises(DataError, match=message) as err:
        read_records(path)
    assert f"{path}:2" in str(err.value)


def test_csv_with_wrong_columns(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("identifier,body,label\n1,text,reliable\n")
    with pytest.raises(DataError, match=re.escape(f"{path}: the CSV header has no 'id', 'text' columns (found: identifier, body, label)")):
        read_records(path)


def test_train_cli_errors_cleanly_and_leaves_no_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one_class = tmp_path / "one.jsonl"
    one_class.write_text("".join(json.dumps({"id": str(i), "text": "Police said 3 people died.", "label": "reliable"}) + "\n" for i in range(10)))
    out = tmp_path / "m"
    assert cli.main(["train", str(one_class), "-o", str(out)]) == 2
    assert "need at least" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob(".m.*"))


def test_model_from_another_feature_schema_is_refused(sample_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcescore.features.schema

    monkeypatch.setattr(sourcescore.features.schema, "SCHEMA_VERSION", 2)  # a feature's meaning changed
    with pytest.raises(ModelError, match="retrain it with `sourcescore train"):
        load_model(sample_model)
    monkeypatch.undo()
    read = load_model(sample_model).features[-1]
    monkeypatch.setattr(sourcescore.features.schema, "FEATURE_NAMES",
                        tuple(n for n in feature_names() if n != read))  # a feature it reads was removed
    with pytest.raises(ModelError, match="retrain it with `sourcescore train"):
        load_model(sample_model)


@pytest.mark.parametrize("kind", ["boosting", "blend"])
def test_tree_export_matches_scikit_learn_and_explains_exactly(kind: str) -> None:
    from sourcescore.scoring.dataset import read_all
    from sourcescore.scoring.training import _apply, _fit_calibrated, featurize, fit_model

    table = featurize(read_all([SAMPLE_FILE]))
    model = fit_model(table, kind=kind, name="trees", folds=3)
    assert (model.linear is not None) == (kind == "blend")
    fitted, platt = _fit_calibrated(table, kind, 3, 13)
    expected = _apply(platt, fitted.decision(table.model_matrix()))
    names = feature_names()
    got = np.array([model.predict(dict(zip(names, row))).probability for row in table.X])
    assert np.allclose(got, expected, atol=1e-6)
    z, effects = model.logit(dict(zip(names, table.X[0])))
    bias = model.a * (model.baseline + sum(t.value[0] for t in model.trees)) + model.b
    assert bias + sum(e for _, _, e in effects) == pytest.approx(z)


def test_tree_walk_handles_uneven_trees_and_a_lone_leaf() -> None:
    from sourcescore.scoring.model import Tree

    names = feature_names()
    # Tree 1: the root splits on feature 0; its left child is a leaf, its right child splits on feature 1.
    uneven = Tree(feature=(0, 0, 1, 0, 0), threshold=(0.5, 0.0, 2.0, 0.0, 0.0), left=(1, -1, 3, -1, -1),
                  right=(2, -1, 4, -1, -1), value=(1.0, -2.0, 3.0, 10.0, -4.0))
    lone = Tree(feature=(0,), threshold=(0.0,), left=(-1,), right=(-1,), value=(0.25,))
    model = TreeModel(name="t", version="1", features=names, baseline=0.5, trees=(uneven, lone), a=2.0, b=-1.0)
    values = dict.fromkeys(names, 0.0)
    cases = [  # (x0, x1) -> the raw sum and the path contributions of features 0 and 1
        ((0.0, 0.0), 0.5 + -2.0 + 0.25, -3.0, 0.0),  # left leaf at depth 1
        ((1.0, 2.0), 0.5 + 10.0 + 0.25, 2.0, 7.0),  # right, then left (x1 <= 2)
        ((1.0, 9.0), 0.5 + -4.0 + 0.25, 2.0, -7.0),  # right, then right
    ]
    for (x0, x1), raw, effect0, effect1 in cases:
        z, effects = model.logit({**values, names[0]: x0, names[1]: x1})
        assert z == pytest.approx(2.0 * raw - 1.0)
        by_name = {name: effect for name, _, effect in effects}
        assert by_name[names[0]] == pytest.approx(2.0 * effect0)
        assert by_name[names[1]] == pytest.approx(2.0 * effect1)
        assert all(by_name[name] == 0.0 for name in names[2:])


def test_pair_ranker_learns_what_the_rewrite_changed() -> None:
    from sourcescore.scoring.training import PairRanker, Table, fit_model, model_features

    # 24 pairs: the genuine member names more sources; the second column is noise shared by both.
    rng = np.random.default_rng(0)
    n_features = len(model_features())
    rows, groups, y = [], [], []
    for i in range(24):
        shared = rng.normal(size=n_features)
        for label in (1, 0):
            x = shared.copy()
            x[0] += 1.0 if label else -1.0
            rows.append(x)
            groups.append(f"pair:{i}")
            y.append(label)
    X = np.zeros((len(rows), len(feature_names())))
    X[:, [feature_names().index(n) for n in model_features()]] = rows
    table = Table([str(i) for i in range(len(rows))], ["d"] * len(rows), groups, [False] * len(rows),
                  np.array(y), X, np.zeros(len(rows)))
    ranker = PairRanker.fit(table)
    assert np.argmax(np.abs(ranker.coef)) == 0 and ranker.coef[0] > 0
    assert not PairRanker.fit(table.take(np.arange(len(rows)) < 10)).coef.any()  # 5 pair groups: too few
    # With 120 unpaired articles the trees have something to fit. 24 pair groups are enough for the
    # final fit, but not for the 16 of each calibration fold: the calibration never saw a ranker, so
    # the model has none.
    singles = rng.normal(size=(120, X.shape[1]))
    labels = (singles[:, feature_names().index(model_features()[1])] > 0).astype(int)
    more = Table([f"s{i}" for i in range(120)], ["d"] * 120, [f"id:{i}" for i in range(120)], [False] * 120,
                 labels, singles, np.zeros(120))
    model = fit_model(Table.concat([table, more]), kind="blend", name="b", folds=3)
    assert model.a != 0 and model.linear is not None and not any(model.linear.coef)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: "[" * 100_000 + "]" * 100_000,
        lambda d: {**d, "trees": [{**d["trees"][0], "value": 3}]},
        lambda d: json.dumps({**d, "baseline": 10**400}),
        lambda d: {**d, "rule_weight": 1.5},
        lambda d: {k: v for k, v in d.items() if k != "linear"},
        lambda d: {**d, "kind": "boosting"},
        lambda d: {**d, "linear": {**d["linear"], "scale": [0.0] * len(d["features"])}},
    ],
    ids=["deep-nesting", "number-for-list", "huge-number", "rule-weight-above-1", "blend-without-linear",
         "boosting-with-linear", "zero-scale"],
)
def test_hash_matching_but_malformed_model_is_a_clear_error(tmp_path: Path, mutate) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    data = json.loads((DEFAULT_MODEL_DIR / MODEL_FILE).read_text())
    mutated = mutate(data)
    raw = (mutated if isinstance(mutated, str) else json.dumps(mutated)).encode()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / MODEL_FILE).write_bytes(raw)
    (bad / "model_card.json").write_text(json.dumps({"model_sha256": hashlib.sha256(raw).hexdigest()}))
    with pytest.raises(ModelError, match="malformed|must"):
        load_model(bad)


def _rule_table(rule_points: list[float], y: list[int]) -> Table:
    n = len(y)
    return Table([str(i) for i in range(n)], ["d"] * n, [str(i) for i in range(n)], [False] * n,
                 np.array(y), np.zeros((n, 1)), np.array(rule_points, dtype=float))


def test_rule_weight_keeps_rules_that_agree_and_shrinks_rules_that_mislead() -> None:
    y = [1, 1, 1, 1, 0, 0, 0, 0]
    proba = np.array([0.9, 0.8, 0.7, 0.4, 0.6, 0.3, 0.2, 0.1])  # one mistake: 0.4 (reliable) below 0.6
    agreeing = _rule_table([10, 10, 10, 30, -30, -10, -10, -10], y)  # the rules fix that mistake
    assert choose_rule_weight(agreeing, proba) == RULE_WEIGHTS[0] == 1.0
    misleading = _rule_table([-40, -40, 0, 0, 40, 40, 0, 0], y)  # rules that flip the ranking at full weight
    weight = choose_rule_weight(misleading, proba)
    assert weight < 1.0
    floor = roc_auc_score(y, proba) - RULE_WEIGHT_TOLERANCE
    assert all(roc_auc_score(y, final_scores(misleading, proba, w)) < floor for w in RULE_WEIGHTS if w > weight)
    if roc_auc_score(y, final_scores(misleading, proba, weight)) < floor:
        assert weight == MIN_RULE_WEIGHT == RULE_WEIGHTS[-1]  # the planted-change floor, not below it


def test_rule_weight_scales_every_finding_and_contributions_still_add_up(sample_model: Path, tmp_path: Path) -> None:
    text = (ROOT / "examples" / "vague_rewrite.txt").read_text()
    model = load_model(sample_model)
    halved = tmp_path / "halved"
    card = json.loads((sample_model / "model_card.json").read_text())
    write_model(replace(model, rule_weight=0.5), {**card, "rule_weight": 0.5}, halved)
    full, half = Scorer(model=sample_model).score(text), Scorer(model=halved).score(text)
    assert load_model(halved).rule_weight == 0.5 and half.to_dict()["model"]["rule_weight"] == 0.5
    assert half.model.probability == full.model.probability
    assert [f.code for f in half.findings] == [f.code for f in full.findings]
    for f_half, f_full in zip(half.findings, full.findings):
        assert f_half.points == pytest.approx(f_full.points / 2, abs=0.01)
    assert sum(c.points for c in half.contributions) == pytest.approx(half.score, abs=0.011)


def test_blend_without_pairs_is_the_trees_alone() -> None:
    from sourcescore.scoring.dataset import read_all
    from sourcescore.scoring.training import featurize, fit_model

    table = featurize(read_all([SAMPLE_FILE]))
    table.groups = [f"id:{i}" for i in table.ids]  # a newsroom's data without pair ids
    blend = fit_model(table, kind="blend", name="b", folds=3)
    trees = fit_model(table, kind="boosting", name="t", folds=3)
    assert blend.linear is not None and not any(blend.linear.coef)
    names = feature_names()
    for row in table.X[:10]:
        values = dict(zip(names, row))
        # Equal up to the calibration solver's tolerance (its decision values are scaled differently).
        assert blend.predict(values).probability == pytest.approx(trees.predict(values).probability, abs=1e-4)
