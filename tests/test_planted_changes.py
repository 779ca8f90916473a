"""Planted changes (scoring/planted, scripts/planted_changes.py): each kind makes exactly the change it names."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from conftest import load_script, shared_path

from sourcescore import Scorer
from sourcescore.scoring.planted import INVARIANT, KINDS, LOWER, Article, Outcome, Source, Variant, measure, plant, summarise, table
from sourcescore.scoring.planted import phrasings

PUBLISHED = date(2024, 5, 2)


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    """The default scorer, loaded once."""
    return Scorer()


def article(scorer: Scorer, text: str, published: date = PUBLISHED) -> Article:
    """A hand-written article, scored, ready for planting."""
    return Article.from_report("test", scorer.score(text, published=published), published=published)


def variant(scorer: Scorer, text: str, kind: str, seed: int = 0) -> Variant:
    """The variant of ``text`` for ``kind`` (the test fails with the reason when it cannot be made)."""
    out = plant(article(scorer, text), kind, seed)
    assert isinstance(out, Variant), out
    assert out.kind == kind and out.direction == KINDS[kind][0]
    return out


def rebuild(text: str, v: Variant) -> str:
    """The variant's text rebuilt from the original and its edits (replacements only)."""
    out, last = [], 0
    for e in v.edits:
        out += [text[last : e.start], e.new]
        last = e.end
    return "".join(out) + text[last:]


def check_edits(text: str, v: Variant) -> None:
    """Every edit names the text it replaced and the text it put in, at its offsets in both texts."""
    for e in v.edits:
        assert text[e.start : e.end] == e.original
        assert v.text[e.new_start : e.new_end] == e.new
    if not v.moved:
        assert rebuild(text, v) == v.text


def cap(phrase: str) -> str:
    """The phrase with a capital first letter."""
    return phrase[0].upper() + phrase[1:]


HEAD = "Council backs road repairs\n\nThe Harlow County council approved a road repair plan on Monday.\n\n"
TAIL = "\n\nThe bridge on Mill Street will be closed during the work."


# -- directional kinds ------------------------------------------------------------------------
def test_named_source_becomes_a_vague_collective(scorer: Scorer) -> None:
    text = HEAD + "Jane Smith said the repairs would begin in June." + TAIL
    v = variant(scorer, text, "named_to_vague")
    check_edits(text, v)
    assert v.text in {text.replace("Jane Smith said", cap(c) + " said") for c in phrasings.VAGUE_COLLECTIVES}


def test_named_source_becomes_vague_with_the_verb_made_plural(scorer: Scorer) -> None:
    text = HEAD + "Tom Reyes says the plan is sound." + TAIL
    v = variant(scorer, text, "named_to_vague")
    check_edits(text, v)
    assert v.text in {text.replace("Tom Reyes says", cap(c) + " say") for c in phrasings.VAGUE_COLLECTIVES}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jane Smith said the repairs would begin in June.", "The repairs would begin in June."),
        ("Jane Smith said on Monday that the repairs would begin in June.", "The repairs would begin in June."),
        ("Jane Smith told reporters the repairs would begin in June.", "The repairs would begin in June."),
        ("The repairs will begin in June, Jane Smith said.", "The repairs will begin in June."),
        ("According to Jane Smith, the repairs will begin in June.", "The repairs will begin in June."),
        ("The repairs, according to Jane Smith, will begin in June.", "The repairs will begin in June."),
    ],
)
def test_named_source_removed_leaves_the_claim(scorer: Scorer, sentence: str, expected: str) -> None:
    text = HEAD + sentence + TAIL
    v = variant(scorer, text, "named_removed")
    check_edits(text, v)
    assert v.text == HEAD + expected + TAIL


def test_named_source_in_a_quotation_is_not_removed(scorer: Scorer) -> None:
    text = HEAD + '"The repairs will begin in June," Jane Smith said.' + TAIL
    assert plant(article(scorer, text), "named_removed") == "no named attribution with a removable source"


