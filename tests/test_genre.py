"""Genre (issue 14, item 4): what kind of text it is, the evidence, and what that means for the score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcescore.cli import format_summary
from sourcescore.features.genre import NEWS_REPORT, OPINION, OTHER, PRESS_RELEASE
from sourcescore.features.pipeline import extract_text, feature_names
from sourcescore.scoring import Scorer
from sourcescore.scoring.genre import GENRE_PART, factual_claims
from sourcescore.scoring.report import band_for

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SCORER = Scorer()

NEWS = (
    "Riverton's city council voted 5-2 on Tuesday to close the Elm Street library. Mayor Helen Okafor said the city "
    "could not afford two branches on the east side. The branch will close at the end of June, the city's library "
    "director, Sam Ortiz, said. Residents must return borrowed books by June 20, according to a notice posted at the "
    "branch. The building will be put up for sale in the autumn, Okafor said."
)
OPED = (
    "The council voted on Tuesday to close the Elm Street library. I believe that was a mistake. A library is the only "
    "warm room on the east side where a child can read for free. Why should the families of Elm Street lose it? "
    "The council should delay the sale until Riverton residents have been heard."
)
QUOTED = (
    '"I think we must act now," Mayor Helen Okafor said on Tuesday. The Riverton council voted 5-2 to close the Elm '
    'Street library. "We should not keep two branches open," she told reporters. The branch will close at the end of '
    "June, the city said. Residents must return their books by June 20, according to a notice."
)
RELEASE = (
    "FOR IMMEDIATE RELEASE\n\nRIVERTON, March 3, 2025 /PRNewswire/ -- Tallis Freight Group today announced a new route "
    "to Port Reddick.\n\nThe route will open in May.\n\nAbout Tallis Freight Group\n\nTallis Freight Group moves "
    "containers across the region.\n\nMedia contact: Ana Reyes, press@tallis.example\n\n###"
)
RECIPE = "Two cups of flour.\n\nOne egg.\n\nMix the flour and the egg in a bowl.\n\nBake for twenty minutes.\n\nServe warm with butter."


def cues(text: str, title: str | None = None) -> list[tuple[str, str, str]]:
    """(cue, text, field) of every piece of genre evidence."""
    return [(c.cue, c.text, c.field) for c in extract_text(text, title=title).genre.evidence]


# -- the extractor: exact kind and evidence on five sentences ----------------------------------------
def test_a_news_report_has_no_genre_evidence() -> None:
    """The regulatory "must" is attributed to a notice: no argument in the writer's voice."""
    ex = extract_text(NEWS)
    assert ex.genre.kind == NEWS_REPORT
    assert ex.genre.evidence == [] and ex.genre.argument_sentences == frozenset()


def test_an_op_ed_labelled_in_the_title() -> None:
    ex = extract_text(OPED, title="Opinion: Riverton is closing the wrong library")
    assert ex.genre.kind == OPINION
    assert cues(OPED, "Opinion: Riverton is closing the wrong library") == [
        ("label", "Opinion", "title"),
        ("stance", "I believe", "text"),
        ("question", "Why should the families of Elm Street lose it?", "text"),
        ("normative", "should", "text"),
        ("normative", "should", "text"),
    ]
    assert ex.genre.argument_sentences == frozenset({1, 3, 4})
    title_cue = ex.genre.evidence[0]
    assert (title_cue.start, title_cue.end, title_cue.sentence) == (0, 7, None)
    for c in ex.genre.evidence[1:]:
        assert OPED[c.start : c.end] == c.text and c.sentence is not None


def test_an_unlabelled_op_ed_needs_the_writers_stance_twice() -> None:
    """One "I believe" and two "should"s make no opinion piece without a label; a second stance does."""
    assert extract_text(OPED).genre.kind == NEWS_REPORT
    text = OPED.replace("The council should delay", "In my view the council should delay")
    ex = extract_text(text)
    assert ex.genre.kind == OPINION
    assert [c.text for c in ex.genre.evidence if c.cue == "stance"] == ["I believe", "my view"]


