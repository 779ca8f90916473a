"""The syllable counter's shortcuts count what textstat's own steps count, on any input."""

from __future__ import annotations

import random

import pytest
import textstat

import sourcescore.features.style as style_module


def _random_words(count: int, alphabet: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(count)]


def test_token_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(style_module, "CACHE_LIMIT", 50)
    cache = style_module._TokenSyllables()
    words = [f"w{i}x" for i in range(120)] + ["x" * 100]
    assert sum(map(cache.__getitem__, words)) == sum(map(style_module._word_syllables, words))
    assert len(cache) <= 50
    assert "x" * 100 not in cache  # longer than MAX_DICTIONARY_WORD: never kept


# What word tokens hold once lower-cased and split at hyphens, and what textstat's tokenizing
# treats apart: contraction endings after an apostrophe, digits, "_", "’", capitals, punctuation.
SYLLABLE_ALPHABET = "aeiostrdnlvy0129_''''\u2019ABTS.é\u0130"


@pytest.mark.parametrize("seed", range(3))
def test_dictionary_syllables_are_textstats_on_random_words(seed: int) -> None:
    words = [w for w in _random_words(1500, SYLLABLE_ALPHABET, seed) if w]
    words += ["korea's", "rock'n", "don't", "'tis", "o'", "we've", "she'll", "you're", "i'd", "2012", "1990s", "3rd", "'", "''s"]
    assert [style_module._dictionary_syllables(w) for w in words] == [textstat.syllable_count(w) for w in words]


def test_lower_case_parts_found_in_cmudict_count_as_textstat_counts() -> None:
    words = sorted(style_module._dictionaries()[0])[::5]
    parts = [w for w in words if w.isascii() and w.isalpha() and w.islower()]
    assert [style_module._part_syllables(w) for w in parts] == [textstat.syllable_count(w) for w in parts]


def test_new_tokens_found_in_cmudict_count_as_textstat_counts() -> None:
    # _TokenSyllables looks a plain new token up in CMUdict at once, skipping the length check.
    pronunciations = style_module._dictionaries()[0]
    assert max(map(len, pronunciations)) <= style_module.MAX_DICTIONARY_WORD
    words = [w for w in sorted(pronunciations)[::9] if w.isascii() and w.isalpha()]
    tokens = [form for w in words for form in (w, w.capitalize(), w.upper())]
    cache = style_module._TokenSyllables()
    assert [cache[t] for t in tokens] == [textstat.syllable_count(t.lower()) for t in tokens]
