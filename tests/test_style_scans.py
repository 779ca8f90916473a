"""The style extractor's rewritten scans find what the plain regex scans they replace find."""

from __future__ import annotations

import random
import re

import pytest

import sourcescore.features.style as style_module


def _random_texts(count: int, pieces: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 80))) for _ in range(count)]


# Word characters in and out of ASCII (é, ß, Arabic-Indic ٣, "_"), non-word ones (× ’ -), capitals
# either side of the Latin-1 range (À Ö Ø Þ in it, × ß outside), line breaks.
CAPS_PIECES = ["A", "B", "Z", "\u00c0", "\u00d6", "\u00d8", "\u00de", "\u00d7", "\u00df", "a", "\u00e9", "1", "\u0663", "_", " ", "-", "'", "\u2019", "\n", "NATO", "UAVs", "F16"]


@pytest.mark.parametrize("seed", range(3))
def test_all_caps_regex_finds_what_the_repeat_finds(seed: int) -> None:
    reference = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de]{3,}+(?!\w)")
    for text in _random_texts(1000, CAPS_PIECES, seed):
        assert [m.span() for m in style_module._ALL_CAPS_RE.finditer(text)] == [m.span() for m in reference.finditer(text)]


# Pronouns in every case, inside words ("some", "USA"), after and before word characters in and
# out of ASCII (é, ٣, "_", İ that lower-cases to two characters, K the Kelvin sign), and quotes.
PRONOUN_PIECES = ["I", "i", "me", "Me", "ME", "my", "mine", "Myself", "we", "We", "us", "US", "Us", "our", "Ours",
                  "ourselves", "you", "You", "YOU", "your", "Yourselves", "so", "é", "\u0663", "_", "\u0130", "\u212a",
                  " ", " ", "-", "'", "\u2019", "\n", ".", '"', "\u201c", "\u201d", "\u00d7"]


@pytest.mark.parametrize("seed", range(3))
def test_pronoun_count_equals_the_vocabulary_scan(seed: int) -> None:
    from sourcescore.features.document import parse

    for text in _random_texts(1000, PRONOUN_PIECES, seed):
        doc = parse(text)
        padded = style_module._padded_runs(doc.text)
        assert len(padded) == len(doc.text) + 2, text
        for vocabulary in (style_module._FIRST_PERSON, style_module._SECOND_PERSON):
            matches = vocabulary.finditer(doc.text, doc.lowered, doc.lowered_runs)
            expected = sum(1 for m in matches if doc.in_quote(m.start()) is None)
            assert style_module._count_outside_quotes(vocabulary, doc, padded, doc.lowered_runs) == expected, text
            plain = sum(1 for m in vocabulary.finditer(doc.text, None, None) if doc.in_quote(m.start()) is None)
            assert style_module._count_outside_quotes(vocabulary, doc, padded, None) == plain, text


def test_pronoun_lists_are_single_ascii_words() -> None:
    # _count_outside_quotes finds each pronoun as one whole run of word characters.
    from sourcescore.features.vocabulary.style import FIRST_PERSON, SECOND_PERSON

    assert all(word.isascii() and word.isalpha() for word in FIRST_PERSON + SECOND_PERSON)


# Around the proper-noun and number patterns: their classes, capitals and digits in a row, the
# overlapping "x Ab Cd", decimals and thousands ("1.5", "1,000"), non-ASCII word and digit
# characters (é, Arabic-Indic ٣), a lone surrogate and a non-breaking space.
COUNT_PIECES = [*"aZbC0 9,;:)(.-_xY'\"\n\t", "  ", " Ab", "x Ab Cd", "1.5", "1,000", "\u00e9", "\u0663", "\ud800", "\u00a0", "Ab"]


@pytest.mark.parametrize("seed", range(3))
def test_proper_noun_count_is_the_regex_count(seed: int) -> None:
    for text in [*_random_texts(3000, COUNT_PIECES, seed), "x Ab Cd Ef", "Said Ab. x Ab"]:
        assert style_module._proper_nouns(text) == len(style_module._PROPER_NOUN_RE.findall(text)), repr(text)


@pytest.mark.parametrize("seed", range(3))
def test_ascii_number_count_is_the_regex_count(seed: int) -> None:
    for text in [*_random_texts(3000, COUNT_PIECES, seed + 10), "1 2, 3.4 a5 _6 (7)"]:
        if text.isascii():
            assert style_module._ascii_numbers(text) == len(style_module._NUMBER_RE.findall(text)), repr(text)


BULLET_PIECES = ["- ", "* ", "\u2022 ", "1. ", "12) ", "\u0663. ", "\u00b2. ", " ", "A", "a", "\n", "\n\n", "x", "1", "."]


@pytest.mark.parametrize("seed", range(2))
def test_bullet_lines_are_the_paragraphs_the_pattern_matches(seed: int) -> None:
    from sourcescore.features.document import parse

    for text in _random_texts(2000, BULLET_PIECES, seed):
        if not text.strip():
            continue
        doc = parse(text)
        expected = [i for i, (start, end) in enumerate(doc.paragraphs) if style_module._BULLET_RE.match(doc.text, start, end)]
        assert style_module._bullet_lines(doc)[0] == expected, repr(text)
