"""The declared feature schema, the scikit-learn transformer, loading models by feature name, versioned rule points."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

import sourcescore.features.style as style_module
from sourcescore.features import schema
from sourcescore.features.pipeline import extract_text, feature_names, feature_schema
from sourcescore.features.transformer import ArticleFeatures
from sourcescore.scoring import Scorer
from sourcescore.scoring.dataset import DataError, read_records
from sourcescore.scoring.model import DEFAULT_MODEL_DIR, MODEL_FILE, ModelError, load_model
from sourcescore.scoring.training import SAMPLE_FILE, Table, featurize, load_table, save_table

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "x",
    "Officials said 3 people were hurt on March 3, 2024. The report was released.",
    "Experts say 70% of voters agree!!! Is it true? Sources claimed the plan will fail next year.",
    (ROOT / "examples" / "wire_report.txt").read_text(encoding="utf-8"),
    (ROOT / "examples" / "vague_rewrite.txt").read_text(encoding="utf-8"),
]
EXTRA = "style.extra_value_no_model_reads"


# -- the declared schema ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_every_extractor_produces_exactly_its_declared_names(text: str) -> None:
    for published in (None, date(2024, 3, 10)):
        ex = extract_text(text, title="Council approves plan", published=published)
        for family in schema.FAMILIES:
            assert set(getattr(ex, family).values) == set(schema.family_names(family)), family
        assert len(ex.vector()) == len(schema.FEATURE_NAMES)


def test_declared_names_are_unique_and_each_has_a_family() -> None:
    assert len(set(schema.FEATURE_NAMES)) == len(schema.FEATURE_NAMES)
    assert all(n.partition(".")[0] in schema.FAMILIES for n in schema.FEATURE_NAMES)
    assert feature_names() == schema.FEATURE_NAMES
    assert feature_schema() == schema.schema_id() == f"{schema.SCHEMA_VERSION}-{feature_schema().split('-')[1]}"
    assert schema.schema_version_of("1-ad0b7294cfbb") == "1" and schema.schema_version_of(None) == "None"


def test_declared_order_is_the_order_the_default_model_and_vectors_were_made_in() -> None:
    # The 62 names were declared in the order they had when the schema was discovered (sorted), so
    # the default model, its card and the saved vectors are unchanged by the declaration.
    assert json.loads((DEFAULT_MODEL_DIR / MODEL_FILE).read_text())["feature_schema"] == "1-ad0b7294cfbb"
    assert schema.schema_id(tuple(sorted(schema.FEATURE_NAMES))) == "1-ad0b7294cfbb"


# -- the scikit-learn transformer ---------------------------------------------------------------------
def test_transformer_follows_scikit_learn_conventions() -> None:
    est = ArticleFeatures(features=["nope"], jobs=0)  # no validation or work in __init__
    assert est.get_params() == {"features": ["nope"], "jobs": 0}
    copy = clone(ArticleFeatures(features=["style.words"], jobs=1))
    assert copy.get_params() == {"features": ["style.words"], "jobs": 1}
    with pytest.raises(ValueError, match="unknown features nope"):
        est.fit(TEXTS)
    with pytest.raises(ValueError, match="jobs"):
        ArticleFeatures(jobs=0).fit(TEXTS)
    with pytest.raises(NotFittedError):
        ArticleFeatures().transform(TEXTS)
    fresh = ArticleFeatures()
    assert fresh.fit(TEXTS) is fresh
    assert fresh.schema_version_ == schema.SCHEMA_VERSION
    assert list(fresh.get_feature_names_out()) == list(schema.FEATURE_NAMES)
    assert "ArticleFeatures" in repr(fresh)


def test_transformer_rows_are_the_scoring_vectors() -> None:
    X = ArticleFeatures().fit_transform(TEXTS)
    assert isinstance(X, np.ndarray) and X.dtype == np.float64 and X.shape == (len(TEXTS), len(schema.FEATURE_NAMES))
    for row, text in zip(X, TEXTS):
        assert row.tolist() == extract_text(text).vector()


def test_transformer_reads_records_mappings_and_selects_columns() -> None:
    records = read_records(SAMPLE_FILE)[:6]
    as_dicts = [{"text": r.text, "title": r.title, "published": r.published.isoformat() if r.published else None}
                for r in records]
    from_records = ArticleFeatures().fit_transform(records)
    assert np.array_equal(from_records, ArticleFeatures().fit_transform(as_dicts))
    for row, r in zip(from_records, records):
        assert row.tolist() == extract_text(r.text, title=r.title, published=r.published).vector()
    chosen = ["temporal.resolved_share", "attribution.attributed_share"]
    sub = ArticleFeatures(features=chosen).fit(records)
    assert list(sub.get_feature_names_out()) == chosen
    cols = [schema.FEATURE_NAMES.index(n) for n in chosen]
    assert np.array_equal(sub.transform(records), from_records[:, cols])
    # The training table is made through the transformer: the same matrix.
    assert np.array_equal(featurize(records).X, from_records)


@pytest.mark.parametrize(
    ("bad", "message"),
    [("one article", "single string"), ([{"title": "no text"}], "'text' must be a string"),
     ([{"text": "t", "published": "March 3"}], "YYYY-MM-DD"), ([3], "expected a text")],
)
def test_transformer_input_errors_are_clear(bad: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ArticleFeatures().fit(["x"]).transform(bad)


def test_our_features_in_a_users_pipeline() -> None:
    records = read_records(SAMPLE_FILE)
    texts, y = [r.text for r in records], [r.y for r in records]
    model = Pipeline([("sourcing", ArticleFeatures()), ("clf", LogisticRegression(max_iter=5000))])
    assert set(y[:60]) == {0, 1}
    model.fit(texts[:60], y[:60])
    proba = model.predict_proba(texts[60:])
    assert proba.shape == (len(texts) - 60, 2) and np.all((proba >= 0) & (proba <= 1))
    assert list(model[:-1].get_feature_names_out()) == list(schema.FEATURE_NAMES)
    scaled = make_pipeline(ArticleFeatures(features=["attribution.attributed_share", "sourcing.vague_share"]),
                           StandardScaler(), LogisticRegression())
    assert scaled.fit(texts, y).score(texts, y) > 0.5
    assert clone(model).get_params()["sourcing__features"] is None


@pytest.mark.parametrize(
    "check",
    ["check_no_attributes_set_in_init", "check_parameters_default_constructible", "check_get_params_invariance",
     "check_set_params", "check_estimator_cloneable", "check_estimator_repr", "check_do_not_raise_errors_in_init_or_set_params",
     "check_dont_overwrite_parameters", "check_estimators_overwrite_params", "check_estimators_fit_returns_self",
     "check_estimators_unfitted", "check_transformers_unfitted", "check_fit_check_is_fitted",
     "check_get_feature_names_out_error", "check_mixin_order", "check_valid_tag_types", "check_requires_y_none"],
)
def test_transformer_passes_scikit_learns_api_checks(check: str) -> None:
    # check_estimator() skips a transformer of raw text as a whole (as for CountVectorizer): its data
    # checks feed numeric arrays; these are the checks of the API conventions.
    import sklearn.utils.estimator_checks as checks

    getattr(checks, check)("ArticleFeatures", ArticleFeatures())


def test_fitted_transformer_pickles() -> None:
    import pickle

    est = ArticleFeatures(features=["style.words", "sourcing.vague_share"]).fit(TEXTS)
    again = pickle.loads(pickle.dumps(est))
    assert np.array_equal(again.transform(TEXTS), est.transform(TEXTS))


def test_transformer_with_pandas_output() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": TEXTS[1:3], "title": [None, "A title"], "published": ["2024-03-10", None]})
    out = ArticleFeatures(features=["style.words", "temporal.resolved_share"]).set_output(transform="pandas").fit_transform(frame)
    assert list(out.columns) == ["style.words", "temporal.resolved_share"] and len(out) == 2


# -- loading models by feature name ------------------------------------------------------------------
def _declare_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Declare one more style value, computed by the style extractor, that no model reads."""
    original = style_module.extract

    def extract(doc):  # type: ignore[no-untyped-def]
        fs = original(doc)
        fs.values[EXTRA] = 1.0
        return fs

    monkeypatch.setattr(style_module, "extract", extract)
    monkeypatch.setattr(schema, "FEATURE_NAMES", tuple(sorted((*schema.FEATURE_NAMES, EXTRA))))


