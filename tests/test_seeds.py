"""The project's defining example: the genuine seed and its fabricated rewrite (issue #2 acceptance)."""

from __future__ import annotations

import pytest

from sourcescore.scoring import score_article
from conftest import SEED_PUBLISHED


@pytest.fixture(scope="module")
def genuine(genuine_seed: str):  # type: ignore[no-untyped-def]
    return score_article(genuine_seed, published=SEED_PUBLISHED).to_dict()


@pytest.fixture(scope="module")
def fabricated(fabricated_seed: str):  # type: ignore[no-untyped-def]
    return score_article(fabricated_seed, published=SEED_PUBLISHED).to_dict()


def test_scores_and_bands_with_publication_date(genuine, fabricated) -> None:  # type: ignore[no-untyped-def]
    assert genuine["score"] >= 70 and genuine["band"] == "reliable"
    assert fabricated["score"] <= 40 and fabricated["band"] == "unreliable"


def test_gap_without_publication_date(genuine_seed: str, fabricated_seed: str) -> None:
    assert score_article(genuine_seed).score - score_article(fabricated_seed).score >= 25


def test_genuine_sources(genuine) -> None:  # type: ignore[no-untyped-def]
    texts = " | ".join(s["text"] for s in genuine["sources"])
    for name in ("Yonhap", "General Staff in Seoul", "Oleh Saakyan", "Andrey Rudenko", "Lee Sung Joon"):
        assert name in texts, f"{name} missing from {texts}"
    kinds = {s["text"]: s["kind"] for s in genuine["sources"]}
    assert kinds["Ukrainian analyst Oleh Saakyan"] == "person"
    assert kinds["South Korea\u2019s Yonhap news agency"] == "organization"
    roles = {s["text"]: s["role"] for s in genuine["sources"]}
    assert roles["South Korean military spokesman Lee Sung Joon"] == "South Korean military spokesman"
    assert sum(s["kind"] == "vague" for s in genuine["sources"]) <= 1


def test_genuine_has_no_temporal_issue(genuine) -> None:  # type: ignore[no-untyped-def]
    assert [d for d in genuine["dates"] if d["issue"]] == []
    assert not [f for f in genuine["findings"] if f["code"].startswith("SRC3")]


def test_fabricated_vague_sources(fabricated) -> None:  # type: ignore[no-untyped-def]
    vague = [s["text"] for s in fabricated["sources"] if s["kind"] == "vague"]
    assert any("Military experts" in v for v in vague)
    assert any("Industry insights" in v for v in vague)
    assert any("analysts" in v for v in vague)


def test_fabricated_statistics_untraceable(fabricated) -> None:  # type: ignore[no-untyped-def]
    attribution = {s["text"]: s["attribution"] for s in fabricated["statistics"]}
    figures = ["36%", "4,000", "47%", "68%", "90%", "22%"]
    untraceable = [f for f in figures if attribution.get(f) in ("vague", "none")]
    assert len(untraceable) >= 5, attribution


def test_fabricated_future_about_past(fabricated, fabricated_seed: str) -> None:  # type: ignore[no-untyped-def]
    issues = [d for d in fabricated["dates"] if d["issue"] == "future-about-past"]
    assert any("late 2024" in d["text"] for d in issues)
    covering = [
        e for f in fabricated["findings"] if f["code"] == "SRC301" for e in f["evidence"]
    ]
    target = fabricated_seed.index("by late 2024")
    assert any(e["start"] <= target + 3 and e["end"] >= target + len("by late 2024") for e in covering)
