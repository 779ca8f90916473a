"""Numeric claims (percentages, counts, money, ratios, multipliers, ranks) and whom they are pinned on.

A statistic's attribution is ``named`` when the cue covering it points at a named person,
organization or document a reader could check; ``vague`` when it points at a vague collective,
an unnamed source or hearsay ("are said to"); ``none`` when nothing covers it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .attribution import AttributionFeatures, Cue
from .document import Document
from .fast import ascii_folding, char_starts, has_non_ascii_match, matches_from, word_starts
from .source_phrases import NAMED_KINDS
from .spans import FeatureSet, Span
from .vocabulary.statistics import (
    COUNT_NOUN_STOPWORDS,
    MONTH_PREFIXES,
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINAL_RANKS,
    SCALE_WORDS,
    SUPERLATIVES,
)

NAMED, VAGUE, NONE = "named", "vague", "none"

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = "|".join(SCALE_WORDS)
# Matched by _statistics() only where one can start (see there); the lookahead lets a full scan
# skip, cheaply, every position that cannot start a statistic.
_STAT_RE = re.compile(
    rf"(?=[\d$\u20ac\u00a3\u00a5dtqhofstne])(?<![\w.,$\u20ac\u00a3-])(?:"
    rf"(?P<percent>(?:{_NUM})\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b))"
    rf"|(?P<money>[$\u20ac\u00a3\u00a5]\s?(?:{_NUM})(?:\s?(?:{_SCALE}|bn|m|k)\b)?)"
    rf"|(?P<ratio>(?:\d+|{'|'.join(NUMBER_WORDS)})\s+(?:in|out\s+of)\s+(?:\d+|{'|'.join(NUMBER_WORDS[1:])}|every)\b)"
    rf"|(?P<count>(?:{_NUM})(?:\s+(?:{_SCALE}))?(?=\s+\[?(?:[a-z][a-z-]+\s+){{0,2}}[a-z][a-z-]+))"
    rf"|(?P<multiplier>\b(?:{'|'.join(MULTIPLIERS)})\b|\b\d+-fold\b)"
    rf"|(?P<rank>\b(?:{'|'.join(ORDINAL_RANKS)})-(?:{'|'.join(SUPERLATIVES)})\b)"
    rf")",
    re.IGNORECASE,
)
# Where a statistic can start: a digit or currency sign that starts a word, or one of these words.
_STAT_START_RE = re.compile(r"[\d$\u20ac\u00a3\u00a5](?<![\w.,$\u20ac\u00a3-].)")
_STAT_WORDS = (*NUMBER_WORDS, *MULTIPLIERS, *ORDINAL_RANKS)
_START_CHARS = "0123456789$\u20ac\u00a3\u00a5"  # _STAT_START_RE's class, but for non-ASCII digits
_NOT_BEFORE_START = frozenset("_.,$\u20ac\u00a3-")  # _STAT_START_RE's lookbehind, but for alphanumerics
_DECIMAL_RE = re.compile(r"\d")
_FOLLOW_RE = re.compile(r"\s+\[?([a-z][a-z-]+)")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d$")
_MONTH_BEFORE_RE = re.compile(r"(?:" + "|".join(MONTH_PREFIXES) + r")[a-z]*\.?\s+$")


@dataclass(frozen=True, slots=True)
class Statistic:
    """A numeric claim and the source it is pinned on."""

    start: int
    end: int
    span: Span
    text: str
    kind: str  # percent | money | ratio | count | multiplier | rank
    attribution: str  # named | vague | none
    source: str | None  # original text of the source phrase
    source_kind: str | None  # person | organization | document | anonymous | vague | hearsay
    cue: Cue | None


@dataclass(slots=True)
class StatisticsFeatures(FeatureSet):
    """The article's numeric claims with their attribution."""

    statistics: list[Statistic] = field(default_factory=list)


