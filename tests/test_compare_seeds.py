"""compare on the seeds: the fabricated rewrite against the genuine report (the issue's defining case)."""

from __future__ import annotations

import re

import pytest

from sourcescore import Comparison, compare

from conftest import SEED_PUBLISHED

INVENTED = ("36%", "4,000", "47%", "68%", "90%", "22%")


@pytest.fixture(scope="module")
def seeds(genuine_seed: str, fabricated_seed: str) -> Comparison:
    return compare(genuine_seed, fabricated_seed, published=SEED_PUBLISHED)


def test_every_span_is_exact(seeds: Comparison) -> None:
    for ch in seeds.changes:
        if ch.original is not None:
            assert seeds.original.text[ch.original.start : ch.original.end] == ch.original.quote
        if ch.derived is not None:
            assert seeds.derived.text[ch.derived.start : ch.derived.end] == ch.derived.quote


def test_the_invented_figures(seeds: Comparison) -> None:
    invented = {ch.derived.quote for ch in seeds.changes if ch.kind == "figure_invented" and ch.derived}
    assert set(INVENTED) <= invented  # the issue asks for five of the six; all six are found
    assert not any(ch.kind.startswith("figure") and ch.derived and ch.derived.quote in ("3,000",) for ch in seeds.changes)


@pytest.mark.parametrize("vague", ["NATO defense analysts", "Military experts"])
def test_the_swapped_sources_have_spans_in_both_texts(seeds: Comparison, vague: str) -> None:
    swaps = [ch for ch in seeds.changes if ch.kind == "source_downgraded" and ch.derived and ch.derived.quote == vague]
    assert len(swaps) == 1
    original = swaps[0].original
    assert original is not None and original.quote in (
        "the South Korean military", "the military’s General Staff in Seoul", "The Seoul General Staff")


def test_the_shifted_year(seeds: Comparison) -> None:
    shifted = [ch for ch in seeds.changes if ch.kind == "date_changed" and ch.derived and ch.derived.quote == "early 2024"]
    assert len(shifted) == 1 and shifted[0].original is not None
    assert shifted[0].original.quote in ("January", "February")
    assert "2025" in shifted[0].message  # the original's January resolved in 2025


def test_the_future_about_the_past(seeds: Comparison) -> None:
    assert any(ch.kind == "date_inconsistent" and ch.derived and ch.derived.quote == "late 2024" for ch in seeds.changes)


def test_dropped_named_sources(seeds: Comparison) -> None:
    dropped = {ch.original.quote for ch in seeds.changes if ch.kind == "source_downgraded" and ch.original}
    assert {"South Korea’s Yonhap news agency", "Russian Deputy Foreign Minister Andrey Rudenko"} <= dropped


def test_the_genuine_seed_against_itself_and_reformatted(genuine_seed: str) -> None:
    assert compare(genuine_seed, genuine_seed, published=SEED_PUBLISHED).changes == []
    paragraphs = genuine_seed.strip().split("\n")
    straight = genuine_seed.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    reordered = "\r\n\r\n".join(paragraphs[:1] + paragraphs[1:][::-1])
    for variant in (straight, reordered, re.sub("\n", "\n\n", genuine_seed)):
        c = compare(genuine_seed, variant, published=SEED_PUBLISHED)
        assert [(ch.kind, ch.message) for ch in c.changes] == []


def test_the_text_rendering_reads_most_serious_first(seeds: Comparison) -> None:
    text = seeds.to_text("000.txt", "004.txt")
    first = text.splitlines()[0]
    assert first.startswith("004.txt against 000.txt: ") and "high" in first
    assert text.index("[HIGH]") < text.index("[MEDIUM]") < text.index("[LOW]")


def test_few_claims_of_the_rewrite_are_supported(seeds: Comparison) -> None:
    summary = seeds.summary()
    assert summary["claims"] > 10 and summary["claims_supported_share"] < 0.5
