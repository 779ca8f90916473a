"""Scans that try their pattern only where a match can start find what a scan of the whole text finds."""

from __future__ import annotations

import random
import re

import pytest

from features import attribution, statistics, style
from features.document import parse
from scoring import scorer

TEXTS = [
    "According to officials, one in five people doubled their savings; ACCORDING TO Reuters, sales tripled.",
    "Citing sources, the second-largest bank said it reportedly may cut 3,000 jobs, as reported by AP.",
    "Prices rose 12 percent to $4.5 billion, the twofold rise said to be unprecedented, analysts noted.",
    "CITING the report, ONE IN TEN said we never knew; the ministry claimed it found nothing.",
    # Characters IGNORECASE matches with ASCII letters (ſ for s, K for k, ı and İ for i): full scans.
    "Acc\u0131ording to him, \u017fales doubled; the third-large\u017ft firm \u017faid so. Citing \u212aeys.",
    "\u0130stanbul officials said one in two residents were shocked, according to the mayor.",
    "-said he; pre-according to; x-one in five; re-doubled; it was said-to be; said",
]


def assert_candidates_find_what_scans_find(text: str) -> None:
    doc = parse(text)
    assert [m.span() for m in attribution._cue_matches(doc)] == [m.span() for m in attribution._CUE_RE.finditer(doc.text)]
    assert [m.span() for m in statistics._statistics(doc)] == [m.span() for m in statistics._STAT_RE.finditer(doc.text)]
    for vocabulary in (style._HEDGES, style._SENSATIONAL, style._ABSOLUTES, style._FIRST_PERSON):
        found = [m.span() for m in vocabulary.finditer(doc.text, doc.lowered, doc.lowered_runs)]
        assert found == [m.span() for m in vocabulary.finditer(doc.text, doc.lowered, None)]


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_find_what_scans_find(text: str) -> None:
    assert_candidates_find_what_scans_find(text)


def test_candidates_find_what_scans_find_in_the_seeds(genuine_seed: str, fabricated_seed: str) -> None:
    assert_candidates_find_what_scans_find(genuine_seed)
    assert_candidates_find_what_scans_find(fabricated_seed)


def _random_ascii_texts(count: int, seed: int = 7) -> list[str]:
    """ASCII texts dense in what splits or joins runs: apostrophes, hyphens, digits, underscores, CR, tabs, double spaces."""
    rng = random.Random(seed)
    alphabet = ["a", "B", "c", "Z", "e", "0", "7", "_", "'", "-", "--", " ", "  ", "\t", "\r\n", "\r", ".", ",", "K", "I"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(count)]


@pytest.mark.parametrize("text", [*TEXTS, *_random_ascii_texts(400)])
def test_runs_taken_from_word_tokens_are_the_texts_runs(text: str) -> None:
    doc = parse(text)
    if doc.text.isascii():
        assert doc.lowered_runs == frozenset(re.findall(r"[a-z0-9_]+", doc.text.lower()))
    if text.isascii():  # the input warnings' letter runs, taken from the same tokens
        expected = re.findall(r"[a-z]+", text.lower())
        assert " ".join(doc.words).lower().translate(scorer._TOKEN_NON_LETTERS).split() == expected
