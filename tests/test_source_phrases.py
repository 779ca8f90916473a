"""Hand-written scans in source_phrases find what the regular expressions they replace find."""

from __future__ import annotations

import random
import re

import pytest

from sourcescore.features import source_phrases
from sourcescore.features.document import parse

# Words names are made of and words that break them (digits, underscores, letters \w holds beyond
# ASCII, the characters IGNORECASE folds, apostrophes, hyphens), mostly joined by single spaces.
_WORDS = ["Lee", "Lee", "Ann", "Kim", "Jo", "Oleh", "Saakyan", "A", "Z", "a", "the", "x", "\u00e9", "\u00dc", "Stra\u00dfe",
          "\u0130", "\u212a", "O'Neil", "Ann-Lee", "Lee's", "Lee\u2019s", "Lees", "LeeAnn", "Lee_", "Lee7", "Lee\u00b2", "aLee", "-", "_"]
_SEPARATORS = [" "] * 8 + ["", "  ", ", ", ". ", "\n", "'", "-"]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randrange(0, 12))) for _ in range(count)]


@pytest.mark.parametrize("token", ["Lee", "Jo", "Kim", "A", "Saakyan", "Lee's", "Ann-Lee"])
def test_names_around_finds_what_the_pattern_finds(token: str) -> None:
    pattern = re.compile(r"\b((?:[A-Z][a-z'’-]+ ){1,2}" + re.escape(token) + "|" + re.escape(token) + r"(?: [A-Z][a-z'’-]+){1,2})\b")
    rng = random.Random(token)
    for text in _random_texts(3000, seed=len(token)):
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        expected = [m.span() for m in pattern.finditer(text, lo, hi)]
        assert list(source_phrases._names_around(text, token, lo, hi)) == expected, (text, lo, hi)


@pytest.mark.parametrize("token", ["Lee", "Jo", "A", "Saakyan", "Lee's", "Ann-Lee", "Ü", "x"])
def test_word_occurrences_are_the_index_entries(token: str) -> None:
    lead = re.match(r"\w+", token)
    for text in _random_texts(3000, seed=len(token) + 100):
        doc = parse(text)
        indexed = [p for p in doc.capitalised_words.get(lead.group() if lead else token, ()) if doc.text.startswith(token, p)]
        assert list(source_phrases._word_occurrences(doc.text, token)) == indexed, text


def test_token_offsets_are_where_their_text_first_occurs() -> None:
    # classify takes a token's offset as the first occurrence of its text from the previous token's end.
    for text in _random_texts(3000, seed=5):
        matches = list(source_phrases._TOKEN_RE.finditer(text))
        pos = 0
        for m in matches:
            assert text.find(m.group(), pos) == m.start(), text
            pos = m.end()
        if matches:
            assert text.rfind(matches[-1].group()) == matches[-1].start(), text


def test_full_names_found_by_scans_and_by_the_index_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Oleh Saakyan said so. Saakyan added more. Lee Sung Joon said. Lee told us. Dr. Ann Kim said that Kim "
            "left. Moscow says no. Ann Lee-Smith said. Lee-Smith said again. Jo said. Ann Jo Kim said.")
    tokens = ["Saakyan", "Lee", "Kim", "Moscow", "Lee-Smith", "Jo", "Oleh", "Ann", "Dr", "Sung", "Joon"]
    scanned = [source_phrases._full_name(parse(text), t) for t in tokens]
    monkeypatch.setattr(source_phrases, "_SCANNED_NAMES", 0)
    assert [source_phrases._full_name(parse(text), t) for t in tokens] == scanned
    assert scanned[:3] == ["Oleh Saakyan", "Lee Sung Joon", "Ann Kim"]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the department's data", "document"),
        ("court records", "document"),
        ("the 2023 audit", "document"),
        ("its monthly report", "document"),
        ("a report released on Monday", "document"),
        ("a study", "vague"),
        ("a Harvard University report", "vague"),
        ("Defense Ministry data", "vague"),
        ("RAND Corporation studies", "vague"),
        ("studies by Harvard", "vague"),
    ],
)
def test_specificity_is_a_definite_owner_and_record_not_a_prestige_name(phrase: str, kind: str) -> None:
    doc = parse(f"According to {phrase}, prices rose.")
    start = doc.text.index(phrase)
    found = source_phrases.classify(doc, start, start + len(phrase))
    assert found is not None and found.kind == kind
