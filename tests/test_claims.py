"""Claim sentences and clause starts found by the reordered searches are what the plain scans find."""

from __future__ import annotations

import random
import re

import pytest

from sourcescore.features import attribution
from sourcescore.features.document import parse
from sourcescore.features.vocabulary.attribution import CLAUSE_MARKS, CLAUSE_WORDS

_ANCHOR = re.compile(r"[\d\s](?:(?<=\d)|[A-Z][a-z])")  # a digit, or a capitalised word after a space
_FIVE_WORDS = re.compile(r"(?:\W*+\w++){5}")
# Digits beyond ASCII (\d is any decimal digit), numerals that are not \d, spaces of other kinds.
_PIECES = ["Ab", "ab", "A", "b", "B.", "7", "\u0663", "\u00b2", "\u2167", " ", " ", " ", "\u2003", "\n", "?", "*", "#", ".", ", ",
           "\u00c9t\u00e9", "\u0130s", "\u212aa", "_", "'", '"']
_ASCII_PIECES = ["Ab", "ab", "A", "b", "B.", "7", "0", " ", " ", " ", "\x0b", "\x1c", "\x1f", "\x7f", "\n", "?", "*", "#", ".", ", ", "_", "'"]


def _plain_claims(text: str, sentences: list[attribution.Sentence]) -> list[int]:
    return [
        s.index for s in sentences
        if text[s.end - 1] != "?" and text[s.start] not in "*#" and _FIVE_WORDS.match(text, s.start, s.end)
        and _ANCHOR.search(text, s.start, s.end)
    ]


@pytest.mark.parametrize("pieces", [_PIECES, _ASCII_PIECES])
def test_claims_are_what_the_plain_patterns_define(pieces: list[str]) -> None:
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 50)))
        doc = parse(text)
        assert attribution._claims(doc.text, doc.sentences) == _plain_claims(doc.text, doc.sentences), text


def test_the_last_clause_start_is_the_last_match_of_a_scan() -> None:
    words = ["that", "when", "as", "while", "because", "but", "and", "after", "where", "which", "who", "whom",
             "if", "although", "since", "whereas", "though", "whether", "...", "....", ".....", "Whom", "thatch", "_as"]
    pieces = [*"abistwhnecuflogrdm .,;:\u2014(\"\n'xyzT_1\u00e9", "  ", *words]
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        last_end = 0
        for clause in attribution._CLAUSE_START_RE.finditer(text):
            last_end = clause.end()
        assert attribution._last_clause_end(text) == last_end, text


def test_the_clause_start_pattern_is_the_plain_alternation_of_the_vocabulary() -> None:
    # _CLAUSE_START_RE is written to open with one character set; the vocabulary is its definition.
    marks = [m for m in CLAUSE_MARKS if len(m) == 1]
    longer = [re.escape(m) for m in CLAUSE_MARKS if len(m) > 1]
    plain = re.compile("(?:[" + re.escape("".join(marks)) + "]|" + "|".join(longer) + r"|\b(?:" + "|".join(CLAUSE_WORDS) + r")\b)\s*")
    pieces = [*"abistwhnecuflogrdm .,;:\u2014(\"\n'xyzT_1\u00e9", "  ", *CLAUSE_WORDS, "...", "Whom", "thatch", "_as", "whichever"]
    rng = random.Random(4)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in attribution._CLAUSE_START_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_appositive_is_what_a_search_finds() -> None:
    pieces = ["Jane Doe", "the chief executive", "a", "x" * 30, "y" * 79, ",", ", ", ",  ", ";", ":", '"', "(", "\u2014", " ", "\n", "who"]
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) + rng.choice([",", ", ", ",\n", ""])
        expected = attribution._APPOSITIVE_BEFORE_RE.search(text)
        found = attribution._appositive_before(text)
        assert (found and (found.span(), found.span(1), found.span(2))) == (expected and (expected.span(), expected.span(1), expected.span(2))), text


def test_adverbs_are_dropped_as_the_pattern_drops_them() -> None:
    pieces = ["first", "also", "once", "now", "long", "longer", "nonce", "Now", "was", "is", "x", "-also", "also-", "_", " ", " ", "  ",
              "\n", "\t", "\u2003", ",", "."]
    rng = random.Random(9)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert attribution._without_adverbs(text) == attribution._ADVERB_RE.sub("", text), repr(text)
