"""Blanked copies, non-ASCII characters and joined word runs give what the regular expressions they replace give."""

from __future__ import annotations

import random
import re

import pytest
from test_scans import TEXTS, _random_ascii_texts, _random_texts

from sourcescore.features.fast import JoinedRuns, NON_WORD_CHAR_RE, blank_chars, has_non_ascii_match, non_ascii, padded_blank_lower, padded_word_starts


@pytest.mark.parametrize("pattern", [r"[\W\d_]", r"\W", r"[^\w'\u2019-]"])
def test_blank_chars_replaces_what_the_regex_replaces(pattern: str) -> None:
    rejected = re.compile(pattern)
    for text in [*TEXTS, *_random_texts(3000, seed=11), "".join(map(chr, range(0x2000, 0x2100)))]:
        assert blank_chars(text, rejected) == rejected.sub(" ", text), repr(text)


@pytest.mark.parametrize("joiners", ["'\u2019-", "-", ".:", "'"])
def test_joined_runs_are_the_pattern_tokens(joiners: str) -> None:
    tokens = JoinedRuns(joiners)
    assert tokens.pattern.pattern == r"\w+(?:[" + re.escape(joiners) + r"]\w+)*"
    extra = [*_random_ascii_texts(1000, seed=13), "a.b:c..d:.e .f: g.", "x-.y", "--a-b--c-"]
    for text in [*TEXTS, *_random_texts(3000, seed=12), *extra]:
        assert tokens.split(text) == tokens.pattern.findall(text), repr(text)


@pytest.mark.parametrize("joiners", ["", " ", "a", "_", "\u0663"])
def test_joiners_are_non_word_characters(joiners: str) -> None:
    with pytest.raises(ValueError):
        JoinedRuns(joiners)


def test_non_ascii_characters_are_those_of_the_text() -> None:
    for text in [*TEXTS, *_random_texts(2000, seed=21)]:
        assert non_ascii(text.encode("utf-8", "surrogatepass")) == "".join(c for c in text if not c.isascii()), repr(text)
        assert has_non_ascii_match(text, re.compile(r"\d")) == any(c.isdecimal() and not c.isascii() for c in text), repr(text)
        assert has_non_ascii_match(text, re.compile(r"\s")) == any(c.isspace() and not c.isascii() for c in text), repr(text)


@pytest.mark.parametrize("pattern", [r"\W", r"[^\w'\u2019-]", r"[\W\d_]"])
def test_padded_blank_lower_is_the_regex_substitution_lower_cased_in_ascii(pattern: str) -> None:
    rejected = re.compile(pattern)
    for text in [*TEXTS, *_random_texts(2000, seed=22), *_random_ascii_texts(500, seed=23)]:
        expected = "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in rejected.sub(" ", text))
        assert padded_blank_lower(text, rejected) == " " + expected + " ", repr(text)


def test_padded_word_starts_are_the_whole_runs_equal_to_the_word() -> None:
    rng = random.Random(24)
    pieces = ["us", "Us", "US", "use", "bus", "_us", "us_", "\u00e9", "\u0663", " ", "-", "'", "\n", ".", "\u212a", "\u0130"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        padded = padded_blank_lower(text, NON_WORD_CHAR_RE)
        expected = [m.start() for m in re.finditer(r"(?<!\w)\w+(?!\w)", text) if m.group().translate({c: c + 32 for c in range(65, 91)}) == "us"]
        assert padded_word_starts(padded, "us") == expected, repr(text)