@pytest.mark.parametrize("kind", ["unsourced_statistic", "vague_statistic"])
def test_statistic_inserted_as_a_paragraph_mid_article(scorer: Scorer, kind: str) -> None:
    text = HEAD + "Jane Smith said the repairs would begin in June.\n\nThe mayor welcomed the vote." + TAIL
    v = variant(scorer, text, kind)
    check_edits(text, v)
    (e,) = v.edits
    paragraph_starts = {m.end() for m in re.finditer(r"\n\n", text)}
    assert e.start == e.end and e.start in paragraph_starts - {min(paragraph_starts)}  # never before the lede
    assert e.new.endswith("\n\n") and "\n" not in e.new[:-2] and re.search(r"\d", e.new)
    sources = [s for s, _verb in phrasings.VAGUE_STAT_SOURCES]
    vague = any(re.search(rf"\b{s}\b", e.new, re.IGNORECASE) for s in sources)
    assert vague == (kind == "vague_statistic")


def test_inserted_statistics_vary_with_the_seed(scorer: Scorer) -> None:
    text = HEAD + "Jane Smith said the repairs would begin in June.\n\nThe mayor welcomed the vote." + TAIL
    art = article(scorer, text)
    for kind in ("unsourced_statistic", "vague_statistic", "background_paragraph"):
        inserted = {v.edits[0].new for v in (plant(art, kind, seed) for seed in range(20)) if isinstance(v, Variant)}
        assert len(inserted) >= 8, (kind, inserted)


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        ("The bridge was built in 1961.", r"The bridge was built in 202[567]\."),  # past, moved after publication
        ("The bridge will reopen in 2026.", r"The bridge will reopen in 202[123]\."),  # future, moved before it
        ("The council inspected the bridge last week.", r"The council inspected the bridge next week\."),
    ],
)
def test_date_moved_across_the_publication_date(scorer: Scorer, sentence: str, pattern: str) -> None:
    text = HEAD.replace(" on Monday", "") + sentence + TAIL
    v = variant(scorer, text, "date_moved")
    check_edits(text, v)
    (e,) = v.edits
    assert re.fullmatch(pattern, v.text[text.index(sentence) :][: len(sentence) + len(e.new) - len(e.original)])
    assert v.text.replace(e.new, e.original, 1) == text


@pytest.mark.parametrize(
    "sentence",
    [
        '"The bridge cannot wait another winter," Tom Reyes said.',
        '"The bridge cannot wait another winter," said Tom Reyes, the council chairman.',
        'Tom Reyes said: "The bridge cannot wait another winter."',
        'Tom Reyes chairs the council. "The bridge cannot wait another winter," he said.',
    ],
)
def test_quotation_becomes_an_unattributed_assertion(scorer: Scorer, sentence: str) -> None:
    text = HEAD + sentence + TAIL
    v = variant(scorer, text, "quote_to_assertion")
    check_edits(text, v)
    lead = "Tom Reyes chairs the council. " if sentence.startswith("Tom Reyes chairs") else ""
    assert v.text == HEAD + lead + "The bridge cannot wait another winter." + TAIL


def test_unattributed_quotation_is_not_a_candidate(scorer: Scorer) -> None:
    text = HEAD + 'Residents call the bridge "a disgrace" and avoid it.' + TAIL
    assert plant(article(scorer, text), "quote_to_assertion") == "no attributed quotation standing as its own sentence"


