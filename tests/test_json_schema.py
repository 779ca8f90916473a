"""The bundled JSON Schemas (schemas/) accept every real output and reject broken ones.

Real outputs: the seeds, examples/, every article of training_data/newsroom_sample.jsonl, the rows of
``sourcescore score`` and ``compare --pairs`` (error rows included), comparisons of the seeds and of two
hand-written texts. The enums of the schemas are checked against the code's own constants, so a new
severity, kind or band cannot reach the JSON without the schema.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import SEED_FABRICATED, SEED_GENUINE, SEED_PUBLISHED, shared_path
from sourcescore import cli, compare, schemas
from sourcescore.features.genre import BYLINE, KINDS as GENRE_KINDS, LABEL, NORMATIVE, QUESTION, RELEASE, STANCE
from sourcescore.features.pipeline import feature_names
from sourcescore.features.sourcing import KINDS as SOURCE_KINDS
from sourcescore.features.temporal.chronology import RELATION_KINDS
from sourcescore.scoring.compare.changes import KINDS as CHANGE_KINDS, SEVERITY_ORDER
from sourcescore.scoring.compare.comparison import SCHEMA as COMPARE_SCHEMA
from sourcescore.scoring.genre import KIND_NAMES
from sourcescore.scoring.report import DATE_ORIGINS, SCHEMA as REPORT_SCHEMA, SOURCES, band_for
from sourcescore.scoring.rules import RULES, SEVERITIES
from sourcescore.scoring.scorer import default_scorer

try:
    import jsonschema
except ImportError:  # the `test` extra installs it; CI must have it
    if os.environ.get("CI"):
        raise
    pytest.skip("jsonschema is not installed: pip install -e '.[test]'", allow_module_level=True)

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "examples").glob("*.txt"))
NEWSROOM = REPO / "training_data" / "newsroom_sample.jsonl"
ORIGINAL = (
    "Mayor Helen Okafor said on Tuesday that the council approved a $4.2 million flood plan. "
    "\u201cThis is the largest investment the city has made in a decade,\u201d Okafor told reporters. "
    "According to the city budget office, 62% of the money will go to new levees."
)
DERIVED = (
    "The council approved a $5 million flood plan, officials said. "
    "\u201cThis is the biggest investment ever,\u201d a source close to the mayor said. "
    "Experts say 80% of the money will go to levees."
)


@pytest.fixture(scope="module")
def report_validator() -> jsonschema.Draft202012Validator:
    """A validator of sourcescore.report/1."""
    return jsonschema.Draft202012Validator(schemas.load("report"))


@pytest.fixture(scope="module")
def compare_validator() -> jsonschema.Draft202012Validator:
    """A validator of sourcescore.compare/1 (the report schema it refers to is inside it)."""
    return jsonschema.Draft202012Validator(schemas.load("compare"))


@pytest.fixture(scope="module")
def written_report() -> dict[str, Any]:
    """The hand-written original's report as plain data (findings, sources and attributions, without ../shared)."""
    report = default_scorer().score(ORIGINAL, published="2025-03-28").to_dict()
    assert report["findings"] and report["sources"] and report["attributions"]
    return report


