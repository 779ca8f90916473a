"""Source kinds and roles on small hand-written texts."""

from __future__ import annotations

import pytest

from sourcescore.features import attribution, sourcing
from sourcescore.features.document import parse


def sources(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, fullest text, role) for each source."""
    doc = parse(text)
    result = sourcing.extract(doc, attribution.extract(doc))
    return [(s.kind, s.best.text, s.role) for s in result.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian analyst Oleh Saakyan told the radio that troops left.",
         [("person", "Ukrainian analyst Oleh Saakyan", "Ukrainian analyst")]),
        ("Russian Deputy Foreign Minister Andrey Rudenko told state media that plans were made.",
         [("person", "Russian Deputy Foreign Minister Andrey Rudenko", "Russian Deputy Foreign Minister")]),
        ("The Ukrainian Special Operations Command told Radio Free Europe that troops retreated.",
         [("organization", "The Ukrainian Special Operations Command", None)]),
        ("The ministry said in its monthly report released Friday that exports fell.",
         [("organization", "The ministry", None)]),
        ("Exports fell, according to its monthly report released Friday.",
         [("document", "its monthly report released Friday", None)]),
        ("A senior official, who spoke on condition of anonymity because he was not authorized to speak, said talks stalled.",
         [("anonymous", "A senior official", "senior official")]),
        ("Industry insights reveal that prices in Berlin fell.", [("vague", "Industry insights", None)]),
        ("Prices fell, according to NATO defense analysts.", [("vague", "NATO defense analysts", None)]),
        ("Critics say the Berlin plan is too expensive.", [("vague", "Critics", None)]),
        # A year or "annual" picks one issue of an owned or definite series; after "a" it only describes.
        ("According to a recent 2017 study, exports fell.", [("vague", "a recent 2017 study", None)]),
        ("Exports fell, according to the 2017 study.", [("document", "the 2017 study", None)]),
        ("Exports fell, according to its annual survey.", [("document", "its annual survey", None)]),
        ("Exports fell, according to a study released Monday.", [("document", "a study released Monday", None)]),
    ],
)
def test_source_kinds(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert sources(text) == expected


def test_mentions_of_one_person_are_grouped() -> None:
    text = (
        "Ukrainian analyst Oleh Saakyan told Current Time that Russia depends on Pyongyang. "
        '"It is getting harder," says Saakyan, co-founder of a non-profit organization in Kyiv.'
    )
    doc = parse(text)
    (src,) = sourcing.extract(doc, attribution.extract(doc)).sources
    assert (src.kind, src.best.text, len(src.cue_spans)) == ("person", "Ukrainian analyst Oleh Saakyan", 2)


def test_anonymous_reason_is_recorded() -> None:
    doc = parse("A senior official, who spoke on condition of anonymity, said talks stalled in Geneva.")
    result = sourcing.extract(doc, attribution.extract(doc))
    assert result.values["sourcing.anonymous_without_reason"] == 0.0
    doc = parse("A senior official said talks stalled in Geneva.")
    result = sourcing.extract(doc, attribution.extract(doc))
    assert result.values["sourcing.anonymous_without_reason"] == 1.0


def test_names_around_matches_the_regex_it_replaces() -> None:
    # _names_around matches by hand what this pattern, compiled per token, used to match.
    import random
    import re

    from sourcescore.features.source_phrases import _names_around

    rnd = random.Random(7)
    pieces = ["Ab", "Bb", "Zed", "Ca-b", "De'", "Ef\u2019g", "Ab-", "Abc1", "A", "x", "Ab_", "\u00e9", "\u00c9", "1", ".", "_"]
    separators = [" ", " ", " ", "  ", "", ",", "-", "\n"]
    for _ in range(20_000):
        token = rnd.choice(["Ab", "A", "Bb", "Ab-c", "Ab'", "AB", "A1", "Z.b"])
        text = "".join(rnd.choice([token, *pieces]) + rnd.choice(separators) for _ in range(rnd.randint(1, 12)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        escaped = re.escape(token)
        pattern = re.compile(rf"\b((?:[A-Z][a-z'\u2019-]+ ){{1,2}}{escaped}|{escaped}(?: [A-Z][a-z'\u2019-]+){{1,2}})\b")
        expected = [m.span() for m in pattern.finditer(text, lo, hi)]
        assert list(_names_around(text, token, lo, hi)) == expected, (text, token, lo, hi)