# -- invariant kinds --------------------------------------------------------------------------
def test_paragraphs_after_the_first_reordered_with_a_running_quotation_kept_whole(scorer: Scorer) -> None:
    paragraphs = [
        "Council backs road repairs",
        "The Harlow County council approved a road repair plan on Monday.",
        'Tom Reyes, the council chairman, said: "We have put this off for a decade.',
        '"The bridge will not survive another winter."',
        "The bridge on Mill Street will be closed during the work.",
        "Jane Smith said the repairs would begin in June.",
    ]
    text = "\n\n".join(paragraphs)
    seen = set()
    for seed in range(6):
        v = plant(article(scorer, text), "paragraphs_reordered", seed)
        assert isinstance(v, Variant) and v.moved
        check_edits(text, v)
        out = v.text.split("\n\n")
        assert out[0] == paragraphs[0] and sorted(out) == sorted(paragraphs) and out != paragraphs
        assert out.index(paragraphs[3]) == out.index(paragraphs[2]) + 1  # the quotation's two paragraphs move as one
        seen.add(tuple(out))
    assert len(seen) >= 2


def test_paragraphs_of_a_crlf_article_are_reordered_whole(scorer: Scorer) -> None:
    paragraphs = ["Council backs road repairs", "The council met on Monday.", "Jane Smith said the work would begin in June.", "The bridge will close."]
    text = "\r\n\r\n".join(paragraphs)
    v = variant(scorer, text, "paragraphs_reordered")
    check_edits(text, v)
    out = v.text.split("\r\n\r\n")
    assert out[0] == paragraphs[0] and sorted(out) == sorted(paragraphs) and out != paragraphs


def test_said_becomes_told_reporters_and_back(scorer: Scorer) -> None:
    text = HEAD + "Jane Smith said the repairs would begin in June." + TAIL
    v = variant(scorer, text, "said_told_reporters")
    check_edits(text, v)
    assert v.text == text.replace("Smith said", "Smith told reporters")
    text = HEAD + "Jane Smith told reporters the repairs would begin in June." + TAIL
    assert variant(scorer, text, "said_told_reporters").text == text.replace("told reporters", "said")


def test_said_before_its_source_is_not_changed(scorer: Scorer) -> None:
    text = HEAD + '"We are ready," said Jane Smith.' + TAIL
    assert plant(article(scorer, text), "said_told_reporters") == "no 'said' after its source and no 'told reporters'"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bridge was built long ago; it has not been rebuilt since then.", "The bridge was built long ago. It has not been rebuilt since then."),
        ("The bridge was built long ago, and the road has not been widened since.", "The bridge was built long ago. And the road has not been widened since."),
    ],
)
def test_sentence_split_in_two(scorer: Scorer, sentence: str, expected: str) -> None:
    text = HEAD + sentence + TAIL
    v = variant(scorer, text, "sentence_split")
    check_edits(text, v)
    assert v.text == HEAD + expected + TAIL


def test_attributed_sentence_or_list_is_not_split(scorer: Scorer) -> None:
    for sentence in ("Jane Smith said the bridge is old, and the road is narrow too.", "They fixed roads, bridges, and the old town drains."):
        assert plant(article(scorer, HEAD + sentence + TAIL), "sentence_split").startswith("no unattributed sentence")


def test_quote_marks_straight_to_curly_and_back(scorer: Scorer) -> None:
    straight = HEAD + "\"It's time,\" Jane Smith said of the county's plan. She called it 'overdue'." + TAIL
    curly = HEAD + "\u201cIt\u2019s time,\u201d Jane Smith said of the county\u2019s plan. She called it \u2018overdue\u2019." + TAIL
    v = variant(scorer, straight, "quote_marks")
    check_edits(straight, v)
    assert v.text == curly and len(v.edits) == 6
    assert variant(scorer, curly, "quote_marks").text == straight


def test_neutral_background_paragraph_added(scorer: Scorer) -> None:
    text = HEAD + "Jane Smith said the repairs would begin in June." + TAIL
    v = variant(scorer, text, "background_paragraph")
    check_edits(text, v)
    (e,) = v.edits
    sentences = set(phrasings._BACKGROUND_OPENERS + phrasings._BACKGROUND_FOLLOWERS)
    assert e.new.endswith("\n\n") and 1 <= len(re.split(r"(?<=\.) ", e.new.strip())) <= 2
    assert set(re.split(r"(?<=\.) ", e.new.strip())) <= sentences
    assert e.start == e.end and text[e.start - 2 : e.start] == "\n\n" and e.start > text.index("\n\n") + 2


