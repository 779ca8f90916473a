"""Candidate scans and hand-made searches find what the regular expressions they stand for find."""

from __future__ import annotations

import random
import re

import pytest

from sourcescore.features.fast import (
    LastMatch,
    ascii_folding,
    char_positions,
    char_starts,
    ends_word,
    matches_from,
    run_end,
    starts_word,
    strip_trailing_words,
    whole_run_starts,
    word_boundary,
    word_starts,
)

PIECES = ["a", "Ab", "ab", "the", "The", "x1", "1", "_", "\u00e9", "\u0663", "\u212a", "\u0130", "\u017f", " ", " ", "\n", ".", ",", "-", "'", "$", "\u20ac"]


def _random_texts(count: int, seed: int, pieces: list[str] = PIECES) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(count)]


def test_word_edges_are_the_halves_of_a_word_boundary() -> None:
    for text in _random_texts(1000, seed=1):
        for pos in range(len(text) + 1):
            assert starts_word(text, pos) == (re.compile(r"(?<!\w)").match(text, pos) is not None), (text, pos)
            assert ends_word(text, pos) == (re.compile(r"(?!\w)").match(text, pos) is not None), (text, pos)
            for hi in {pos, len(text)}:
                assert word_boundary(text, pos, hi) == (re.compile(r"\b").match(text[:hi], pos) is not None), (text, pos, hi)


def test_word_starts_are_where_the_words_start_a_word() -> None:
    words = ["a", "ab", "the", "1", "\u00e9"]
    for text in _random_texts(2000, seed=2):
        expected = sorted(m.start() for w in words for m in re.finditer(r"(?<!\w)(?=" + re.escape(w) + ")", text))
        assert word_starts(text, words) == expected, text


@pytest.mark.parametrize("source", [r"ab?\b", r"the\s+\w+", r"a(?:b|\.)+", r"\w+'\w"])
def test_matches_from_candidates_are_the_scan(source: str) -> None:
    pattern = re.compile(source)
    for text in _random_texts(2000, seed=3):
        starts = word_starts(text, ["a", "t", "x", "A", "T"]) + [i for i, c in enumerate(text) if c in "1x"]
        candidates = sorted(set(starts) | {m.start() for m in pattern.finditer(text)})
        assert [m.span() for m in matches_from(pattern, text, candidates)] == [m.span() for m in pattern.finditer(text)], text


def test_char_starts_are_the_regex_starts() -> None:
    chars, not_after = "0123456789$\u20ac", frozenset("_.,$-")
    start_re = re.compile(r"(?<![^\W_]|[_.,$-])[0-9$\u20ac]")
    for text in _random_texts(3000, seed=4):
        assert char_starts(text, chars, not_after) == [m.start() for m in start_re.finditer(text)], text


def test_char_positions_are_every_occurrence() -> None:
    for text in _random_texts(2000, seed=5):
        assert sorted(char_positions(text, "a.\u00e9")) == [(i, c) for i, c in enumerate(text) if c in "a.\u00e9"], text


def test_run_end_is_the_end_of_the_regex_run() -> None:
    for text in _random_texts(2000, seed=6):
        for pos in range(len(text) + 1):
            hi = len(text) - pos % 3 if pos <= len(text) - pos % 3 else len(text)
            m = re.compile(r"[a-z'-]*").match(text, pos, hi)
            assert run_end(text, pos, hi, frozenset("abcdefghijklmnopqrstuvwxyz'-")) == m.end(), (text, pos)  # type: ignore[union-attr]


@pytest.mark.parametrize("token", ["Ab", "A", "Ab'x", "the", "\u00e9"])
def test_whole_run_starts_are_the_whole_word_occurrences(token: str) -> None:
    run = re.match(r"\w+", token).end()  # type: ignore[union-attr]
    pattern = re.compile(r"(?<!\w)" + re.escape(token[:run]) + r"(?!\w)")
    for text in _random_texts(2000, seed=7, pieces=[*PIECES, token, token]):
        expected = [m.start() for m in pattern.finditer(text) if text.startswith(token, m.start())]
        assert list(whole_run_starts(text, token, run)) == expected, text


def test_ascii_folding_is_whether_ignorecase_keeps_ascii_letters_ascii() -> None:
    for text in _random_texts(2000, seed=8):
        folds = any(re.fullmatch(r"[a-z]", c, re.IGNORECASE) and not c.isascii() for c in text)
        assert ascii_folding(text) == (not folds), text


@pytest.mark.parametrize("words", [("first", "also", "now", "long"), ("a", "the")])
def test_trailing_words_are_dropped_as_the_pattern_drops_them(words: tuple[str, ...]) -> None:
    pattern = re.compile(r"(?:\s+(?:" + "|".join(words) + r"))*\s*$")
    pieces = [*words, "longer", "nonce", "Now", "The", "x", "-also", "a-", "_", " ", " ", "  ", "\n", "\t", "\u2003", ",", "."]
    rng = random.Random(9)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert strip_trailing_words(text, frozenset(words)) == pattern.sub("", text, count=1), repr(text)


@pytest.mark.parametrize(
    ("source", "overlapping"),
    [(r"[,;]|\.\.\.|\b(?:and|but)\b\s*", "."), (r"ab|ba", "ab"), (r"\d+", ""), (r"x+y?", "")],
)
def test_last_match_is_the_last_match_of_a_scan(source: str, overlapping: str) -> None:
    pattern = re.compile(source)
    last = LastMatch(pattern, overlapping)
    pieces = ["and", "but", "band", "...", "....", ".", ",", ";", " ", "ab", "ba", "a", "b", "1", "23", "x", "y", "\n"]
    rng = random.Random(10)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        end = 0
        for m in pattern.finditer(text):
            end = m.end()
        assert last.end(text) == end, text
