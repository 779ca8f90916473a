"""Property-based tests (hypothesis) of the report contract over generated articles.

Articles are assembled from realistic fragments (names, attribution verbs, quotations in straight
and curly marks, numbers, dates, CRLF and lone CR, invisible and non-ASCII characters) and also
drawn as arbitrary text. For every one:

* scoring never raises, except InputError for an article with nothing visible in it;
* the score is within 0-100 and its band matches it;
* every span satisfies ``text == article[start:end]`` on the article exactly as passed in, and every
  attribution's claim lies inside the article and holds its cue;
* the contributions add up to the score;
* the same input gives the same JSON, and the JSON is standard (no NaN) and round-trips.

``scripts/fuzz.py`` runs the same checks (``check_article``) at scale for a time budget.
"""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcescore.features.document import parse
from sourcescore.scoring import InputError, Report, Scorer
from sourcescore.scoring.report import band_for

EXAMPLES = 150  # per test: the whole suite stays fast; scripts/fuzz.py runs the checks at scale
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written under .hypothesis/; a failure prints its reproducing example
    derandomize=True,  # the same examples on every run, so CI is reproducible; scripts/fuzz.py searches wider
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- fragments ------------------------------------------------------------------------------------
SUBJECTS = (
    "Mayor Helen Okafor", "Okafor", "Helen Okafor, the city's mayor,", "Kim Jong Un", "Sean O'Brien",
    "Dr. Priya Raman", "the Riverton police", "Reuters", "the Defense Ministry", "NATO", "officials",
    "experts", "analysts", "a spokesperson", "sources familiar with the matter", "studies", "he", "she",
    "they", "It", "The U.S. Army", "Jean-Luc Picard", "Zoë Ångström", "the report released on Monday",
)
VERBS = (
    "said", "says", "told reporters", "told Reuters", "said in a statement", "reported", "estimated",
    "claimed", "added", "noted", "warned", "is said to", "was reported", "are believed to", "found that",
    "announced", "testified",
)
CLAIMS = (
    "the council approved the budget", "troops left the city", "prices rose", "the plant will close",
    "people were hurt", "the bridge was finished", "the vote will take place", "the deal collapsed",
    "nobody was arrested", "the fire spread to three buildings", "it was unprecedented",
)
NUMBERS = (
    "3", "40%", "1,200", "$3.5 million", "nearly 3,000", "two in five", "12.5 percent", "100,000", "2024",
    "tenfold", "third-largest", "0.5", "\u20ac40bn", "7 out of 10", "1900", "42 per cent", "F16",
)
DATES = (
    "on Monday", "last year", "in March 2023", "by late 2024", "February 30", "2025-13-45", "03/27/2025",
    "early 2024", "next month", "two weeks ago", "in the spring of 2022", "yesterday", "on Jan. 5",
    "in May", "since 2019", "later this year", "the end of February", "in 2019 and 2023", "31 April 2020",
)
GLUE = (". ", ", ", ".\r\n", ".\n\n", ".\r", "! ", "? ", "; ", " \u2014 ", "... ", "\u2026 ", ": ", " ", "\n", "\t")
QUOTES = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"), ('"', ""), ("", "\u201d"))
NOISE = (
    "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u0130", "\u00df", "\ufb01", "\u00e9", "e\u0301", "\U0001f600",
    "\u2028", "\x0b", "\x0c", "\x00", "\x1b", "\ufffd", "\u202e", "\u05e9\u05dc\u05d5\u05dd", "\u4e2d\u6587",
    "<p>", "</p>", "&amp;", "  ", "\r\n", "\r", "*", "\u2022 ", "1) ", "#", "\\", "\ud800",
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence-like string: subject, verb, claim, maybe a number and a date, maybe quoted."""
    parts = [draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS))]
    claim = draw(st.sampled_from(CLAIMS))
    if draw(st.booleans()):
        claim = f"{claim} {draw(st.sampled_from(NUMBERS))}"
    if draw(st.booleans()):
        claim = f"{claim} {draw(st.sampled_from(DATES))}"
    if draw(st.booleans()):
        opening, closing = draw(st.sampled_from(QUOTES))
        claim = f"{opening}{claim[:1].upper()}{claim[1:]},{closing}"
        parts = [claim, parts[1], parts[0]] if draw(st.booleans()) else [*parts, claim]
    else:
        parts.append(claim)
    order = draw(st.permutations(parts)) if draw(st.integers(0, 9)) == 0 else parts
    text = " ".join(order)
    case = draw(st.integers(0, 19))
    if case == 0:
        text = text.upper()
    elif case == 1:
        text = text.lower()
    return text[:1].upper() + text[1:]


@st.composite
def fragment_articles(draw: st.DrawFn) -> str:
    """Sentences joined by varied punctuation and line ends, with noise characters sprinkled in."""
    pieces: list[str] = []
    for sentence in draw(st.lists(sentences(), min_size=1, max_size=12)):
        pieces.append(sentence)
        pieces.append(draw(st.sampled_from(GLUE)))
        if draw(st.integers(0, 3)) == 0:
            pieces.append(draw(st.sampled_from(NOISE)))
    return "".join(pieces)


def _mixed_piece() -> st.SearchStrategy[str]:
    words = st.sampled_from(SUBJECTS + VERBS + CLAIMS + NUMBERS + DATES + GLUE + NOISE)
    return st.one_of(words, st.sampled_from([q for pair in QUOTES for q in pair if q]), st.text(max_size=6))


articles: st.SearchStrategy[str] = st.one_of(
    fragment_articles(),
    st.lists(_mixed_piece(), max_size=40).map("".join),  # fragments cut and shuffled
    st.text(max_size=300),  # arbitrary text, surrogates and control characters included
    st.text(alphabet=st.sampled_from(" \n\r\t.,;:!?\"'\u201c\u201d\u2018\u2019()-\u2014\u2026aAzZ019$%"), max_size=300),
)
published_dates: st.SearchStrategy[date | None] = st.one_of(
    st.none(), st.dates(), st.sampled_from([date.min, date.max, date(2000, 2, 29), date(2025, 3, 28)])
)


# -- the checks -----------------------------------------------------------------------------------
def spans_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span object with a text in a report dict: evidence, sources and their mentions, statistics,
    dates, attributions' cues, sources and resolved sources, quotations and their speakers."""
    spans: list[dict[str, Any]] = [e for f in report["findings"] for e in f["evidence"]]
    for key in ("sources", "statistics", "dates", "quotations"):
        spans.extend(report[key])
    spans.extend(m for s in report["sources"] for m in s["mentions"])
    for a in report["attributions"]:
        spans.extend(a[key] for key in ("cue", "source", "resolved_source") if a[key] is not None)
    spans.extend(q["speaker"] for q in report["quotations"] if q["speaker"] is not None)
    return spans


def claims_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The claim span (start and end, no text) of every attribution in a report dict."""
    return [a["claim"] for a in report["attributions"]]


def check_report(text: str, report: Report) -> None:
    """Assert the report contract for ``report``, the report of ``text``."""
    d = report.to_dict()
    assert 0.0 <= d["score"] <= 100.0 and not math.isnan(d["score"]), d["score"]
    assert d["band"] == band_for(d["score"])
    total = sum(c["points"] for c in d["contributions"])
    assert math.isclose(total, d["score"], abs_tol=1e-6), (d["contributions"], d["score"])
    for span in spans_of(d):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert span["text"] == text[span["start"] : span["end"]], span
    for a in d["attributions"]:
        assert a["claim"]["start"] <= a["cue"]["start"] <= a["cue"]["end"] <= a["claim"]["end"], a
    for claim in claims_of(d):
        assert 0 <= claim["start"] <= claim["end"] <= len(text), claim
    for a in d["attributions"]:
        if a["resolved_source"] is not None:  # a pronoun or a description ("the city's mayor") linked to a name,
            # or no words at all ("..., saying", an elided subject)
            assert a["source"] is None or a["source"]["kind"] in ("pronoun", "anonymous"), a
    strict = json.dumps(d, ensure_ascii=False, allow_nan=False)  # standard JSON: no NaN or Infinity
    assert json.loads(strict) == d
    assert json.loads(report.to_json()) == d


def check_article(scorer: Scorer, text: str, published: date | None = None) -> Report | None:
    """Score ``text`` and check the contract; None when it is (rightly) refused as empty."""
    try:
        report = scorer.score(text, published=published)
    except InputError as exc:
        assert not parse(text).text.strip(), f"InputError on a non-empty article: {exc}"
        assert "empty" in str(exc)
        return None
    check_report(text, report)
    again = scorer.score(text, published=published)
    assert again.to_json() == report.to_json(), "the same input gave a different report"
    return report


SCORER = Scorer()


# -- the tests ------------------------------------------------------------------------------------
@SETTINGS
@given(articles, published_dates)
def test_generated_articles_keep_the_report_contract(text: str, published: date | None) -> None:
    check_article(SCORER, text, published)


@SETTINGS
@given(fragment_articles(), st.sampled_from([None, "2025-03-28"]))
def test_fragment_articles_with_string_dates(text: str, published: str | None) -> None:
    report = SCORER.score(text, published=published)  # never empty: every fragment article has words
    check_report(text, report)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\u00a0\u2028\u3000\u200b\ufeff\u00ad\u2060"), max_size=50))
def test_invisible_only_text_is_refused_as_empty(text: str) -> None:
    try:
        SCORER.score(text)
    except InputError as exc:
        assert "empty" in str(exc)
    else:
        raise AssertionError(f"{text!r} was scored")


@settings(max_examples=30, deadline=None, database=None, derandomize=True)
@given(fragment_articles())
def test_crlf_and_lone_cr_give_the_same_score_as_lf(text: str) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = SCORER.score(lf, published="2025-03-28")
    for variant in (lf.replace("\n", "\r\n"), lf.replace("\n", "\r")):
        report = SCORER.score(variant, published="2025-03-28")
        check_report(variant, report)
        assert report.score == expected.score
        assert [f.code for f in report.findings] == [f.code for f in expected.findings]