# -- the generator as a whole -------------------------------------------------------------------
RICH = (
    "Council backs road repairs\n\n"
    "The Harlow County council approved a $12 million road repair plan on Monday, the largest since 2009.\n\n"
    "Jane Smith said the repairs would begin in June. The bridge was built in 1961; it has not been rebuilt since.\n\n"
    '"The bridge cannot wait another winter," Tom Reyes said.\n\n'
    "The county's engineers inspected it last week, and the report will be published in July.\n\n"
    "Reyes told reporters the vote was close."
)


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_records_its_edits_and_is_deterministic(scorer: Scorer, kind: str) -> None:
    art = article(scorer, RICH)
    first, second = plant(art, kind, 3), plant(art, kind, 3)
    assert isinstance(first, Variant), first
    assert first == second
    check_edits(RICH, first)
    assert first.text != RICH and json.loads(json.dumps(first.to_dict()))["kind"] == kind


def test_an_article_with_nothing_to_change_is_skipped_and_counted(scorer: Scorer) -> None:
    text = "The weather was mild across the region"
    art = article(scorer, text)
    reasons = {kind: plant(art, kind) for kind in KINDS}
    assert all(isinstance(r, str) for r in reasons.values()), reasons
    outcomes = measure([Source("one", text, PUBLISHED)], scorer, seed=0)
    assert [o.skipped for o in outcomes] == [reasons[k] for k in KINDS]
    rows = summarise(outcomes)
    assert all(r.articles == 0 and r.skipped == 1 and r.share is None for r in rows)
    assert "n/a" in table(rows)


def test_measure_scores_each_variant_and_judges_the_direction(scorer: Scorer) -> None:
    outcomes = measure([Source("rich", RICH, PUBLISHED)], scorer, ["named_to_vague", "quote_marks"], seed=1)
    by_kind = {o.kind: o for o in outcomes}
    for o in outcomes:
        assert o.after == scorer.score(o.variant.text, published=PUBLISHED).score  # type: ignore[union-attr]
        assert o.right_way == (o.change < 0 if o.direction == LOWER else abs(o.change) <= 2)  # type: ignore[operator]
    assert by_kind["named_to_vague"].direction == LOWER and by_kind["quote_marks"].direction == INVARIANT
    rows = {r.kind: r for r in summarise(outcomes, ["named_to_vague", "quote_marks"])}
    assert rows["named_to_vague"].articles == 1 and rows["named_to_vague"].median == by_kind["named_to_vague"].change
    o = by_kind["named_to_vague"]
    model_before = scorer.score(RICH, published=PUBLISHED).contributions[0].points
    assert o.model_change == round(scorer.score(o.variant.text, published=PUBLISHED).contributions[0].points - model_before, 2)  # type: ignore[union-attr]
    assert rows["named_to_vague"].median_rules == round(o.change - o.model_change, 2)  # type: ignore[operator]


# -- a fast subset on real gold articles ----------------------------------------------------------------
def _script() -> ModuleType:
    """scripts/planted_changes.py, loaded as a module."""
    return load_script("planted_changes")


@pytest.fixture(scope="module")
def gold_outcomes(scorer: Scorer) -> list[Outcome]:
    """Every kind on 16 gold articles (8 PolNeAR, 8 TimeBank, drawn with seed 0 as the script draws them)."""
    shared_path("gold", "polnear_train", "data.jsonl")
    shared_path("gold", "timebank", "data.jsonl")
    sources = list(_script().choose(["polnear", "timebank"], 16, 0))
    assert len(sources) == 16
    return measure(sources, scorer, seed=0)


def test_gold_variants_record_their_edits(gold_outcomes: list[Outcome]) -> None:
    texts = {s.id: s.text for s in _script().choose(["polnear", "timebank"], 16, 0)}
    made = {kind: 0 for kind in KINDS}
    for o in gold_outcomes:
        if o.variant is not None:
            check_edits(texts[o.article], o.variant)
            made[o.kind] += 1
    assert all(n >= 1 for n in made.values()), made  # every kind can be made on real news copy