def test_a_letter_to_the_editor() -> None:
    text = "To the editor:\n\n" + OPED
    assert extract_text(text).genre.kind == OPINION
    assert cues(text)[0] == ("label", "To the editor", "text")


def test_an_editorial_in_the_papers_voice() -> None:
    text = (
        "Harlow County has studied its bridges for three years. We believe the commissioners should stop studying "
        "them and fix them. The engineers' list names 14 bridges that need work. We urge the county to publish that "
        "list this month. Residents of Harlow County deserve to know which crossings are safe."
    )
    ex = extract_text(text, title="Editorial: Fix the bridges")
    assert ex.genre.kind == OPINION
    assert [(c.cue, c.text) for c in ex.genre.evidence] == [
        ("label", "Editorial"), ("stance", "We believe"), ("normative", "should"), ("stance", "We urge")
    ]


def test_first_person_and_modals_inside_quotations_or_attributed_are_not_the_writers() -> None:
    ex = extract_text(QUOTED, title="Riverton to close Elm Street library")
    assert ex.genre.kind == NEWS_REPORT and ex.genre.evidence == []


def test_a_label_alone_does_not_make_a_news_report_opinion() -> None:
    ex = extract_text(NEWS, title="Opinion: Riverton library to close")
    assert ex.genre.kind == NEWS_REPORT
    assert [(c.cue, c.text, c.field) for c in ex.genre.evidence] == [("label", "Opinion", "title")]


def test_a_press_release() -> None:
    ex = extract_text(RELEASE)
    assert ex.genre.kind == PRESS_RELEASE
    assert [c.text for c in ex.genre.evidence] == [
        "FOR IMMEDIATE RELEASE", "PRNewswire", "About Tallis Freight Group", "Media contact", "###"
    ]
    for c in ex.genre.evidence:
        assert RELEASE[c.start : c.end] == c.text and c.cue == "press-release"


def test_a_recipe_is_other() -> None:
    ex = extract_text(RECIPE)
    assert ex.genre.kind == OTHER and ex.genre.evidence == []


def test_genre_is_not_a_model_input() -> None:
    ex = extract_text(OPED, title="Opinion: Riverton is closing the wrong library")
    assert not any("genre" in name for name in feature_names())
    assert not any(name.startswith("genre") for name in ex.values())


# -- scoring ----------------------------------------------------------------------------------------
def test_argument_sentences_are_not_factual_claims_but_a_figure_keeps_one() -> None:
    text = OPED + " In my view the 36% rise in Riverton rents since 2020 is the real scandal."
    ex = extract_text(text, title="Opinion: Riverton is closing the wrong library")
    assert ex.genre.kind == OPINION
    arguments = ex.genre.argument_sentences
    assert 5 in arguments and 5 in ex.attribution.claims
    facts = factual_claims(ex)
    assert 5 in facts  # a figure in an argument sentence is still a factual claim
    assert not (set(facts) & arguments - {5})
    news = extract_text(NEWS)
    assert factual_claims(news) is news.attribution.claims  # a news report: every claim


def test_an_opinion_piece_is_scored_on_its_sourcing_not_banded_unreliable_for_few_attributions() -> None:
    report = SCORER.score(OPED * 2, title="Opinion: Riverton is closing the wrong library", published="2025-03-13")
    d = report.to_dict()
    assert d["genre"]["kind"] == OPINION and d["genre"]["argument_sentences"] == 6
    assert "opinion is outside it" in d["genre"]["note"] and "factual claims" in d["genre"]["note"]
    assert d["genre"]["evidence"][0] == {
        "start": 0, "end": 7, "text": "Opinion", "cue": "label", "field": "title", "sentence": None
    }
    assert report.band != "unreliable" and d["band"] == band_for(d["score"])
    assert abs(sum(c["points"] for c in d["contributions"]) - d["score"]) < 1e-6
    for f in report.findings:
        if f.code in ("SRC101", "SRC102"):
            assert f.points == 0 and "reported, not counted" in f.message
    summary = format_summary("oped.txt", report)
    assert "genre: Opinion or analysis" in summary and "opinion is outside it" in summary