def test_a_feature_no_model_reads_does_not_break_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "examples" / "vague_rewrite.txt").read_text(encoding="utf-8")
    before = Scorer(model=DEFAULT_MODEL_DIR).score(text, published="2024-03-10").to_dict()
    old_id = feature_schema()
    _declare_extra(monkeypatch)
    assert feature_schema() != old_id and EXTRA in feature_names()
    model = load_model(DEFAULT_MODEL_DIR)
    assert EXTRA not in model.features
    after = Scorer(model=DEFAULT_MODEL_DIR).score(text, published="2024-03-10").to_dict()
    assert after["features"].pop(EXTRA) == 1.0
    assert after == before


def test_a_model_needing_a_feature_the_code_dropped_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    read = load_model(DEFAULT_MODEL_DIR).features[0]
    monkeypatch.setattr(schema, "FEATURE_NAMES", tuple(n for n in schema.FEATURE_NAMES if n != read))
    with pytest.raises(ModelError, match=f"no longer computes \\({read}\\); retrain it with `sourcescore train DATA -o"):
        load_model(DEFAULT_MODEL_DIR)


def test_a_model_from_another_schema_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with pytest.raises(ModelError, match="'1-ad0b7294cfbb' \\(version 1\\).* version 2 .*`sourcescore train DATA -o"):
        load_model(DEFAULT_MODEL_DIR)


