"""The syllable counter's shortcuts count what textstat's own steps count, on any input."""

from __future__ import annotations

import random

import pytest
from textstat.backend.utils._get_pyphen import get_pyphen

import features.style as style_module


def _random_words(count: int, alphabet: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(count)]


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


def test_token_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(style_module, "CACHE_LIMIT", 50)
    cache = style_module._TokenSyllables()
    words = [f"w{i}x" for i in range(120)] + ["x" * 100]
    assert sum(map(cache.__getitem__, words)) == sum(map(style_module._word_syllables, words))
    assert len(cache) <= 50
    assert "x" * 100 not in cache  # longer than MAX_DICTIONARY_WORD: never kept
