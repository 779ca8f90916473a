"""Numeric claims and their attribution on small hand-written texts."""

from __future__ import annotations

from sourcescore.features import attribution, statistics
from sourcescore.features.document import parse


def stats(text: str) -> list[tuple[str, str, str, str | None]]:
    """(text, kind, attribution, source) for each statistic."""
    doc = parse(text)
    result = statistics.extract(doc, attribution.extract(doc))
    return [(s.text, s.kind, s.attribution, s.source) for s in result.statistics]


def test_kinds_of_numeric_claims() -> None:
    text = (
        "Prices doubled in Berlin. The city is the third-largest in Europe. One in five residents is over 65. "
        "The fund lost $2.5 billion and 4,000 jobs, a 12% drop."
    )
    assert [(t, k) for t, k, _, _ in stats(text)] == [
        ("doubled", "multiplier"),
        ("third-largest", "rank"),
        ("One in five", "ratio"),
        ("$2.5 billion", "money"),
        ("4,000", "count"),
        ("12%", "percent"),
    ]


def test_years_dates_units_and_model_names_are_not_statistics() -> None:
    text = "On March 27, 2025, the 170mm guns and Orion-10 drones arrived in 2024 for the 20th-century war museum."
    assert stats(text) == []


def test_attribution_named_vague_none() -> None:
    text = (
        "The ministry said 40 people died. "
        "Experts say 70% of voters agree. "
        "Unemployment fell to 3.5 percent. "
        "Some 300 homes are said to be damaged in Berlin."
    )
    assert stats(text) == [
        ("40", "count", "named", "The ministry"),
        ("70%", "percent", "vague", "Experts"),
        ("3.5 percent", "percent", "none", None),
        ("300", "count", "vague", None),
    ]


def test_statistic_pinned_on_plural_studies_of_an_organization_is_vague() -> None:
    text = "Drone technology now determines 68% of successful counteroffensives, according to RAND Corporation studies."
    assert stats(text) == [("68%", "percent", "vague", "RAND Corporation studies")]


def test_spans_point_into_original_text() -> None:
    text = "Officials\u00a0said \u201cnearly 3,000\u201d troops left\u2026 and 12\u202f% stayed."
    doc = parse(text)
    for s in statistics.extract(doc, attribution.extract(doc)).statistics:
        assert text[s.span.start : s.span.end] == s.text