def extract(doc: Document, attribution: AttributionFeatures) -> StatisticsFeatures:
    """Find numeric claims and say whether each is traceable to a named source."""
    cues_by_sentence: dict[int, list[Cue]] = {}
    for cue in attribution.cues:
        cues_by_sentence.setdefault(cue.sentence, []).append(cue)
    stats: list[Statistic] = []
    for m in _statistics(doc):
        kind = m.lastgroup or "count"
        if kind == "count" and not _is_count(doc.text, m):
            continue
        start, end = m.start(), m.end()
        sentence = doc.sentence_index(start)
        cue = _covering_cue(start, sentence, cues_by_sentence, attribution)
        label, source, source_kind = _attribution_of(cue)
        span = doc.span(start, end, f"statistic:{label}")
        stats.append(
            Statistic(start, end, span, doc.original[span.start : span.end], kind, label, source, source_kind, cue)
        )
    result = StatisticsFeatures("statistics", statistics=stats)
    result.evidence = [s.span for s in stats if s.attribution != NAMED]
    result.values = _values(doc, stats)
    return result


def _statistics(doc: Document) -> Iterator[re.Match[str]]:
    """What ``_STAT_RE.finditer(doc.text)`` yields, trying the pattern only where a match can start.

    A statistic starts with a digit or currency sign, or with one of _STAT_WORDS, which then is
    a whole word of the lower-cased text (the pattern ignores case: see fast.ascii_folding).
    """
    text, runs = doc.text, doc.lowered_runs
    if runs is None or not ascii_folding(text):
        return _STAT_RE.finditer(text)
    starts = _start_positions(text)
    words = runs.intersection(_STAT_WORDS)
    if words:
        starts = sorted(starts + word_starts(doc.lowered, words))  # type: ignore[arg-type]
    return matches_from(_STAT_RE, text, starts)


def _start_positions(text: str) -> list[int]:
    """What ``[m.start() for m in _STAT_START_RE.finditer(text)]`` gives, found with ``str.find``.

    Every digit or currency sign is looked up with ``str.find`` (articles hold a few dozen) and
    kept unless an alphanumeric (``\\w``) or one of ``_.,$\u20ac\u00a3-`` precedes it: far cheaper than
    a regex scan of every character. ``\\d`` also matches non-ASCII decimals ("\u0663"): a text
    holding one is scanned.
    """
    if not text.isascii() and _has_non_ascii_decimal(text):
        return [m.start() for m in _STAT_START_RE.finditer(text)]
    return char_starts(text, _START_CHARS, _NOT_BEFORE_START)


def _has_non_ascii_decimal(text: str) -> bool:
    """Whether ``text`` holds a non-ASCII ``\\d``; only its non-ASCII characters are scanned."""
    return has_non_ascii_match(text, _DECIMAL_RE)


def _is_count(text: str, m: re.Match[str]) -> bool:
    number = m.group("count")
    digits = number.replace(",", "")
    follow = _FOLLOW_RE.match(text, m.end())
    noun = follow.group(1).lower() if follow else ""
    if noun in COUNT_NOUN_STOPWORDS:
        return False
    if "," not in number and _YEAR_RE.match(digits.split(".")[0]) and " " not in number:
        return False  # a year, not a count
    if _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "March 27"
    try:
        return float(digits.split()[0]) >= 10 or " " in number
    except ValueError:
        return False


def _covering_cue(pos: int, sentence: int, by_sentence: dict[int, list[Cue]], attribution: AttributionFeatures) -> Cue | None:
    here = [c for c in by_sentence.get(sentence, []) if c.source is not None or c.hearsay]
    if here:
        return min(here, key=lambda c: abs(c.start - pos))
    return attribution.coverage.get(sentence)


def _attribution_of(cue: Cue | None) -> tuple[str, str | None, str | None]:
    if cue is None:
        return NONE, None, None
    if cue.hearsay or cue.source is None:
        return VAGUE, None, "hearsay"
    label = NAMED if cue.source.kind in NAMED_KINDS else VAGUE
    return label, cue.source.text, cue.source.kind


def _values(doc: Document, stats: list[Statistic]) -> dict[str, float]:
    n = len(stats)
    n_sent = max(1, len(doc.sentences))
    by_label = dict.fromkeys((NAMED, VAGUE, NONE), 0)
    percents = 0
    for s in stats:
        by_label[s.attribution] += 1
        percents += s.kind == "percent"
    share = {k: (count / n if n else 0.0) for k, count in by_label.items()}
    return {
        "statistics.count": float(n),
        "statistics.per_sentence": n / n_sent,
        "statistics.named_share": share[NAMED],
        "statistics.vague_share": share[VAGUE],
        "statistics.unsourced_share": share[NONE],
        "statistics.unverifiable_per_sentence": (n - by_label[NAMED]) / n_sent,
        "statistics.percent_per_sentence": percents / n_sent,
    }
