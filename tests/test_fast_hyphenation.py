"""The hyphenation automaton counts the points Pyphen finds, on any input."""

from __future__ import annotations

import pytest
from test_style_syllables import _random_words
from textstat.backend.utils._get_pyphen import get_pyphen

import sourcescore.features.style as style_module
from sourcescore.features.fast import Hyphenator

# The patterns' own characters (letters, apostrophes, é, ligatures, "."), digits, capitals and
# characters whose lower case is longer ("İ") or that the patterns never hold.
HYPHENATION_ALPHABET = "abcdeefghiilmnnoprssttuyz'\u2019\u00e9\ufb01\ufb02.09AEZ\u0130\u00df\u00c9-_"


@pytest.mark.parametrize("seed", range(4))
def test_hyphenation_points_are_pyphens_on_random_words(seed: int) -> None:
    pyphen = get_pyphen("en_US")
    hyphenator = style_module._dictionaries()[1]
    words = _random_words(1500, HYPHENATION_ALPHABET, seed)
    assert [hyphenator.count(w) for w in words] == [len(pyphen.positions(w)) for w in words]


def test_hyphenation_points_are_pyphens_on_the_patterns_themselves() -> None:
    pyphen = get_pyphen("en_US")
    hyphenator = style_module._dictionaries()[1]
    words = [key.strip(".") for key in pyphen.hd.patterns] + ["a" * 60, "ab" * 40 + "tion"]
    assert [hyphenator.count(w) for w in words] == [len(pyphen.positions(w)) for w in words]


@pytest.mark.parametrize("language", ["de_DE", "fr", "nl_NL"])
def test_hyphenation_points_are_pyphens_in_other_languages(language: str) -> None:
    # The automaton knows no language: the patterns are data.
    pyphen = get_pyphen(language)
    hyphenator = Hyphenator(pyphen)
    words = _random_words(800, HYPHENATION_ALPHABET + "\u00e4\u00f6\u00fc\u00e8\u00ea", 5)
    words += [key.strip(".") for key in list(pyphen.hd.patterns)[::7]]
    assert [hyphenator.count(w) for w in words] == [len(pyphen.positions(w)) for w in words]