def _outcomes(gold_outcomes: list[Outcome], kind: str) -> list[Outcome]:
    return [o for o in gold_outcomes if o.kind == kind and o.change is not None]


def test_gold_named_source_made_vague_lowers_the_score(gold_outcomes: list[Outcome]) -> None:
    (row,) = summarise(gold_outcomes, ["named_to_vague"])
    assert row.articles >= 8 and row.right == row.articles, [o.change for o in _outcomes(gold_outcomes, "named_to_vague")]
    assert row.median is not None and row.median <= -4


def test_gold_statistic_on_a_vague_source_lowers_the_score(gold_outcomes: list[Outcome]) -> None:
    (row,) = summarise(gold_outcomes, ["vague_statistic"])
    assert row.articles >= 10 and row.share is not None and row.share >= 0.8, [o.change for o in _outcomes(gold_outcomes, "vague_statistic")]


@pytest.mark.parametrize("kind", ["paragraphs_reordered", "quote_marks", "said_told_reporters"])
def test_gold_copy_desk_edits_leave_the_score_within_two_points(gold_outcomes: list[Outcome], kind: str) -> None:
    (row,) = summarise(gold_outcomes, [kind])
    assert row.articles >= 10 and row.share is not None and row.share >= 0.9, [o.change for o in _outcomes(gold_outcomes, kind)]


def test_script_prints_the_command_and_the_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shared_path("gold", "timebank", "data.jsonl")
    assert _script().main(["--limit", "2", "--corpus", "timebank", "--kinds", "quote_marks,date_moved"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("$ python scripts/planted_changes.py --limit 2 --corpus timebank --kinds quote_marks,date_moved\n")
    assert "| quote_marks | stay within 2 |" in out and "| date_moved | lower |" in out and "named_to_vague" not in out
    variants = tmp_path / "variants.jsonl"
    assert _script().main(["--limit", "2", "--corpus", "timebank", "--kinds", "quote_marks", "--json", "--split", "--variants", str(variants), "--texts"]) == 0
    printed = json.loads(capsys.readouterr().out)
    rows = printed["rows"]
    assert printed["by_corpus"]["timebank"] == rows
    assert [r["kind"] for r in rows] == ["quote_marks"] and rows[0]["articles"] + rows[0]["skipped"] == 2
    written = [json.loads(line) for line in variants.read_text(encoding="utf-8").splitlines()]
    assert len(written) == 2 and all(w["kind"] == "quote_marks" and (w["variant"] or w["skipped"]) for w in written)
    for w in written:
        if w["variant"]:
            e = w["variant"]["edits"][0]
            assert w["original"][e["start"] : e["end"]] == e["original"] and w["text"][e["new_start"] : e["new_end"]] == e["new"]


def test_script_rule_points_scores_with_a_replaced_rule_and_leaves_the_table_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    from sourcescore.scoring import rules as rule_table

    shared_path("gold", "timebank", "data.jsonl")
    before = rule_table.RULES
    args = ["--limit", "3", "--corpus", "timebank", "--kinds", "unsourced_statistic", "--rule-points", "SRC401=-8:80"]
    assert _script().main(args) == 0
    assert rule_table.RULES is before
    out = capsys.readouterr().out
    tables = out.split("with SRC401=-8:80")
    assert len(tables) == 2 and "rules as they are" in tables[0] and out.count("unchanged articles: timebank median") == 2
    medians = [float(t.split("| unsourced_statistic | lower |")[1].split("|")[3]) for t in tables]
    assert medians[1] < medians[0]  # a larger penalty per unsourced figure: a larger drop
    with pytest.raises(SystemExit, match="CODE=POINTS:CAP"):
        _script().main(["--limit", "1", "--rule-points", "SRC999=-1:2"])