# -- saved vectors: columns by name, rule points versioned -------------------------------------------
@pytest.fixture(scope="module")
def small_table() -> Table:
    """Six sample articles' vectors and rule points."""
    return featurize(read_records(SAMPLE_FILE)[:6])


def _rewrite_head(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        head, *rows = fh.read().splitlines()
    head, rows = change(json.loads(head), [json.loads(r) for r in rows])
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(x) for x in [head, *rows]) + "\n")


def test_saved_vectors_round_trip_with_the_rules_version(small_table: Table, tmp_path: Path) -> None:
    from sourcescore.scoring.rules import rules_version

    path = tmp_path / "v.jsonl.gz"
    save_table(small_table, path, {"sample": "0"})
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        head = json.loads(fh.readline())
    assert head["rules_version"] == rules_version() and head["features"] == list(schema.FEATURE_NAMES)
    loaded = load_table(path)
    assert np.allclose(loaded.X, small_table.X, atol=1e-6) and np.allclose(loaded.rule_points, small_table.rule_points)
    assert loaded.ids == small_table.ids


def test_rule_points_from_another_rule_table_are_refused(small_table: Table, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcescore.scoring.training.table as table_module

    path = tmp_path / "v.jsonl.gz"
    save_table(small_table, path, {})
    monkeypatch.setattr(table_module, "rules_version", lambda: "another-rule-table")
    with pytest.raises(DataError, match="rule points come from rule table .*`python scripts/build_default_features.py`"):
        load_table(path)
    monkeypatch.undo()
    _rewrite_head(path, lambda h, rows: ({k: v for k, v in h.items() if k != "rules_version"}, rows))  # unversioned
    with pytest.raises(DataError, match="rule table None"):
        load_table(path)


def test_saved_vectors_are_read_by_name(small_table: Table, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.jsonl.gz"
    save_table(small_table, path, {})
    as_saved = load_table(path).X

    def reorder(head: dict, rows: list) -> tuple[dict, list]:  # type: ignore[type-arg]
        order = list(range(len(head["features"])))[::-1]
        head = {**head, "features": [*(head["features"][i] for i in order), "style.retired"]}
        return head, [{**r, "x": [*(r["x"][i] for i in order), 7.0]} for r in rows]

    _rewrite_head(path, reorder)  # reversed, plus a name the code no longer declares
    assert np.array_equal(load_table(path).X, as_saved)
    _declare_extra(monkeypatch)  # the code now declares a name the file lacks
    with pytest.raises(DataError, match=f"lacks declared features {EXTRA}.*build_default_features.py"):
        load_table(path)
    monkeypatch.undo()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with pytest.raises(DataError, match="declares version 2.*build_default_features.py"):
        load_table(path)


def test_default_vectors_carry_the_rules_version() -> None:
    from sourcescore.scoring.rules import rules_version
    from sourcescore.scoring.training import DEFAULT_FEATURES_FILE

    with gzip.open(DEFAULT_FEATURES_FILE, "rt", encoding="utf-8") as fh:
        head = json.loads(fh.readline())
    assert head["rules_version"] == rules_version(), "rebuild with `python scripts/build_default_features.py`"
    assert head["feature_schema"] == feature_schema()