def test_the_model_part_of_an_opinion_piece_is_held_at_its_prior() -> None:
    report = SCORER.score(OPED * 2, title="Opinion: Riverton is closing the wrong library", published="2025-03-13")
    model, *parts = report.contributions
    lift = [c.points for c in parts if c.part == GENRE_PART]
    assert model.points >= 50 or lift == [round(50 - model.points, 2)]
    news = SCORER.score(NEWS * 2, published="2025-03-13")
    assert not any(c.part == GENRE_PART for c in news.contributions)


def _sample_opinion() -> list[dict[str, str]]:
    lines = (ROOT / "training_data" / "newsroom_sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if r.get("source") == "sourcescore-sample-opinion"]


@pytest.mark.parametrize("record", _sample_opinion(), ids=lambda r: r["id"])
def test_no_genuine_opinion_piece_of_the_sample_set_is_unreliable(record: dict[str, str]) -> None:
    report = SCORER.score(record["text"], title=record["title"], published=record["published"])
    assert report.extraction.genre.kind == OPINION
    assert report.band != "unreliable", (report.score, [(c.part, c.points) for c in report.contributions])


def test_the_sample_news_articles_are_news_reports() -> None:
    lines = (ROOT / "training_data" / "newsroom_sample.jsonl").read_text(encoding="utf-8").splitlines()
    kinds = {
        r["id"]: extract_text(r["text"], title=r["title"]).genre.kind
        for r in map(json.loads, lines)
        if r["source"] == "sourcescore-sample"
    }
    assert len(kinds) == 88 and set(kinds.values()) == {NEWS_REPORT}


# -- a fabricated news report cannot buy its way out with an opinion label or "I think" ------------------
SEED_BAD = SEEDS / "004_388af7e0b7bc39d0.txt"
SEED_GOOD = SEEDS / "000_05bf85956880f1f9.txt"
OPINION_SENTENCES = (
    "I think this is the most important story of the war. In my view the world has not paid enough attention.",
    "I believe the West must respond. We must not look away.",
)


@pytest.mark.skipif(not SEED_BAD.exists(), reason="needs ../shared/seeds")
@pytest.mark.parametrize("variant", ["label", "first-line label", "label and I think", "I think, no label"])
def test_a_fabricated_report_dressed_as_opinion_is_still_flagged(variant: str) -> None:
    text = SEED_BAD.read_text(encoding="utf-8")
    title = "Opinion: North Korea's losses in Kursk" if "label" in variant and "first-line" not in variant else None
    if variant == "first-line label":
        text = "OPINION\n\n" + text
    if "I think" in variant:
        paragraphs = text.split("\n")
        text = "\n".join([*paragraphs[:4], OPINION_SENTENCES[0], *paragraphs[4:], OPINION_SENTENCES[1]])
    report = SCORER.score(text, title=title, published="2025-03-28")
    codes = {f.code for f in report.findings if f.points < 0}
    assert {"SRC201", "SRC401", "SRC402"} <= codes  # its vague sources and invented figures cost as before
    assert report.band == "unreliable", (variant, report.score, report.extraction.genre.kind)
    if variant in ("label", "first-line label"):
        assert report.extraction.genre.kind == NEWS_REPORT  # a label over a news report changes nothing


@pytest.mark.skipif(not SEED_GOOD.exists(), reason="needs ../shared/seeds")
def test_the_seeds_are_news_reports() -> None:
    for path in (SEED_GOOD, SEED_BAD):
        assert extract_text(path.read_text(encoding="utf-8")).genre.kind == NEWS_REPORT
