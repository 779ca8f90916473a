"""The report contract: spans, additive contributions, JSON, bands, threads."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from sourcescore.scoring import InputError, Scorer, score_article
from sourcescore.scoring.report import SCHEMA, band_for

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
HAND = [
    "Officials\u00a0said \u201cnearly 3,000\u201d troops left\u2026 in early 2024.\r\nExperts say 40% agree.\r\n",
    "\u00abLa guerre est finie\u00bb, a dit le ministre. \"Unbalanced quote, said the mayor. It's 5 o'clock.",
    "\ufeffBOM first. Soft\u00adhyphen and zero\u200bwidth: 12 people, according to police, died on March 3.",
]


def all_spans(report: dict) -> list[dict]:  # type: ignore[type-arg]
    """Every span object anywhere in a report dict."""
    spans: list[dict] = []  # type: ignore[type-arg]
    for f in report["findings"]:
        spans.extend(f["evidence"])
    for key in ("sources", "statistics", "dates", "quotations"):
        spans.extend(report[key])
    for s in report["sources"]:
        spans.extend(s["mentions"])
    for a in report["attributions"]:
        spans.extend(a[key] for key in ("cue", "source", "resolved_source") if a[key] is not None)
    spans.extend(q["speaker"] for q in report["quotations"] if q["speaker"] is not None)
    return spans


def texts() -> list[str]:
    """Articles to check: the examples and some awkward hand-written ones."""
    return [p.read_text(encoding="utf-8") for p in EXAMPLES] + HAND


@pytest.mark.parametrize("text", texts())
def test_every_span_is_the_original_text(text: str) -> None:
    for published in (None, "2025-03-28"):
        report = score_article(text, published=published).to_dict()
        spans = all_spans(report)
        assert spans
        for span in spans:
            assert span["text"] == text[span["start"] : span["end"]]


def test_seed_spans(genuine_seed: str, fabricated_seed: str) -> None:
    for text in (genuine_seed, fabricated_seed):
        for span in all_spans(score_article(text, published="2025-03-28").to_dict()):
            assert span["text"] == text[span["start"] : span["end"]]


@pytest.mark.parametrize("text", texts())
def test_contributions_add_up_and_json_round_trips(text: str) -> None:
    report = score_article(text, published="2025-03-28")
    d = report.to_dict()
    assert d["schema"] == SCHEMA
    assert 0 <= d["score"] <= 100
    assert sum(c["points"] for c in d["contributions"]) == pytest.approx(d["score"], abs=0.011)
    assert d["band"] == band_for(d["score"])
    assert json.loads(report.to_json()) == d
    for key in ("model", "features", "findings", "sources", "statistics", "dates", "attributions", "quotations", "warnings"):
        assert key in d


def test_bands() -> None:
    assert [band_for(s) for s in (0, 40, 40.5, 64.9, 65, 100)] == [
        "unreliable", "unreliable", "mixed", "mixed", "reliable", "reliable"
    ]


def test_same_input_same_report_and_thread_safety() -> None:
    scorer = Scorer()
    inputs = texts() * 4
    serial = [scorer.score(t).to_json() for t in inputs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda t: scorer.score(t).to_json(), inputs))
    assert parallel == serial


def test_bad_library_input_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="empty"):
        score_article("   \n ")
    with pytest.raises(InputError, match="must be str"):
        score_article(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        score_article("Police said 3 people died.", published="2025-13-45")
    with pytest.raises(InputError, match="unknown rule"):
        Scorer(ignore=["SRC999"])


def test_inferred_reference_date_is_reported() -> None:
    d = score_article("Police said on March 3, 2024 that 12 people were hurt in Riverton.").to_dict()
    assert d["reference_date"]["inferred"] is True
    assert any("inferred" in w for w in d["warnings"])


def test_attributions_and_quotations_show_what_was_extracted() -> None:
    text = (
        "Mayor Helen Okafor said the city would spend $3 million. "
        "\u201cWe will finish the bridge by May,\u201d she said. "
        "Prices rose, according to a city report."
    )
    d = score_article(text, published="2025-03-28").to_dict()
    named, pronoun, according = d["attributions"]
    assert named["cue"]["text"] == "said" and named["verb"] == "say"
    assert named["source"] == {"start": 0, "end": 18, "text": "Mayor Helen Okafor", "kind": "person"}
    assert named["resolved_source"] is None
    assert text[named["claim"]["start"] : named["claim"]["end"]] == "Mayor Helen Okafor said the city would spend $3 million."
    assert pronoun["source"]["text"] == "she" and pronoun["source"]["kind"] == "pronoun"
    assert pronoun["resolved_source"] == named["source"]
    assert according["cue"]["text"] == "according to" and according["source"]["text"] == "a city report"
    [quotation] = d["quotations"]
    assert quotation["text"] == "\u201cWe will finish the bridge by May,\u201d" and quotation["kind"] == "double"
    assert quotation["speaker"] == {"start": 0, "end": 18, "text": "Mayor Helen Okafor"}


def test_unresolved_pronoun_and_hearsay_attributions() -> None:
    d = score_article("He said 12 people were hurt in Riverton. Troops are said to have left Riverton.").to_dict()
    pronoun, hearsay = d["attributions"]
    assert pronoun["source"] == {"start": 0, "end": 2, "text": "He", "kind": "pronoun"}
    assert pronoun["resolved_source"] is None
    assert hearsay["cue"]["text"] == "said" and hearsay["source"] is None and hearsay["resolved_source"] is None
    assert d["quotations"] == []