def problems(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    """Every validation error as 'path: message' (empty when valid)."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(data)]


def rejected(validator: jsonschema.Draft202012Validator, data: Any) -> set[tuple[str, str]]:
    """The (path, keyword) of each error, for checking a broken document is caught where it is broken."""
    return {("/".join(map(str, e.absolute_path)), str(e.validator)) for e in validator.iter_errors(data)}


def enum_of(schema: dict[str, Any]) -> list[Any]:
    """The enum of a property, through a nullable anyOf."""
    if "enum" in schema:
        return schema["enum"]
    (inner,) = [s for s in schema["anyOf"] if s != {"type": "null"}]
    return inner["enum"]


# The schemas themselves


def test_schemas_are_valid_draft_2020_12_and_name_their_contract() -> None:
    assert schemas.NAMES == ("report", "compare")
    for name, contract in (("report", REPORT_SCHEMA), ("compare", COMPARE_SCHEMA)):
        schema = schemas.load(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["title"] == contract and schema["$id"] == f"urn:sourcescore:schema:{name}:1"
        assert json.loads(schemas.text(name)) == schema
    with pytest.raises(ValueError, match="unknown schema 'reports': expected one of report, compare"):
        schemas.load("reports")


def test_the_compare_schema_holds_an_exact_copy_of_the_report_schema() -> None:
    # compare.schema.json stands alone for a consumer in another language; the copy must not drift.
    copied = schemas.load("compare")["$defs"]["report_schema"]
    assert copied == schemas.load("report"), "run python scripts/sync_schemas.py after editing report.schema.json"


def test_the_enums_are_the_codes_own() -> None:
    report = schemas.load("report")["$defs"]
    body = report["report"]["properties"]
    assert body["schema"] == {"const": REPORT_SCHEMA}
    assert sorted(body["band"]["enum"]) == sorted({band_for(s) for s in (0.0, 50.0, 100.0)})
    finding = body["findings"]["items"]["properties"]
    assert finding["severity"]["enum"] == list(SEVERITIES)
    assert all(jsonschema.Draft202012Validator(finding["code"]).is_valid(r.code) for r in RULES)
    assert all(jsonschema.Draft202012Validator(finding["rule"]).is_valid(r.name) for r in RULES)
    assert body["sources"]["items"]["properties"]["kind"]["enum"] == list(SOURCE_KINDS)
    assert enum_of(body["statistics"]["items"]["properties"]["source_kind"]) == [*SOURCE_KINDS, "hearsay"]
    assert report["source_mention"]["properties"]["kind"]["enum"] == [*SOURCE_KINDS, "pronoun"]
    assert enum_of(body["dates"]["items"]["properties"]["issue"]) == list(RELATION_KINDS)
    genre = body["genre"]["properties"]
    assert genre["kind"]["enum"] == list(GENRE_KINDS) and genre["name"]["enum"] == [KIND_NAMES[k] for k in GENRE_KINDS]
    assert genre["evidence"]["items"]["properties"]["cue"]["enum"] == [LABEL, BYLINE, STANCE, NORMATIVE, QUESTION, RELEASE]
    article = body["article"]["properties"]
    assert article["source"]["enum"] == list(SOURCES) and article["published_from"]["enum"] == [*DATE_ORIGINS, None]
    names = jsonschema.Draft202012Validator(body["features"]["propertyNames"])
    assert all(names.is_valid(n) for n in feature_names())
    comparison = schemas.load("compare")["$defs"]["comparison"]["properties"]
    assert comparison["schema"] == {"const": COMPARE_SCHEMA}
    change = comparison["changes"]["items"]["properties"]
    assert change["kind"]["enum"] == list(CHANGE_KINDS) and change["severity"]["enum"] == list(SEVERITY_ORDER)
    assert comparison["summary"]["properties"]["by_kind"]["propertyNames"]["enum"] == list(CHANGE_KINDS)
    assert comparison["summary"]["properties"]["by_severity"]["required"] == list(SEVERITY_ORDER)


def test_schema_command_prints_the_bundled_files(capsys: pytest.CaptureFixture[str]) -> None:
    for name in schemas.NAMES:
        assert cli.main(["schema", name]) == 0
        assert capsys.readouterr().out == schemas.text(name)
    with pytest.raises(SystemExit) as exc:
        cli.main(["schema", "html"])
    assert exc.value.code == 2 and "invalid choice: 'html'" in capsys.readouterr().err


# Real outputs are valid


def test_seed_reports_are_valid(report_validator: jsonschema.Draft202012Validator) -> None:
    for seed in (SEED_GENUINE, SEED_FABRICATED):
        text = shared_path("seeds", seed).read_text(encoding="utf-8")
        report = default_scorer().score(text, published=SEED_PUBLISHED).to_dict()
        assert report["findings"] and report["sources"] and report["attributions"]  # the contract is exercised
        assert problems(report_validator, report) == []


def test_score_rows_of_the_examples_and_an_error_row_are_valid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, report_validator: jsonschema.Draft202012Validator
) -> None:
    assert len(EXAMPLES) >= 2
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    status = cli.main(["score", *map(str, EXAMPLES), str(empty), "--format", "json", "--published", "2025-03-28T09:00:00Z"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 3 and len(rows) == len(EXAMPLES) + 1
    assert [("error" in r) for r in rows] == [False] * len(EXAMPLES) + [True]
    for row in rows:
        assert problems(report_validator, row) == [], row.get("id")


def test_score_rows_of_pages_are_valid(capsys: pytest.CaptureFixture[str], report_validator: jsonschema.Draft202012Validator) -> None:
    pages = REPO / "tests" / "data" / "pages"
    status = cli.main(["score", str(pages), str(EXAMPLES[0]), "--format", "json", "-q"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0 and [r["article"]["source"] for r in rows] == ["html"] * 4 + ["text"]
    for row in rows:
        assert problems(report_validator, row) == [], row["id"]
    text_row, page_row = rows[-1], rows[0]
    assert problems(report_validator, {**text_row, "article": {**text_row["article"], "text": "x"}})  # text only for a page
    del page_row["article"]["text"]
    assert problems(report_validator, page_row)  # a page's report carries its text


def test_every_newsroom_sample_article_is_valid(report_validator: jsonschema.Draft202012Validator) -> None:
    scorer = default_scorer()
    records = [json.loads(line) for line in NEWSROOM.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 90
    bands = set()
    for record in records:
        report = scorer.score(record["text"], title=record.get("title"), published=record.get("published")).to_dict()
        bands.add(report["band"])
        assert problems(report_validator, report) == [], record["id"]
    assert bands == {"reliable", "mixed", "unreliable"}


def test_comparisons_are_valid(compare_validator: jsonschema.Draft202012Validator, fabricated_seed: str, genuine_seed: str) -> None:
    seeds = compare(genuine_seed, fabricated_seed, published=SEED_PUBLISHED).to_dict()
    assert seeds["changes"] and problems(compare_validator, seeds) == []
    written = compare(ORIGINAL, DERIVED, published="2025-03-28").to_dict()
    assert {c["kind"] for c in written["changes"]} >= {"figure_changed", "source_downgraded"}
    assert problems(compare_validator, written) == []
    same = compare(ORIGINAL, ORIGINAL).to_dict()
    assert same["changes"] == [] and problems(compare_validator, same) == []


def test_compare_pairs_rows_and_an_error_row_are_valid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, compare_validator: jsonschema.Draft202012Validator
) -> None:
    pairs = tmp_path / "pairs.jsonl"
    lines = [{"id": "ok", "original": ORIGINAL, "derived": DERIVED, "published": "2025-03-28"},
             {"id": "empty", "original": ORIGINAL, "derived": ""}]
    pairs.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["compare", "--pairs", str(pairs), "-o", str(out), "--jobs", "1", "-q"]) == 3
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["ok", "empty"] and "error" in rows[1] and "error" not in rows[0]
    for row in rows:
        assert problems(compare_validator, row) == [], row["id"]


# Broken outputs are rejected, where they are broken


def test_a_broken_report_is_rejected(report_validator: jsonschema.Draft202012Validator, written_report: dict[str, Any]) -> None:
    assert problems(report_validator, written_report) == []

    def broken(change: Any) -> set[tuple[str, str]]:
        report = copy.deepcopy(written_report)
        change(report)
        return rejected(report_validator, report)

    assert broken(lambda r: r.pop("band")) == {("", "required")}
    assert broken(lambda r: r.update(band="excellent")) == {("band", "enum")}
    assert broken(lambda r: r.update(score=120)) == {("score", "maximum")}
    assert broken(lambda r: r.update(score=-0.5)) == {("score", "minimum")}
    assert broken(lambda r: r.update(score="87")) == {("score", "type")}
    assert broken(lambda r: r.update(schema="sourcescore.report/2")) == {("schema", "const")}
    assert broken(lambda r: r.update(scores=87)) == {("", "additionalProperties")}  # a misspelt field
    assert broken(lambda r: r["findings"][0].update(severity="critical")) == {("findings/0/severity", "enum")}
    assert broken(lambda r: r["findings"][0].pop("points")) == {("findings/0", "required")}
    assert broken(lambda r: r["sources"][0].update(kind="official")) == {("sources/0/kind", "enum")}
    assert broken(lambda r: r["sources"][0]["mentions"][0].pop("text")) == {("sources/0/mentions/0", "required")}
    assert broken(lambda r: r["attributions"][0]["cue"].update(start=-1)) == {("attributions/0/cue/start", "minimum")}
    assert broken(lambda r: r["model"].update(probability=1.5)) == {("model/probability", "maximum")}
    assert broken(lambda r: r["reference_date"].update(date="28 March 2025")) == {("reference_date/date", "pattern")}
    assert broken(lambda r: r["features"].update({"Bad Name": 1.0})) == {("features", "pattern")}  # propertyNames
    assert broken(lambda r: r.update(id="article", error="")) == {("", "additionalProperties"), ("error", "minLength")}  # not an error row


def test_a_broken_comparison_is_rejected(compare_validator: jsonschema.Draft202012Validator) -> None:
    good = compare(ORIGINAL, DERIVED, published="2025-03-28").to_dict()

    def broken(change: Any) -> set[tuple[str, str]]:
        data = copy.deepcopy(good)
        change(data)
        return rejected(compare_validator, data)

    assert broken(lambda d: d.pop("summary")) == {("", "required")}
    assert broken(lambda d: d["changes"][0].update(kind="figure_moved")) == {("changes/0/kind", "enum")}
    assert broken(lambda d: d["changes"][0].update(severity="credit")) == {("changes/0/severity", "enum")}
    assert broken(lambda d: d["summary"]["by_kind"].update(figure_moved=1)) == {("summary/by_kind", "enum")}  # propertyNames
    assert broken(lambda d: d["summary"].update(claims_supported_share=1.2)) == {("summary/claims_supported_share", "maximum")}
    assert broken(lambda d: d["derived"].update(score=120)) == {("derived/score", "maximum")}  # the nested report too
    assert broken(lambda d: d["original"].pop("findings")) == {("original", "required")}

