"""Patterns specialised for ASCII text find what the Unicode patterns find in ASCII text."""

from __future__ import annotations

import random
import re

import pytest

import sourcescore.features.attribution as attribution
import sourcescore.features.style as style_module
from sourcescore.features.fast import ascii_pattern, ascii_source


def _random_texts(count: int, pieces: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 80))) for _ in range(count)]


NUMBER_PIECES = ["0", "7", "12", "a", "Z", "_", ".", ",", " ", "-", "$", "\n", "%", "x1"]
# Every ASCII character: \x1c-\x1f are whitespace to Unicode \s (and str.isspace), not to re.ASCII's.
ALL_ASCII = [chr(c) for c in range(128)] + ["Ab", "ab", "7", " "] * 8


@pytest.mark.parametrize("seed", range(3))
def test_ascii_number_regex_finds_what_the_unicode_one_finds(seed: int) -> None:
    for text in _random_texts(1000, NUMBER_PIECES, seed):
        ascii_spans = [m.span() for m in style_module._ASCII_NUMBER_RE.finditer(text)]
        assert ascii_spans == [m.span() for m in style_module._NUMBER_RE.finditer(text)]


def test_the_extractors_ascii_patterns_are_the_hand_written_sets() -> None:
    # What the code held before ascii_pattern wrote them: the same pattern text, so the same speed.
    assert style_module._ASCII_NUMBER_RE.pattern == r"[0-9](?<![A-Za-z0-9_.,][0-9])"
    assert attribution._ASCII_CLAIM_ANCHOR_RE.pattern == r"[0-9A-Z](?:(?<=[0-9])|(?<=[ \t\n\r\f\v\x1c-\x1f][A-Z])[a-z])"
    assert attribution._ASCII_FIVE_WORDS_RE.pattern == r"[^A-Za-z0-9_]*+[A-Za-z0-9_]++" * 5


PATTERNS = [
    r"\d(?<![\w.,]\d)",
    r"[\dA-Z](?:(?<=\d)|(?<=\s[A-Z])[a-z])",
    r"\W*+\w++\W*+\w++",
    r"\s+(\S+)",
    r"[^\s\d]+\D",
    r"[]\w]+|[^]\s]",
    r"\\d\\w[\\]\s",
    r"\b\w+\b(?=\s*[,;\d])",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_ascii_patterns_find_what_the_unicode_ones_find_in_ascii_text(source: str) -> None:
    pattern = re.compile(source)
    fast = ascii_pattern(pattern)
    assert not re.search(r"(?<!\\)\\[dwsDWS]", fast.pattern.replace("\\\\", "")), fast.pattern
    for text in _random_texts(2000, ALL_ASCII, 4):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)], repr(text)


@pytest.mark.parametrize("source", [r"[\W.]", r"[^\D]", r"[a\S]"])
def test_negated_escapes_inside_a_set_are_refused(source: str) -> None:
    with pytest.raises(ValueError):
        ascii_source(source)
