"""SRC401 unsourced-statistic and SRC402 vague-statistic: numbers a reader cannot trace.

Practice: give the source of every figure (AP Stylebook, "numbers" and "polls and surveys"); a
figure pinned on "experts" or "studies" looks sourced but cannot be traced.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ...features.statistics import NONE, VAGUE
from .base import HIGH, MEDIUM, Hit, Rule


def unsourced(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One penalty per statistic with no attribution."""
    for stat in ex.statistics.statistics:
        if stat.attribution == NONE:
            yield f"Statistic \u201c{stat.text}\u201d has no source.", (stat.span,), rule.points


def vague(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One penalty per statistic attributed to a vague source or to hearsay."""
    for stat in ex.statistics.statistics:
        if stat.attribution != VAGUE:
            continue
        source = f"\u201c{stat.source}\u201d" if stat.source else "hearsay"
        spans = (stat.span, stat.cue.source.span) if stat.cue and stat.cue.source else (stat.span,)
        yield f"Statistic \u201c{stat.text}\u201d is pinned on a vague source: {source}.", spans, rule.points


RULES = (
    Rule(
        "SRC401", "unsourced-statistic", MEDIUM,
        "A number with no source cannot be traced (AP: give the source of every figure).",
        "a number with no source", -2.0, 10.0, unsourced,
    ),
    Rule(
        "SRC402", "vague-statistic", HIGH,
        "A number pinned on a vague source looks sourced but cannot be traced.",
        "a number pinned on a vague source", -4.0, 16.0, vague,
    ),
)
