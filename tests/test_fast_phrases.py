"""Phrase lists matched at the word starts of their first words find what a scan of the whole text finds."""

from __future__ import annotations

import random
import re

import pytest
from test_scans import TEXTS, _random_texts

import sourcescore.features.style as style
from sourcescore.features.document import parse
from sourcescore.features.fast import NON_WORD_CHAR_RE, PhraseMatcher, padded_blank_lower, trie

STYLE_MATCHERS = [style._HEDGES, style._SENSATIONAL, style._ABSOLUTES, style._FIRST_PERSON, style._SECOND_PERSON]
PHRASES = ["said", "said to be", "say", "according to", "as reported by", "so", "so-called", "Us", "us", "I", "one in five"]
OWN_MATCHERS = [PhraseMatcher(PHRASES), PhraseMatcher(PHRASES, ignore_case=False)]
PIECES = [*PHRASES, "SAID", "Said", "saying", "re-said", "x", "\u017fo", "\u0130", "\u212a", "_so", " ", " ", "  ", "\n", "-", ",", "'", "\u00e9"]


def _phrase_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 25))) for _ in range(count)]


def _assert_candidates_find_what_scans_find(matcher: PhraseMatcher, text: str) -> None:
    doc = parse(text)
    found = [m.span() for m in matcher.finditer(doc.text, doc.lowered, doc.lowered_runs)]
    assert found == [m.span() for m in matcher.finditer(doc.text, doc.lowered, None)], repr(text)
    if doc.lowered_runs is not None and found:
        assert matcher.possible(doc.lowered_runs), repr(text)


@pytest.mark.parametrize("matcher", STYLE_MATCHERS + OWN_MATCHERS)
def test_candidates_find_what_scans_find(matcher: PhraseMatcher) -> None:
    for text in [*TEXTS, *_random_texts(500, seed=31), *_phrase_texts(1500, seed=32)]:
        _assert_candidates_find_what_scans_find(matcher, text)


@pytest.mark.parametrize("matcher", STYLE_MATCHERS)
def test_candidates_find_what_scans_find_in_the_seeds(matcher: PhraseMatcher, genuine_seed: str, fabricated_seed: str) -> None:
    _assert_candidates_find_what_scans_find(matcher, genuine_seed)
    _assert_candidates_find_what_scans_find(matcher, fabricated_seed)


@pytest.mark.parametrize("ignore_case", [True, False])
def test_scans_find_the_word_bounded_alternation_longest_first(ignore_case: bool) -> None:
    matcher = PhraseMatcher(PHRASES, ignore_case=ignore_case)
    phrases = sorted({p.lower() for p in PHRASES} if ignore_case else set(PHRASES), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    plain = re.compile(r"(?<!\w)(?:" + body + r")\b", re.IGNORECASE if ignore_case else 0)
    for text in _phrase_texts(3000, seed=33):
        assert [m.span() for m in matcher.finditer(text, None, None)] == [m.span() for m in plain.finditer(text)], repr(text)


def test_trie_matches_the_alternation_longest_first() -> None:
    phrases = ["a", "ab", "abc", "b c", "bd", "b", "x.y", "x"]
    alternation = re.compile("|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)))
    factored = re.compile(trie(phrases))
    rng = random.Random(34)
    for _ in range(3000):
        text = "".join(rng.choice("abcdxy. \n") for _ in range(rng.randrange(0, 20)))
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in alternation.finditer(text)], repr(text)


@pytest.mark.parametrize("matcher", [style._FIRST_PERSON, style._SECOND_PERSON, PhraseMatcher(["so", "So", "us", "I"], ignore_case=False)])
def test_word_positions_are_the_match_starts(matcher: PhraseMatcher) -> None:
    for text in [*TEXTS, *_random_texts(1000, seed=35), *_phrase_texts(1500, seed=36)]:
        doc = parse(text)
        padded = padded_blank_lower(doc.text, NON_WORD_CHAR_RE)
        expected = [m.start() for m in matcher.finditer(doc.text, doc.lowered, None)]
        assert sorted(matcher.word_positions(doc.text, padded, doc.lowered_runs)) == expected, repr(text)
        assert sorted(matcher.word_positions(doc.text, padded, None)) == expected, repr(text)
